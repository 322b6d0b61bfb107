#include "rekey/RekeyCandidateQuery.h"

#include "inventory/InventoryStore.h"
#include "store/Database.h"
#include "store/Statement.h"

namespace symbolon::rekey {

namespace {
const char* kCandidateColumns =
    "SELECT d.id, d.device_id, d.cohort, d.s1sp, d.device_type, d.rotation_done_at IS NOT NULL, d.category,"
    " EXISTS (SELECT 1 FROM key_records k WHERE k.device = d.id AND k.kind = 'MK' AND k.client = 0"
    "  AND k.state IN ('Migrated','Active')),"
    " EXISTS (SELECT 1 FROM key_records k WHERE k.device = d.id AND k.state IN ('Generated','Distributed')),"
    " (SELECT r.run FROM rekey_devices r JOIN rekey_runs u ON u.id = r.run WHERE r.device = d.id"
    "  AND r.status = 'pending' AND u.state IN ('planned','running','cancelled') LIMIT 1)"
    " FROM devices d";

RekeyCandidate read(const store::Statement& st) {
    RekeyCandidate c;
    c.row = st.int64(0);
    c.deviceId = st.text(1);
    c.cohort = static_cast<int>(st.int64(2));
    c.s1sp = st.text(3);
    c.deviceType = static_cast<int>(st.int64(4));
    c.rotationDone = st.int64(5) != 0;
    if (!st.isNull(6))
        c.category = static_cast<int>(st.int64(6));
    c.hasCurrentMk = st.int64(7) != 0;
    c.hasUnconfirmedKeys = st.int64(8) != 0;
    if (!st.isNull(9))
        c.openRun = st.int64(9);
    return c;
}
} // namespace

Status RekeyCandidateQuery::forFilter(store::Database& db, const inventory::DeviceFilter& filter,
                                      const QDateTime& now, const Visit& visit) {
    const auto sql = inventory::InventoryStore::filterSql(filter, now);
    const QByteArray q = QByteArray(kCandidateColumns) + sql.where + " ORDER BY d.id;";
    auto st = db.prepare(q.constData());
    if (!st)
        return st.error();
    inventory::InventoryStore::bindFilter(*st, sql.binds);
    return st->forEachRow([&](const store::Statement& row) { visit(read(row)); });
}

Status RekeyCandidateQuery::forDevices(store::Database& db, const inventory::DeviceFilter& filter,
                                       const QDateTime& now, const QStringList& deviceIds, const Visit& visit,
                                       const std::function<void(const QString&)>& notFound) {
    const auto sql = inventory::InventoryStore::filterSql(filter, now);
    const QByteArray q =
        QByteArray(kCandidateColumns) +
        (sql.where.isEmpty() ? QByteArray(" WHERE d.device_id = ?") : sql.where + " AND d.device_id = ?") +
        ";";
    auto st = db.prepare(q.constData());
    if (!st)
        return st.error();
    for (const QString& id : deviceIds) {
        st->reset();
        inventory::InventoryStore::bindFilter(*st, sql.binds);
        st->bind(static_cast<int>(sql.binds.size()) + 1, id);
        bool any = false;
        if (auto s = st->forEachRow([&](const store::Statement& row) {
                any = true;
                visit(read(row));
            });
            !s)
            return s;
        if (!any)
            notFound(id);
    }
    return {};
}

} // namespace symbolon::rekey
