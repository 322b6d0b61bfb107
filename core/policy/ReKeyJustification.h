#pragma once

#include "common/Result.h"
#include "policy/PmaInstruction.h"

#include <optional>

namespace symbolon::policy {

// CKMP (b)(iii) and (d)(v): after the post-commissioning rotation, keys are not rotated again
// unless the SMKI PMA instructs it (CKMP (d)(vi)). So:
//  - a device whose post-commissioning rotation is not yet done (due or overdue) may be re-keyed
//    without an instruction — that re-key *is* the post-commissioning rotation; an instruction,
//    if given anyway, must still be a valid reference because it will be journalled;
//  - a device whose rotation is done needs a valid PMA instruction on one of the two grounds.
[[nodiscard]] Status checkReKeyAllowed(bool postCommissioningDone,
                                       const std::optional<PmaInstruction>& instruction);

} // namespace symbolon::policy
