#pragma once

#include "ceremony/CeremonyPlan.h"
#include "ceremony/CeremonyRecord.h"
#include "common/OperationRunner.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "hsm/TokenObject.h"
#include "rekey/RekeyEngine.h"

#include <QDateTime>
#include <QPointer>
#include <QVector>
#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

namespace symbolon::quorum {
class QuorumSession;
}
namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// A KEK ceremony as a custodian runs it: choose → review exactly what will happen → the quorum
// (each custodian's card and PIN, k of n, countdown, cancel) → the clear components (Transport
// Key only) → run (progress, cancel for migration) → the ceremony record. Every HSM and
// database step runs off the GUI thread.
class CeremonyWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { ChoosePage, ReviewPage, QuorumPage, ComponentsPage, RunPage, ResultPage };

    CeremonyWizard(workspace::Workspace& ws, ceremony::CeremonyKind kind, QWidget* parent = nullptr);
    ~CeremonyWizard() override;

    workspace::Workspace& workspace() { return m_ws; }
    ceremony::CeremonyPlan& plan() { return m_plan; }
    QByteArray& importPackage() { return m_importPackage; }
    QByteArray& importSignerSpki() { return m_importSpki; }
    QVector<SecureBytes>& components() { return m_components; }

    [[nodiscard]] Status startSession();
    quorum::QuorumSession* session() const { return m_session.get(); }

    // Runs the ceremony under the quorum, off the GUI thread; finished() when done.
    void runCeremony();
    void stopAfterThisChunk();
    bool isRunning() const { return m_running; }
    const std::optional<Result<ceremony::CeremonyRecord>>& outcome() const { return m_outcome; }

    void done(int result) override;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void rekeyProgress(const symbolon::rekey::RekeyProgress& progress); // re-key runs: rate, ETA, failures
    // The ceremony starts running: the key token is logged in until ceremonyFinished.
    void ceremonyStarted();
    void ceremonyFinished(bool ok);
    // What the logged-in key token held when the ceremony ended (private objects included).
    void keyTokenListed(const QString& tokenSerial, const QVector<symbolon::hsm::TokenObject>& objects,
                        const QDateTime& at);

private:
    workspace::Workspace& m_ws;
    ceremony::CeremonyPlan m_plan;
    QByteArray m_importPackage;
    QByteArray m_importSpki;
    QVector<SecureBytes> m_components;
    std::shared_ptr<quorum::QuorumSession> m_session;
    std::optional<Result<ceremony::CeremonyRecord>> m_outcome;
    QPointer<Operation> m_run; // the ceremony, while it runs
    bool m_running = false;
};

} // namespace symbolon::ui
