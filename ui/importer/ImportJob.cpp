#include "importer/ImportJob.h"

#include <QCoreApplication>

namespace symbolon::ui {

// TEMPORARY until InventoryImporter lands on main: then this calls
// inventory::InventoryImporter(ws).importFile(path, now, progress) and converts the outcome.
Result<ImportResult> runImport(workspace::Workspace& ws, const QString& path, const QDateTime& now,
                               const std::function<bool(qint64, qint64)>& progress) {
    Q_UNUSED(ws);
    Q_UNUSED(path);
    Q_UNUSED(now);
    Q_UNUSED(progress);
    return fail(ErrorCode::Internal,
                QCoreApplication::translate("symbolon::ui::ImportJob",
                                            "The inventory importer is not in this build."));
}

} // namespace symbolon::ui
