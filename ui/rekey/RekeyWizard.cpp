#include "rekey/RekeyWizard.h"

#include "rekey/RekeyConfirmPage.h"
#include "rekey/RekeyJustificationPage.h"
#include "rekey/RekeyRadiusPage.h"
#include "rekey/RekeyResultsPage.h"
#include "rekey/RekeyRunPage.h"
#include "rekey/RekeySelectPage.h"

#include <QAbstractButton>

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
    resize(900, 680);
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
