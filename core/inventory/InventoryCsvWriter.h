#pragma once

#include "common/Result.h"
#include "inventory/InventoryRecord.h"

#include <QByteArray>

class QIODevice;

namespace symbolon::inventory {

// Writes inventory records in exactly the format InventoryParser reads: the header in
// InventoryColumn order, RFC 4180 quoting where needed, CRLF line ends, UTF-8 without a BOM,
// binary columns as uppercase hex, times as ISO 8601 UTC. Buffered: call finish() at the end.
class InventoryCsvWriter {
public:
    InventoryCsvWriter(QIODevice& device, bool withKeyColumns);

    [[nodiscard]] Status writeHeader();
    [[nodiscard]] Status write(const InventoryRecord& record);
    [[nodiscard]] Status finish();

private:
    void appendText(const QString& text);
    void appendHex(const QByteArray& bytes);
    [[nodiscard]] Status flush();

    QIODevice& m_device;
    bool m_withKeys;
    QByteArray m_buffer;
};

} // namespace symbolon::inventory
