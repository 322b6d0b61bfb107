#pragma once

#include "common/Result.h"
#include "inventory/DeviceQuery.h"

#include <QStringList>
#include <QVariant>
#include <QVector>

namespace symbolon::store {
class Database;
class Statement;
} // namespace symbolon::store

namespace symbolon::inventory {

// Read side of the device inventory: counts and pages straight from the database, never the
// whole table, so a view stays responsive at 1,000,000 devices. Use it on one thread with its
// own connection (Workspace::openConnection) — the UI's reader thread, or the CLI. The writer of
// the devices table is DeviceRecords.
class InventoryStore {
public:
    explicit InventoryStore(store::Database& db) : m_db(db) {}

    [[nodiscard]] Result<qint64> total() const;
    [[nodiscard]] Result<qint64> count(const DeviceFilter& filter, const QDateTime& now) const;
    [[nodiscard]] Result<QVector<DeviceRow>> page(const DeviceFilter& filter, DeviceColumn sort,
                                                  Qt::SortOrder order, qint64 offset, int limit,
                                                  const QDateTime& now) const;
    [[nodiscard]] Result<DeviceRow> device(const QString& deviceId) const; // any accepted id form
    [[nodiscard]] Result<QVector<RotationCounts>> rotationSummary(const QDateTime& now) const;
    [[nodiscard]] Result<QStringList> s1sps() const;

    // The filter as SQL over the alias "d" (" WHERE …" or empty) with positional bindings, for
    // other readers of the devices table (the re-key planner); no user text is spliced in.
    struct FilterSql {
        QByteArray where;
        QVector<QVariant> binds;
    };
    static FilterSql filterSql(const DeviceFilter& filter, const QDateTime& now);
    static void bindFilter(store::Statement& st, const QVector<QVariant>& binds, int first = 1);

private:
    store::Database& m_db;
};

} // namespace symbolon::inventory
