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
    };
    [[nodiscard]] static Result<Outcome> enrol(hsm::Module& module, const QString& label,
                                               const QVector<CardLogin>& cards, int k);

    // Rebuilds the key token's user PIN from k cards (each logged in with its own PIN).
    [[nodiscard]] static Result<SecureBytes> rebuildUserPin(hsm::Module& module,
                                                            const QVector<CardLogin>& cards);
};

} // namespace symbolon::quorum
