#pragma once

#include "common/Result.h"
#include "inventory/InventoryParseResult.h"
#include "inventory/ParsedInventory.h"

#include <QDateTime>
#include <QVector>

#include <functional>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::inventory {

struct ImportOutcome {
    enum class Kind { Imported, AlreadyImported, Rejected };
    Kind kind = Kind::Rejected;
    qint64 devices = 0;
    QVector<ParseError> errors; // Rejected: every problem (capped), with line and column
    int moreErrors = 0;         // problems beyond those listed
    qint64 journalSeq = 0;      // Imported: the journal entry that records it
    QString message;            // one sentence for the custodian
};

// Imports an inventory file: all or nothing. A file with any bad row, or any device already in
// the workspace, is rejected whole with every problem listed, and the workspace is unchanged.
// Re-importing a file already imported (same SHA-256) is a no-op that says so.
//
// The file is streamed: read once to fingerprint it, then row by row through validation into
// the database inside one transaction, rolled back at the end if anything was wrong. Memory does
// not grow with the file (a bounded run of rows, the page cache, the names seen); a device id
// repeated in the file is found by the workspace's unique index.
class InventoryImporter {
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>; // false cancels

    explicit InventoryImporter(workspace::Workspace& ws) : m_ws(ws) {}

    [[nodiscard]] Result<ImportOutcome> importFile(const QString& path, const QDateTime& now,
                                                   const Progress& progress = {});

    // For callers that make their devices (the demo): `source` calls its sink with each record in
    // turn (the sink may move from it) and stops at the sink's first failure. It is called again
    // only if a device id is repeated, to name the line it first came on. `expected` is the
    // number of records for progress; fileName is what the journal records. No row checks: the
    // records are taken as valid; devices already in the workspace reject the whole import.
    using RecordSink = std::function<Status(InventoryRecord&)>;
    using RecordSource = std::function<Status(const RecordSink&)>;
    [[nodiscard]] Result<ImportOutcome> importRecords(const RecordSource& source, qint64 expected,
                                                      bool hasKeyColumns, const QByteArray& sha256,
                                                      const QString& fileName, const Progress& progress = {});
    // For callers that parsed already (tests). fileName is what the journal records.
    [[nodiscard]] Result<ImportOutcome> importParsed(const ParsedInventory& parsed, const QString& fileName,
                                                     const Progress& progress = {});

private:
    workspace::Workspace& m_ws;
};

} // namespace symbolon::inventory
