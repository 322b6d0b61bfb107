#pragma once

#include "keys/KekVersionStore.h"

#include <QString>

namespace symbolon::ui {

// KEK versions (issue #20) as the console words them, in the user's language.
QString kekText(keys::Kek kek);                              // "DCO Key", "Shared Key"
QString kekVersionText(keys::Kek kek, int version);          // "DCO Key v2"
QString kekVersionText(const QString& kekCode, int version); // from key_records.kek ("DCO Key")
QString kekVersionStateText(keys::KekVersionState state);    // "active", "retiring", "retired", "destroyed"
// "1 package", "1,200 packages": spelled out, so that the untranslated source never shows "(s)".
QString packageCountText(qint64 n);
// A rollover's progress: "1,200 / 25,000 packages, 4,800/s, ETA 0m04s".
QString rolloverProgressText(qint64 done, qint64 total, double elapsedSecs);

} // namespace symbolon::ui
