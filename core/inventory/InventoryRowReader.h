#pragma once

#include "inventory/InventoryParseResult.h"
#include "inventory/InventoryRecord.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QVector>

#include <functional>
#include <memory>

class QIODevice;

namespace symbolon::inventory {

struct InventoryParseOptions;

// Reads an inventory file one device row at a time and validates each row against the header
// (the rules: InventoryRowReader.cpp). It holds only what the checks need, whatever the size of
// the file: the header, the distinct S1SP, manufacturer and model names (at most
// kMaxDistinctNames per column) and the problems listed (at most maxReportedErrors; the rest are
// counted). Whether a device id is repeated is the caller's to find: parseInventory keeps the
// ids of one file in memory, InventoryImporter lets the workspace's unique index find them
// inside its transaction. Never crashes on arbitrary bytes.
class InventoryRowReader {
public:
    // A column's distinct names beyond this make the file wrong: an inventory has a handful of
    // S1SPs and manufacturers and some hundreds of models, and the look-alike check must
    // remember every name it has seen.
    static constexpr int kMaxDistinctNames = 10000;

    InventoryRowReader(QIODevice& device, const QDateTime& now, const InventoryParseOptions& options);
    ~InventoryRowReader();
    InventoryRowReader(const InventoryRowReader&) = delete;
    InventoryRowReader& operator=(const InventoryRowReader&) = delete;

    // Every byte read, in order (e.g. to fingerprint the file while it is read once).
    void setByteObserver(std::function<void(QByteArrayView)> observer);

    // The next device row: true, and record() holds it; false at the end of the rows, or after
    // a broken header or a CSV error (both reported). Rows with problems are returned too:
    // rowOk() says whether this one had none, idOk() whether at least its device id is well
    // formed (so that a repeated id can still be found).
    [[nodiscard]] bool next();
    InventoryRecord& record();
    bool rowOk() const;
    bool idOk() const;
    // The row's device_id cell as it may be shown back (as written, shortened, printable).
    QString shownId() const;

    bool hasKeyColumns() const; // the header carried the nine key columns
    qint64 rows() const;        // device rows read so far
    qint64 rowBytes() const;    // bytes of the current row in the file, line end included

    // The problems found: listed up to the cap (the lowest lines), counted beyond it.
    const ParseErrorList& problems() const;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace symbolon::inventory
