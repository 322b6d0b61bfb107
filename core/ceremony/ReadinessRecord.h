#pragma once

#include "ceremony/CeremonyRecord.h"
#include "common/Result.h"
#include "hsm/ReadinessCheck.h"

namespace symbolon::hsm {
class Session;
}

namespace symbolon::ceremony {

// The readiness check (hsm::ReadinessCheck) as a quorum action, "hsm.readiness-check": its table
// goes into the journal entry ("readiness": one object per row, and "ready"; the record's text
// lists each row), a fallback it took (development only, on the published test keys) into
// "fallback", the verdict into the notes. A token that is not ready is a result, not an error:
// the entry records it.
class ReadinessRecord {
public:
    [[nodiscard]] static Result<CeremonyRecord> run(hsm::Session& keyToken, const CeremonyContext& ctx,
                                                    hsm::ReadinessReport* report = nullptr);
};

} // namespace symbolon::ceremony
