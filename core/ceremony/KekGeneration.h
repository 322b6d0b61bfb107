#pragma once

#include "ceremony/CeremonyRecord.h"
#include "common/Result.h"

namespace symbolon::hsm {
class Session;
}

namespace symbolon::ceremony {

// Ceremony 2: generate the DCO Key and the Shared Key as token objects on the logged-in key
// token. Refuses if either exists; all or nothing (the first is destroyed if the second fails).
// The record carries both keys' CMAC-5B and ECB-3B KCVs, computed inside the HSM.
class KekGeneration {
public:
    [[nodiscard]] static Result<CeremonyRecord> run(hsm::Session& keyToken, const CeremonyContext& ctx);
};

} // namespace symbolon::ceremony
