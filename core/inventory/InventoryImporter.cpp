#include "inventory/InventoryImporter.h"

#include "inventory/DeviceRecords.h"
#include "inventory/InventoryParser.h"
#include "inventory/InventoryRowReader.h"
#include "inventory/Sha256Hasher.h"
#include "policy/RotationClock.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <optional>
#include <vector>

namespace symbolon::inventory {

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::inventory", s, disambiguation, n);
}
constexpr qint64 kDeadlineSecs = qint64(policy::RotationClock::kDeadlineDays) * 24 * 3600;
constexpr int kMaxListed = 200;
constexpr qint64 kProgressRows = 8192;
constexpr qint64 kReadChunk = 1 << 20;

// Rows are inserted in runs sorted by device id: within a run the unique index and the
// (column, device_id) indexes are written in id order, page after page, instead of at random
// pages. At 1,000,000 devices with key columns (CPU seconds of the whole CLI import, 2 cores):
// file order 49 s, runs of 32,768 rows 43 s, of 131,072 rows 37 s, of 262,144 rows 34 s, the
// whole file sorted at once (as before streaming; 1.44 GB) 31 s. A run is the only part of the file held,
// packed (PackedRow: 264 bytes with key columns), so 131,072 rows are 33 MiB whatever the size of the file.
constexpr int kRunRows = 131072;

// One row of a run: an InventoryRecord is about 1 KiB in memory (nine key QByteArrays, the
// system title, three QStrings), this a quarter of it.
struct PackedRow {
    quint64 id = 0;
    qint64 commissionedMs = 0;
    int line = 0;
    quint32 s1sp = 0, manufacturer = 0, model = 0; // into BulkInsert's names
    quint8 type = 0, cohort = 0, category = 0;     // category 0: none
    quint8 titleBytes = 0;
    bool hasKeys = false;
    std::array<char, 8> title{};
    std::array<char, 9 * 24> keys{}; // mk, the four ak, the four guek
};
static_assert(sizeof(PackedRow) <= 264);

Result<ImportOutcome> cancelled() {
    return fail(ErrorCode::Cancelled, inventory::tr("The import was cancelled: nothing was imported."));
}

// Every row of one import, into the workspace inside one transaction. Problems found by the
// database (a device already in the workspace, a device id repeated in this import) are listed
// like the parser's; the caller decides at the end whether to commit.
class BulkInsert {
public:
    BulkInsert(workspace::Workspace& ws, int runRows)
        : m_ws(ws), m_tx(ws.db()), m_records(ws.db()), m_runRows(runRows) {}
    ~BulkInsert() {
        if (m_bulk)
            m_records.setBulk(false);
    }

    Status begin(const QByteArray& sha256, const QString& fileName, qint64 expectedRows) {
        if (auto s = m_tx.begin(); !s)
            return s;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        // The count is set at the end, when it is known.
        auto importId = m_records.addImport(sha256, fileName, now, 0, m_ws.identity().actor());
        if (!importId)
            return importId.error();
        m_importId = *importId;
        m_run.reserve(static_cast<std::size_t>(std::clamp<qint64>(expectedRows, 1, m_runRows)));
        // A larger page cache for the bulk transaction only (restored by the destructor).
        m_bulk = expectedRows > 50000;
        if (m_bulk)
            m_records.setBulk(true);
        return {};
    }

