#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>

namespace symbolon::dlms {

// AES-CMAC (RFC 4493, NIST SP 800-38B) in software; the basis of the CMAC-5B key check value.
// key: 16, 24 or 32 bytes. Returns the full 16-byte MAC.
[[nodiscard]] Result<QByteArray> aesCmac(const SecureBytes& key, const QByteArray& message);

} // namespace symbolon::dlms
