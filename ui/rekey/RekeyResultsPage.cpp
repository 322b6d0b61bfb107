#include "rekey/RekeyResultsPage.h"

#include "common/OperationRunner.h"
#include "common/StatusColor.h"
#include "rekey/InstructionBatch.h"
#include "rekey/RekeyRunQuery.h"
#include "rekey/RekeyWizard.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace symbolon::ui {

RekeyResultsPage::RekeyResultsPage(RekeyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("rekeyResultsPage"));
    setTitle(tr("Results"));
    setSubTitle(tr("The run's record is in the journal. Hand the instruction batch to the DCO; import its "
                   "confirmations to make the new keys active."));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("rekeyResultText"));
    m_text->setAccessibleName(tr("Re-key results"));
    layout->addWidget(m_text, 1);
    auto* buttons = new QHBoxLayout();
    m_exportBatch = new QPushButton(tr("Export &instruction batch…"), this);
    m_exportBatch->setObjectName(QStringLiteral("rekeyExportBatchButton"));
    m_exportBatch->setAccessibleName(tr("Export the instruction batch for the DCO"));
    m_exportKeys = new QPushButton(tr("Export &keys for DCO / S1SP…"), this);
    m_exportKeys->setObjectName(QStringLiteral("rekeyExportKeysButton"));
    m_exportKeys->setAccessibleName(tr("Export the packaged keys for the DCO or an S1SP"));
    buttons->addWidget(m_exportBatch);
    buttons->addWidget(m_exportKeys);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_exportBatch, &QPushButton::clicked, this, &RekeyResultsPage::chooseBatchFile);
    connect(m_exportKeys, &QPushButton::clicked, this, &RekeyResultsPage::chooseKeysFile);
    connect(this, &RekeyResultsPage::exported, this, [this](const QString& m) {
        m_log << m; // rich text built by exportBatch/exportKeys, the path escaped there
        render();
    });
    connect(this, &RekeyResultsPage::exportFailed, this, [this](const QString& m) {
        m_log << statusHtml(StatusTone::Error, m.toHtmlEscaped());
        render();
    });
}

QString RekeyResultsPage::resultText() const {
    return m_text->toPlainText();
}

void RekeyResultsPage::initializePage() {
    const auto& o = m_wizard->outcome();
    m_log.clear();
    m_status.clear();
    const bool ok = o && *o;
    m_exportBatch->setEnabled(ok);
    m_exportKeys->setEnabled(ok);
    if (!o) {
        m_record = tr("<p>The run has not finished.</p>");
    } else if (!*o) {
        m_record = statusHtml(StatusTone::Error, tr("The run failed"), QStringLiteral("h3")) +
                   tr("<p>%1</p><p>Every chunk committed before the failure stays committed; running the "
                      "plan again resumes it.</p>")
                       .arg(o->error().message.toHtmlEscaped());
    } else {
        const ceremony::CeremonyRecord& r = **o;
        m_record =
            QStringLiteral("<h3>%1</h3>")
                .arg((m_wizard->run() ? m_wizard->run()->title() : m_wizard->plan().title()).toHtmlEscaped());
        if (r.cancelled)
            m_record += statusBannerHtml(
                StatusTone::Warning,
                tr("<b>Stopped before completion.</b> Every chunk reported was committed. Resume it with "
                   "<i>Re-key → Re-key runs…</i> (run %1) or symbolon-cli rekey run %1, under a new "
                   "quorum approval.")
                    .arg(m_wizard->plan().rekeyRun));
        m_record +=
            QStringLiteral("<pre style='white-space: pre-wrap'>%1</pre>").arg(r.toText().toHtmlEscaped());
    }
    render();
    if (!m_wizard->run())
        return;
    const qint64 runId = m_wizard->run()->id;
    workspace::Workspace* ws = &m_wizard->workspace();
    using Outcome = Result<rekey::RekeyRunStatus>;
    const auto done = [this](Outcome result) {
        const Result<rekey::RekeyRunStatus> s = result;
        if (!s) {
            m_status = statusHtml(StatusTone::Error, s.error().message.toHtmlEscaped(), QStringLiteral("p"));
        } else {
            const QLocale l;
            m_status = tr("<h3>Devices</h3><p>");
            QStringList parts;
            for (auto it = s->byStatus.constBegin(); it != s->byStatus.constEnd(); ++it)
                parts << tr("%1: <b>%2</b>").arg(rekey::deviceStatusCode(it.key()), l.toString(it.value()));
            m_status += parts.join(QStringLiteral(", ")) + QStringLiteral("</p>");
            if (s->failureCount == 0) {
                m_status += tr("<p>No device failed.</p>");
            } else {
                m_status += statusHtml(StatusTone::Error,
                                       tr("<b>%1 device(s) failed:</b>").arg(l.toString(s->failureCount)),
                                       QStringLiteral("p")) +
                            QStringLiteral("<ul>");
                for (const QString& f : s->failures)
                    m_status += QStringLiteral("<li><tt>%1</tt></li>").arg(f.toHtmlEscaped());
                m_status += QStringLiteral("</ul>");
            }
        }
        render();
        Q_EMIT statusLoaded();
    };
    OperationRunner::start(
        this,
        [ws, runId] {
            auto db = ws->openConnection(true);
            if (!db)
                return Outcome(Result<rekey::RekeyRunStatus>(db.error()));
            return Outcome(rekey::RekeyRunQuery::status(**db, runId));
        },
        done);
}

