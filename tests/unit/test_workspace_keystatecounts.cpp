// Schema v5's key_state_counts: the exact per state × kind × compromised counts the Key States
// view reads instead of 9,000,000 rows must equal a GROUP BY over key_records after every kind
// of change (insert, state change, compromise flag, delete, a rolled-back transaction), and the
// v4 → v5 upgrade must count the records already there.
#include "rekey/KeyStateStore.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/WorkspaceSchema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;
using store::Database;

namespace {
const char* kActual =
    "SELECT state, kind, compromised_ref IS NOT NULL, count(*) FROM key_records GROUP BY 1, 2, 3;";
const char* kKept = "SELECT state, kind, compromised, n FROM key_state_counts WHERE n <> 0 ORDER BY 1, 2, 3;";

QStringList rows(Database& db, const char* sql) {
    QStringList out;
    auto st = db.prepare(sql);
    if (!st)
        qFatal("%s", qPrintable(st.error().message));
    if (auto s = st->forEachRow([&](const store::Statement& r) {
            out << QStringLiteral("%1 %2 %3 %4").arg(r.text(0), r.text(1)).arg(r.int64(2)).arg(r.int64(3));
        });
        !s)
        qFatal("%s", qPrintable(s.error().message));
    out.sort();
    return out;
}

const char* kDevices = "INSERT INTO imports VALUES (1, x'00', 'f', 't', 3, 'a');"
                       "INSERT INTO devices(id, device_id, device_type, cohort, s1sp, manufacturer, model,"
                       " commissioned_at, system_title, deadline, import_id) VALUES"
                       " (1, '00DB000000000001', 0, 0, 'S', 'M', 'X', 0, x'0000000000000000', 604800, 1),"
                       " (2, '00DB000000000002', 0, 0, 'S', 'M', 'X', 0, x'0000000000000000', 604800, 1);";

void exec(Database& db, const char* sql) {
    if (auto s = db.exec(sql); !s)
        qFatal("%s: %s", sql, qPrintable(s.error().message));
}
} // namespace

