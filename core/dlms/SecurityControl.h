#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>

namespace symbolon::dlms {

// The DLMS security control byte for security suite 0 (AES-GCM-128): bits 0–3 suite id (0),
// bit 4 authentication, bit 5 encryption. Bit 6 (broadcast key) and bit 7 (compression) are
// not used by SMETS1 DCO traffic and are refused rather than silently ignored.
enum class SecurityControl : std::uint8_t {
    AuthenticationOnly = 0x10,      // AAD = SC ‖ AK ‖ plaintext; SC ‖ IC ‖ plaintext ‖ tag
    EncryptionOnly = 0x20,          // SC ‖ IC ‖ ciphertext, no tag
    AuthenticatedEncryption = 0x30, // AAD = SC ‖ AK; SC ‖ IC ‖ ciphertext ‖ tag
};

inline std::uint8_t securityControlByte(SecurityControl sc) {
    return static_cast<std::uint8_t>(sc);
}
inline bool authenticates(SecurityControl sc) {
    return (securityControlByte(sc) & 0x10) != 0;
}
inline bool encrypts(SecurityControl sc) {
    return (securityControlByte(sc) & 0x20) != 0;
}
QString securityControlName(SecurityControl sc); // "authenticated encryption (0x30)", ...
// Accepts 0x10, 0x20, 0x30; says precisely what is wrong with any other byte.
[[nodiscard]] Result<SecurityControl> parseSecurityControl(std::uint8_t byte);

} // namespace symbolon::dlms
