#include "journal/VerificationBanner.h"

#include "common/OperationRunner.h"
#include "common/StatusColor.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

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
    m_label->setTextFormat(Qt::PlainText);
    auto* texts = new QVBoxLayout();
    texts->setSpacing(2);
    texts->addWidget(m_label);
    m_anchors = new QLabel(this);
    m_anchors->setObjectName(QStringLiteral("journalVerificationAnchors"));
    m_anchors->setTextFormat(Qt::PlainText);
    m_anchors->setWordWrap(true);
    m_anchors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_anchors->hide();
    texts->addWidget(m_anchors);
    l->addLayout(texts, 1);
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

QString VerificationBanner::anchors(const journal::VerificationReport& r, qint64 witnessSeq) {
    QStringList checked;
    QStringList missing;
    checked << tr("every hash, link and checkpoint signature");
    if (r.cardSignaturesRequired)
        checked << tr("each person's entries co-signed by their own card (%n card signature(s))", nullptr,
                      r.cardSignatures);
    else
        missing << tr("card co-signatures (this site was made before they were required)");
    if (witnessSeq > 0)
        checked << tr("your card's witness: entry #%1, which your card last co-signed, was unchanged at open")
                       .arg(witnessSeq);
    else
        missing << tr("your card's witness (it had co-signed nothing here before this session)");
    missing << tr("the SIEM's copy (checked by siem forward and journal verify --siem-log)")
            << tr("an earlier evidence pack (journal verify --evidence-pack NEW --extends OLD)")
            << tr("trusted timestamps (not supported yet)");
    return tr("Checked: %1.").arg(checked.join(QStringLiteral("; "))) + QLatin1Char(' ') +
           tr("Not checked here: %1.").arg(missing.join(QStringLiteral("; ")));
}

QString VerificationBanner::anchorsText() const {
    return m_anchors->text();
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
    const QString opener = ws->identity().actor(); // this session's own entries being signed
    m_verifying = OperationRunner::start(
        this,
        [ws, dir, config, opener] {
            auto db = ws->openConnection(true);
            if (!db) {
                journal::VerificationReport failed;
                failed.problem = db.error().message;
                return failed;
            }
            return workspace::Workspace::verifyJournalOn(**db, dir, config, {}, {}, opener);
        },
        [this](journal::VerificationReport report) { finished(std::move(report)); });
}

void VerificationBanner::finished(journal::VerificationReport report) {
    m_report = std::move(report);
    const bool ok = m_report.ok();
    m_label->setText(headline(m_report));
    m_anchors->setText(anchors(m_report, m_ws.witnessSeqAtOpen()));
    m_anchors->setVisible(ok);
    const StatusTone tone = ok ? StatusTone::Ok : StatusTone::Error;
    setStyleSheet(QStringLiteral("#journalVerificationBanner { background: %1; } "
                                 "#journalVerificationText { color: %2; }")
                      .arg(statusBackground(tone, palette()).name(), statusColor(tone, palette()).name()));
    setProperty("verified", ok);
    m_again->setEnabled(true);
    Q_EMIT verified(ok);
}

} // namespace symbolon::ui