    // Takes the record (it may be changed). An invalid row stands in for its device id only, so
    // that a later row with the same id is still found; it is never committed (the file is
    // rejected).
    Status add(InventoryRecord& r, bool valid) {
        // A valid record from a caller that parsed already (the demo, tests) is held to what the
        // parser guarantees: a system title of 8 bytes, and either no keys or nine of 24 bytes.
        if (valid) {
            bool keysOk = r.mk.isEmpty() ? true : r.mk.size() == 24;
            for (const QByteArray& k : r.ak)
                keysOk = keysOk && k.size() == (r.mk.isEmpty() ? 0 : 24);
            for (const QByteArray& k : r.guek)
                keysOk = keysOk && k.size() == (r.mk.isEmpty() ? 0 : 24);
            if (!keysOk || r.systemTitle.size() != 8)
                return fail(
                    ErrorCode::InvalidInput,
                    inventory::tr("Device %1: its system title must be 8 bytes and its migration keys "
                                  "either absent or nine of 24 bytes; nothing was imported.")
                        .arg(r.deviceId.toDisplayString()));
        }
        if (!valid) {
            m_anyInvalid = true;
        } else {
            ++m_valid;
            ++m_byType[policy::deviceTypeCode(r.deviceType)];
            ++m_byCohort[policy::cohortCode(r.cohort)];
        }
        m_run.push_back(pack(r, valid));
        if (static_cast<int>(m_run.size()) >= m_runRows)
            return flush();
        return {};
    }

    Status flush() {
        if (m_run.empty())
            return {};
        // By id, then line: of two rows with one id, the earlier line is inserted first and the
        // later one is the one reported. An order of indexes, not of the rows themselves: no
        // second copy of the run, and 4 bytes moved per swap instead of 264.
        m_order.resize(m_run.size());
        std::iota(m_order.begin(), m_order.end(), 0u);
        std::sort(m_order.begin(), m_order.end(), [this](quint32 a, quint32 b) {
            const PackedRow& x = m_run[a];
            const PackedRow& y = m_run[b];
            return x.id != y.id ? x.id < y.id : x.line < y.line;
        });
        for (const quint32 index : m_order)
            if (auto s = insert(unpack(m_run[index])); !s)
                return s;
        m_run.clear();
        return {};
    }

    bool clean() const { return !m_anyInvalid && m_inWorkspace.total() == 0 && m_inFile.total() == 0; }
    qint64 validRows() const { return m_valid; }
    const ParseErrorList& inWorkspace() const { return m_inWorkspace; }
    ParseErrorList& inFile() { return m_inFile; }
    // The device ids of the repeated-id problems listed, by line.
    const QHash<int, quint64>& repeatedIds() const { return m_repeatedIds; }

    void rollback() {
        m_run.clear();
        m_tx.rollback();
    }

    Result<qint64> commit(const QByteArray& sha256, const QString& fileName, bool hasKeyColumns) {
        if (auto s = m_records.setImportDevices(m_importId, m_valid); !s)
            return s.error();
        QJsonObject types, cohorts;
        for (const auto& [k, v] : m_byType)
            types.insert(k, v);
        for (const auto& [k, v] : m_byCohort)
            cohorts.insert(k, v);
        auto entry = m_ws.journal().append(
            {m_ws.identity().actor(), m_ws.identity().role, QStringLiteral("inventory.imported"), fileName,
             QJsonObject{{QStringLiteral("file_sha256"), QString::fromLatin1(sha256.toHex())},
                         {QStringLiteral("devices"), m_valid},
                         {QStringLiteral("with_migration_keys"), hasKeyColumns},
                         {QStringLiteral("by_type"), types},
                         {QStringLiteral("by_cohort"), cohorts}}});
        if (!entry)
            return entry.error();
        if (auto s = m_tx.commit(); !s)
            return s.error();
        if (m_bulk) {
            m_records.setBulk(false);
            m_bulk = false;
        }
        if (auto s = m_ws.checkpoint(); !s)
            return s.error();
        return entry->seq;
    }

private:
    quint32 nameId(const QString& name) {
        const auto it = m_nameIds.constFind(name);
        if (it != m_nameIds.cend())
            return *it;
        m_names.push_back(name);
        return *m_nameIds.insert(name, static_cast<quint32>(m_names.size() - 1));
    }

