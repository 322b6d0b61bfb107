#pragma once

#include "common/Result.h"
#include "workspace/SiteRegister.h"

#include <QString>

namespace symbolon::ui {

// The turnover actions of the Quorum view (issue #18): each is a new version of the site
// register, proposed here and approved by k custodians' cards (workspace::SiteRegisterChange).
enum class RegisterChangeKind {
    EnrolCard,    // a new card for a new or existing holder
    RetireCard,   // a leaver's card, a lost or a damaged one: state "retired"
    ReplaceCard,  // the card out ("replaced"), a new card enrolled for the same holder and role
    ChangeRole,   // a card's holder takes another role
    ChangeQuorum, // k (n is the active custodians)
};

// What the custodian chose in the dialog (the new card of EnrolCard/ReplaceCard is enrolled by
// SiteRegisterChange::enrolCard, on the card itself).
struct RegisterChangeInput {
    RegisterChangeKind kind = RegisterChangeKind::RetireCard;
    QString cardSerial; // RetireCard, ReplaceCard, ChangeRole
    QString newRole;    // ChangeRole
    int k = 0;          // ChangeQuorum (n follows the active custodians)
    QString reason;
};

// The current register with the change made, and its reason; n is set to the active custodians
// (one per person) of the result. Refusals name the field; the rules
// of the register itself (k of the active custodians, the production profile's k >= 2, who may
// approve) are SiteRegisterChange::start's.
[[nodiscard]] Result<workspace::SiteRegister> proposeRegister(const workspace::SiteRegister& current,
                                                              const RegisterChangeInput& input);

} // namespace symbolon::ui