class TestKeyStateCounts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    void expectCountsMatch(const char* after) {
        const QStringList actual = rows(*m_db, kActual), kept = rows(*m_db, kKept);
        if (actual != kept)
            QFAIL(qPrintable(QStringLiteral("after %1: records %2, counts kept %3")
                                 .arg(QLatin1String(after), actual.join(QLatin1String("; ")),
                                      kept.join(QLatin1String("; ")))));
    }

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("w.db")), SecureBytes::random(32),
                                 Database::Mode::Create);
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(workspace::workspaceSchema().create(*m_db));
        // Version 1 of each KEK, active: the database refuses a package under any other (schema 9).
        exec(*m_db,
             "INSERT INTO kek_versions(kek, version, label, object_id, kcv, state, created_at,"
             " state_changed_at, journal_seq) VALUES ('DCO Key', 1, 'l', x'00', 'k', 'active', 0, 0, 0),"
             " ('Shared Key', 1, 'l', x'00', 'k', 'active', 0, 0, 0);");
        exec(*m_db, kDevices);
    }
    void cleanup() {
        m_db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("w.db") + QLatin1String(suffix)));
    }

    void everyChangeIsCounted() {
        expectCountsMatch("create");
        exec(*m_db,
             "INSERT INTO key_records(device, kind, client, generation, state, package, kek, kek_kcv, kcv,"
             " created_at, state_changed_at, journal_seq) VALUES"
             " (1, 'MK', 0, 0, 'Migrated', zeroblob(16), 'DCO Key', 'k', 'c', 0, 0, 1),"
             " (1, 'AK', 1, 0, 'Migrated', zeroblob(16), 'DCO Key', 'k', 'c', 0, 0, 1),"
             " (1, 'GUEK', 1, 0, 'Migrated', zeroblob(16), 'Shared Key', 'k', 'c', 0, 0, 1),"
             " (2, 'MK', 0, 0, 'Migrated', zeroblob(16), 'DCO Key', 'k', 'c', 0, 0, 1);");
        expectCountsMatch("insert");
        QCOMPARE(rows(*m_db, kKept).size(), 3);
        exec(*m_db,
             "INSERT INTO key_records(device, kind, client, generation, state, package, kek, kek_kcv, kcv,"
             " created_at, state_changed_at, journal_seq) VALUES"
             " (1, 'AK', 1, 1, 'Generated', zeroblob(16), 'DCO Key', 'k', 'c', 0, 0, 2);");
        exec(*m_db, "UPDATE key_records SET state = 'Distributed' WHERE generation = 1;");
        expectCountsMatch("state change");
        exec(*m_db, "UPDATE key_records SET state = 'Active' WHERE generation = 1;"
                    "UPDATE key_records SET state = 'Superseded' WHERE device = 1 AND kind = 'AK' AND "
                    "generation = 0;");
        expectCountsMatch("activation");
        exec(*m_db, "UPDATE key_records SET compromised_ref = 'PMA-1' WHERE device = 1;");
        expectCountsMatch("compromise");
        exec(*m_db, "UPDATE key_records SET kcv = 'other', compromised_ref = 'PMA-2' WHERE device = 1;");
        expectCountsMatch("update of other columns");
        {
            store::Transaction tx(*m_db);
            QVERIFY(tx.begin());
            exec(*m_db, "DELETE FROM key_records WHERE device = 2;");
            exec(*m_db, "UPDATE key_records SET state = 'Active';");
            tx.rollback();
        }
        expectCountsMatch("rollback");
        exec(*m_db, "DELETE FROM key_records WHERE kind = 'MK';");
        expectCountsMatch("delete");

        // What the Key States view asks, against the records themselves.
        rekey::KeyStateStore store(*m_db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        rekey::KeyStateFilter f;
        auto current = store.count(f, now);
        QVERIFY(current);
        QCOMPARE(*current, *m_db->scalarInt("SELECT count(*) FROM key_records WHERE state <> 'Superseded';"));
        f.compromisedOnly = true;
        f.kind = QStringLiteral("AK");
        auto flagged = store.count(f, now);
        QVERIFY(flagged);
        QCOMPARE(*flagged, *m_db->scalarInt("SELECT count(*) FROM key_records WHERE state <> 'Superseded'"
                                            " AND compromised_ref IS NOT NULL AND kind = 'AK';"));
        auto perState = store.countsPerState({}, now);
        QVERIFY(perState);
        QCOMPARE(perState->total(), *m_db->scalarInt("SELECT count(*) FROM key_records;"));
        QCOMPARE(perState->compromised,
                 *m_db->scalarInt("SELECT count(*) FROM key_records WHERE compromised_ref IS NOT NULL;"));
        QCOMPARE(perState->perState.value(policy::KeyState::Superseded), qint64(1));
    }

    void upgradeCountsExistingRecords() {
        // A v4 database with records: no counts table, no triggers, no KEK versions.
        m_db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_dir.filePath(QStringLiteral("w.db") + QLatin1String(suffix)));
        auto db = Database::open(m_dir.filePath(QStringLiteral("w.db")), SecureBytes::random(32),
                                 Database::Mode::Create);
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(store::Schema(workspace::workspaceMigrations(4)).create(*m_db));
        QCOMPARE(*m_db->scalarInt("SELECT value FROM meta WHERE key = 'schema';"), qint64(4));
        exec(*m_db, kDevices);
        exec(*m_db,
             "INSERT INTO key_records(device, kind, client, generation, state, package, kek, kek_kcv, kcv,"
             " created_at, state_changed_at, journal_seq, compromised_ref) VALUES"
             " (1, 'MK', 0, 0, 'Migrated', zeroblob(16), 'DCO Key', 'k', 'c', 0, 0, 1, NULL),"
             " (2, 'MK', 0, 0, 'Migrated', zeroblob(16), 'DCO Key', 'k', 'c', 0, 0, 1, 'PMA-3'),"
             " (2, 'GUEK', 4, 0, 'Active', zeroblob(16), 'Shared Key', 'k', 'c', 0, 0, 1, NULL);");
        QVERIFY(workspace::workspaceSchema().migrate(*m_db));
        QCOMPARE(*m_db->scalarInt("SELECT value FROM meta WHERE key = 'schema';"),
                 qint64(workspace::workspaceSchema().currentVersion()));
        expectCountsMatch("upgrade");
        QCOMPARE(rows(*m_db, kKept).size(), 3);
        // Schema 9: the KEKs in use become version 1, active, their packages counted; every record
        // names version 1.
        QCOMPARE(rows(*m_db, "SELECT kek || ' v' || version, label || ' ' || state || ' ' || kcv, packages, "
                             "journal_seq FROM kek_versions;"),
                 (QStringList{QStringLiteral("DCO Key v1 Symbolon DCO Key active k 2 0"),
                              QStringLiteral("Shared Key v1 Symbolon Shared Key active k 1 0")}));
        QCOMPARE(*m_db->scalarInt("SELECT count(*) FROM key_records WHERE kek_version = 1;"), qint64(3));
        exec(*m_db, "UPDATE key_records SET compromised_ref = NULL;");
        expectCountsMatch("update after upgrade");
    }
};

QTEST_GUILESS_MAIN(TestKeyStateCounts)
#include "test_workspace_keystatecounts.moc"
