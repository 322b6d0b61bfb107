#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>

namespace symbolon::dlms {

// RFC 5649 AES key wrap with padding (OpenSSL EVP_aes_*_wrap_pad), in software. Unlike RFC 3394
// it takes key data of any length from 1 byte, which is what non-AES secrets (e.g. PIN shares
// or HMAC keys) need. kek: 16, 24 or 32 bytes.
[[nodiscard]] Result<QByteArray> rfc5649Wrap(const SecureBytes& kek, const SecureBytes& keyData);
// Fails with ErrorCode::Crypto when the integrity check (AIV and padding) fails.
[[nodiscard]] Result<SecureBytes> rfc5649Unwrap(const SecureBytes& kek, const QByteArray& wrapped);

} // namespace symbolon::dlms
