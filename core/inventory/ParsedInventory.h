#pragma once

#include "inventory/InventoryRecord.h"

#include <QByteArray>
#include <QVector>

namespace symbolon::inventory {

// A whole inventory file that passed validation: every row, in file order.
struct ParsedInventory {
    QVector<InventoryRecord> records;
    bool hasKeyColumns = false; // the header carried the nine key columns
    QByteArray sha256;          // of the file's bytes exactly as read (BOM included), for the journal
};

} // namespace symbolon::inventory
