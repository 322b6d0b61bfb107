#include "journal/VerificationBanner.h"

#include "common/OperationRunner.h"
#include "common/StatusColor.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace symbolon::ui {

VerificationBanner::VerificationBanner(workspace::Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws) {
    setObjectName(QStringLiteral("journalVerificationBanner"));
    setAutoFillBackground(true);
    auto* l = new QHBoxLayout(this);
    l->setContentsMargins(10, 6, 10, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("journalVerificationText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_label->font();
    f.setBold(true);
    m_label->setFont(f);
    l->addWidget(m_label, 1);
    m_again = new QPushButton(tr("Verify again"), this);
    m_again->setObjectName(QStringLiteral("journalVerifyAgain"));
    m_again->setToolTip(tr("Re-check every hash, link and checkpoint signature of the journal"));
    l->addWidget(m_again);
    connect(m_again, &QPushButton::clicked, this, &VerificationBanner::verify);
    verify();
}

VerificationBanner::~VerificationBanner() {
    if (m_verifying)
        m_verifying->waitForFinished(); // the worker reads through m_ws
}

QString VerificationBanner::headline(const journal::VerificationReport& r) {
    if (!r.ok())
        return r.summary();
    const QLocale locale;
    if (!r.newest)
        return tr("Chain verified up to #%1 (%2 entries), but no signed checkpoint anchors it.")
            .arg(r.lastSeq)
            .arg(locale.toString(r.entries));
    return tr("Chain verified up to #%1, last checkpoint signed at %2 by key %3 (%4 entries, %5 checkpoint "
              "signatures verified).")
        .arg(r.lastSeq)
        .arg(r.newest->time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
             r.newest->keyFingerprint.left(16), locale.toString(r.entries))
        .arg(r.checkpoints);
}

QString VerificationBanner::text() const {
    return m_label->text();
}

void VerificationBanner::verify() {
    if (m_verifying && m_verifying->isRunning())
        return;
    m_again->setEnabled(false);
    m_label->setText(tr("Verifying the journal: every hash, link and checkpoint signature…"));
    setStyleSheet(QStringLiteral("#journalVerificationBanner { background: %1; }")
                      .arg(statusBackground(StatusTone::Neutral, palette()).name()));
    workspace::Workspace* ws = &m_ws;
    const QString dir = ws->dir();
    const workspace::WorkspaceConfig config = ws->config();
    m_verifying = OperationRunner::start(
        this,
        [ws, dir, config] {
            auto db = ws->openConnection(true);
            if (!db) {
                journal::VerificationReport failed;
                failed.problem = db.error().message;
                return failed;
            }
            return workspace::Workspace::verifyJournalOn(**db, dir, config);
        },
        [this](journal::VerificationReport report) { finished(std::move(report)); });
}

void VerificationBanner::finished(journal::VerificationReport report) {
    m_report = std::move(report);
    const bool ok = m_report.ok();
    m_label->setText(headline(m_report));
    const StatusTone tone = ok ? StatusTone::Ok : StatusTone::Error;
    setStyleSheet(QStringLiteral("#journalVerificationBanner { background: %1; } "
                                 "#journalVerificationText { color: %2; }")
                      .arg(statusBackground(tone, palette()).name(), statusColor(tone, palette()).name()));
    setProperty("verified", ok);
    m_again->setEnabled(true);
    Q_EMIT verified(ok);
}

} // namespace symbolon::ui
