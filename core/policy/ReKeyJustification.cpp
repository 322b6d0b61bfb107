#include "policy/ReKeyJustification.h"

#include <QCoreApplication>

namespace symbolon::policy {

Status checkReKeyAllowed(bool postCommissioningDone, const std::optional<PmaInstruction>& instruction) {
    if (instruction) {
        Status valid = instruction->validate();
        if (!valid)
            return valid;
        return {};
    }
    if (!postCommissioningDone)
        return {};
    return fail(
        ErrorCode::PolicyRefused,
        QCoreApplication::translate(
            "symbolon::policy",
            "This device has completed its post-commissioning rotation, so its keys may only be replaced "
            "when the SMKI PMA instructs it (CKMP (b)(iii), (d)(v)): cite the PMA instruction reference "
            "and its ground (Major Incident or control shortfall)."));
}

} // namespace symbolon::policy
