#include "inventory/InventoryImporter.h"

#include "inventory/DeviceRecords.h"

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

} // namespace

Result<ImportOutcome> InventoryImporter::importFile(const QString& path, const QDateTime& now,
                                                    const Progress& progress) {
    if (auto allowed = m_ws.require(policy::Permission::ImportInventory); !allowed)
        return allowed.error();
    // The names the workspace has: a new one that looks like one of them is refused.
    InventoryParseOptions options;
    {
        auto names = DeviceRecords(m_ws.db()).names();
        if (!names)
            return names.error();
        options.existingS1sps = names->s1sps;
        options.existingManufacturers = names->manufacturers;
        options.existingModels = names->models;
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
    DeviceRecords records(db);
    {
        auto seen = records.priorImport(parsed.sha256);
        if (!seen)
            return seen.error();
        if (*seen) {
            out.kind = ImportOutcome::Kind::AlreadyImported;
            out.devices = (*seen)->devices;
            out.message =
                inventory::tr("This file was already imported on %1 by %2 (%n device(s)); nothing changed.",
                              nullptr, static_cast<int>(out.devices))
                    .arg((*seen)->importedAt, (*seen)->actor);
            return out;
        }
    }

    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto importId = records.addImport(parsed.sha256, fileName, now,
                                      static_cast<qint64>(parsed.records.size()), m_ws.identity().actor());
    if (!importId)
        return importId.error();

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
        records.setBulk(true);
    struct RestoreCache {
        DeviceRecords& records;
        bool active;
        ~RestoreCache() {
            if (active)
                records.setBulk(false);
        }
    } restoreCache{records, bulk};

    std::map<QString, qint64> byType, byCohort;
    const qint64 total = parsed.records.size();
    qint64 done = 0;
    int problems = 0;
    for (const int index : order) {
        const InventoryRecord& r = parsed.records[index];
        auto added = records.addDevice(r, *importId, kDeadlineSecs);
        if (!added)
            return added.error();
        if (!*added) {
            // Already in the workspace: one problem per row, and the import is rejected whole.
            ++problems;
            if (out.errors.size() < kMaxListed) {
                auto with = records.importedWith(r.deviceId.toString());
                QString where = inventory::tr("an earlier import");
                if (with && *with)
                    where = inventory::tr("%1 on %2").arg((*with)->fileName, (*with)->importedAt);
                out.errors.push_back(ParseError{
                    r.sourceLine, QStringLiteral("device_id"), r.deviceId.toDisplayString(),
                    inventory::tr("a device not already in the workspace (it came with %1)").arg(where)});
            } else {
                ++out.moreErrors;
            }
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
