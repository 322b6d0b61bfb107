#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// What the import dialog shows: inventory::ImportOutcome in the UI's terms.
struct ImportResult {
    enum class Kind { Imported, AlreadyImported, Rejected };
    struct Problem {
        int line = 0;
        QString column;
        QString value;
        QString expected;
    };
    Kind kind = Kind::Rejected;
    qint64 devices = 0;
    QVector<Problem> errors;
    int moreErrors = 0;
    QString message;
};

// Runs core's InventoryImporter on the calling thread (the dialog calls it on a worker thread).
// progress(done, total) returns false to cancel.
[[nodiscard]] Result<ImportResult> runImport(workspace::Workspace& ws, const QString& path,
                                             const QDateTime& now,
                                             const std::function<bool(qint64, qint64)>& progress);

} // namespace symbolon::ui
