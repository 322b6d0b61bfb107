#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "quorum/Approval.h"
#include "quorum/KeyTokenShares.h"
#include "quorum/QuorumRequest.h"
#include "quorum/Shamir.h"

#include <QJsonObject>
#include <QVector>

#include <functional>

namespace symbolon::hsm {
class Session;
}
namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::quorum {

// A k-of-n quorum (ACS) for one custodial action. Custodians approve one by one with their own
// card and PIN: each signs the request digest and releases their share of the key token's PIN.
// At k approvals the PIN is rebuilt in locked memory, the key token is logged in, the action
// runs, the token is logged out and the PIN and shares are wiped. One journal entry records the
// request, every approval (with its signature) and the outcome.
//
// Refused: the same card twice; a card without a custodian keyslot; a signature that does not
// verify against the enrolled public key; an expired, cancelled or already executed session;
// k < 2 under the production profile.
class QuorumSession {
public:
    using Action = std::function<Result<QJsonObject>(hsm::Session& keyToken)>;

    [[nodiscard]] static Result<QuorumSession> start(workspace::Workspace& ws, QuorumRequest request);
    ~QuorumSession();
    QuorumSession(QuorumSession&&) noexcept;
    QuorumSession& operator=(QuorumSession&&) = delete;
    QuorumSession(const QuorumSession&) = delete;
    QuorumSession& operator=(const QuorumSession&) = delete;

    const QuorumRequest& request() const { return m_request; }
    int required() const { return m_k; }
    int enrolled() const { return m_n; }
    const QVector<Approval>& approvals() const { return m_approvals; }
    bool isReady() const { return m_approvals.size() >= m_k; }
    bool isExpired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const {
        return now >= m_request.expiresAt;
    }
    bool isCancelled() const { return m_cancelled; }
    bool isExecuted() const { return m_executed; }
    qint64 secondsLeft(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // One custodian presents their card (by serial) and types its PIN.
    [[nodiscard]] Status approve(const QString& cardSerial, const SecureBytes& cardPin,
                                 const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Journals the cancellation; the session can no longer be used.
    void cancel(const QString& reason);
    // Runs the action exactly once with the key token logged in. The journal entry
    // "quorum.<action>" records the outcome, success or failure; it is committed but not signed:
    // the caller calls Workspace::checkpoint() (QuorumCeremony::run does).
    [[nodiscard]] Result<QJsonObject> execute(const Action& action,
                                              const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    QuorumSession(workspace::Workspace& ws, QuorumRequest request, int k, int n);
    [[nodiscard]] Status usable(const QDateTime& now) const;
    void wipe();

    workspace::Workspace* m_ws;
    QuorumRequest m_request;
    int m_k;
    int m_n;
    QVector<Approval> m_approvals;
    // The approvers' shares of the user PIN, and of the SO PIN when an interrupted re-share must
    // be undone first (settleInterruptedReshare): secure memory, wiped on execute/cancel/destruction.
    QVector<HeldShare> m_shares;
    QVector<HeldShare> m_soShares;
    bool m_cancelled = false;
    bool m_executed = false;
};

} // namespace symbolon::quorum
