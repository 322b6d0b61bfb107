#include "rekey/RekeyWizard.h"

#include "rekey/RekeyConfirmPage.h"
#include "rekey/RekeyDevicesDialog.h"
#include "rekey/RekeyJustificationPage.h"
#include "rekey/RekeyRadiusPage.h"
#include "rekey/RekeyResultsPage.h"
#include "rekey/RekeyRunPage.h"
#include "rekey/RekeySelectPage.h"

#include <QAbstractButton>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace symbolon::ui {

RekeyWizard::RekeyWizard(workspace::Workspace& ws, QWidget* parent)
    : CeremonyWizard(ws, ceremony::CeremonyKind::ReKey, parent) {
    setObjectName(QStringLiteral("rekeyWizard"));
    setWindowTitle(tr("Re-key — Symbolon"));
    // The KEK ceremony pages this wizard does not use; the quorum page stays.
    for (int id : {int(ChoosePage), int(ReviewPage), int(ComponentsPage), int(RunPage), int(ResultPage)}) {
        QWizardPage* p = page(id);
        removePage(id);
        delete p;
    }
    setPage(SelectPage, new RekeySelectPage(this));
    setPage(RadiusPage, new RekeyRadiusPage(this));
    setPage(JustificationPage, new RekeyJustificationPage(this));
    setPage(ConfirmPage, new RekeyConfirmPage(this));
    setPage(RunPage, new RekeyRunPage(this));
    setPage(ResultPage, new RekeyResultsPage(this));
    setStartId(SelectPage);
    // Once the custodians have approved, the run starts and there is no going back to the quorum;
    // once it has run, no going back to the run page (which would run it again).
    page(QuorumPage)->setCommitPage(true);
    page(QuorumPage)->setButtonText(QWizard::CommitButton, tr("&Run the re-key"));
    // The custodians see the devices they approve, on the page where they approve them.
    m_quorumDevices = new QPushButton(page(QuorumPage));
    m_quorumDevices->setObjectName(QStringLiteral("rekeyQuorumDevicesButton"));
    m_quorumDevices->setAccessibleName(tr("Show the devices to approve"));
    if (auto* box = qobject_cast<QBoxLayout*>(page(QuorumPage)->layout()))
        box->addWidget(m_quorumDevices, 0, Qt::AlignLeft);
    connect(m_quorumDevices, &QPushButton::clicked, this, [this] { showDevices(); });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == QuorumPage)
            m_quorumDevices->setText(
                tr("Show &devices (%1)…").arg(QLocale().toString(approvalDeviceCount())));
    });
    resize(900, 680);
}

RekeyDevicesDialog* RekeyWizard::showDevices() {
    RekeyDevicesDialog* d = nullptr;
    if (m_run)
        d = new RekeyDevicesDialog(workspace(), m_run->id, m_run->kinds.code(), this);
    else if (m_radius)
        d = new RekeyDevicesDialog(tr("Devices to re-key"), m_radius->withInstruction.deviceIds,
                                   m_request.kinds.code(), this);
    if (!d)
        return nullptr;
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    return d;
}

qint64 RekeyWizard::approvalDeviceCount() const {
    if (m_run)
        return m_run->deviceCount;
    return m_radius ? m_radius->withInstruction.radius.devices : 0;
}

void RekeyWizard::preselectDevices(const QStringList& deviceIds, const QString& source) {
    m_preselected = deviceIds;
    m_preselectedSource = source;
    if (auto* select = qobject_cast<RekeySelectPage*>(page(SelectPage)))
        select->showPreselection();
}

void RekeyWizard::setRun(const rekey::RekeyRun& run) {
    m_run = run;
    ceremony::CeremonyPlan& p = plan();
    p.kind = ceremony::CeremonyKind::ReKey;
    p.rekeyRun = run.id;
    p.rekeyDetails = run.quorumRequest(); // what the quorum signs, as the CLI's "rekey run" sends it
}

void RekeyWizard::resumeRun(qint64 runId) {
    m_resumeRun = runId;
    setWindowTitle(tr("Resume re-key run %1 — Symbolon").arg(runId));
    setStartId(ConfirmPage);
}

void RekeyWizard::done(int result) {
    if (m_busy)
        return; // a preview, plan or export is still running: it finishes first
    CeremonyWizard::done(result);
}

} // namespace symbolon::ui
