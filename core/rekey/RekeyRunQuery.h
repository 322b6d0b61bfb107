#pragma once

#include "common/Result.h"
#include "rekey/RekeyRunStatus.h"
#include "rekey/RekeyRunSummary.h"

#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::rekey {

// Read side of the re-key runs (rekey_runs, rekey_devices): what the Overview's chart, the
// re-key pages and "symbolon-cli rekey status / list" show. Writers: RekeyPlanner (creates a run)
// and RekeyEngine, InstructionBatch and Confirmation (move its devices on).
class RekeyRunQuery {
public:
    // The newest `limit` runs (1..1,000), newest first: one GROUP BY over rekey_devices.
    [[nodiscard]] static Result<QVector<RekeyRunSummary>> latest(store::Database& db, int limit);
    // Every run, oldest first.
    [[nodiscard]] static Result<QVector<RekeyRunSummary>> all(store::Database& db);
    // Where one run's devices are, and which failed and why (at most maxFailures listed).
    [[nodiscard]] static Result<RekeyRunStatus> status(store::Database& db, qint64 run, int maxFailures = 50);
    // Every device of one run, in row order (the order the engine walks them): what the
    // approvers and the runs list show.
    [[nodiscard]] static Result<QVector<RekeyRunDevice>> devices(store::Database& db, qint64 run);

private:
    static Result<QVector<RekeyRunSummary>> summaries(store::Database& db, qint64 limit);
};

} // namespace symbolon::rekey
