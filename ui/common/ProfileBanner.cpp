#include "common/ProfileBanner.h"

#include "common/StatusColor.h"
#include "workspace/WorkspaceConfig.h"

namespace symbolon::ui {

ProfileBanner::ProfileBanner(const workspace::WorkspaceConfig& config, QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("developmentBanner"));
    setAccessibleName(tr("Policy profile warning"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    // Black on amber: above 10:1 contrast, readable in any theme.
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 8px 12px; "
                                 "border-bottom: 2px solid %3; }")
                      .arg(hazardBackground().name(), hazardText().name(), hazardBorder().name()));
    QString text = QStringLiteral("<b>%1</b>").arg(tr("DEVELOPMENT PROFILE — not for live keys"));
    if (config.name == QLatin1String("Symbolon demo"))
        text += QStringLiteral("<br>") + tr("Demo cards: ACS card 1/2/3 PINs 111111/222222/333333, PMA "
                                            "reviewer 444444, Responder card 555555")
                                             .toHtmlEscaped();
    setText(text);
    setVisible(config.isDevelopment());
}

} // namespace symbolon::ui
