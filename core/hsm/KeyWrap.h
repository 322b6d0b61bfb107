#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "hsm/Capabilities.h"
#include "hsm/SecretKey.h"

#include <QByteArray>
#include <QVector>

#include <optional>

namespace symbolon::hsm {

class Session;

// Wrapping, unwrapping and packaging inside the module, each path chosen by the capability
// table and reported, so that a fallback is never silent.
class KeyWrap {
public:
    // RFC 3394 (CKM_AES_KEY_WRAP). The key must be extractable (and, if CKA_WRAP_WITH_TRUSTED,
    // the KEK trusted).
    [[nodiscard]] static Result<QByteArray> wrapRfc3394(Session& session, const Capabilities& caps,
                                                        const SecretKey& kek, const SecretKey& key);
    // RFC 3394 unwrap into a new object with exactly these attributes. The template carries no
    // CKA_VALUE_LEN (SoftHSM 2.6.1 fails with CKR_ATTRIBUTE_READ_ONLY and leaves an orphan).
    [[nodiscard]] static Result<SecretKey> unwrapRfc3394(Session& session, const Capabilities& caps,
                                                         const SecretKey& kek, const QByteArray& wrapped,
                                                         const SecretKeyAttributes& attributes,
                                                         const QString& label, const QByteArray& id);

    struct Packaged {
        QByteArray package; // 16 bytes: AES-ECB of the key under the KEK (not key material)
        PathDecision path;
    };
    // ECB packaging (CKMP (b)(ii)).
    [[nodiscard]] static Result<Packaged> package(Session& session, const Capabilities& caps,
                                                  const SecretKey& kek, const SecretKey& key);

    struct Unpackaged {
        SecretKey key;
        PathDecision path; // path.fallback(): the clear key was in host memory
    };
    // ECB unpackaging: in the module where the token can, else the clear-key fallback
    // (development only; refused under production with the reason).
    [[nodiscard]] static Result<Unpackaged> unpackage(Session& session, const Capabilities& caps,
                                                      policy::PolicyProfile profile, const SecretKey& kek,
                                                      const QByteArray& package,
                                                      const SecretKeyAttributes& attributes,
                                                      const QString& label, const QByteArray& id);

    struct Combined {
        SecretKey key;
        PathDecision path;
    };
    // Transport Key = XOR of 2 or 3 components (16 bytes each, already validated).
    [[nodiscard]] static Result<Combined> combineComponents(Session& session, const Capabilities& caps,
                                                            policy::PolicyProfile profile,
                                                            const QVector<SecureBytes>& components,
                                                            const SecretKeyAttributes& attributes,
                                                            const QString& label, const QByteArray& id);
    // A typed Transport Key component into the token as a session object, derive-only by default
    // (the base of CKM_XOR_BASE_AND_DATA), by the table's ComponentEntry row: encrypted under a
    // one-time key and unwrapped (a FIPS-mode module refuses the other way), else C_CreateObject.
    // Other attributes: the readiness check's published test KEK, nothing else.
    [[nodiscard]] static Result<unsigned long>
    enterComponent(Session& session, const Capabilities& caps, policy::PolicyProfile profile,
                   const SecureBytes& component, std::optional<SecretKeyAttributes> attributes = {});
};

} // namespace symbolon::hsm
