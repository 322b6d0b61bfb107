#include "ceremony/CeremonyWizard.h"

#include "ceremony/CeremonyChoosePage.h"
#include "ceremony/CeremonyComponentsPage.h"
#include "ceremony/CeremonyQuorumPage.h"
#include "ceremony/CeremonyResultPage.h"
#include "ceremony/CeremonyReviewPage.h"
#include "ceremony/CeremonyRunPage.h"
#include "common/PlainTextGuard.h"

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
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QtConcurrent>

namespace symbolon::ui {

namespace {
struct RunOutcome {
    std::optional<Result<ceremony::CeremonyRecord>> record;
    QVector<hsm::TokenObject> objects;
    QDateTime listedAt;
};

Status writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(ErrorCode::Io, CeremonyWizard::tr("%1 cannot be written.").arg(path));
    return {};
}
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
        (void)QtConcurrent::run(
            [s = m_session, reason = tr("the ceremony wizard was closed")] { s->cancel(reason); });
    }
    QWizard::done(result);
}

void CeremonyWizard::runCeremony() {
    if (m_running || !m_session)
        return;
    m_running = true;
    m_stop = false;
    ceremony::QuorumCeremony::Body body;
    const ceremony::CeremonyPlan plan = m_plan;
    workspace::Workspace* ws = &m_ws;
    QPointer<CeremonyWizard> self(this);
    switch (plan.kind) {
    case ceremony::CeremonyKind::GenerateKeks:
        body = [](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
            return ceremony::KekGeneration::run(s, ctx);
        };
        break;
    case ceremony::CeremonyKind::TransportKey:
        body = [components = m_components,
                label = plan.transportKeyLabel](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
            return ceremony::TransportKeyCeremony::run(s, ctx, components, label);
        };
        break;
    case ceremony::CeremonyKind::ExportSharedKey:
        body = [plan](hsm::Session& s,
                      const ceremony::CeremonyContext& ctx) -> Result<ceremony::CeremonyRecord> {
            auto ex = ceremony::SharedKeyTransfer::exportSharedKey(s, ctx, plan.transportKeyLabel);
            if (!ex)
                return ex.error();
            if (auto w = writeFile(plan.packageFile, ex->file); !w)
                return w.error();
            if (auto w = writeFile(plan.packageFile + QStringLiteral(".signer.pem"),
                                   ceremony::publicKeyPem(ex->signerSpki));
                !w)
                return w.error();
            ex->record.notes
                << tr("Key package written to %1; the signer's public key to %1.signer.pem (send it "
                      "by another channel).")
                       .arg(plan.packageFile);
            return ex->record;
        };
        break;
    case ceremony::CeremonyKind::ImportSharedKey:
        body = [plan, file = m_importPackage, spki = m_importSpki](hsm::Session& s,
                                                                   const ceremony::CeremonyContext& ctx) {
            return ceremony::SharedKeyTransfer::importSharedKey(s, ctx, file, spki, plan.transportKeyLabel);
        };
        break;
    case ceremony::CeremonyKind::MigrationUnwrap:
        body = [plan, ws, self, stop = &m_stop](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
            ceremony::MigrationUnwrap::Options o;
            o.transportKeyLabel = plan.transportKeyLabel;
            o.chunkSize = plan.chunkSize;
            o.progress = [self, stop](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, done, total] {
                        if (self)
                            Q_EMIT self->progress(done, total);
                    },
                    Qt::QueuedConnection);
                return !stop->load();
            };
            return ceremony::MigrationUnwrap::run(*ws, s, ctx, o);
        };
        break;
    case ceremony::CeremonyKind::ReKey:
        body = [plan, ws, self, stop = &m_stop](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
            rekey::RekeyOptions o;
            o.chunkSize = plan.chunkSize;
            o.workers = plan.workers;
            o.progress = [self, stop](const rekey::RekeyProgress& p) {
                QMetaObject::invokeMethod(
                    self,
                    [self, p] {
                        if (self) {
                            Q_EMIT self->progress(p.done, p.total);
                            Q_EMIT self->rekeyProgress(p);
                        }
                    },
                    Qt::QueuedConnection);
                return !stop->load();
            };
            return rekey::RekeyEngine::execute(*ws, s, ctx, plan.rekeyRun, o);
        };
        break;
    }
    auto* watcher = new QFutureWatcher<RunOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        RunOutcome r = watcher->result();
        m_running = false;
        m_outcome = std::move(r.record);
        for (SecureBytes& c : m_components)
            c.clear();
        if (!r.objects.isEmpty())
            Q_EMIT keyTokenListed(m_ws.config().keyTokenSerial, r.objects, r.listedAt);
        Q_EMIT ceremonyFinished(m_outcome && *m_outcome);
    });
    Q_EMIT ceremonyStarted();
    watcher->setFuture(QtConcurrent::run([ws, session = m_session, body]() {
        RunOutcome out;
        // After the ceremony, while the key token is still logged in: what it now holds.
        auto withListing = [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
            auto rec = body(s, ctx);
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
    }));
}

} // namespace symbolon::ui
