#pragma once

#include "ceremony/CeremonyPlan.h"
#include "ceremony/CeremonyRecord.h"
#include "common/Result.h"
#include "quorum/QuorumSession.h"

#include <QJsonArray>

#include <functional>

namespace symbolon::hsm {
class Session;
}
namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ceremony {

// A ceremony as a quorum action, the one path for the CLI and the console: whoever opened the
// workspace must hold RunCeremony (ExecuteReKey for a re-key); k custodian cards approve the plan's request;
// the ceremony runs with the key token logged in by the rebuilt PIN; the record (with every approval) is the
// result of the "quorum.<action>" journal entry; then the chain head is checkpointed.
class QuorumCeremony {
public:
    using Body = std::function<Result<CeremonyRecord>(hsm::Session& keyToken, const CeremonyContext& ctx)>;

    [[nodiscard]] static Result<quorum::QuorumSession>
    start(workspace::Workspace& ws, const CeremonyPlan& plan,
          int timeoutSecs = quorum::QuorumRequest::kDefaultTimeoutSecs);

    // Who ran it and who approved ("Alice Hughes (custodian), card \"ACS card 1\" …").
    static CeremonyContext context(const workspace::Workspace& ws, const quorum::QuorumSession& session);
    static QJsonArray approvalsJson(const QVector<quorum::Approval>& approvals);

    [[nodiscard]] static Result<CeremonyRecord> run(workspace::Workspace& ws, quorum::QuorumSession& session,
                                                    const Body& body);
};

} // namespace symbolon::ceremony
