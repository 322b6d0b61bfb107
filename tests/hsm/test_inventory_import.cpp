// Inventory import into a real encrypted workspace: all or nothing, journaled, duplicates
// reported by line, re-import a no-op; paged queries and the rotation summary.
#include "DemoFixture.h"

#include "demo/DemoInventoryGenerator.h"
#include "inventory/DeviceRecords.h"
#include "inventory/InventoryImporter.h"
#include "inventory/InventoryStore.h"
#include "journal/JournalStore.h"
#include "store/Database.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace symbolon;

namespace {
// AddressSanitizer keeps freed memory in quarantine (256 MiB by default) and maps shadow memory:
// peak resident memory says nothing about the program's own use there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif
} // namespace

class TestInventoryImport : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{300};

    QString writeCsv(const QString& name, int devices, quint64 seed) {
        demo::DemoInventoryOptions o;
        o.seed = seed;
        o.deviceCount = devices;
        o.now = QDateTime::currentDateTimeUtc();
        QFile f(m_demo.scratch(name));
        if (!f.open(QIODevice::WriteOnly) || !demo::DemoInventoryGenerator(o).writeCsv(f))
            qFatal("writeCsv");
        return f.fileName();
    }
    static QString writeText(const QString& path, const QByteArray& text) {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }
    // VmHWM (the peak resident memory) of this process in KiB, reset first when `reset` (Linux
    // 4.0+: writing 5 to clear_refs); -1 if it cannot be read.
    static qint64 peakKiB(bool reset = false) {
        if (reset) {
            QFile clear(QStringLiteral("/proc/self/clear_refs"));
            if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
                return -1;
        }
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
        return -1;
    }
    static QByteArray sha256Of(const QString& path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return h.result();
    }
    static const char* header() {
        return "device_id,device_type,cohort,s1sp,manufacturer,model,commissioned_at,category,system_title\n";
    }

