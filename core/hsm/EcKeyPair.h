#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QString>

namespace symbolon::hsm {

class Session;

// An EC P-256 key pair on a token (a custodian's card, or the key token's journal signing key).
// Generated with raw C_GenerateKeyPair: libp11 0.4.12 cannot generate EC keys. The private
// key is sensitive and never extractable; it can sign (approvals, checkpoints) and derive
// (ECDH, to open the holder's workspace keyslot).
class EcKeyPair {
public:
    [[nodiscard]] static Result<EcKeyPair> generate(Session& session, const QString& label,
                                                    const QByteArray& id);
    [[nodiscard]] static Result<EcKeyPair> find(Session& session, const QByteArray& id);
    // Whether any key object (private or public) with this id is on the token; an error when the
    // token cannot say (never taken for "none").
    [[nodiscard]] static Result<bool> exists(Session& session, const QByteArray& id);

    QByteArray id() const { return m_id; }
    // SubjectPublicKeyInfo DER, the form keyslots and verifiers keep.
    QByteArray publicKeyDer() const { return m_spki; }
    // SHA-256 of the SPKI, hex: how people and the journal name a key.
    QString fingerprint() const;

    // ECDH with a peer's uncompressed point (65 bytes): the 32-byte shared x-coordinate, derived
    // on the token as a session object, read once into secure memory and destroyed on the token.
    [[nodiscard]] Result<SecureBytes> deriveShared(Session& session, const QByteArray& peerPoint) const;
    // ECDSA over SHA-256 of data; returns a DER signature (as OpenSSL verifies it).
    [[nodiscard]] Result<QByteArray> sign(Session& session, const QByteArray& data) const;
    // Destroys both halves on the token (a key made by a step that is then undone).
    [[nodiscard]] Status destroy(Session& session) const;

private:
    QByteArray m_id;
    QByteArray m_spki;
    unsigned long m_private = 0;
    unsigned long m_public = 0;
};

// SPKI DER from a P-256 uncompressed point, and back (OpenSSL). Empty on bad input.
QByteArray p256SpkiFromPoint(const QByteArray& point);
QByteArray p256PointFromSpki(const QByteArray& spki);
// Verifies a DER ECDSA-SHA256 signature against an SPKI (software, no token needed).
bool verifyEcdsaSha256(const QByteArray& spki, const QByteArray& data, const QByteArray& derSignature);

} // namespace symbolon::hsm
