#include "inventory/MigrationKeyQuery.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace symbolon::inventory {

Result<QVector<MigrationKeyQuery::WrappedKeys>> MigrationKeyQuery::notMigrated(store::Database& db,
                                                                               qint64 after, int limit) {
    auto sel =
        db.prepare("SELECT m.device, d.device_id, m.mk, m.ak, m.guek FROM migration_keys m JOIN devices d "
                   "ON d.id = m.device WHERE m.device > ? AND NOT EXISTS (SELECT 1 FROM key_records k "
                   "WHERE k.device = m.device AND k.kind = 'MK') ORDER BY m.device LIMIT ?;");
    if (!sel)
        return sel.error();
    sel->bind(1, after).bind(2, limit);
    QVector<WrappedKeys> out;
    out.reserve(limit);
    if (auto s = sel->forEachRow([&](const store::Statement& r) {
            out.push_back({r.int64(0), r.text(1), r.blob(2), r.blob(3), r.blob(4)});
        });
        !s)
        return s.error();
    return out;
}

Result<qint64> MigrationKeyQuery::notMigratedCount(store::Database& db) {
    return db.scalarInt("SELECT COUNT(*) FROM migration_keys m WHERE NOT EXISTS (SELECT 1 FROM key_records k "
                        "WHERE k.device = m.device AND k.kind = 'MK');");
}

Result<qint64> MigrationKeyQuery::handedOverCount(store::Database& db) {
    return db.scalarInt("SELECT COUNT(*) FROM migration_keys;");
}

Result<qint64> MigrationKeyQuery::migratedCount(store::Database& db) {
    return db.scalarInt(
        "SELECT COUNT(DISTINCT device) FROM key_records WHERE kind = 'MK' AND state = 'Migrated';");
}

} // namespace symbolon::inventory
