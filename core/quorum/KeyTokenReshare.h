#pragma once

#include "quorum/KeyTokenShares.h"
#include "workspace/KeyTokenTurnover.h"

#include <optional>

namespace symbolon::quorum {

// The key token's side of a custodian turnover (workspace::KeyTokenTurnover): collects each
// approver's shares of both PINs, undoes an interrupted earlier re-share if there is one, then
// re-shares the PINs over the new register's custodians (reshareKeyTokenPins).
class KeyTokenReshare final : public workspace::KeyTokenTurnover {
public:
    Status collect(workspace::Workspace& ws, hsm::Session& card,
                   const workspace::RegisteredCard& registered) override;
    Result<Done> run(workspace::Workspace& ws, const workspace::SiteRegister& next) override;
    Status undo(workspace::Workspace& ws) override;

private:
    QVector<HeldShare> m_user;
    QVector<HeldShare> m_so;
    std::optional<ReshareOutcome> m_done;
};

} // namespace symbolon::quorum
