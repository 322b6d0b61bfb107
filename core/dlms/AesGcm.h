#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>

namespace symbolon::dlms {

// Raw AES-GCM (NIST SP 800-38D) in software, the primitive under DLMS security suite 0.
// key: 16, 24 or 32 bytes (suite 0 uses 16); iv: exactly 12 bytes (DLMS: system title ‖ IC).
struct GcmSealed {
    QByteArray ciphertext;
    QByteArray tag; // tagLength bytes: the leading bytes of the full 16-byte tag
};

[[nodiscard]] Result<GcmSealed> aesGcmEncrypt(const SecureBytes& key, const QByteArray& iv,
                                              const QByteArray& aad, const QByteArray& plaintext,
                                              int tagLength = 16);
// tag: 12 to 16 bytes (a truncated tag is checked against the same leading bytes). Fails with
// ErrorCode::Crypto when the tag does not verify; no plaintext is returned then.
[[nodiscard]] Result<QByteArray> aesGcmDecrypt(const SecureBytes& key, const QByteArray& iv,
                                               const QByteArray& aad, const QByteArray& ciphertext,
                                               const QByteArray& tag);
// GCM's counter-mode part alone, without authentication (DLMS SC 0x20, encryption only). The
// same call encrypts and decrypts.
[[nodiscard]] Result<QByteArray> aesGcmKeystreamXor(const SecureBytes& key, const QByteArray& iv,
                                                    const QByteArray& data);

} // namespace symbolon::dlms
