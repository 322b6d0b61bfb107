#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>

namespace symbolon::dlms {

// RFC 3394 AES key wrap in software (OpenSSL). Used where no HSM is involved: the device
// simulator, demo data, and known-answer tests. Production wrapping happens inside the HSM
// (CKM_AES_KEY_WRAP); this is the reference the HSM path is checked against.
// kek: 16, 24 or 32 bytes; keyData: a multiple of 8 bytes, at least 16.
[[nodiscard]] Result<QByteArray> rfc3394Wrap(const SecureBytes& kek, const SecureBytes& keyData);
// Fails with ErrorCode::Crypto when the integrity check fails (wrong KEK or tampered blob).
[[nodiscard]] Result<SecureBytes> rfc3394Unwrap(const SecureBytes& kek, const QByteArray& wrapped);

} // namespace symbolon::dlms
