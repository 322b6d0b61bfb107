#include "importer/ImportJob.h"

#include "inventory/InventoryImporter.h"

namespace symbolon::ui {

Result<ImportResult> runImport(workspace::Workspace& ws, const QString& path, const QDateTime& now,
                               const std::function<bool(qint64, qint64)>& progress) {
    inventory::InventoryImporter importer(ws);
    auto outcome = importer.importFile(path, now, progress);
    if (!outcome)
        return outcome.error();
    ImportResult r;
    switch (outcome->kind) {
    case inventory::ImportOutcome::Kind::Imported:
        r.kind = ImportResult::Kind::Imported;
        break;
    case inventory::ImportOutcome::Kind::AlreadyImported:
        r.kind = ImportResult::Kind::AlreadyImported;
        break;
    case inventory::ImportOutcome::Kind::Rejected:
        r.kind = ImportResult::Kind::Rejected;
        break;
    }
    r.devices = outcome->devices;
    r.moreErrors = outcome->moreErrors;
    r.message = outcome->message;
    r.errors.reserve(outcome->errors.size());
    for (const inventory::ParseError& e : outcome->errors)
        r.errors.push_back({e.line, e.column, e.value, e.expected});
    return r;
}

} // namespace symbolon::ui
