// TEMPORARY: InventoryStore's implementation lands on branch main; until it is merged, these
// definitions let the UI link and report plainly that the inventory is not available.
// Delete this file when merging main.
#include "inventory/InventoryStore.h"

#include <QCoreApplication>

namespace symbolon::inventory {
namespace {
Error notYet() {
    return Error::make(ErrorCode::Internal, QCoreApplication::translate(
                                                "symbolon::ui", "The inventory store is not in this build."));
}
} // namespace
Result<qint64> InventoryStore::total() const {
    return notYet();
}
Result<qint64> InventoryStore::count(const DeviceFilter&, const QDateTime&) const {
    return notYet();
}
Result<QVector<DeviceRow>> InventoryStore::page(const DeviceFilter&, DeviceColumn, Qt::SortOrder, qint64, int,
                                                const QDateTime&) const {
    return notYet();
}
Result<DeviceRow> InventoryStore::device(const QString&) const {
    return notYet();
}
Result<QVector<RotationCounts>> InventoryStore::rotationSummary(const QDateTime&) const {
    return notYet();
}
Result<QStringList> InventoryStore::s1sps() const {
    return notYet();
}
} // namespace symbolon::inventory
