#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::inventory {

// The keys handed over at migration (migration_keys, written by InventoryImporter), as the
// migration ceremony reads them: the devices whose keys are not packaged yet (no MK record), in
// row order, and the ceremony's progress.
class MigrationKeyQuery {
public:
    struct WrappedKeys {
        qint64 device = 0;
        QString deviceId;
        QByteArray mk, ak, guek; // RFC 3394-wrapped under the Transport Key
    };
    // Up to `limit` devices after row `after` whose keys have not been migrated.
    [[nodiscard]] static Result<QVector<WrappedKeys>> notMigrated(store::Database& db, qint64 after,
                                                                  int limit);
    [[nodiscard]] static Result<qint64> notMigratedCount(store::Database& db);
    // Devices that came with migration keys at all (packaged or not).
    [[nodiscard]] static Result<qint64> handedOverCount(store::Database& db);
    // Devices whose MK is still the one received at migration (state Migrated).
    [[nodiscard]] static Result<qint64> migratedCount(store::Database& db);
};

} // namespace symbolon::inventory
