#include "journal/VerificationBanner.h"

#include "common/OperationRunner.h"
#include "common/StatusColor.h"
#include "journal/TimestampStore.h"
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
    // Data (a path, hashes) shown as data: never as markup.
    m_lastPack = new QLabel(this);
    m_lastPack->setObjectName(QStringLiteral("journalVerificationLastPack"));
    m_lastPack->setTextFormat(Qt::PlainText);
    m_lastPack->setWordWrap(true);
    m_lastPack->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastPack->hide();
    texts->addWidget(m_lastPack);
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

QString VerificationBanner::anchors(const journal::VerificationReport& r, qint64 witnessSeq,
                                    const audit::LastExport* lastExport, int timestamps) {
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
    using State = audit::LastExport::State;
    if (lastExport && lastExport->state == State::Extends)
        checked << tr("the last evidence pack exported (its newest entry #%1 and checkpoint are still here)")
                       .arg(lastExport->packHeadSeq);
    else if (lastExport && lastExport->state == State::Mismatch)
        checked << tr("the last evidence pack exported: it does NOT match (see below)");
    else if (lastExport && lastExport->state != State::NeverExported)
        missing << tr("the last evidence pack exported (see below why)");
    else
        missing << tr("an earlier evidence pack (none exported from this workspace yet; or journal verify "
                      "--evidence-pack NEW --extends OLD)");
    missing << tr("the SIEM's copy (checked by siem forward and journal verify --siem-log)");
    if (timestamps > 0)
        missing << tr("trusted timestamps: %n checkpoint(s) carry one; check them against the time-stamping "
                      "authority's root with journal verify --tsa-cert",
                      nullptr, timestamps);
    else
        missing << tr("trusted timestamps (no checkpoint has one: no time-stamping authority is set in the "
                      "Settings of the machines that signed)");
    return tr("Checked: %1.").arg(checked.join(QStringLiteral("; "))) + QLatin1Char(' ') +
           tr("Not checked here: %1.").arg(missing.join(QStringLiteral("; ")));
}

QString VerificationBanner::lastExportLine(const audit::LastExport& last) {
    using State = audit::LastExport::State;
    const QString when = last.exportedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    switch (last.state) {
    case State::NeverExported:
        return {};
    case State::JournalFailed:
        return tr("The last evidence pack (exported on %1 to %2, entry #%3) was not compared: the journal "
                  "itself "
                  "does not verify.")
            .arg(when, last.path)
            .arg(last.exportSeq);
    case State::NoPath:
        return tr("The last evidence pack (exported on %1, folder \"%2\", entry #%3) was not checked: its "
                  "export "
                  "entry does not record where the folder was written (exports made before this check was "
                  "added do not record it). Check a copy with journal verify --extends.")
            .arg(when, last.path)
            .arg(last.exportSeq);
    case State::FolderGone:
        return tr("The last evidence pack, exported on %1 to %2, was not checked: that folder no longer "
                  "holds "
                  "it (moved, deleted, or on media that is not attached). Check a copy with journal verify "
                  "--extends.")
            .arg(when, last.path);
    case State::Extends:
        return tr("This journal extends the evidence pack exported on %1 to %2 (entry #%3): it still holds "
                  "that "
                  "pack's newest entry with the same hash and its newest checkpoint.")
            .arg(when, last.path)
            .arg(last.packHeadSeq);
    case State::Mismatch:
        return tr("This journal does NOT extend the evidence pack exported on %1 to %2: %3")
            .arg(when, last.path, last.problem);
    }
    return {};
}

QString VerificationBanner::lastExportText() const {
    return m_lastPack->text();
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
    const QByteArray key = ws->signingPublicKey();
    // The pack's cards are checked against this workspace's own register, as its journal is.
    const audit::PinnedCards cards = audit::PinnedCards::fromRegister(ws->siteRegisterChain());
    m_verifying = OperationRunner::start(
        this,
        [ws, dir, config, opener, key, cards] {
            Outcome out;
            auto db = ws->openConnection(true);
            if (!db) {
                out.report.problem = db.error().message;
                return out;
            }
            out.report = workspace::Workspace::verifyJournalOn(**db, dir, config, {}, {}, opener);
            if (auto stamps = journal::TimestampStore::count(**db)) // counted, not read
                out.timestamps = int(*stamps);
            auto last = audit::LastExport::check(**db, dir, key, out.report, &cards);
            if (last)
                out.lastExport = std::move(*last);
            else
                out.lastExportError = last.error().message;
            return out;
        },
        [this](Outcome outcome) { finished(std::move(outcome)); });
}

void VerificationBanner::finished(Outcome outcome) {
    m_report = std::move(outcome.report);
    m_lastExport = std::move(outcome.lastExport);
    const bool mismatch = m_lastExport && m_lastExport->state == audit::LastExport::State::Mismatch;
    const bool ok = m_report.ok() && !mismatch;
    m_label->setText(headline(m_report));
    m_timestamps = outcome.timestamps;
    m_anchors->setText(
        anchors(m_report, m_ws.witnessSeqAtOpen(), m_lastExport ? &*m_lastExport : nullptr, m_timestamps));
    m_anchors->setVisible(m_report.ok());
    QString last = m_lastExport ? lastExportLine(*m_lastExport) : QString();
    if (!outcome.lastExportError.isEmpty())
        last = tr("The last evidence pack exported could not be checked: %1").arg(outcome.lastExportError);
    m_lastPack->setText(last);
    m_lastPack->setVisible(!last.isEmpty());
    const StatusTone tone = ok ? StatusTone::Ok : StatusTone::Error;
    const StatusTone lastTone = mismatch || !outcome.lastExportError.isEmpty() ? StatusTone::Error
                                : m_lastExport && m_lastExport->state == audit::LastExport::State::Extends
                                    ? StatusTone::Ok
                                    : StatusTone::Neutral;
    setStyleSheet(
        QStringLiteral("#journalVerificationBanner { background: %1; } "
                       "#journalVerificationText { color: %2; } #journalVerificationLastPack { color: %3; }")
            .arg(statusBackground(tone, palette()).name(), statusColor(tone, palette()).name(),
                 statusColor(lastTone, palette()).name()));
    setProperty("verified", ok);
    m_again->setEnabled(true);
    Q_EMIT verified(ok);
}

} // namespace symbolon::ui
