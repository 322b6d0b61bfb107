#include "rekey/RekeyConfirmPage.h"

#include "rekey/RekeyWizard.h"
#include "workspace/Workspace.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace symbolon::ui {

RekeyConfirmPage::RekeyConfirmPage(RekeyWizard* wizard) : QWizardPage(wizard), m_wizard(wizard) {
    setObjectName(QStringLiteral("rekeyConfirmPage"));
    setTitle(tr("Confirm and create the plan"));
    setSubTitle(tr("Creating the plan records its devices and justification in the journal; nothing is "
                   "generated until the quorum approves the run."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Ask for the quorum"));
    auto* layout = new QVBoxLayout(this);
    // A browser, not a label: the selection and justification are JSON, which must not widen the wizard.
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("rekeyConfirmText"));
    m_summary->setAccessibleName(tr("Plan summary"));
    m_summary->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->addWidget(m_summary, 1);
    auto* form = new QFormLayout();
    m_workers = new QSpinBox(this);
    m_workers->setObjectName(QStringLiteral("rekeyWorkers"));
    m_workers->setAccessibleName(tr("Worker sessions"));
    m_workers->setRange(1, 8);
    m_workers->setValue(1);
    m_workers->setToolTip(tr("PKCS#11 sessions working in parallel."));
    form->addRow(tr("&Worker sessions:"), m_workers);
    m_chunk = new QSpinBox(this);
    m_chunk->setObjectName(QStringLiteral("rekeyChunkSize"));
    m_chunk->setAccessibleName(tr("Devices per committed chunk"));
    m_chunk->setRange(1, 10000);
    m_chunk->setValue(500);
    m_chunk->setToolTip(
        tr("Each chunk commits with its journal entry; stopping or a crash loses at most one."));
    form->addRow(tr("Devices per &chunk:"), m_chunk);
    layout->addLayout(form);
    m_create = new QPushButton(tr("&Create the plan…"), this);
    m_create->setObjectName(QStringLiteral("rekeyCreatePlanButton"));
    m_create->setAccessibleName(tr("Create the re-key plan"));
    layout->addWidget(m_create, 0, Qt::AlignLeft);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rekeyConfirmStatus"));
    m_status->setAccessibleName(tr("Plan status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_create, &QPushButton::clicked, this, &RekeyConfirmPage::askAndCreate);
}

void RekeyConfirmPage::initializePage() {
    m_ready = false;
    m_create->setEnabled(true);
    m_status->clear();
    const rekey::RekeyRequest& r = m_wizard->request();
    const auto& radius = m_wizard->radius();
    const qint64 devices = radius ? radius->withInstruction.radius.devices : 0;
    const qint64 keys = radius ? radius->withInstruction.radius.keys : 0;
    QString h = tr("<h3>Re-key %1 device(s): %2 new key(s) (%3)</h3>")
                    .arg(QLocale().toString(devices), QLocale().toString(keys), r.kinds.code());
    h += tr("<p><b>Selection:</b> <tt>%1</tt></p>")
             .arg(QString::fromUtf8(QJsonDocument(r.selectionJson()).toJson(QJsonDocument::Compact))
                      .toHtmlEscaped());
    h += tr("<p><b>Justification:</b> <tt>%1</tt></p>")
             .arg(QString::fromUtf8(QJsonDocument(r.justificationJson()).toJson(QJsonDocument::Compact))
                      .toHtmlEscaped());
    m_summary->setHtml(h);
}

int RekeyConfirmPage::nextId() const {
    return CeremonyWizard::QuorumPage;
}

bool RekeyConfirmPage::isComplete() const {
    return m_ready;
}

void RekeyConfirmPage::askAndCreate() {
    const auto& radius = m_wizard->radius();
    const qint64 devices = radius ? radius->withInstruction.radius.devices : 0;
    const qint64 keys = radius ? radius->withInstruction.radius.keys : 0;
    const auto answer = QMessageBox::question(
        this, tr("Create the re-key plan"),
        tr("Plan the re-key of %1 device(s): %2 new key(s) (%3)?\n\nThe plan and its justification are "
           "journaled now; the keys are generated only when the quorum approves the run.")
            .arg(QLocale().toString(devices), QLocale().toString(keys), m_wizard->request().kinds.code()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        createPlan();
}

void RekeyConfirmPage::fail(const QString& message) {
    m_wizard->setBusy(false);
    m_status->setText(tr("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
    Q_EMIT planCreated(false);
}

void RekeyConfirmPage::createPlan() {
    m_create->setEnabled(false);
    m_status->setText(tr("Creating the plan…"));
    m_wizard->setBusy(true);
    workspace::Workspace* ws = &m_wizard->workspace();
    const rekey::RekeyRequest request = m_wizard->request();
    using Outcome = std::optional<Result<rekey::RekeyRun>>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Result<rekey::RekeyRun> run = *watcher->result();
        if (!run) {
            m_create->setEnabled(true);
            fail(run.error().message);
            return;
        }
        m_wizard->setRun(*run);
        m_wizard->plan().workers = m_workers->value();
        m_wizard->plan().chunkSize = m_chunk->value();
        openSession();
    });
    watcher->setFuture(QtConcurrent::run([ws, request] {
        return Outcome(rekey::RekeyPlanner::create(*ws, request, QDateTime::currentDateTimeUtc()));
    }));
}

void RekeyConfirmPage::openSession() {
    const rekey::RekeyRun& run = *m_wizard->run();
    m_status->setText(
        tr("%1 planned (plan digest %2). Opening the quorum session…").arg(run.title(), run.planDigest));
    auto* watcher = new QFutureWatcher<std::optional<Status>>(this);
    RekeyWizard* wizard = m_wizard;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Status s = *watcher->result();
        const rekey::RekeyRun& run = *m_wizard->run();
        if (!s) {
            fail(tr("%1 was planned, but the quorum session did not open: %2")
                     .arg(run.title(), s.error().message));
            return;
        }
        m_wizard->setBusy(false);
        m_ready = true;
        m_status->setText(tr("<b>%1 planned</b>, plan digest <tt>%2</tt>, journal entry #%3. Next: the "
                             "custodians approve the run with their cards.")
                              .arg(run.title().toHtmlEscaped(), run.planDigest)
                              .arg(run.journalSeq));
        Q_EMIT completeChanged();
        Q_EMIT planCreated(true);
    });
    // The session's request is journaled: off the GUI thread, while the wizard waits (busy).
    watcher->setFuture(QtConcurrent::run([wizard] { return std::optional<Status>(wizard->startSession()); }));
}

} // namespace symbolon::ui
