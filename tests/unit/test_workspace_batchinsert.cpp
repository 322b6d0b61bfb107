// BatchInsert: rows queued many to a statement must all land, exactly once and in order, at every
// batch boundary (empty, one row, one short of a full statement, exactly full, full plus one,
// several full plus a remainder); every value type must round-trip; a wrong-sized row is refused
// and changes nothing; a constraint failure inside a batch fails the call and, with the caller's
// transaction rolled back, leaves no row of that batch behind.
#include "store/BatchInsert.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;
using store::BatchInsert;
using store::Database;

class TestBatchInsert : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 count() {
        auto st = m_db->prepare("SELECT count(*) FROM t;");
        if (!st)
            qFatal("%s", qPrintable(st.error().message));
        qint64 n = -1;
        if (auto s = st->forEachRow([&](const store::Statement& r) { n = r.int64(0); }); !s)
            qFatal("%s", qPrintable(s.error().message));
        return n;
    }

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("b.db")), SecureBytes::random(32),
                                 Database::Mode::Create);
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(m_db->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, i INTEGER, s TEXT, b BLOB, n);"));
    }
    void cleanup() {
        m_db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("b.db") + QLatin1String(suffix)));
    }

    void everyBoundaryLandsEveryRow_data() {
        QTest::addColumn<int>("rows");
        // 5 columns → 199 rows per statement under 999 host parameters.
        for (int n : {0, 1, 198, 199, 200, 398, 1000})
            QTest::addRow("%d rows", n) << n;
    }
    void everyBoundaryLandsEveryRow() {
        QFETCH(int, rows);
        BatchInsert ins(*m_db, "INSERT INTO t(id, i, s, b, n)", 5);
        QCOMPARE(ins.rowsPerStatement(), 199);
        store::Transaction tx(*m_db);
        QVERIFY(tx.begin());
        for (int r = 0; r < rows; ++r)
            QVERIFY(ins.add({qint64(r + 1), qint64(r) * 1000003, QStringLiteral("row %1 é").arg(r),
                             QByteArray(r % 7, char(r)), nullptr}));
        QVERIFY(ins.flush());
        QVERIFY(ins.flush()); // nothing left: a second flush is a no-op
        QVERIFY(tx.commit());
        QCOMPARE(count(), qint64(rows));
        auto st = m_db->prepare("SELECT id, i, s, b, n IS NULL FROM t ORDER BY id;");
        QVERIFY(st);
        int expected = 0;
        bool allMatch = true;
        QVERIFY(st->forEachRow([&](const store::Statement& r) {
            const int k = expected++;
            allMatch = allMatch && r.int64(0) == k + 1 && r.int64(1) == qint64(k) * 1000003 &&
                       r.text(2) == QStringLiteral("row %1 é").arg(k) &&
                       r.blob(3) == QByteArray(k % 7, char(k)) && r.int64(4) == 1;
        }));
        QCOMPARE(expected, rows);
        QVERIFY(allMatch);
    }

    void wrongRowSizeIsRefused() {
        BatchInsert ins(*m_db, "INSERT INTO t(id, i, s, b, n)", 5);
        const Status s = ins.add({qint64(1), qint64(2)});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("2 values for 5 columns")),
                 qPrintable(s.error().message));
        QVERIFY(ins.flush());
        QCOMPARE(count(), qint64(0));
    }

    void constraintFailureFailsTheBatch() {
        {
            BatchInsert ins(*m_db, "INSERT INTO t(id, i, s, b, n)", 5);
            store::Transaction tx(*m_db);
            QVERIFY(tx.begin());
            for (int r = 0; r < 150; ++r)
                QVERIFY(ins.add({qint64(r < 100 ? r + 1 : 5), qint64(0), QString(), QByteArray(), nullptr}));
            QVERIFY(!ins.flush()); // row 101 repeats id 5
            // tx not committed: rolled back on destruction
        }
        QCOMPARE(count(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestBatchInsert)
#include "test_workspace_batchinsert.moc"
