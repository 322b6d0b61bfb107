#pragma once

#include "common/Result.h"
#include "rekey/KeyStateQuery.h"

#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::rekey {

// Read side of the key records (key_records JOIN devices): counts and pages straight from the
// database, never the whole table, so the Key States view stays responsive at 1,000,000 devices
// × 9 keys. All SQL has bound parameters. Use it on one thread with its own connection (the UI's
// reader thread, or the CLI).
class KeyStateStore {
public:
    explicit KeyStateStore(store::Database& db) : m_db(db) {}

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

    static QString stateText(policy::KeyState s); // the database's form: "Migrated", ...

private:
    store::Database& m_db;
};

} // namespace symbolon::rekey
