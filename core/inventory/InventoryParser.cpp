#include "inventory/InventoryParser.h"

#include "inventory/InventoryRowReader.h"
#include "inventory/Sha256Hasher.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace symbolon::inventory {

namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::inventory", s, disambiguation, n);
}

} // namespace

// The whole file in memory: every row through InventoryRowReader (the row rules), repeated
// device ids found with a set of the ids seen. For files of a size that fits in memory (tests,
// fuzzing, the robustness catalogue); InventoryImporter streams instead.
InventoryParseResult parseInventory(QIODevice& device, const QDateTime& now,
                                    const InventoryParseOptions& options) {
    Sha256Hasher hash;
    InventoryRowReader reader(device, now, options);
    reader.setByteObserver([&hash](QByteArrayView bytes) { hash.addData(bytes); });
    ParseErrorList duplicates(options.maxReportedErrors);
    QHash<quint64, int> seen; // device id -> first line
    ParsedInventory out;
    while (reader.next()) {
        InventoryRecord& r = reader.record();
        if (reader.rows() == 1 && !device.isSequential() && reader.rowBytes() > 0) {
            // Sized from the file and the first row, so that a million-row file does not pay for
            // repeated growth. Bounded: a short first row in a large file must not reserve gigabytes.
            const qint64 estimate = std::min<qint64>(device.size() / reader.rowBytes() + 1, 5'000'000);
            out.records.reserve(estimate);
            seen.reserve(estimate);
        }
        if (reader.idOk()) {
            const auto first = seen.constFind(r.deviceId.value());
            if (first != seen.constEnd()) {
                duplicates.add(
                    ParseError{r.sourceLine, QStringLiteral("device_id"), reader.shownId(),
                               inventory::tr("a device id not already in this file; it is also on line %1")
                                   .arg(*first)});
            } else {
                seen.insert(r.deviceId.value(), r.sourceLine);
            }
        }
        // One bad row means nothing is imported: only a clean file keeps records.
        if (reader.problems().total() + duplicates.total() > 0)
            out.records = {};
        else
            out.records.append(std::move(r));
    }
    if (reader.problems().total() + duplicates.total() > 0) {
        // A repeated id first on its line, as the row's device_id cell is checked first.
        ParseErrorList all(options.maxReportedErrors);
        all.addAll(duplicates);
        all.addAll(reader.problems());
        return InventoryParseResult::failure(all.sorted(), all.omitted());
    }
    out.hasKeyColumns = reader.hasKeyColumns();
    out.sha256 = hash.result();
    if (out.sha256.isEmpty())
        return InventoryParseResult::failure(
            {ParseError{
                0, {}, {}, inventory::tr("a file fingerprint (SHA-256), but OpenSSL could not compute it")}},
            0);
    return InventoryParseResult::success(std::move(out));
}

InventoryParseResult parseInventory(const QByteArray& bytes, const QDateTime& now,
                                    const InventoryParseOptions& options) {
    QBuffer buffer;
    buffer.setData(bytes); // implicitly shared: no copy
    buffer.open(QIODevice::ReadOnly);
    return parseInventory(buffer, now, options);
}

InventoryParseResult parseInventoryFile(const QString& path, const QDateTime& now,
                                        const InventoryParseOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return InventoryParseResult::failure(
            {ParseError{
                0, {}, path, inventory::tr("a readable inventory file (%1)").arg(file.errorString())}},
            0);
    return parseInventory(file, now, options);
}

} // namespace symbolon::inventory
