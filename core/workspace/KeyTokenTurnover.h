#pragma once

#include "common/Result.h"

#include <QJsonObject>

namespace symbolon::hsm {
class Session;
}

namespace symbolon::workspace {

class Workspace;
struct RegisteredCard;
struct SiteRegister;

// What a site register change does to the key token when it changes who holds the shares of
// its PINs (issue #18: a retired card's share, with k-1 old shares, must no longer log the key
// token in). Implemented by quorum::KeyTokenReshare; SiteRegisterChange refuses such a change
// without one, so it can never be made without the re-share.
class KeyTokenTurnover {
public:
    struct Done {
        int generation = 0;  // made current in the register change's own transaction
        QJsonObject details; // added to the register change's journal entry
    };
    virtual ~KeyTokenTurnover() = default;
    // At each approval, with the approver's card logged in: reads what it holds.
    [[nodiscard]] virtual Status collect(Workspace& ws, hsm::Session& card,
                                         const RegisteredCard& registered) = 0;
    // Before the register's transaction: deals the new shares and changes the token's PINs.
    [[nodiscard]] virtual Result<Done> run(Workspace& ws, const SiteRegister& next) = 0;
    // The register's transaction failed after run(): puts the old PINs back.
    [[nodiscard]] virtual Status undo(Workspace& ws) = 0;
};

} // namespace symbolon::workspace
