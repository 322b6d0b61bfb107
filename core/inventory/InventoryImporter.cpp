#include "inventory/InventoryImporter.h"

#include "inventory/InventoryParser.h"
#include "policy/RotationClock.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>
#include <vector>

namespace symbolon::inventory {

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::inventory", s, disambiguation, n);
}
constexpr qint64 kDeadlineSecs = qint64(policy::RotationClock::kDeadlineDays) * 24 * 3600;
constexpr int kMaxListed = 200;

QByteArray concat(const std::array<QByteArray, 4>& keys) {
    QByteArray out;
    for (const QByteArray& k : keys)
        out += k;
    return out;
}
} // namespace

Result<ImportOutcome> InventoryImporter::importFile(const QString& path, const QDateTime& now,
                                                    const Progress& progress) {
    if (auto allowed = m_ws.require(policy::Permission::ImportInventory); !allowed)
        return allowed.error();
    // The names the workspace has: a new one that looks like one of them is refused.
    InventoryParseOptions options;
    {
        auto st = m_ws.db().prepare("SELECT DISTINCT manufacturer, model, s1sp FROM devices;");
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
        options.existingS1sps = s1sps.values();
        options.existingManufacturers = manufacturers.values();
        options.existingModels = models.values();
    }
    InventoryParseResult parsed = parseInventoryFile(path, now, options);
    if (!parsed) {
        ImportOutcome out;
        out.kind = ImportOutcome::Kind::Rejected;
        out.errors = parsed.errors();
        out.moreErrors = parsed.omittedErrorCount();
        out.message =
            inventory::tr("%n problem(s) in %1: nothing was imported.", nullptr, parsed.totalErrorCount())
                .arg(QFileInfo(path).fileName());
        return out;
    }
    return importParsed(parsed.value(), QFileInfo(path).fileName(), progress);
}

