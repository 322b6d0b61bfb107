#include "ceremony/CeremonyWizard.h"

#include "ceremony/CeremonyChoosePage.h"
#include "ceremony/CeremonyComponentsPage.h"
#include "ceremony/CeremonyQuorumPage.h"
#include "ceremony/CeremonyResultPage.h"
#include "ceremony/CeremonyReviewPage.h"
#include "ceremony/CeremonyRunPage.h"
#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"

#include "ceremony/CeremonyBody.h"
#include "ceremony/KekGeneration.h"
#include "ceremony/MigrationUnwrap.h"
#include "ceremony/QuorumCeremony.h"
#include "ceremony/SharedKeyTransfer.h"
#include "ceremony/TransportKeyCeremony.h"
#include "quorum/QuorumSession.h"
#include "rekey/RekeyEngine.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>

namespace symbolon::ui {

namespace {
struct RunOutcome {
    std::optional<Result<ceremony::CeremonyRecord>> record;
    QVector<hsm::TokenObject> objects;
    QDateTime listedAt;
};

} // namespace

CeremonyWizard::CeremonyWizard(workspace::Workspace& ws, ceremony::CeremonyKind kind, QWidget* parent)
    : QWizard(parent), m_ws(ws) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("ceremonyWizard"));
    setWindowTitle(tr("Ceremony — Symbolon"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_plan.kind = kind;
    setPage(ChoosePage, new CeremonyChoosePage(this));
    setPage(ReviewPage, new CeremonyReviewPage(this));
    setPage(QuorumPage, new CeremonyQuorumPage(this));
    setPage(ComponentsPage, new CeremonyComponentsPage(this));
    setPage(RunPage, new CeremonyRunPage(this));
    setPage(ResultPage, new CeremonyResultPage(this));
    setStartId(ChoosePage);
    for (auto [which, name] : {std::pair{QWizard::NextButton, "wizardNextButton"},
                               std::pair{QWizard::BackButton, "wizardBackButton"},
                               std::pair{QWizard::CancelButton, "wizardCancelButton"},
                               std::pair{QWizard::FinishButton, "wizardFinishButton"}})
        button(which)->setObjectName(QString::fromLatin1(name));
    // Cancel is never what Enter does (issue #17).
    if (auto* cancel = qobject_cast<QPushButton*>(button(QWizard::CancelButton)))
        cancel->setAutoDefault(false);
    resize(820, 640);
}

CeremonyWizard::~CeremonyWizard() {
    for (SecureBytes& c : m_components)
        c.clear();
}

Status CeremonyWizard::startSession() {
    auto s = ceremony::QuorumCeremony::start(m_ws, m_plan, AppSettings().quorumTimeoutSecs());
    if (!s)
        return s.error();
    m_session = std::make_shared<quorum::QuorumSession>(std::move(*s));
    return {};
}

void CeremonyWizard::done(int result) {
    if (m_running)
        return; // the ceremony finishes (or stops after its chunk) first
    // Closing gives up a live quorum session: its approvers would have to meet again (issue #17).
    if (result == QDialog::Rejected && m_session && !m_session->isExecuted() && !m_session->isCancelled()) {
        QMessageBox ask(QMessageBox::Question, tr("Close the ceremony"),
                        tr("The quorum session is still open with %1 of %2 approvals. Closing cancels it "
                           "(journaled), and the approvers would have to approve again. Close?")
                            .arg(m_session->approvals().size())
                            .arg(m_session->required()),
                        QMessageBox::Close | QMessageBox::Cancel, this);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.setObjectName(QStringLiteral("closeCeremonyQuestion"));
        if (ask.exec() != QMessageBox::Close)
            return;
    }
    for (SecureBytes& c : m_components)
        c.clear();
    if (m_session && !m_session->isExecuted() && !m_session->isCancelled()) {
        // Journaled off the GUI thread; the shared pointer keeps the session alive until then.
        OperationRunner::detach(
            [s = m_session, reason = tr("the ceremony wizard was closed")] { s->cancel(reason); });
    }
    QWizard::done(result);
}

void CeremonyWizard::runCeremony() {
    if (m_running || !m_session)
        return;
    m_running = true;
    ceremony::QuorumCeremony::Body body;
    // The long runs report progress and stop after a chunk when asked ("Stop after this chunk").
    std::function<Result<ceremony::CeremonyRecord>(hsm::Session&, const ceremony::CeremonyContext&,
                                                   OperationControl&)>
        withControl;
    const ceremony::CeremonyPlan plan = m_plan;
    workspace::Workspace* ws = &m_ws;
    // Used in the GUI thread only (OperationControl::inGuiThread), while the operation, its child,
    // lives.
    CeremonyWizard* self = this;
    // Every ceremony's core call and its rules come from core (ceremony::ceremonyBody), as the
    // CLI's do; a migration reports progress and stops after a chunk when asked.
    ceremony::CeremonyInputs inputs;
    inputs.components = m_components;
    inputs.importPackage = m_importPackage;
    inputs.importSignerSpki = m_importSpki;
    inputs.ws = ws;
    switch (plan.kind) {
    case ceremony::CeremonyKind::GenerateKeks:
    case ceremony::CeremonyKind::TransportKey:
    case ceremony::CeremonyKind::ExportSharedKey:
    case ceremony::CeremonyKind::ImportSharedKey:
    case ceremony::CeremonyKind::DestroyKek:
    case ceremony::CeremonyKind::ReadinessCheck: {
        auto made = ceremony::ceremonyBody(plan, inputs);
        if (!made) {
            m_running = false;
            QMessageBox box(QMessageBox::Critical, windowTitle(), made.error().message, QMessageBox::Ok,
                            this);
            box.setTextFormat(Qt::PlainText); // a message is data, never markup
            box.exec();
            return;
        }
        body = *made;
        break;
    }
    case ceremony::CeremonyKind::MigrationUnwrap:
    case ceremony::CeremonyKind::RolloverKek:
        withControl = [plan, inputs](hsm::Session& s, const ceremony::CeremonyContext& ctx,
                                     OperationControl& control) -> Result<ceremony::CeremonyRecord> {
            ceremony::CeremonyInputs withProgress = inputs;
            withProgress.progress = [&control](qint64 done, qint64 total) {
                control.progress(done, total);
                return !control.stopRequested();
            };
            auto made = ceremony::ceremonyBody(plan, std::move(withProgress));
            if (!made)
                return made.error();
            return (*made)(s, ctx);
        };
        break;
    case ceremony::CeremonyKind::ReKey:
        withControl = [plan, ws, self](hsm::Session& s, const ceremony::CeremonyContext& ctx,
                                       OperationControl& control) {
            rekey::RekeyOptions o;
            o.chunkSize = plan.chunkSize;
            o.workers = plan.workers;
            o.progress = [self, &control](const rekey::RekeyProgress& p) {
                // Every report, in order (the run page lists them), not only the latest.
                control.inGuiThread([self, p] {
                    Q_EMIT self->progress(p.done, p.total);
                    Q_EMIT self->rekeyProgress(p);
                });
                return !control.stopRequested();
            };
            return rekey::RekeyEngine::execute(*ws, s, ctx, plan.rekeyRun, o);
        };
        break;
    }
    Q_EMIT ceremonyStarted();
    OperationRunner::Callbacks<RunOutcome> more;
    more.progress = [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); };
    m_run = OperationRunner::start(
        this,
        [ws, session = m_session, body, withControl](OperationControl& control) {
            RunOutcome out;
            // After the ceremony, while the key token is still logged in: what it now holds.
            auto withListing = [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
                auto rec = withControl ? withControl(s, ctx, control) : body(s, ctx);
                if (rec) {
                    if (auto objects = hsm::TokenObject::list(s)) {
                        out.objects = *objects;
                        out.listedAt = QDateTime::currentDateTimeUtc();
                    }
                }
                return rec;
            };
            out.record = ceremony::QuorumCeremony::run(*ws, *session, withListing);
            return out;
        },
        [this](RunOutcome r) {
            m_running = false;
            m_outcome = std::move(r.record);
            for (SecureBytes& c : m_components)
                c.clear();
            if (!r.objects.isEmpty())
                Q_EMIT keyTokenListed(m_ws.config().keyTokenSerial, r.objects, r.listedAt);
            Q_EMIT ceremonyFinished(m_outcome && *m_outcome);
        },
        std::move(more));
}

void CeremonyWizard::stopAfterThisChunk() {
    if (m_run)
        m_run->cancel();
}

} // namespace symbolon::ui
