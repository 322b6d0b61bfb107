#pragma once

#include "common/Result.h"

#include <QString>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::rekey {

// Marks a device's current keys compromised (CKMP (d)(vi)): a flag with its reference on every
// key that is not Superseded (optionally one kind), journaled. It does not change states: the
// keys are replaced only by a re-key, which the marking makes the responder's next step.
class KeyCompromise {
public:
    struct Marked {
        qint64 keys = 0;
        qint64 journalSeq = 0;
    };
    // kind: "" (all), "MK", "AK" or "GUEK".
    [[nodiscard]] static Result<Marked> mark(workspace::Workspace& ws, const QString& deviceId,
                                             const QString& kind, const QString& reference);
};

} // namespace symbolon::rekey
