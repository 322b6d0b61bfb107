#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace symbolon::hsm {

// libp11 0.4.12 beside the raw layer, for what OpenSSL needs: an EVP_PKEY whose private half
// stays on the token (EVP_DigestSign, X509_sign). Hazards (PLATFORM-NOTES.md) and how this
// class keeps clear of them:
// - libp11 calls C_CloseAllSessions on its first PKCS11_open_session of a slot: open() must run
//   before any raw session on that slot is opened; libp11's session is read-only, always.
// - PKCS11_release_all_slots and PKCS11_CTX_unload close every session / C_Finalize the module:
//   the destructor leaves the context loaded on purpose (process exit reclaims it).
// - libp11 keeps a heap copy of the PIN: log in through the raw layer (login state belongs to
//   the token, so libp11's session sees it) and never give libp11 the PIN.
// - PKCS11_get_public_key segfaults without a public-key twin: the twin is checked first.
// - key enumeration fails on non-RSA/EC private keys: only used to find one EC key by CKA_ID.
class Libp11Token {
public:
    [[nodiscard]] static Result<std::unique_ptr<Libp11Token>> open(const QString& modulePath,
                                                                   const QString& tokenSerial);
    ~Libp11Token();
    Libp11Token(const Libp11Token&) = delete;
    Libp11Token& operator=(const Libp11Token&) = delete;

    // libp11's cached flag is not trusted: callers ask hsm::Session::isLoggedIn().
    // The EC private key with this CKA_ID as an OpenSSL key that signs through the token
    // (EVP_PKEY*; free with EVP_PKEY_free). Refuses if the public-key twin is missing.
    [[nodiscard]] Result<void*> privateKey(const QByteArray& id) const;
    // ECDSA-SHA256 through EVP_DigestSign with that key: a DER signature.
    [[nodiscard]] Result<QByteArray> signSha256(const QByteArray& id, const QByteArray& data) const;

private:
    Libp11Token() = default;
    void* m_ctx = nullptr;   // PKCS11_CTX*
    void* m_slots = nullptr; // PKCS11_SLOT*
    unsigned int m_slotCount = 0;
    void* m_slot = nullptr; // PKCS11_SLOT* of our token
};

} // namespace symbolon::hsm