    PackedRow pack(const InventoryRecord& r, bool valid) {
        PackedRow p;
        p.id = r.deviceId.value();
        p.commissionedMs = r.commissionedAt.isValid() ? r.commissionedAt.toMSecsSinceEpoch() : 0;
        p.line = r.sourceLine;
        // An invalid row's names are not kept: what this holds stays bounded whatever the file has.
        p.s1sp = nameId(valid ? r.s1sp : QString());
        p.manufacturer = nameId(valid ? r.manufacturer : QString());
        p.model = nameId(valid ? r.model : QString());
        p.type = static_cast<quint8>(r.deviceType);
        p.cohort = static_cast<quint8>(r.cohort);
        p.category = static_cast<quint8>(r.category.value_or(0));
        if (r.systemTitle.size() == static_cast<qsizetype>(p.title.size())) {
            p.titleBytes = static_cast<quint8>(p.title.size());
            std::copy(r.systemTitle.cbegin(), r.systemTitle.cend(), p.title.begin());
        }
        // Keys only from a valid row: every one is then 24 bytes.
        p.hasKeys = valid && r.hasKeys();
        if (p.hasKeys) {
            auto at = p.keys.begin();
            auto put = [&at](const QByteArray& key) { at = std::copy_n(key.cbegin(), 24, at); };
            put(r.mk);
            for (const QByteArray& k : r.ak)
                put(k);
            for (const QByteArray& k : r.guek)
                put(k);
        }
        return p;
    }

    const InventoryRecord& unpack(const PackedRow& p) {
        InventoryRecord& r = m_unpacked;
        r.deviceId = policy::DeviceId(p.id);
        r.commissionedAt = QDateTime::fromMSecsSinceEpoch(p.commissionedMs, Qt::UTC);
        r.sourceLine = p.line;
        r.s1sp = m_names[p.s1sp];
        r.manufacturer = m_names[p.manufacturer];
        r.model = m_names[p.model];
        r.deviceType = static_cast<policy::DeviceType>(p.type);
        r.cohort = static_cast<policy::Cohort>(p.cohort);
        r.category = p.category ? std::optional<int>(p.category) : std::nullopt;
        r.systemTitle = QByteArray(p.title.data(), p.titleBytes);
        if (p.hasKeys) {
            const char* at = p.keys.data();
            auto take = [&at](QByteArray& key) {
                key = QByteArray(at, 24);
                at += 24;
            };
            take(r.mk);
            for (QByteArray& k : r.ak)
                take(k);
            for (QByteArray& k : r.guek)
                take(k);
        } else {
            r.mk.clear();
            r.ak = {};
            r.guek = {};
        }
        return r;
    }

    Status insert(const InventoryRecord& r) {
        auto added = m_records.addDevice(r, m_importId, kDeadlineSecs);
        if (!added)
            return added.error();
        if (*added)
            return {};
        // The unique index refused the id: the row there came with this import (the id is
        // repeated in the file) or with an earlier one (the device is already in the workspace).
        const QString id = r.deviceId.toString();
        auto owner = m_records.importOf(id);
        if (!owner)
            return owner.error();
        if (*owner == 0)
            return fail(
                ErrorCode::Internal,
                inventory::tr("Device %1 was neither inserted nor found in the workspace; nothing was "
                              "imported.")
                    .arg(r.deviceId.toDisplayString()));
        if (*owner == m_importId) {
            // The line it first came on, and the id as written, are found after the run (the
            // caller reads the rows again for the few problems listed).
            if (m_inFile.wouldList(r.sourceLine))
                m_repeatedIds.insert(r.sourceLine, r.deviceId.value());
            m_inFile.add(
                ParseError{r.sourceLine, QStringLiteral("device_id"), r.deviceId.toDisplayString(), {}});
            return {};
        }
        if (!m_inWorkspace.wouldList(r.sourceLine)) {
            m_inWorkspace.add(ParseError{r.sourceLine, {}, {}, {}}); // counted only
            return {};
        }
        auto with = m_records.importedWith(id);
        QString where = inventory::tr("an earlier import");
        if (with && *with)
            where = inventory::tr("%1 on %2").arg((*with)->fileName, (*with)->importedAt);
        m_inWorkspace.add(
            ParseError{r.sourceLine, QStringLiteral("device_id"), r.deviceId.toDisplayString(),
                       inventory::tr("a device not already in the workspace (it came with %1)").arg(where)});
        return {};
    }

