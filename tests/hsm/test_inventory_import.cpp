// Inventory import into a real encrypted workspace: all or nothing, journaled, duplicates
// reported by line, re-import a no-op; paged queries and the rotation summary.
#include "DemoFixture.h"

#include "demo/DemoInventoryGenerator.h"
#include "inventory/InventoryImporter.h"
#include "inventory/InventoryStore.h"
#include "journal/JournalStore.h"
#include "store/Database.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace symbolon;

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
