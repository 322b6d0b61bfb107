#pragma once

#include "common/Result.h"

#include <QStringList>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::rekey {

// Takes devices out of a re-key run so that the rest can go on (issue #17, item 6), with the
// reason, in one transaction with its journal entry ("rekey.devices-excluded"). Which devices:
//  - pending, in a planned or stopped (cancelled) run: they become failed ("excluded: reason")
//    and are free to be planned again; the run's resumption re-keys the others. Not while the
//    run is running: its engine may be committing them (stop it first, or resume it);
//  - failed in the run: the failure is acknowledged, and no longer counted as one;
//  - distributed and refused by the DCO (its confirmation reported a failure): no longer re-sent
//    with the batch's re-send, nor counted as outstanding. The keys stay Distributed (the device
//    may hold them, POLICY.md "Key states"): a later success from the DCO still activates them.
// Anything else (committed, distributed and awaiting its result, confirmed, not in the run) is
// refused naming the device, and nothing changes. Excluding narrows what the quorum approved and
// generates nothing, so it needs what planning needs (PlanReKey), no quorum; resuming the run
// after it is under a quorum as always. A run left with no pending device is closed (executed,
// or abandoned if it never started).
class RekeyExclusion {
public:
    struct Excluded {
        qint64 pending = 0;         // pending → failed (excluded)
        qint64 failed = 0;          // failed in the run, now excluded
        qint64 refused = 0;         // refused by the DCO, now excluded
        qint64 alreadyExcluded = 0; // named again: counted, not changed
        bool runClosed = false;     // no pending device was left: the run is executed or abandoned
        qint64 journalSeq = 0;
        qint64 total() const { return pending + failed + refused; }
    };
    [[nodiscard]] static Result<Excluded> exclude(workspace::Workspace& ws, qint64 run,
                                                  const QStringList& deviceIds, const QString& reason);

    // The devices of a run that exclude() would take: failed in the run or refused by the DCO,
    // and not excluded yet (what the console's "Exclude failed and refused devices…" offers).
    [[nodiscard]] static Result<QStringList> candidates(workspace::Workspace& ws, qint64 run);
};

} // namespace symbolon::rekey
