#pragma once

#include "inventory/CsvReader.h"
#include "inventory/InventoryParseResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QIODevice;

namespace symbolon::inventory {

struct InventoryParseOptions {
    CsvLimits limits;
    // Commissioning times up to this far after `now` are accepted: the exporting system's
    // clock and ours need not agree to the second.
    qint64 allowedClockSkewSecs = 10 * 60;
    int maxReportedErrors = 200; // further problems are counted, not listed
    // The names already in the workspace: a new name that looks like one of them but is a
    // different text is refused (NameSafety.h).
    QStringList existingS1sps, existingManufacturers, existingModels;
};

// Validates a whole inventory file (format: InventoryColumn.h; rules: InventoryRowReader.cpp) and
// returns every record or every problem. `now` is the reference for "not in the future"; pass
// it in so that tests and re-imports are reproducible. Never crashes on arbitrary bytes.
InventoryParseResult parseInventory(QIODevice& device, const QDateTime& now,
                                    const InventoryParseOptions& options = {});
InventoryParseResult parseInventory(const QByteArray& bytes, const QDateTime& now,
                                    const InventoryParseOptions& options = {});
// A distinct name, not an overload: with QT_NO_CAST_FROM_ASCII a string literal would silently
// pick the QByteArray overload and be parsed as file content.
InventoryParseResult parseInventoryFile(const QString& path, const QDateTime& now,
                                        const InventoryParseOptions& options = {});

} // namespace symbolon::inventory
