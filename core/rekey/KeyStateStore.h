#pragma once

#include "common/Result.h"
#include "rekey/KeyStateQuery.h"

#include <QVector>

#include <memory>

namespace symbolon::store {
class Database;
class Statement;
} // namespace symbolon::store

namespace symbolon::rekey {

// Read side of the key records (key_records JOIN devices): counts and pages straight from the
// database, never the whole table, so the Key States view stays responsive at 1,000,000 devices
// × 9 keys. All SQL has bound parameters. Use it on one thread with its own connection (the UI's
// reader thread, or the CLI).
class KeyStateStore {
public:
    explicit KeyStateStore(store::Database& db);
    ~KeyStateStore();

    [[nodiscard]] Result<qint64> count(const KeyStateFilter& filter, const QDateTime& now) const;
    [[nodiscard]] Result<QVector<KeyStateRow>> page(const KeyStateFilter& filter, KeyStateColumn sort,
                                                    Qt::SortOrder order, qint64 offset, int limit,
                                                    const QDateTime& now) const;
    // Per state for the filter without its state, superseded and compromised-only terms: the chart
    // shows the whole distribution of the devices selected.
    [[nodiscard]] Result<KeyStateCounts> countsPerState(const KeyStateFilter& filter,
                                                        const QDateTime& now) const;
    // Every key record of one device (any accepted id form), current and superseded.
    [[nodiscard]] Result<QVector<KeyStateRow>> keysOfDevice(const QString& deviceId) const;

    // A re-key run's new key records packaged under one KEK ("DCO Key": AK and MK; "Shared Key":
    // GUEK and DK; the kinds are fixed in the SQL itself), optionally of one S1SP's devices, in
    // device, kind, client order: what a key export carries.
    struct RunKey {
        QString deviceId, kind;
        int client = 0;
        qint64 generation = 0;
        QString state;
        QByteArray package;
        QString kcv, kek, kekKcv;
    };
    [[nodiscard]] Result<QVector<RunKey>> keysOfRun(qint64 run, bool dcoKey, const QString& s1sp) const;

    // Every key record of one device (row id), in no particular order: what the re-key engine
    // reads of each device in a chunk (the statement is prepared once per store).
    struct DeviceKey {
        QString kind;
        int client = 0;
        int generation = 0;
        QString state;
        QByteArray package;
        QString kcv;
        int kekVersion = 1;
    };
    [[nodiscard]] Result<QVector<DeviceKey>> keysOfDeviceRow(qint64 device) const;

    static QString stateText(policy::KeyState s); // the database's form: "Migrated", ...

private:
    store::Database& m_db;
    mutable std::unique_ptr<store::Statement> m_byRow;
};

} // namespace symbolon::rekey