    workspace::Workspace& m_ws;
    store::Transaction m_tx;
    DeviceRecords m_records;
    int m_runRows;
    qint64 m_importId = 0;
    bool m_bulk = false;
    bool m_anyInvalid = false;
    qint64 m_valid = 0;
    std::vector<PackedRow> m_run;
    std::vector<quint32> m_order;
    InventoryRecord m_unpacked;
    QHash<QString, quint32> m_nameIds; // the distinct names (a handful; the reader bounds them)
    QVector<QString> m_names;
    std::map<QString, qint64> m_byType, m_byCohort;
    ParseErrorList m_inWorkspace{kMaxListed};
    ParseErrorList m_inFile{kMaxListed};
    QHash<int, quint64> m_repeatedIds;
};

// Completes the listed repeated-id problems from a second reading of the rows: the line each id
// first came on and, from a file, the id as written there. `scan` calls its argument for every
// row (line, id, the id as it may be shown or empty).
void nameFirstLines(
    ParseErrorList& repeated, const QHash<int, quint64>& ids,
    const std::function<void(const std::function<void(int, quint64, const QString&)>&)>& scan) {
    QHash<quint64, int> first;
    for (const quint64 id : ids)
        first.insert(id, 0);
    QHash<int, QString> shown;
    scan([&](int line, quint64 id, const QString& text) {
        auto it = first.find(id);
        if (it != first.end() && it.value() == 0)
            it.value() = line;
        if (!text.isEmpty() && ids.contains(line))
            shown.insert(line, text);
    });
    repeated.amend([&](ParseError& e) {
        const auto id = ids.constFind(e.line);
        if (id == ids.cend())
            return;
        e.expected = inventory::tr("a device id not already in this file; it is also on line %1")
                         .arg(first.value(*id));
        if (shown.contains(e.line))
            e.value = shown.value(e.line);
    });
}

ImportOutcome rejected(const ParseErrorList& problems, int inWorkspace, const QString& fileName) {
    ImportOutcome out;
    out.kind = ImportOutcome::Kind::Rejected;
    out.errors = problems.sorted();
    out.moreErrors = problems.omitted();
    out.message =
        inWorkspace == problems.total()
            ? inventory::tr("%n device(s) in %1 are already in the workspace: nothing was imported.", nullptr,
                            inWorkspace)
                  .arg(fileName)
            : inventory::tr("%n problem(s) in %1: nothing was imported.", nullptr, problems.total())
                  .arg(fileName);
    return out;
}

ImportOutcome imported(qint64 devices, qint64 journalSeq, const QString& fileName) {
    ImportOutcome out;
    out.kind = ImportOutcome::Kind::Imported;
    out.devices = devices;
    out.journalSeq = journalSeq;
    out.message =
        inventory::tr("Imported %n device(s) from %1.", nullptr, static_cast<int>(devices)).arg(fileName);
    return out;
}

// The SHA-256 of the whole file, and its line count for progress, in one cheap pass before the
// transaction (a file imported before is then a no-op without reading it twice more).
struct Fingerprint {
    QByteArray sha256;
    qint64 lines = 0;
};

Result<Fingerprint> fingerprint(QFile& file, const InventoryImporter::Progress& progress) {
    Sha256Hasher hash;
    Fingerprint out;
    QByteArray chunk(kReadChunk, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return fail(ErrorCode::Io,
                        inventory::tr("the file could not be read: %1").arg(file.errorString()));
        if (n == 0)
            break;
        const QByteArrayView bytes(chunk.constData(), n);
        hash.addData(bytes);
        out.lines += bytes.count('\n');
        total += n;
        // Large files take a while even here: let a cancel through every 64 MiB.
        if (progress && total % (64 * kReadChunk) == 0 && !progress(0, std::max<qint64>(1, out.lines)))
            return fail(ErrorCode::Cancelled,
                        inventory::tr("The import was cancelled: nothing was imported."));
    }
    out.sha256 = hash.result();
    return out;
}

