#pragma once

#include "common/Result.h"
#include "rekey/RekeyRunState.h"

#include <QMap>
#include <QStringList>

namespace symbolon::rekey {

// Where one run's devices are (pending, committed, distributed, confirmed, failed) and which
// failed and why — what "symbolon-cli rekey status RUN" prints, for the console's results page.
struct RekeyRunStatus {
    qint64 run = 0;
    QMap<DeviceStatus, qint64> byStatus;
    QStringList failures;     // "0011223344556677 (failed): reason", at most maxFailures
    qint64 failureCount = 0;  // failed or refused by the DCO, and not excluded
    qint64 excludedCount = 0; // taken out of the run (RekeyExclusion)

    qint64 count(DeviceStatus status) const { return byStatus.value(status); }
};

// One device of a run (RekeyRunQuery::devices).
struct RekeyRunDevice {
    QString deviceId;
    DeviceStatus status = DeviceStatus::Pending;
    QString result; // "success", "failure: …", "excluded: …", the engine's failure, or empty
};

} // namespace symbolon::rekey
