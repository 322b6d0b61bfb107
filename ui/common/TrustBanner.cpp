#include "common/TrustBanner.h"

#include "common/StatusColor.h"
#include "workspace/Workspace.h"

namespace symbolon::ui {

TrustBanner::TrustBanner(const workspace::Workspace& ws, QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("trustBanner"));
    setAccessibleName(tr("Site register check"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList lines;
    const bool alarm = !ws.registerAlarm().isEmpty();
    if (alarm)
        lines << tr("READ-ONLY — %1 Custodial actions are refused; you can read, verify and export. Tell the "
                    "other "
                    "card holders and your security officer.")
                     .arg(ws.registerAlarm());
    for (const QString& n : ws.notices())
        lines << n;
    setText(lines.join(QLatin1Char('\n')));
    const StatusTone tone = alarm ? StatusTone::Error : StatusTone::Warning;
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 8px 12px; font-weight: %3; }")
                      .arg(statusBackground(tone, palette()).name(), statusColor(tone, palette()).name(),
                           alarm ? QStringLiteral("bold") : QStringLiteral("normal")));
    setVisible(!lines.isEmpty());
}

} // namespace symbolon::ui
