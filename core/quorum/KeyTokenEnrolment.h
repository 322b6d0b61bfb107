#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "hsm/TokenInfo.h"

#include <QString>
#include <QVector>

namespace symbolon::hsm {
class Module;
}

namespace symbolon::quorum {

// A custodian presenting a card: its serial and the PIN they typed.
struct CardLogin {
    QString serial;
    SecureBytes pin;
};

// Ceremony step 1: enrol the key token. Its user PIN and SO PIN are random (128 bits, hex),
// set by Symbolon, split k-of-n onto the presented cards, and never displayed or stored whole.
class KeyTokenEnrolment {
public:
    struct Outcome {
        hsm::TokenInfo token;
        QVector<QPair<QString, int>> shareIndexes; // card serial → its user-PIN share index
        // adopt() only: the PINs it set, kept for giveBack() until the site is made; wiped with
        // the outcome.
        SecureBytes newUser, newSo;
    };
    [[nodiscard]] static Result<Outcome> enrol(hsm::Module& module, const QString& label,
                                               const QVector<CardLogin>& cards, int k);

    // A site's existing key token (issue #18), in its own module: the PINs its HSM administrator
    // typed are checked on the token, then replaced (C_SetPIN) by random ones, split k-of-n onto
    // the cards (in their module) and never shown. The SO PIN is taken over only where the site
    // gives it (empty: the token keeps its own; NSS softoken has none). Every card's PIN and the
    // given PINs are checked before the token is changed: a typo changes nothing. A failure after
    // a PIN may have changed keeps the cards' shares and sets *tokenChanged (the caller keeps
    // its record); any other failure leaves the token and the cards as they were.
    [[nodiscard]] static Result<Outcome> adopt(hsm::Module& keyModule, const hsm::TokenInfo& token,
                                               const SecureBytes& userPin, const SecureBytes& soPin,
                                               hsm::Module& cardModule, const QVector<CardLogin>& cards,
                                               int k, bool* tokenChanged = nullptr);
    // Undoes adopt() when the site it was for cannot be made: the administrator's PINs back on
    // the key token (user, then SO), the shares off the cards.
    [[nodiscard]] static Status giveBack(hsm::Module& keyModule, const Outcome& adopted,
                                         const SecureBytes& userPin, const SecureBytes& soPin,
                                         hsm::Module& cardModule, const QVector<CardLogin>& cards);

    // Rebuilds the key token's user PIN from k cards (each logged in with its own PIN).
    [[nodiscard]] static Result<SecureBytes> rebuildUserPin(hsm::Module& module,
                                                            const QVector<CardLogin>& cards);
};

} // namespace symbolon::quorum
