#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace symbolon::hsm {
class Session;
class EcKeyPair;
} // namespace symbolon::hsm

namespace symbolon::workspace {

// One authorised person's way into the workspace database. The 256-bit database key is
// wrapped to the person's card key pair (EC P-256), ECIES-style:
//   an ephemeral P-256 key pair e is made in software at enrolment;
//   Z = ECDH(e, card public key)          — on open, the card computes ECDH(card private, e.pub);
//   KEK = HKDF-SHA256(ikm = Z, salt = e.pub, info = "symbolon-keyslot-v1" ‖ keyslot metadata);
//   wrapped = AES-256-GCM(KEK, nonce, dbKey, aad = keyslot metadata).
// The metadata (holder, role, card serial, key id, public key) is bound by both HKDF and GCM,
// so editing a keyslot's role or holder in keyslots.json makes it fail to open.
struct Keyslot {
    QString holder;            // the person's name
    QString role;              // custodian, reviewer, responder, operator
    QString tokenLabel;        // the card's label when enrolled (display only)
    QString tokenSerial;       // the card, by serial
    QByteArray keyId;          // CKA_ID of the card key pair
    QByteArray publicKey;      // SPKI DER of the card key
    QByteArray ephemeralPoint; // 65-byte uncompressed point
    QByteArray nonce;          // 12 bytes
    QByteArray wrapped;        // 32-byte ciphertext ‖ 16-byte tag

    QByteArray metadata() const; // the bound fields, length-prefixed
    QString fingerprint() const; // SHA-256 of publicKey, hex

    [[nodiscard]] static Result<Keyslot> create(const QString& holder, const QString& role,
                                                const QString& tokenLabel, const QString& tokenSerial,
                                                const QByteArray& keyId, const QByteArray& publicKeySpki,
                                                const SecureBytes& dbKey);
    // Needs a logged-in session on the card and its key pair.
    [[nodiscard]] Result<SecureBytes> open(hsm::Session& card, const hsm::EcKeyPair& key) const;

    QJsonObject toJson() const;
    [[nodiscard]] static Result<Keyslot> fromJson(const QJsonObject& o);
};

} // namespace symbolon::workspace