void RekeyResultsPage::render() {
    QString h = m_record + m_status;
    if (!m_log.isEmpty()) {
        h += tr("<h3>Exports</h3><ul>");
        for (const QString& line : m_log)
            h += QStringLiteral("<li>%1</li>").arg(line);
        h += QStringLiteral("</ul>");
    }
    m_text->setHtml(h);
}

void RekeyResultsPage::chooseBatchFile() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export the instruction batch"),
        QStringLiteral("rekey-run-%1-instructions.jsonl").arg(m_wizard->plan().rekeyRun),
        tr("JSON Lines (*.jsonl)"));
    if (!file.isEmpty())
        exportBatch(file);
}

void RekeyResultsPage::chooseKeysFile() {
    const QStringList who{tr("DCO: AK and MK packages (under the DCO Key)"),
                          tr("S1SP: GUEK packages (under the Shared Key)")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Export keys"), tr("Recipient (role separation, CKMP (b)(ii)):"), who, 0, false, &ok);
    if (!ok)
        return;
    const auto recipient = choice == who[0] ? rekey::ExportRecipient::Dco : rekey::ExportRecipient::S1sp;
    QString s1sp;
    if (recipient == rekey::ExportRecipient::S1sp) {
        s1sp = QInputDialog::getText(this, tr("Export keys"), tr("Only this S1SP's devices (blank: all):"),
                                     QLineEdit::Normal, QString(), &ok)
                   .trimmed();
        if (!ok)
            return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Export keys"),
                                                      QStringLiteral("rekey-run-%1-%2-keys.jsonl")
                                                          .arg(m_wizard->plan().rekeyRun)
                                                          .arg(rekey::recipientCode(recipient)),
                                                      tr("JSON Lines (*.jsonl)"));
    if (!file.isEmpty())
        exportKeys(recipient, file, s1sp);
}

void RekeyResultsPage::exportBatch(const QString& path) {
    workspace::Workspace* ws = &m_wizard->workspace();
    const qint64 runId = m_wizard->plan().rekeyRun;
    m_exportBatch->setEnabled(false);
    m_wizard->setBusy(true);
    using Outcome = Result<rekey::InstructionBatch::Written>;
    const auto done = [this, path](Outcome result) {
        m_wizard->setBusy(false);
        m_exportBatch->setEnabled(true);
        const Result<rekey::InstructionBatch::Written> w = result;
        if (!w) {
            Q_EMIT exportFailed(w.error().message);
            return;
        }
        Q_EMIT exported(tr("Instruction batch %1: %2 device(s) (%3 newly distributed), SHA-256 <tt>%4</tt>, "
                           "journal entry #%5.")
                            .arg(path.toHtmlEscaped())
                            .arg(w->devices)
                            .arg(w->newlyDistributed)
                            .arg(w->sha256)
                            .arg(w->journalSeq));
    };
    OperationRunner::start(
        this, [ws, runId, path] { return Outcome(rekey::InstructionBatch::write(*ws, runId, path, false)); },
        done);
}

void RekeyResultsPage::exportKeys(rekey::ExportRecipient recipient, const QString& path,
                                  const QString& s1sp) {
    workspace::Workspace* ws = &m_wizard->workspace();
    const qint64 runId = m_wizard->plan().rekeyRun;
    m_exportKeys->setEnabled(false);
    m_wizard->setBusy(true);
    using Outcome = Result<rekey::KeyExport::Written>;
    const auto done = [this, path, recipient](Outcome result) {
        m_wizard->setBusy(false);
        m_exportKeys->setEnabled(true);
        const Result<rekey::KeyExport::Written> w = result;
        if (!w) {
            Q_EMIT exportFailed(w.error().message);
            return;
        }
        Q_EMIT exported(tr("Keys for %1 in %2: %3 packaged key(s), SHA-256 <tt>%4</tt>.")
                            .arg(rekey::recipientCode(recipient), path.toHtmlEscaped())
                            .arg(w->keys)
                            .arg(w->sha256));
    };
    OperationRunner::start(
        this,
        [ws, runId, recipient, path, s1sp] {
            return Outcome(rekey::KeyExport::write(*ws, runId, recipient, path, s1sp));
        },
        done);
}

} // namespace symbolon::ui
