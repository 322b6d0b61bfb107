#pragma once

#include "common/Result.h"
#include "rekey/RekeyRunSummary.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <QVector>

#include <optional>

namespace symbolon::store {
class Database;
}

namespace symbolon::audit {

// Where the site stands and what comes next (issue #17, item 4), as the Overview shows it: the
// ceremonies the journal records as completed, how many of the keys handed over at migration
// are packaged, and each re-key run that still has work (not run, stopped, batch not issued,
// confirmations outstanding, failures). Read on a reader thread: counting packaged keys is a
// pass over every device.
struct SiteProgress {
    struct Done {
        qint64 seq = 0;
        QDateTime at;
    };
    std::optional<Done> keks;
    std::optional<Done> transportKey;
    std::optional<Done> sharedKeyExported;
    std::optional<Done> sharedKeyImported;
    qint64 handedOver = 0;                // devices that came with migration keys
    qint64 notMigrated = 0;               // of those, not packaged yet
    QVector<rekey::RekeyRunSummary> runs; // the newest kRuns, oldest first

    static constexpr int kRuns = 50;

    [[nodiscard]] static Result<SiteProgress> read(store::Database& db);

    // One line per step, each starting "✓ " (done) or "○ " (not yet), in the order of the policy.
    QStringList steps() const;
    // The one thing to do next, or that nothing is outstanding.
    QString next() const;
};

} // namespace symbolon::audit

Q_DECLARE_METATYPE(symbolon::audit::SiteProgress)
