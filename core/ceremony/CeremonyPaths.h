#pragma once

#include "ceremony/CeremonyPlan.h"
#include "common/Result.h"
#include "hsm/Capabilities.h"
#include "policy/PolicyProfile.h"

#include <QStringList>
#include <QVector>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ceremony {

// What approvers must see before they sign (issue #17, item 7): which of a ceremony's operations
// this key token can do only through host memory (a clear-key fallback, development profile
// only), and for how much key material. Read from the token's mechanism list, which needs no
// login, so it is known before anyone is convened; QuorumCeremony::start puts it into the signed
// request (parameter "host_memory") and the review page shows the same sentences.
class CeremonyPaths {
public:
    // The operations whose route depends on the token, per ceremony (as the bodies decide them).
    static QVector<hsm::KeyOperation> operations(CeremonyKind kind);

    // One sentence per fallback, with its volume; empty when every operation stays in the module.
    // Under the production profile a fallback is refused here, before the quorum (the run would
    // refuse it too). A workspace whose key token is absent has nothing to disclose.
    [[nodiscard]] static Result<QStringList> disclose(workspace::Workspace& ws, const CeremonyPlan& plan);
    [[nodiscard]] static Result<QStringList> disclose(const hsm::Capabilities& caps,
                                                      policy::PolicyProfile profile, const CeremonyPlan& plan,
                                                      qint64 devices);
};

} // namespace symbolon::ceremony
