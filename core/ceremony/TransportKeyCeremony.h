#pragma once

#include "ceremony/CeremonyRecord.h"
#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QVector>

namespace symbolon::hsm {
class Session;
}

namespace symbolon::ceremony {

// Ceremony 3: the Transport Key from 2 or 3 clear components typed by different custodians.
class TransportKeyCeremony {
public:
    // Validates one typed component (1-based number for the messages): exactly 32 hex digits
    // (surrounding whitespace ignored), not all zeros. The typed text is never echoed back.
    [[nodiscard]] static Result<SecureBytes> parseComponent(int number, const SecureBytes& typed);
    // Validates all (count, each, pairwise distinct) and returns the 16-byte values.
    [[nodiscard]] static Result<QVector<SecureBytes>> parseComponents(const QVector<SecureBytes>& typed);
    // The component's KCV, in software (the component is in host memory already): "CMAC-5B …".
    [[nodiscard]] static Result<QString> componentKcv(const SecureBytes& component);

    // Combines inside the HSM where it can (CKM_XOR_BASE_AND_DATA), else the labelled fallback
    // (development only), as a token object labelled `label`. Refuses if that label exists.
    [[nodiscard]] static Result<CeremonyRecord> run(hsm::Session& keyToken, const CeremonyContext& ctx,
                                                    const QVector<SecureBytes>& typedComponents,
                                                    const QString& label);
};

} // namespace symbolon::ceremony