Result<ImportOutcome> InventoryImporter::importParsed(const ParsedInventory& parsed, const QString& fileName,
                                                      const Progress& progress) {
    if (auto allowed = m_ws.require(policy::Permission::ImportInventory); !allowed)
        return allowed.error();
    store::Database& db = m_ws.db();
    ImportOutcome out;
    {
        auto seen = db.prepare("SELECT imported_at, actor, device_count FROM imports WHERE file_sha256 = ?;");
        if (!seen)
            return seen.error();
        seen->bind(1, parsed.sha256);
        auto row = seen->step();
        if (!row)
            return row.error();
        if (*row) {
            out.kind = ImportOutcome::Kind::AlreadyImported;
            out.devices = seen->int64(2);
            out.message =
                inventory::tr("This file was already imported on %1 by %2 (%n device(s)); nothing changed.",
                              nullptr, static_cast<int>(out.devices))
                    .arg(seen->text(0), seen->text(1));
            return out;
        }
    }

    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto imp = db.prepare("INSERT INTO imports(file_sha256, file_name, imported_at, device_count, actor) "
                          "VALUES (?,?,?,?,?);");
    if (!imp)
        return imp.error();
    imp->bind(1, parsed.sha256)
        .bind(2, fileName)
        .bind(3, now)
        .bind(4, static_cast<qint64>(parsed.records.size()))
        .bind(5, m_ws.identity().actor());
    if (auto s = imp->run(); !s)
        return s.error();
    const qint64 importId = db.lastInsertRowId();

    auto dev =
        db.prepare("INSERT OR IGNORE INTO devices(device_id, device_type, cohort, s1sp, manufacturer, model,"
                   " commissioned_at, category, system_title, deadline, import_id)"
                   " VALUES (?,?,?,?,?,?,?,?,?,?,?);");
    auto keys = db.prepare("INSERT INTO migration_keys(device, mk, ak, guek) VALUES (?,?,?,?);");
    auto existing =
        db.prepare("SELECT i.file_name, i.imported_at FROM devices d JOIN imports i ON i.id = d.import_id"
                   " WHERE d.device_id = ?;");
    if (!dev)
        return dev.error();
    if (!keys)
        return keys.error();
    if (!existing)
        return existing.error();

    // Insert in device-id order: the unique index and the (column, device_id) indexes then grow
    // mostly at their ends instead of at random pages (1,000,000 rows: several times faster).
    std::vector<int> order(static_cast<std::size_t>(parsed.records.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return parsed.records[a].deviceId.value() < parsed.records[b].deviceId.value();
    });
    // A larger page cache for the bulk transaction only (restored below, whatever happens).
    const bool bulk = parsed.records.size() > 50000;
    if (bulk)
        (void)db.exec("PRAGMA cache_size = -262144;");
    struct RestoreCache {
        store::Database& db;
        bool active;
        ~RestoreCache() {
            if (active)
                (void)db.exec("PRAGMA cache_size = -65536;");
        }
    } restoreCache{db, bulk};

    std::map<QString, qint64> byType, byCohort;
    const qint64 total = parsed.records.size();
    qint64 done = 0;
    int problems = 0;
    for (const int index : order) {
        const InventoryRecord& r = parsed.records[index];
        const QString id = r.deviceId.toString();
        const qint64 commissioned = r.commissionedAt.toSecsSinceEpoch();
        dev->bind(1, id)
            .bind(2, static_cast<int>(r.deviceType))
            .bind(3, static_cast<int>(r.cohort))
            .bind(4, r.s1sp)
            .bind(5, r.manufacturer)
            .bind(6, r.model)
            .bind(7, commissioned);
        if (r.category)
            dev->bind(8, *r.category);
        else
            dev->bindNull(8);
        dev->bind(9, r.systemTitle).bind(10, commissioned + kDeadlineSecs).bind(11, importId);
        if (auto s = dev->run(); !s)
            return s.error();
        if (db.changes() == 0) {
            // Already in the workspace: one problem per row, and the import is rejected whole.
            ++problems;
            if (out.errors.size() < kMaxListed) {
                existing->bind(1, id);
                auto row = existing->step();
                QString where = inventory::tr("an earlier import");
                if (row && *row)
                    where = inventory::tr("%1 on %2").arg(existing->text(0), existing->text(1));
                existing->reset();
                out.errors.push_back(ParseError{
                    r.sourceLine, QStringLiteral("device_id"), r.deviceId.toDisplayString(),
                    inventory::tr("a device not already in the workspace (it came with %1)").arg(where)});
            } else {
                ++out.moreErrors;
            }
        } else if (r.hasKeys()) {
            keys->bind(1, db.lastInsertRowId()).bind(2, r.mk).bind(3, concat(r.ak)).bind(4, concat(r.guek));
            if (auto s = keys->run(); !s)
                return s.error();
        }
        ++byType[policy::deviceTypeCode(r.deviceType)];
        ++byCohort[policy::cohortCode(r.cohort)];
        if (++done % 8192 == 0 && progress && !progress(done, total))
            return fail(ErrorCode::Cancelled,
                        inventory::tr("The import was cancelled: nothing was imported."));
    }
    if (problems > 0) {
        tx.rollback();
        std::sort(out.errors.begin(), out.errors.end(),
                  [](const ParseError& a, const ParseError& b) { return a.line < b.line; });
        out.kind = ImportOutcome::Kind::Rejected;
        out.devices = 0;
        out.message = inventory::tr("%n device(s) in %1 are already in the workspace: nothing was imported.",
                                    nullptr, problems)
                          .arg(fileName);
        return out;
    }

    QJsonObject types, cohorts;
    for (const auto& [k, v] : byType)
        types.insert(k, v);
    for (const auto& [k, v] : byCohort)
        cohorts.insert(k, v);
    auto entry = m_ws.journal().append(
        {m_ws.identity().actor(), m_ws.identity().role, QStringLiteral("inventory.imported"), fileName,
         QJsonObject{{QStringLiteral("file_sha256"), QString::fromLatin1(parsed.sha256.toHex())},
                     {QStringLiteral("devices"), total},
                     {QStringLiteral("with_migration_keys"), parsed.hasKeyColumns},
                     {QStringLiteral("by_type"), types},
                     {QStringLiteral("by_cohort"), cohorts}}});
    if (!entry)
        return entry.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto s = m_ws.checkpoint(); !s)
        return s.error();
    if (progress)
        (void)progress(total, total);
    out.kind = ImportOutcome::Kind::Imported;
    out.devices = total;
    out.journalSeq = entry->seq;
    out.message =
        inventory::tr("Imported %n device(s) from %1.", nullptr, static_cast<int>(total)).arg(fileName);
    return out;
}

} // namespace symbolon::inventory
