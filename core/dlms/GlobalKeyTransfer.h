#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace symbolon::dlms {

// key_id of the Security setup (class 64) method 2 global_key_transfer parameter.
enum class GlobalKeyId : std::uint8_t {
    GlobalUnicastEncryption = 0,
    GlobalBroadcastEncryption = 1,
    Authentication = 2,
    Master = 3,
};

QString globalKeyIdName(GlobalKeyId id); // "global unicast encryption key", ...

struct WrappedKeyEntry {
    GlobalKeyId keyId = GlobalKeyId::GlobalUnicastEncryption;
    QByteArray wrapped; // RFC 3394 blob under the device MK: a multiple of 8 bytes, at least 24

    bool operator==(const WrappedKeyEntry&) const = default;
};

// The A-XDR encoding of
//   array of structure { key_id: enum, key_wrapped: octet-string }
// i.e. 01 <n> then, per entry, 02 02 16 <key_id> 09 <len> <wrapped>. Lengths use the A-XDR
// length form (one byte below 0x80, else 0x81 nn / 0x82 nnnn). Each key_id may appear once:
// two values for one key in one call would leave the device's choice undefined.
[[nodiscard]] Result<QByteArray> encodeGlobalKeyTransfer(const QList<WrappedKeyEntry>& entries);
// Strict: refuses wrong tags, truncated input, trailing bytes, non-minimal lengths, an empty
// array, unknown or repeated key ids and blobs that cannot be RFC 3394 output. The message
// names the byte offset.
[[nodiscard]] Result<QList<WrappedKeyEntry>> decodeGlobalKeyTransfer(const QByteArray& encoded);

} // namespace symbolon::dlms
