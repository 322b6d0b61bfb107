#include "inventory/DeviceRecords.h"

#include "inventory/InventoryRecord.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QSet>

#include <optional>

namespace symbolon::inventory {

namespace {
QByteArray concat(const std::array<QByteArray, 4>& keys) {
    QByteArray out;
    for (const QByteArray& k : keys)
        out += k;
    return out;
}

} // namespace

struct DeviceRecords::Statements {
    std::optional<store::Statement> device, keys, existing, importOf, rotationDone;
};

DeviceRecords::DeviceRecords(store::Database& db) : m_db(db), m_st(std::make_unique<Statements>()) {}
DeviceRecords::~DeviceRecords() = default;

Result<DeviceRecords::Names> DeviceRecords::names() {
    auto st = m_db.prepare("SELECT DISTINCT manufacturer, model, s1sp FROM devices;");
    if (!st)
        return st.error();
    QSet<QString> s1sps, manufacturers, models;
    if (auto s = st->forEachRow([&](const store::Statement& r) {
            manufacturers.insert(r.text(0));
            models.insert(r.text(1));
            s1sps.insert(r.text(2));
        });
        !s)
        return s.error();
    return Names{s1sps.values(), manufacturers.values(), models.values()};
}

Result<std::optional<DeviceRecords::PriorImport>> DeviceRecords::priorImport(const QByteArray& sha256) {
    auto seen = m_db.prepare("SELECT imported_at, actor, device_count FROM imports WHERE file_sha256 = ?;");
    if (!seen)
        return seen.error();
    seen->bind(1, sha256);
    auto row = seen->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<PriorImport>();
    return std::optional<PriorImport>(PriorImport{seen->text(0), seen->text(1), seen->int64(2)});
}

Result<qint64> DeviceRecords::addImport(const QByteArray& sha256, const QString& fileName,
                                        const QString& importedAt, qint64 devices, const QString& actor) {
    auto imp = m_db.prepare("INSERT INTO imports(file_sha256, file_name, imported_at, device_count, actor) "
                            "VALUES (?,?,?,?,?);");
    if (!imp)
        return imp.error();
    imp->bind(1, sha256).bind(2, fileName).bind(3, importedAt).bind(4, devices).bind(5, actor);
    if (auto s = imp->run(); !s)
        return s.error();
    return m_db.lastInsertRowId();
}

Status DeviceRecords::setImportDevices(qint64 importId, qint64 devices) {
    auto st = m_db.prepare("UPDATE imports SET device_count = ? WHERE id = ?;");
    if (!st)
        return st.error();
    st->bind(1, devices).bind(2, importId);
    return st->run();
}

Result<bool> DeviceRecords::addDevice(const InventoryRecord& r, qint64 importId, qint64 deadlineSecs) {
    auto dev = store::prepareOnce(
        m_db, m_st->device,
        "INSERT OR IGNORE INTO devices(device_id, device_type, cohort, s1sp, manufacturer, model,"
        " commissioned_at, category, system_title, deadline, import_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?);");
    if (!dev)
        return dev.error();
    store::Statement& d = **dev;
    const qint64 commissioned = r.commissionedAt.toSecsSinceEpoch();
    d.bind(1, r.deviceId.toString())
        .bind(2, static_cast<int>(r.deviceType))
        .bind(3, static_cast<int>(r.cohort))
        .bind(4, r.s1sp)
        .bind(5, r.manufacturer)
        .bind(6, r.model)
        .bind(7, commissioned);
    if (r.category)
        d.bind(8, *r.category);
    else
        d.bindNull(8);
    d.bind(9, r.systemTitle).bind(10, commissioned + deadlineSecs).bind(11, importId);
    if (auto s = d.run(); !s)
        return s.error();
    if (m_db.changes() == 0)
        return false;
    if (r.hasKeys()) {
        auto keys = store::prepareOnce(m_db, m_st->keys,
                                       "INSERT INTO migration_keys(device, mk, ak, guek) VALUES (?,?,?,?);");
        if (!keys)
            return keys.error();
        (**keys).bind(1, m_db.lastInsertRowId()).bind(2, r.mk).bind(3, concat(r.ak)).bind(4, concat(r.guek));
        if (auto s = (*keys)->run(); !s)
            return s.error();
    }
    return true;
}

Result<std::optional<DeviceRecords::ImportedWith>> DeviceRecords::importedWith(const QString& deviceId) {
    auto st = store::prepareOnce(
        m_db, m_st->existing,
        "SELECT i.file_name, i.imported_at FROM devices d JOIN imports i ON i.id = d.import_id"
        " WHERE d.device_id = ?;");
    if (!st)
        return st.error();
    (**st).bind(1, deviceId);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ImportedWith>();
    return std::optional<ImportedWith>(ImportedWith{(*st)->text(0), (*st)->text(1)});
}

Result<qint64> DeviceRecords::importOf(const QString& deviceId) {
    auto st = store::prepareOnce(m_db, m_st->importOf, "SELECT import_id FROM devices WHERE device_id = ?;");
    if (!st)
        return st.error();
    (**st).bind(1, deviceId);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    const qint64 id = *row ? (*st)->int64(0) : 0;
    (*st)->reset();
    return id;
}

void DeviceRecords::setBulk(bool bulk) {
    (void)m_db.exec(bulk ? "PRAGMA cache_size = -262144;" : "PRAGMA cache_size = -65536;");
}

Status DeviceRecords::markRotated(qint64 deviceRow, qint64 at) {
    auto st =
        m_db.prepare("UPDATE devices SET rotation_done_at = ?1 WHERE id = ?2 AND rotation_done_at IS NULL;");
    if (!st)
        return st.error();
    st->bind(1, at).bind(2, deviceRow);
    return st->run();
}

Status DeviceRecords::setRotationDone(const QString& deviceId, qint64 at) {
    auto st = store::prepareOnce(m_db, m_st->rotationDone,
                                 "UPDATE devices SET rotation_done_at = ? WHERE device_id = ?;");
    if (!st)
        return st.error();
    (**st).bind(1, at).bind(2, deviceId);
    return (*st)->run();
}

} // namespace symbolon::inventory
