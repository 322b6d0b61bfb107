#pragma once

#include "cli/CliContext.h"

#include "ceremony/CeremonyPlan.h"
#include "ceremony/QuorumCeremony.h"
#include "quorum/QuorumSession.h"
#include "workspace/Workspace.h"

#include <memory>
#include <optional>

namespace symbolon::cli {

// The workspace and the quorum session a ceremony or a re-key runs under.
struct Quorum {
    std::unique_ptr<workspace::Workspace> ws;
    std::optional<quorum::QuorumSession> session;
};

// Asks for the plan's quorum and lets each card named with --quorum-card approve it in turn
// (PIN from --quorum-pin-env, in order, else a no-echo prompt). A refusal cancels the session
// (journaled) and names the card and the reason. The first form opens the workspace itself.
[[nodiscard]] Result<Quorum> openQuorum(CliContext& c, const ceremony::CeremonyPlan& plan);
[[nodiscard]] Result<Quorum> openQuorum(CliContext& c, std::unique_ptr<workspace::Workspace> ws,
                                        const ceremony::CeremonyPlan& plan);

// Runs under the quorum; reported done only once its journal entry is committed.
int finish(CliContext& c, Quorum& q, const ceremony::QuorumCeremony::Body& body);

} // namespace symbolon::cli
