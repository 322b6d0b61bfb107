#include "inventory/InventoryColumn.h"

namespace symbolon::inventory {

QByteArray columnName(InventoryColumn column) {
    switch (column) {
    case InventoryColumn::DeviceId:
        return QByteArrayLiteral("device_id");
    case InventoryColumn::DeviceType:
        return QByteArrayLiteral("device_type");
    case InventoryColumn::Cohort:
        return QByteArrayLiteral("cohort");
    case InventoryColumn::S1sp:
        return QByteArrayLiteral("s1sp");
    case InventoryColumn::Manufacturer:
        return QByteArrayLiteral("manufacturer");
    case InventoryColumn::Model:
        return QByteArrayLiteral("model");
    case InventoryColumn::CommissionedAt:
        return QByteArrayLiteral("commissioned_at");
    case InventoryColumn::Category:
        return QByteArrayLiteral("category");
    case InventoryColumn::SystemTitle:
        return QByteArrayLiteral("system_title");
    case InventoryColumn::Mk:
        return QByteArrayLiteral("mk");
    case InventoryColumn::AkDataCollection:
        return QByteArrayLiteral("ak_data_collection");
    case InventoryColumn::AkExtendedDataCollection:
        return QByteArrayLiteral("ak_extended_data_collection");
    case InventoryColumn::AkManagement:
        return QByteArrayLiteral("ak_management");
    case InventoryColumn::AkFirmware:
        return QByteArrayLiteral("ak_firmware");
    case InventoryColumn::GuekDataCollection:
        return QByteArrayLiteral("guek_data_collection");
    case InventoryColumn::GuekExtendedDataCollection:
        return QByteArrayLiteral("guek_extended_data_collection");
    case InventoryColumn::GuekManagement:
        return QByteArrayLiteral("guek_management");
    case InventoryColumn::GuekFirmware:
        return QByteArrayLiteral("guek_firmware");
    }
    return {};
}

std::optional<InventoryColumn> columnFromName(QByteArrayView name) {
    for (int i = 0; i < kInventoryColumnCount; ++i) {
        const auto column = static_cast<InventoryColumn>(i);
        if (name == columnName(column))
            return column;
    }
    return std::nullopt;
}

QList<InventoryColumn> inventoryColumns(bool withKeys) {
    QList<InventoryColumn> out;
    const int n = withKeys ? kInventoryColumnCount : kRequiredColumnCount;
    for (int i = 0; i < n; ++i)
        out.append(static_cast<InventoryColumn>(i));
    return out;
}

std::optional<int> keyedClientIndex(policy::DlmsClient client) {
    int i = 0;
    for (const policy::DlmsClient c : policy::kKeyedClients) {
        if (c == client)
            return i;
        ++i;
    }
    return std::nullopt;
}

InventoryColumn akColumn(int clientIndex) {
    return static_cast<InventoryColumn>(static_cast<int>(InventoryColumn::AkDataCollection) + clientIndex);
}

InventoryColumn guekColumn(int clientIndex) {
    return static_cast<InventoryColumn>(static_cast<int>(InventoryColumn::GuekDataCollection) + clientIndex);
}

} // namespace symbolon::inventory
