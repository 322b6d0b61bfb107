#pragma once

#include "common/Result.h"
#include "rekey/RekeyPlanner.h"
#include "rekey/RekeyRunState.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace symbolon::store {
class Database;
}

namespace symbolon::rekey {

// The one writer of rekey_runs and rekey_devices: a run is planned (RekeyPlanner), its devices
// committed chunk by chunk (RekeyEngine), their instructions issued (InstructionBatch) and
// confirmed (Confirmation), each through this class and inside the caller's transaction.
// Statements used per device are prepared once. Readers: RekeyRunQuery.
class RekeyRunStore {
public:
    explicit RekeyRunStore(store::Database& db);
    ~RekeyRunStore();
    RekeyRunStore(const RekeyRunStore&) = delete;
    RekeyRunStore& operator=(const RekeyRunStore&) = delete;

    [[nodiscard]] Result<RekeyRun> load(qint64 id);
    [[nodiscard]] Result<qint64> nextRunId();
    // The run (its id set) and its devices, all pending.
    [[nodiscard]] Status insert(const RekeyRun& run, const QVector<qint64>& devices);
    [[nodiscard]] Status setState(qint64 run, RunState state);

    struct PendingDevice {
        qint64 row = 0;
        QString deviceId;
        QByteArray systemTitle;
    };
    // The next `limit` pending devices after device row `after`, in row order.
    [[nodiscard]] Result<QVector<PendingDevice>> pending(qint64 run, qint64 after, int limit);
    [[nodiscard]] Result<qint64> pendingCount(qint64 run);
    [[nodiscard]] Result<int> lastChunk(qint64 run); // 0 before the first
    // A pending device's outcome in chunk `chunk` (journal entry seq): committed with its
    // instruction (compact JSON), or failed with the reason.
    [[nodiscard]] Status commit(qint64 run, qint64 device, int chunk, qint64 seq,
                                const QByteArray& instruction, const QString& failure, qint64 now);

    struct Instruction {
        qint64 device = 0;
        QByteArray line; // the device's instruction, compact JSON
    };
    // Committed devices' instructions (and with resend, the distributed ones' too, except those
    // excluded from the run: RekeyExclusion), in row order.
    [[nodiscard]] Result<QVector<Instruction>> instructions(qint64 run, bool resend);
    // committed -> distributed; the number of devices that moved (0 for a resent one).
    [[nodiscard]] Result<qint64> markDistributed(qint64 run, qint64 device, qint64 now);

    struct Entry {
        qint64 device = 0;
        std::optional<DeviceStatus> status;
        QString statusText; // as stored, for a message
        QString result;     // as stored ("" when none)
    };
    // A device of the run by its canonical id, if it is in the run.
    [[nodiscard]] Result<std::optional<Entry>> find(qint64 run, const QString& deviceId);
    // The devices RekeyExclusion may take out as failed or refused: failed in the run, or
    // distributed with a failure the DCO reported; not excluded yet. Canonical ids, row order.
    [[nodiscard]] Result<QStringList> failedOrRefused(qint64 run);
    // The device's result: confirmed, or still distributed with a reported failure.
    [[nodiscard]] Status setResult(qint64 run, qint64 device, DeviceStatus status, const QString& result,
                                   qint64 now);

private:
    struct Statements;
    store::Database& m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace symbolon::rekey
