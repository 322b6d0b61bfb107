// libFuzzer target: the inventory CSV reader and parser (core/inventory/CsvReader,
// InventoryParser) over arbitrary bytes. Oracles: no crash, no sanitizer report, and the parser's
// own contract — a result is either records or problems, never both or neither.
#include "inventory/CsvReader.h"
#include "inventory/InventoryParser.h"

#include <QBuffer>
#include <QDateTime>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace symbolon::inventory;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // Small limits so that the fuzzer reaches the "field too long" and "record too long" paths
    // with short inputs; the defaults are exercised by the parser call below.
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, CsvLimits{64, 256});
        qint64 observed = 0;
        reader.setByteObserver([&](QByteArrayView v) { observed += v.size(); });
        for (int records = 0; records < 100000; ++records) {
            auto r = reader.readRecord();
            if (!r || !*r)
                break;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                if (reader.field(i).size() > 64)
                    std::abort(); // a field beyond the limit was returned
        }
        if (observed > bytes.size())
            std::abort(); // the observer saw bytes that are not in the input
    }
    const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    const InventoryParseResult result = parseInventory(bytes, now);
    if (result.ok() == (result.totalErrorCount() > 0))
        std::abort();
    for (const ParseError& e : result.errors())
        (void)e.toString();
    return 0;
}
