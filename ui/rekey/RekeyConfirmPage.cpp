#include "rekey/RekeyConfirmPage.h"

#include "common/OperationRunner.h"
#include "common/StatusColor.h"
#include "rekey/RekeyRunQuery.h"
#include "rekey/RekeyWizard.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

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
    m_workers->setRange(0, 64);
    m_workers->setSpecialValueText(tr("Automatic"));
    m_workers->setValue(0);
    m_workers->setToolTip(tr("PKCS#11 sessions working in parallel. Automatic chooses the number from "
                             "the measured rate, within what the token allows."));
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
    m_devices = new QPushButton(this);
    m_devices->setObjectName(QStringLiteral("rekeyShowDevicesButton"));
    m_devices->setAccessibleName(tr("Show the devices of the plan"));
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_create);
    buttons->addWidget(m_devices);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_devices, &QPushButton::clicked, this, [this] { m_wizard->showDevices(); });
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::RichText); // the message is escaped (fail())
    m_status->setObjectName(QStringLiteral("rekeyConfirmStatus"));
    m_status->setAccessibleName(tr("Plan status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_create, &QPushButton::clicked, this, [this] {
        if (m_wizard->resumeRunId() > 0)
            resume();
        else
            askAndCreate();
    });
}

void RekeyConfirmPage::initializePage() {
    m_ready = false;
    m_create->setEnabled(true);
    m_status->clear();
    updateDevicesButton();
    if (m_wizard->resumeRunId() > 0) {
        loadResumedRun();
        return;
    }
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

void RekeyConfirmPage::updateDevicesButton() {
    const qint64 n = m_wizard->approvalDeviceCount();
    m_devices->setText(tr("Show &devices (%1)…").arg(QLocale().toString(n)));
    m_devices->setEnabled(n > 0);
}

void RekeyConfirmPage::fail(const QString& message) {
    m_wizard->setBusy(false);
    m_status->setText(statusHtml(StatusTone::Error, message.toHtmlEscaped()));
    Q_EMIT planCreated(false);
}

void RekeyConfirmPage::createPlan() {
    m_create->setEnabled(false);
    m_status->setText(tr("Creating the plan…"));
    m_wizard->setBusy(true);
    workspace::Workspace* ws = &m_wizard->workspace();
    const rekey::RekeyRequest request = m_wizard->request();
    using Outcome = Result<rekey::RekeyRun>;
    const auto done = [this](Outcome result) {
        const Result<rekey::RekeyRun> run = result;
        if (!run) {
            m_create->setEnabled(true);
            fail(run.error().message);
            return;
        }
        m_wizard->setRun(*run);
        updateDevicesButton();
        m_wizard->plan().workers = m_workers->value();
        m_wizard->plan().chunkSize = m_chunk->value();
        openSession();
    };
    OperationRunner::start(
        this,
        [ws, request] {
            return Outcome(rekey::RekeyPlanner::create(*ws, request, QDateTime::currentDateTimeUtc()));
        },
        done);
}

void RekeyConfirmPage::loadResumedRun() {
    const qint64 runId = m_wizard->resumeRunId();
    setTitle(tr("Resume re-key run %1").arg(runId));
    setSubTitle(
        tr("The devices still pending are re-keyed under a new quorum approval; committed chunks stay."));
    m_create->setText(tr("Ask the quorum to &resume"));
    m_create->setEnabled(false);
    m_summary->setHtml(tr("<p>Reading run %1…</p>").arg(runId));
    workspace::Workspace* ws = &m_wizard->workspace();
    struct Loaded {
        std::optional<Result<rekey::RekeyRun>> run;
        std::optional<Result<rekey::RekeyRunStatus>> status;
    };
    const auto done = [this](Loaded result) {
        Loaded l = result;
        if (!*l.run || !*l.status) {
            fail(!*l.run ? l.run->error().message : l.status->error().message);
            return;
        }
        const rekey::RekeyRun& run = **l.run;
        m_wizard->setRun(run); // its devices, for "Show devices"; resume() sets it again
        updateDevicesButton();
        const qint64 pending = (*l.status)->count(rekey::DeviceStatus::Pending);
        QString h = QStringLiteral("<h3>%1</h3>").arg(run.title().toHtmlEscaped());
        h += tr("<p>State: <b>%1</b>; %2 device(s) still pending. Planned %3 by %4; plan digest "
                "<tt>%5</tt>.</p>")
                 .arg(rekey::runStateCode(run.state), QLocale().toString(pending),
                      run.createdAt.toString(Qt::ISODate), run.createdBy.toHtmlEscaped(),
                      run.planDigest.toHtmlEscaped());
        h += tr("<p><b>Justification:</b></p><pre style='white-space: pre-wrap'>%1</pre>")
                 .arg(QString::fromUtf8(QJsonDocument(run.justification).toJson(QJsonDocument::Indented))
                          .toHtmlEscaped());
        m_summary->setHtml(h);
        if (!rekey::canResume(run.state) || pending == 0) {
            fail(tr("Run %1 is %2 with %3 device(s) pending: there is nothing to resume.")
                     .arg(run.id)
                     .arg(rekey::runStateCode(run.state))
                     .arg(pending));
            return;
        }
        m_loaded = run;
        m_create->setEnabled(true);
    };
    OperationRunner::start(
        this,
        [ws, runId] {
            Loaded l;
            auto db = ws->openConnection(true);
            if (!db) {
                l.run = Result<rekey::RekeyRun>(db.error());
                l.status = Result<rekey::RekeyRunStatus>(db.error());
                return l;
            }
            l.run = rekey::RekeyRun::load(**db, runId);
            l.status = rekey::RekeyRunQuery::status(**db, runId);
            return l;
        },
        done);
}

void RekeyConfirmPage::resume() {
    if (!m_loaded)
        return;
    m_create->setEnabled(false);
    m_wizard->setBusy(true);
    m_wizard->setRun(*m_loaded);
    m_wizard->plan().workers = m_workers->value();
    m_wizard->plan().chunkSize = m_chunk->value();
    openSession();
}

void RekeyConfirmPage::openSession() {
    const rekey::RekeyRun& run = *m_wizard->run();
    m_status->setText(
        tr("%1 (plan digest %2). Opening the quorum session…").arg(run.title(), run.planDigest));
    RekeyWizard* wizard = m_wizard;
    const auto done = [this](Status result) {
        const Status s = result;
        const rekey::RekeyRun& run = *m_wizard->run();
        if (!s) {
            fail(tr("%1 was planned, but the quorum session did not open: %2")
                     .arg(run.title(), s.error().message));
            return;
        }
        m_wizard->setBusy(false);
        m_ready = true;
        m_status->setText(tr("<b>%1</b>, plan digest <tt>%2</tt>, journal entry #%3. Next: the "
                             "custodians approve the run with their cards.")
                              .arg(run.title().toHtmlEscaped(), run.planDigest)
                              .arg(run.journalSeq));
        Q_EMIT completeChanged();
        Q_EMIT planCreated(true);
    };
    // The session's request is journaled: off the GUI thread, while the wizard waits (busy).
    OperationRunner::start(
        this, [wizard] { return wizard->startSession(); }, done);
}

} // namespace symbolon::ui