// A file with this SHA-256 imported before: the outcome that says so (nothing changes).
Result<std::optional<ImportOutcome>> alreadyImported(DeviceRecords& records, const QByteArray& sha256) {
    auto seen = records.priorImport(sha256);
    if (!seen)
        return seen.error();
    if (!*seen)
        return std::optional<ImportOutcome>();
    ImportOutcome out;
    out.kind = ImportOutcome::Kind::AlreadyImported;
    out.devices = (*seen)->devices;
    out.message = inventory::tr("This file was already imported on %1 by %2 (%n device(s)); nothing changed.",
                                nullptr, static_cast<int>(out.devices))
                      .arg((*seen)->importedAt, (*seen)->actor);
    return std::optional<ImportOutcome>(out);
}

} // namespace

Result<ImportOutcome> InventoryImporter::importFile(const QString& path, const QDateTime& now,
                                                    const Progress& progress) {
    if (auto allowed = m_ws.require(policy::Permission::ImportInventory); !allowed)
        return allowed.error();
    const QString fileName = QFileInfo(path).fileName();
    auto problem = [&](ParseError e) {
        ParseErrorList one(kMaxListed);
        one.add(std::move(e));
        return rejected(one, 0, fileName);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem(
            ParseError{0, {}, path, inventory::tr("a readable inventory file (%1)").arg(file.errorString())});
    // Two passes (the fingerprint first, then the rows): a pipe cannot be read twice.
    if (file.isSequential())
        return problem(ParseError{0,
                                  {},
                                  path,
                                  inventory::tr("a regular file (a pipe or terminal cannot be read twice: "
                                                "save the inventory to a file first)")});
    auto print = fingerprint(file, progress);
    if (!print)
        return print.error();
    if (print->sha256.isEmpty())
        return problem(ParseError{
            0, {}, {}, inventory::tr("a file fingerprint (SHA-256), but OpenSSL could not compute it")});

    DeviceRecords records(m_ws.db());
    if (auto seen = alreadyImported(records, print->sha256); !seen || *seen)
        return seen ? Result<ImportOutcome>(**seen) : Result<ImportOutcome>(seen.error());
    // The names the workspace has: a new one that looks like one of them is refused.
    InventoryParseOptions options;
    options.maxReportedErrors = kMaxListed;
    {
        auto names = records.names();
        if (!names)
            return names.error();
        options.existingS1sps = names->s1sps;
        options.existingManufacturers = names->manufacturers;
        options.existingModels = names->models;
    }
    if (!file.seek(0))
        return fail(ErrorCode::Io, inventory::tr("the file could not be read: %1").arg(file.errorString()));

    // The second reading is fingerprinted too: what is committed is what was fingerprinted.
    Sha256Hasher again;
    InventoryRowReader reader(file, now, options);
    reader.setByteObserver([&again](QByteArrayView bytes) { again.addData(bytes); });
    const qint64 expected = std::max<qint64>(0, print->lines - 1); // the header's line
    BulkInsert bulk(m_ws, kRunRows);
    if (auto s = bulk.begin(print->sha256, fileName, expected); !s)
        return s.error();
    while (reader.next()) {
        // A row whose id is not even well formed stands for nothing: it is only a problem.
        if (reader.idOk())
            if (auto s = bulk.add(reader.record(), reader.rowOk()); !s)
                return s.error();
        if (reader.rows() % kProgressRows == 0 && progress &&
            !progress(reader.rows(), std::max(expected, reader.rows())))
            return cancelled();
    }
    if (auto s = bulk.flush(); !s)
        return s.error();

    if (reader.problems().total() > 0 || !bulk.clean()) {
        bulk.rollback();
        if (!bulk.repeatedIds().isEmpty()) {
            nameFirstLines(bulk.inFile(), bulk.repeatedIds(), [&](const auto& each) {
                QFile again(path);
                if (!again.open(QIODevice::ReadOnly))
                    return;
                InventoryRowReader rows(again, now, InventoryParseOptions{});
                while (rows.next())
                    if (rows.idOk())
                        each(rows.record().sourceLine, rows.record().deviceId.value(), rows.shownId());
            });
        }
        // A repeated id first on its line, as the row's device_id cell is checked first.
        ParseErrorList all(kMaxListed);
        all.addAll(bulk.inFile());
        all.addAll(reader.problems());
        all.addAll(bulk.inWorkspace());
        return rejected(all, bulk.inWorkspace().total(), fileName);
    }
    if (again.result() != print->sha256)
        return fail(ErrorCode::Io,
                    inventory::tr("%1 changed while it was being imported: nothing was imported. "
                                  "Import it again once it is complete.")
                        .arg(fileName));
    auto seq = bulk.commit(print->sha256, fileName, reader.hasKeyColumns());
    if (!seq)
        return seq.error();
    if (progress)
        (void)progress(bulk.validRows(), bulk.validRows());
    return imported(bulk.validRows(), *seq, fileName);
}

Result<ImportOutcome> InventoryImporter::importRecords(const RecordSource& source, qint64 expected,
                                                       bool hasKeyColumns, const QByteArray& sha256,
                                                       const QString& fileName, const Progress& progress) {
    if (auto allowed = m_ws.require(policy::Permission::ImportInventory); !allowed)
        return allowed.error();
    {
        DeviceRecords records(m_ws.db());
        if (auto seen = alreadyImported(records, sha256); !seen || *seen)
            return seen ? Result<ImportOutcome>(**seen) : Result<ImportOutcome>(seen.error());
    }
    BulkInsert bulk(m_ws, kRunRows);
    if (auto s = bulk.begin(sha256, fileName, expected); !s)
        return s.error();
    qint64 rows = 0;
    bool cancel = false;
    const Status fed = source([&](InventoryRecord& r) -> Status {
        if (auto s = bulk.add(r, true); !s)
            return s;
        if (++rows % kProgressRows == 0 && progress && !progress(rows, std::max(expected, rows))) {
            cancel = true;
            return fail(ErrorCode::Cancelled, QString());
        }
        return {};
    });
    if (cancel)
        return cancelled();
    if (!fed)
        return fed.error();
    if (auto s = bulk.flush(); !s)
        return s.error();
    if (!bulk.clean()) {
        bulk.rollback();
        if (!bulk.repeatedIds().isEmpty())
            nameFirstLines(bulk.inFile(), bulk.repeatedIds(), [&](const auto& each) {
                (void)source([&](InventoryRecord& r) {
                    each(r.sourceLine, r.deviceId.value(), QString());
                    return Status();
                });
            });
        ParseErrorList all(kMaxListed);
        all.addAll(bulk.inFile());
        all.addAll(bulk.inWorkspace());
        return rejected(all, bulk.inWorkspace().total(), fileName);
    }
    auto seq = bulk.commit(sha256, fileName, hasKeyColumns);
    if (!seq)
        return seq.error();
    if (progress)
        (void)progress(bulk.validRows(), bulk.validRows());
    return imported(bulk.validRows(), *seq, fileName);
}

Result<ImportOutcome> InventoryImporter::importParsed(const ParsedInventory& parsed, const QString& fileName,
                                                      const Progress& progress) {
    return importRecords(
        [&parsed](const RecordSink& sink) -> Status {
            for (const InventoryRecord& r : parsed.records) {
                InventoryRecord copy = r;
                if (auto s = sink(copy); !s)
                    return s;
            }
            return {};
        },
        parsed.records.size(), parsed.hasKeyColumns, parsed.sha256, fileName, progress);
}

} // namespace symbolon::inventory
