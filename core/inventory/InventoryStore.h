#pragma once

#include "common/Result.h"
#include "inventory/DeviceQuery.h"

#include <QStringList>
#include <QVector>

namespace symbolon::workspace {
class Database;
}

namespace symbolon::inventory {

// Read side of the device inventory: counts and pages straight from the database, never the
// whole table, so a view stays responsive at 1,000,000 devices. Use it on one thread with its
// own connection (Workspace::openConnection) — the UI's reader thread, or the CLI.
class InventoryStore {
public:
    explicit InventoryStore(workspace::Database& db) : m_db(db) {}

    [[nodiscard]] Result<qint64> total() const;
    [[nodiscard]] Result<qint64> count(const DeviceFilter& filter, const QDateTime& now) const;
    [[nodiscard]] Result<QVector<DeviceRow>> page(const DeviceFilter& filter, DeviceColumn sort,
                                                  Qt::SortOrder order, qint64 offset, int limit,
                                                  const QDateTime& now) const;
    [[nodiscard]] Result<DeviceRow> device(const QString& deviceId) const; // any accepted id form
    [[nodiscard]] Result<QVector<RotationCounts>> rotationSummary(const QDateTime& now) const;
    [[nodiscard]] Result<QStringList> s1sps() const;

private:
    workspace::Database& m_db;
};

} // namespace symbolon::inventory
