#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>

namespace symbolon::dlms {

// One AES block (16 bytes) in ECB, in software: the reference for packaging a 16-byte device key
// under the DCO Key or Shared Key (CKMP (b)(ii): AES-ECB-128), against which the HSM path is
// checked. Exactly one block, no padding: ECB over more than one block would leak equal blocks.
// key: 16, 24 or 32 bytes.
[[nodiscard]] Result<QByteArray> aesBlockEncrypt(const SecureBytes& key, const SecureBytes& block);
// The clear block may be key material, hence SecureBytes.
[[nodiscard]] Result<SecureBytes> aesBlockDecrypt(const SecureBytes& key, const QByteArray& block);

} // namespace symbolon::dlms
