#pragma once

#include "ceremony/CeremonyRecord.h"
#include "ceremony/KeyPackage.h"
#include "common/Result.h"

namespace symbolon::hsm {
class Session;
class EcKeyPair;
} // namespace symbolon::hsm

namespace symbolon::ceremony {

// Ceremony 4: the Shared Key to and from an S1SP, RFC 3394-wrapped under a Transport Key, in a
// KeyPackage signed by the key token's journal signing key.
class SharedKeyTransfer {
public:
    // The journal signing key pair on the key token (EC P-256, label "Symbolon journal signing
    // key"); generated when absent and create is true.
    [[nodiscard]] static Result<hsm::EcKeyPair> journalSigningKey(hsm::Session& keyToken, bool create);

    struct Exported {
        KeyPackage package;
        QByteArray file;       // what to hand to the S1SP
        QByteArray signerSpki; // the public key the S1SP verifies with (send out of band)
        CeremonyRecord record;
    };
    // version: the Shared Key version exported (its label carries it; version 1 the old label).
    [[nodiscard]] static Result<Exported> exportSharedKey(hsm::Session& keyToken, const CeremonyContext& ctx,
                                                          const QString& transportKeyLabel, int version = 1);

    // Verifies format, version, fields, signer and signature, then the wrapping key's KCV, all
    // before anything is created on the token; then unwraps as the Shared Key (token object)
    // and checks its KCV, destroying it again on a mismatch. transportKeyLabel empty: the
    // label named in the package. The object gets the label of the package's key_version.
    [[nodiscard]] static Result<CeremonyRecord>
    importSharedKey(hsm::Session& keyToken, const CeremonyContext& ctx, const QByteArray& file,
                    const QByteArray& signerSpki, const QString& transportKeyLabel = {});
};

} // namespace symbolon::ceremony
