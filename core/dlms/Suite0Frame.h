#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "dlms/SecurityControl.h"

#include <QByteArray>

#include <cstdint>

namespace symbolon::dlms {

// DLMS security suite 0 (AES-GCM-128) protection of an APDU, in software: the reference for
// the device simulator and the tests. IV = system title (8 bytes) ‖ invocation counter (4 bytes,
// big-endian); tag 12 bytes. ek: the GUEK (16 bytes); ak: the AK (16 bytes, only ever AAD).
// The invocation counter is returned by unprotect; refusing a replayed or stale counter is the
// caller's job, because only the caller knows the last counter seen for that peer.
class Suite0Frame {
public:
    static constexpr int kSystemTitleLength = 8;
    static constexpr int kHeaderLength = 5; // SC ‖ IC
    static constexpr int kTagLength = 12;

    struct Opened {
        SecurityControl sc;
        std::uint32_t invocationCounter;
        QByteArray plaintext;
    };

    // Output: SC ‖ IC ‖ (ciphertext | plaintext) [‖ tag].
    [[nodiscard]] static Result<QByteArray> protect(SecurityControl sc, const SecureBytes& ek,
                                                    const SecureBytes& ak, const QByteArray& systemTitle,
                                                    std::uint32_t invocationCounter,
                                                    const QByteArray& plaintext);
    // expected: the protection this exchange must have; a frame with another SC is refused, so a
    // peer cannot downgrade to weaker protection. systemTitle: the sender's.
    [[nodiscard]] static Result<Opened> unprotect(SecurityControl expected, const SecureBytes& ek,
                                                  const SecureBytes& ak, const QByteArray& systemTitle,
                                                  const QByteArray& frame);

    // HLS mechanism 5 (GMAC): the reply to the peer's challenge, SC(0x10) ‖ IC ‖ tag, where the
    // tag is GMAC over SC ‖ AK ‖ challenge with this side's system title and counter.
    [[nodiscard]] static Result<QByteArray> hls5Reply(const SecureBytes& ek, const SecureBytes& ak,
                                                      const QByteArray& systemTitle,
                                                      std::uint32_t invocationCounter,
                                                      const QByteArray& challenge);
    // Checks the peer's reply to our challenge; systemTitle: the peer's.
    [[nodiscard]] static Status hls5Verify(const SecureBytes& ek, const SecureBytes& ak,
                                           const QByteArray& systemTitle, const QByteArray& challenge,
                                           const QByteArray& reply);
};

} // namespace symbolon::dlms
