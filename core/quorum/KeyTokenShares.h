#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "quorum/Shamir.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace symbolon::hsm {
class Session;
}
namespace symbolon::workspace {
class Workspace;
struct RegisteredCard;
struct SiteRegister;
} // namespace symbolon::workspace

namespace symbolon::quorum {

inline const QString kUserPinShare = QStringLiteral("key-token-user-pin");
inline const QString kSoPinShare = QStringLiteral("key-token-so-pin");

// A new PIN for the key token, never shown: 128 random bits as 32 hex digits, between "k7" and
// "Q" so that it holds a lower-case letter, a digit that is not last and a capital that is not
// first. NSS softoken in FIPS mode refuses any PIN with fewer than 3 such classes or 7
// characters (CKR_PIN_LEN_RANGE, checked); 35 characters fit every token seen so far.
SecureBytes newKeyTokenPin();
inline constexpr unsigned long kKeyTokenPinLength = 35;

// What one custodian card holds of one of the key token's PINs: its share of the current
// sharing (sealed in the workspace, or on the card for the enrolment's generation 0), and of a
// pending one when a re-share was interrupted (workspace::KeyTokenShareStore).
struct HeldShare {
    std::optional<Share> current;
    int currentK = 0;
    std::optional<Share> pending;
    int pendingK = 0;
};

// Reads a card's shares; the card is logged in (its own PIN) on `card`.
[[nodiscard]] Result<HeldShare> loadHeldShare(workspace::Workspace& ws, hsm::Session& card,
                                              const workspace::RegisteredCard& registered,
                                              const QString& purpose);

// Settles a re-share that was interrupted (a crash or a kill between dealing the new shares and
// the register change that made them committing). The register change did not happen, so the
// old sharing is put back: the token's PINs are set back where they were changed (the SO PIN
// is changed first and the user PIN second, so the SO PIN says how far it went) and the pending
// shares are dropped. Needs the pending shares of the approvers (k of the pending sharing) for
// both PINs. Journals "key_token.reshare_rolled_back". No pending generation: nothing to do.
[[nodiscard]] Status settleInterruptedReshare(workspace::Workspace& ws, const QVector<HeldShare>& user,
                                              const QVector<HeldShare>& so);

// A re-share: new random user and SO PINs, split k-of-n over the persons who are active
// custodians in `next` (one share per person, sealed to each of their active cards), stored as
// the pending generation; then the key token's SO PIN and user PIN are changed (C_SetPIN), the
// old PINs rebuilt from the approvers' shares. On success the caller makes the generation
// current in the same transaction as the register change (KeyTokenShareStore::promote).
// Before the token is touched a failure changes nothing; after it, the pending generation
// stays for settleInterruptedReshare.
struct ReshareOutcome {
    int generation = 0;
    QJsonObject details; // generation, k, n, holders (card serial, share index): for the journal
    // Kept only to undo the re-share when the register change then fails (undoReshare); wiped
    // with the outcome.
    SecureBytes oldUser, newUser, oldSo, newSo;
    bool soShared = true; // false: only the user PIN was changed (SiteSettings::keyTokenSoPinShared)
};
[[nodiscard]] Result<ReshareOutcome> reshareKeyTokenPins(workspace::Workspace& ws,
                                                         const workspace::SiteRegister& next,
                                                         const QVector<HeldShare>& user,
                                                         const QVector<HeldShare>& so);

// Puts the old PINs back after reshareKeyTokenPins succeeded but the register change that made
// it could not be committed; drops the pending shares and journals it.
[[nodiscard]] Status undoReshare(workspace::Workspace& ws, const ReshareOutcome& done);

} // namespace symbolon::quorum
