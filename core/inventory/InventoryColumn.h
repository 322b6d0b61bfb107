#pragma once

#include "policy/DlmsClient.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace symbolon::inventory {

// The columns of an inventory file. The first nine are required; the nine key columns are
// optional but all-or-none. The order here is the order the writer uses; the parser accepts
// any order.
enum class InventoryColumn {
    DeviceId,
    DeviceType,
    Cohort,
    S1sp,
    Manufacturer,
    Model,
    CommissionedAt,
    Category,
    SystemTitle,
    Mk,
    AkDataCollection,
    AkExtendedDataCollection,
    AkManagement,
    AkFirmware,
    GuekDataCollection,
    GuekExtendedDataCollection,
    GuekManagement,
    GuekFirmware,
};

inline constexpr int kInventoryColumnCount = 18;
inline constexpr int kRequiredColumnCount = 9;
inline constexpr int kKeyColumnCount = 9;

// "device_id", ..., "mk", "ak_data_collection", ..., "guek_firmware".
QByteArray columnName(InventoryColumn column);
// Exact, lowercase names only; callers normalise first.
std::optional<InventoryColumn> columnFromName(QByteArrayView name);
inline bool isKeyColumn(InventoryColumn column) {
    return column >= InventoryColumn::Mk;
}
// All columns in writing order: the required ones, then (if withKeys) mk, the four ak_, the four guek_.
QList<InventoryColumn> inventoryColumns(bool withKeys);

// Index 0..3 into InventoryRecord::ak/guek for a keyed client, in kKeyedClients order; nullopt
// for the Public client (it has no keys).
std::optional<int> keyedClientIndex(policy::DlmsClient client);
InventoryColumn akColumn(int clientIndex);
InventoryColumn guekColumn(int clientIndex);

} // namespace symbolon::inventory
