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
    QStringList failures; // "0011223344556677 (failed): reason", at most maxFailures
    qint64 failureCount = 0;

    qint64 count(DeviceStatus status) const { return byStatus.value(status); }
};

} // namespace symbolon::rekey