private Q_SLOTS:
    void importsAGoodFileAndJournalsIt() {
        auto ws = m_demo.open();
        const QString file = writeCsv(QStringLiteral("good.csv"), 120, 991);
        inventory::InventoryStore store(ws->db());
        const qint64 before = *store.total();
        auto r = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->kind, inventory::ImportOutcome::Kind::Imported);
        QCOMPARE(r->devices, 120);
        QCOMPARE(*store.total(), before + 120);
        auto head = ws->journal().head();
        QVERIFY(head);
        QCOMPARE(head->seq, r->journalSeq);
        QCOMPARE(head->action, QStringLiteral("inventory.imported"));
        QCOMPARE(head->target, QStringLiteral("good.csv"));
        QCOMPARE(head->details().value(QStringLiteral("devices")).toInt(), 120);
        QVERIFY(ws->journal().verifyChain());
    }

    void reimportIsANoOp() {
        auto ws = m_demo.open();
        const QString file = writeCsv(QStringLiteral("again.csv"), 10, 992);
        auto first = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc());
        QVERIFY(first && first->kind == inventory::ImportOutcome::Kind::Imported);
        const qint64 entries = *ws->journal().count();
        auto second = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc());
        QVERIFY(second);
        QCOMPARE(second->kind, inventory::ImportOutcome::Kind::AlreadyImported);
        QVERIFY(second->message.contains(QStringLiteral("already imported")));
        QCOMPARE(*ws->journal().count(), entries);
    }

    void badRowsRejectTheWholeFileAndChangeNothing() {
        const QString file = writeText(
            m_demo.scratch(QStringLiteral("bad.csv")),
            QByteArray(header()) +
                "00-DB-12-34-56-78-90-A0,ESME,IOC,Tamar S1SP,Acme,E1,2024-01-01T00:00:00Z,,0011223344556677\n"
                "00DB1234567890A1,TOASTER,IOC,Tamar S1SP,Acme,E1,2024-01-01T00:00:00Z,,0011223344556677\n"
                "00DB1234567890A2,GSME,MOC,Tamar S1SP,Acme,G1,2024-01-01T00:00:00Z,,0011223344556677\n");
        {
            auto ws = m_demo.open();
            const qint64 entries = *ws->journal().count();
            auto r = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc());
            QVERIFY(r);
            QCOMPARE(r->kind, inventory::ImportOutcome::Kind::Rejected);
            QCOMPARE(r->errors.size(), 2);
            QCOMPARE(r->errors[0].line, 3);
            QCOMPARE(r->errors[0].column, QStringLiteral("device_type"));
            QCOMPARE(r->errors[1].line, 4);
            QCOMPARE(r->errors[1].column, QStringLiteral("cohort"));
            QVERIFY(r->errors[1].expected.contains(QStringLiteral("out of scope")));
            QCOMPARE(*ws->journal().count(), entries);
            inventory::InventoryStore store(ws->db());
            QVERIFY(!store.device(QStringLiteral("00DB1234567890A0")));
        }
    }

    // Issue #16: "Таmar S1SP" (Cyrillic Т, а) and "Tamar SlSP" (l for 1) beside the workspace's
    // "Tamar S1SP" are refused by line, naming the name they imitate; nothing is imported.
    void lookAlikesOfTheWorkspacesNamesAreRefused() {
        auto ws = m_demo.open();
        inventory::InventoryStore store(ws->db());
        const qint64 total = *store.total();
        const QString file = writeText(
            m_demo.scratch(QStringLiteral("alike.csv")),
            QByteArray(header()) +
                "00DB00000000EEE1,ESME,IOC,Tamar SlSP,Acme,E1,2024-01-01T00:00:00Z,,00112233445566E1\n" +
                "00DB00000000EEE2,ESME,IOC,\xD0\xA2\xD0\xB0mar "
                "S1SP,Acme,E1,2024-01-01T00:00:00Z,,00112233445566E2\n");
        auto r = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc());
        QVERIFY(r);
        QCOMPARE(r->kind, inventory::ImportOutcome::Kind::Rejected);
        QCOMPARE(r->errors.size(), 2);
        QCOMPARE(r->errors[0].line, 2);
        QCOMPARE(
            r->errors[0].expected,
            QStringLiteral("a name unlike “Tamar S1SP”, which the workspace already has: the two look alike "
                           "but are different characters"));
        QCOMPARE(r->errors[1].line, 3);
        QVERIFY2(r->errors[1].expected.contains(QStringLiteral("mixes Cyrillic, Latin")),
                 qPrintable(r->errors[1].expected));
        QCOMPARE(*store.total(), total);
    }
    void duplicatesAgainstTheWorkspaceAreErrorsByLine() {
        auto ws = m_demo.open();
        inventory::InventoryStore store(ws->db());
        auto page = store.page({}, inventory::DeviceColumn::DeviceId, Qt::AscendingOrder, 0, 2,
                               QDateTime::currentDateTimeUtc());
        QVERIFY(page && page->size() == 2);
        const QByteArray dup = page->at(1).deviceId.toLatin1();
        const QString file = writeText(
            m_demo.scratch(QStringLiteral("dup.csv")),
            QByteArray(header()) +
                "00DB00000000FFF1,ESME,IOC,Tamar S1SP,Acme,E1,2024-01-01T00:00:00Z,,0011223344556677\n" +
                dup + ",ESME,IOC,Tamar S1SP,Acme,E1,2024-01-01T00:00:00Z,,0011223344556677\n");
        const qint64 total = *store.total();
        const qint64 entries = *ws->journal().count();
        auto r = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc());
        QVERIFY(r);
        QCOMPARE(r->kind, inventory::ImportOutcome::Kind::Rejected);
        QCOMPARE(r->errors.size(), 1);
        QCOMPARE(r->errors[0].line, 3);
        QCOMPARE(r->errors[0].column, QStringLiteral("device_id"));
        QVERIFY(r->errors[0].expected.contains(QStringLiteral("not already in the workspace")));
        QCOMPARE(*store.total(), total); // the good first row was rolled back too
        QVERIFY(!store.device(QStringLiteral("00DB00000000FFF1")));
        QCOMPARE(*ws->journal().count(), entries);
    }

    // Issue #21: the file is streamed through validation into the transaction. 200,000 devices
    // with key columns whose only bad row is the last: nothing is inserted, no import is
    // recorded, nothing is journaled, and the peak memory does not follow the file. Holding the
    // parsed records (the importer before #21) cost about 1.1 KiB per device with key columns:
    // 220 MB here, 1.47 GB at 1,000,000 devices. Streaming holds one sorted run (at most 131,072
    // packed rows, 33 MiB) besides SQLite's page cache, which the bulk import raises to at most
    // 256 MiB and which these 200,000 rows fill to about 150 MB. So: the peak beyond what SQLite
    // itself held must stay under 96 MiB (measured: 58 MiB, the run and the allocator's slack;
    // the records alone would be 220 MB), and the whole peak under the page cache's cap plus
    // those 96 MiB.
    void aBadLastRowOf200000DevicesRejectsEverythingInFlatMemory() {
        constexpr int kDevices = 200000;
        demo::DemoInventoryOptions o;
        o.seed = 2121;
        o.deviceCount = kDevices;
        o.now = QDateTime::currentDateTimeUtc();
        o.transportKey = demo::demoTransportKey();
        const QString file = m_demo.scratch(QStringLiteral("national.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(demo::DemoInventoryGenerator(o).writeCsv(f));
            // The last row: a well-formed id, a device type that is not one.
            f.write("00DB0000002121FF,TOASTER,IOC,Tamar S1SP,Ashdown Metering,AE-210,2024-01-01T00:00:00Z,,"
                    "4153480000000001" +
                    QByteArray(",", 1).repeated(9) + "\n");
        }
        auto ws = m_demo.open();
        inventory::InventoryStore store(ws->db());
        const qint64 devices = *store.total();
        const qint64 entries = *ws->journal().count();
        const qint64 before = peakKiB(true);
        if (before < 0)
            QSKIP("/proc/self/status or clear_refs cannot be used here");
        (void)store::Database::heapHighwater(true);
        const qint64 sqliteBefore = store::Database::heapHighwater(false);
        auto r = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc());
        const qint64 growthKiB = peakKiB() - before;
        const qint64 sqliteKiB = (store::Database::heapHighwater(false) - sqliteBefore) / 1024;
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->kind, inventory::ImportOutcome::Kind::Rejected);
        QCOMPARE(r->errors.size(), 1);
        QCOMPARE(r->moreErrors, 0);
        QCOMPARE(r->errors[0].line, kDevices + 2); // the header is line 1
        QCOMPARE(r->errors[0].column, QStringLiteral("device_type"));
        QCOMPARE(*store.total(), devices);
        QCOMPARE(*ws->journal().count(), entries);
        auto prior = inventory::DeviceRecords(ws->db()).priorImport(sha256Of(file));
        QVERIFY(prior);
        QVERIFY(!prior->has_value());
        QVERIFY(!store.device(QStringLiteral("00DB0000002121FF")));
        qInfo("importing %d devices: the peak grew by %lld KiB, of which SQLite's own peak %lld KiB",
              kDevices, growthKiB, sqliteKiB);
        if (kAsan)
            return; // the checks above ran; memory figures mean nothing under AddressSanitizer
        QVERIFY2(sqliteKiB > 0, "SQLite reports no memory use (SQLITE_DEFAULT_MEMSTATUS=0?)");
        QVERIFY2(
            growthKiB - sqliteKiB < 96 * 1024,
            qPrintable(QStringLiteral("the peak beyond SQLite's grew by %1 KiB").arg(growthKiB - sqliteKiB)));
        QVERIFY2(growthKiB < (256 + 96) * 1024,
                 qPrintable(QStringLiteral("the peak grew by %1 KiB").arg(growthKiB)));
    }

    // Repeated ids are found by the workspace's unique index inside the transaction: one
    // repeated in the file names the line it first came on (as the parser did), one already in
    // the workspace says so; nothing is imported.
    void repeatedAndExistingIdsAreReportedByLine() {
        auto ws = m_demo.open();
        inventory::InventoryStore store(ws->db());
        auto page = store.page({}, inventory::DeviceColumn::DeviceId, Qt::AscendingOrder, 0, 1,
                               QDateTime::currentDateTimeUtc());
        QVERIFY(page && page->size() == 1);
        const QByteArray existing = page->at(0).deviceId.toLatin1();
        const QByteArray row = ",ESME,IOC,Tamar S1SP,Acme,E1,2024-01-01T00:00:00Z,,0011223344556677\n";
        const QString file = writeText(m_demo.scratch(QStringLiteral("repeated.csv")),
                                       QByteArray(header()) + "00DB00000000AAA1" + row + // line 2
                                           "00DB00000000AAA2" + row +                    // line 3
                                           existing + row +                              // line 4
                                           "00-db-00-00-00-00-aa-a1" + row); // line 5: line 2 again
        const qint64 total = *store.total();
        const qint64 entries = *ws->journal().count();
        auto r = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc());
        QVERIFY(r);
        QCOMPARE(r->kind, inventory::ImportOutcome::Kind::Rejected);
        QCOMPARE(r->errors.size(), 2);
        QCOMPARE(r->errors[0].line, 4);
        QCOMPARE(r->errors[0].column, QStringLiteral("device_id"));
        QVERIFY2(r->errors[0].expected.contains(QStringLiteral("not already in the workspace")),
                 qPrintable(r->errors[0].expected));
        QCOMPARE(r->errors[1].line, 5);
        QCOMPARE(r->errors[1].column, QStringLiteral("device_id"));
        QCOMPARE(r->errors[1].value, QStringLiteral("00-db-00-00-00-00-aa-a1")); // as written
        QCOMPARE(r->errors[1].expected,
                 QStringLiteral("a device id not already in this file; it is also on line 2"));
        QVERIFY2(r->message.startsWith(QStringLiteral("2 problem")), qPrintable(r->message));
        QCOMPARE(*store.total(), total);
        QVERIFY(!store.device(QStringLiteral("00DB00000000AAA1")));
        QCOMPARE(*ws->journal().count(), entries);
    }

    // Cancelling from the progress callback leaves nothing, however far the import got.
    void aCancelledImportLeavesNothing() {
        auto ws = m_demo.open();
        const QString file = writeCsv(QStringLiteral("cancel.csv"), 20000, 993);
        inventory::InventoryStore store(ws->db());
        const qint64 total = *store.total();
        const qint64 entries = *ws->journal().count();
        qint64 seen = 0;
        auto r = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc(),
                                                              [&seen](qint64 done, qint64) {
                                                                  seen = done;
                                                                  return done < 16000;
                                                              });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(seen >= 16000);
        QCOMPARE(*store.total(), total);
        QCOMPARE(*ws->journal().count(), entries);
        auto prior = inventory::DeviceRecords(ws->db()).priorImport(sha256Of(file));
        QVERIFY(prior && !prior->has_value());
        // And the same file imports afterwards.
        auto again = inventory::InventoryImporter(*ws).importFile(file, QDateTime::currentDateTimeUtc());
        QVERIFY(again && again->kind == inventory::ImportOutcome::Kind::Imported);
        QCOMPARE(*store.total(), total + 20000);
    }

    // The import reads its file twice (fingerprint, then rows): a device or pipe is refused with a
    // sentence, not half-read.
    void aPipeOrDeviceIsRefused() {
        auto ws = m_demo.open();
        inventory::InventoryStore store(ws->db());
        const qint64 total = *store.total();
        auto r = inventory::InventoryImporter(*ws).importFile(QStringLiteral("/dev/null"),
                                                              QDateTime::currentDateTimeUtc());
        QVERIFY(r);
        QCOMPARE(r->kind, inventory::ImportOutcome::Kind::Rejected);
        QCOMPARE(r->errors.size(), 1);
        QVERIFY2(r->errors.front().expected.startsWith(QStringLiteral("a regular file")),
                 qPrintable(r->errors.front().expected));
        QCOMPARE(*store.total(), total);
    }

    // A caller that parsed already (the demo, tests) cannot slip in keys of another size: they
    // would be packed as 24 bytes each.
    void parsedRecordsWithShortKeysAreRefused() {
        auto ws = m_demo.open();
        inventory::InventoryStore store(ws->db());
        const qint64 total = *store.total();
        inventory::ParsedInventory parsed;
        parsed.sha256 = QByteArray(32, '\x5a');
        inventory::InventoryRecord rec;
        rec.deviceId = *policy::DeviceId::parse(QByteArrayView("00DB0000000BEEF1"));
        rec.systemTitle = QByteArray(8, '\x01');
        rec.s1sp = rec.manufacturer = rec.model = QStringLiteral("X");
        rec.mk = QByteArray(24, '\x02');
        rec.ak[0] = QByteArray(16, '\x03'); // the others empty
        parsed.records.push_back(rec);
        auto r = inventory::InventoryImporter(*ws).importParsed(parsed, QStringLiteral("short.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("nine of 24 bytes")),
                 qPrintable(r.error().message));
        QCOMPARE(*store.total(), total);
    }

    void pagesAndFiltersComeFromTheDatabase() {
        auto ws = m_demo.open();
        inventory::InventoryStore store(ws->db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 total = *store.total();
        QVERIFY(total >= 300);
        auto asc = store.page({}, inventory::DeviceColumn::DeviceId, Qt::AscendingOrder, 0, 50, now);
        auto desc = store.page({}, inventory::DeviceColumn::DeviceId, Qt::DescendingOrder, 0, 50, now);
        QVERIFY(asc && desc);
        QCOMPARE(asc->size(), 50);
        QVERIFY(asc->front().deviceId < asc->back().deviceId);
        QVERIFY(desc->front().deviceId > desc->back().deviceId);
        // Prefix search by device id, with dashes.
        const QString id = asc->at(7).deviceId;
        inventory::DeviceFilter f;
        f.text = id.left(2) + QLatin1Char('-') + id.mid(2, 12);
        auto hits = store.count(f, now);
        QVERIFY(hits && *hits >= 1);
        f.text = id;
        QCOMPARE(*store.count(f, now), 1);
        // Rotation filters partition the inventory.
        inventory::DeviceFilter due, overdue, done;
        due.rotation = inventory::RotationFilter::Due;
        overdue.rotation = inventory::RotationFilter::Overdue;
        done.rotation = inventory::RotationFilter::Done;
        QCOMPARE(*store.count(due, now) + *store.count(overdue, now) + *store.count(done, now), total);
        QVERIFY(*store.count(overdue, now) > 0);
        auto summary = store.rotationSummary(now);
        QVERIFY(summary);
        qint64 sum = 0, overdueSum = 0;
        for (const auto& c : *summary) {
            sum += c.total;
            overdueSum += c.overdue;
            QCOMPARE(c.done + c.due + c.overdue, c.total);
        }
        QCOMPARE(sum, total);
        QCOMPARE(overdueSum, *store.count(overdue, now));
        // Sorting by rotation state puts overdue devices first.
        auto byState = store.page({}, inventory::DeviceColumn::RotationState, Qt::AscendingOrder, 0, 1, now);
        QVERIFY(byState && !byState->isEmpty());
        QVERIFY(!byState->front().rotationDoneAt && byState->front().deadline < now);
        // LIKE wildcards in user text are literal.
        inventory::DeviceFilter wild;
        wild.text = QStringLiteral("%");
        QCOMPARE(*store.count(wild, now), 0);
    }
};

QTEST_GUILESS_MAIN(TestInventoryImport)
#include "test_inventory_import.moc"
