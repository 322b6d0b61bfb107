#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "hsm/TokenInfo.h"
#include "journal/Checkpoint.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace symbolon::hsm {
class Module;
class Session;
class EcKeyPair;
} // namespace symbolon::hsm

namespace symbolon::journal {

// The journal signing key: an EC P-256 key pair on the journal token, used for checkpoints.
// The token's PIN is random, set at enrolment and kept only inside the encrypted workspace
// database, so whoever has opened the workspace can have checkpoints signed while the private
// key never leaves the token. (DESIGN.md put this key on the key token; but that token is
// logged in only under a k-of-n quorum, and a checkpoint is due after every operation,
// including single-person ones such as an inventory import.)
class JournalSigner {
public:
    static const QByteArray& keyId();
    static const QString& tokenLabel();

    // Makes the journal token in a free slot and its key pair. Returns the PIN to keep.
    struct Enrolled {
        QString serial;
        SecureBytes pin;
        QByteArray publicKey; // SPKI DER
    };
    [[nodiscard]] static Result<Enrolled> enrol(hsm::Module& module, const QString& label = tokenLabel());
    // A site's existing journal token (issue #18): its key pair is generated with the PIN its
    // administrator gave, which the workspace then keeps. A token that already holds a journal
    // signing key is refused (its key would be ambiguous).
    [[nodiscard]] static Result<Enrolled> enrolExisting(hsm::Module& module, const hsm::TokenInfo& token,
                                                        const SecureBytes& pin);
    // What enrolExisting checks before it generates: the PIN, and no journal key on the token.
    [[nodiscard]] static Status checkFree(hsm::Module& module, const hsm::TokenInfo& token,
                                          const SecureBytes& pin);

    [[nodiscard]] static Result<std::unique_ptr<JournalSigner>>
    open(hsm::Module& module, const QString& serial, const SecureBytes& pin);
    // The token chosen by the caller (by URI where serials are not unique, as on NSS softoken).
    [[nodiscard]] static Result<std::unique_ptr<JournalSigner>>
    open(hsm::Module& module, const hsm::TokenInfo& token, const SecureBytes& pin);
    ~JournalSigner();

    QByteArray publicKey() const;
    QString fingerprint() const;
    // A new random PIN, of the form enrol() makes.
    static SecureBytes randomPin();
    // C_SetPIN on a read-write session of the token's logged-in user: the journal token's PIN
    // changes when a card leaves the site (issue #15). The token stays logged in.
    [[nodiscard]] Status changePin(const SecureBytes& from, const SecureBytes& to);
    [[nodiscard]] Result<Checkpoint> sign(qint64 seq, const QByteArray& hash);
    // A detached signature (DER ECDSA P-256 over SHA-256 of data) for a document Symbolon
    // issues, e.g. a re-key instruction batch: verifiable with the same public key.
    [[nodiscard]] Result<QByteArray> signData(const QByteArray& data);
    static bool verifyData(const QByteArray& spki, const QByteArray& data, const QByteArray& signature);

    static QByteArray publicKeyPem(const QByteArray& spki);
    static QByteArray spkiFromPem(const QByteArray& pem); // empty when not a PEM public key
    static bool verify(const QByteArray& spki, const Checkpoint& c);

private:
    JournalSigner() = default;
    QString m_loginKey; // the module's path and the token's slot
    std::unique_ptr<hsm::Session> m_session;
    std::unique_ptr<hsm::EcKeyPair> m_key;
};

} // namespace symbolon::journal
