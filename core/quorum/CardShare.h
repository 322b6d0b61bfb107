#pragma once

#include "common/Result.h"
#include "quorum/Shamir.h"

#include <QString>

namespace symbolon::hsm {
class Session;
}

namespace symbolon::quorum {

// A custodian card's share of one of the key token's PINs, kept on the card as a private data
// object (CKO_DATA, CKA_PRIVATE, application "symbolon"): readable only after the card's own PIN.
// Value: version (1) ‖ index ‖ k ‖ n ‖ share bytes.
struct CardShare {
    QString purpose; // "key-token-user-pin" or "key-token-so-pin"
    int k = 0;
    int n = 0;
    Share share;

    [[nodiscard]] Status store(hsm::Session& card) const; // session logged in as user, read-write
    [[nodiscard]] static Result<CardShare> load(hsm::Session& card, const QString& purpose);
    // Removes the card's share for `purpose` (an enrolment that failed before the token changed).
    [[nodiscard]] static Status remove(hsm::Session& card, const QString& purpose);
};

} // namespace symbolon::quorum
