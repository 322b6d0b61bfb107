// kill -9 at random points (KillHarness: delays drawn from a logged seed) during an inventory
// import, a migration unwrap and SIEM forwarding, through the real symbolon-cli. After each kill:
// the workspace opens, the journal verifies, running the operation again completes, and the
// results are exactly once: every device of the file imported once; every device with exactly 9
// key records, none twice; every journal entry at the collector, duplicates only as re-sends
// recognisable by their seq (at most the RELP window plus the persist interval, as
// SiemForwarder.h promises).
#include "DemoCli.h"
#include "DemoFixture.h"
#include "KillHarness.h"
#include "RsyslogCollector.h"
#include "TestPaths.h"
#include "TreeCopy.h"
#include "WorkspaceProbe.h"

#include "journal/JournalStore.h"
#include "journal/SiemForwarder.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;
using test::DemoCli;
using test::KillHarness;

namespace {
constexpr int kBaseDevices = 12;
constexpr int kImported = 4000;
constexpr int kMigrated = 240;
constexpr int kChunk = 30;
constexpr int kSiemEntries = 20000;
constexpr int kImportTrials = 8;
constexpr int kMigrationTrials = 8;
constexpr int kSiemTrials = 6;
} // namespace

class TestKill : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-kill-XXXXXX")};
    DemoCli m_cli;
    QString m_importBase, m_csv, m_migrateBase, m_work;
    std::unique_ptr<test::DemoFixture> m_siem; // in-process: entries appended directly

    QString path(const QString& name) const { return m_root.filePath(name); }
    static QString show(const DemoCli::Result& r) {
        return QStringLiteral("exit %1%2\n--- stdout\n%3--- stderr\n%4")
            .arg(r.code)
            .arg(r.crashed ? QStringLiteral(" (killed)") : QString())
            .arg(r.out, r.err);
    }
    // The faster of two clean runs on copies: kills are drawn within its first 80 %, so that most
    // land mid-run even if the machine gets faster (ctest -j runs other tests beside this one).
    qint64 cleanDuration(const QString& base, const QStringList& args) {
        QVector<qint64> ms;
        for (int i = 0; i < 2; ++i) {
            if (!test::copyTree(base, m_work))
                return -1;
            auto r = m_cli.run(args);
            if (r.code != 0) {
                qWarning("%s", qPrintable(show(r)));
                return -1;
            }
            ms << r.ms;
        }
        std::sort(ms.begin(), ms.end());
        return ms.front();
    }
    void verifies(const QString& ws, const KillHarness::Trial& t) {
        // The killed run's custodian opens again first, as they would to resume: their card
        // co-signs what the killed run wrote but had not signed (issue #15). Until then those
        // entries await their card, and verification by anyone else fails closed, naming them.
        auto reopened =
            m_cli.run(DemoCli::opened(ws, 1) << QStringLiteral("journal") << QStringLiteral("list")
                                             << QStringLiteral("--limit") << QStringLiteral("1"));
        QVERIFY2(reopened.code == 0, qPrintable(t.describe() + QLatin1Char('\n') + show(reopened)));
        auto v = m_cli.run(DemoCli::journalVerify(ws));
        QVERIFY2(v.code == 0, qPrintable(t.describe() + QLatin1Char('\n') + show(v)));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!test::cliPath().isEmpty());
        m_importBase = path(QStringLiteral("import-base"));
        m_migrateBase = path(QStringLiteral("migrate-base"));
        m_csv = path(QStringLiteral("devices.csv"));
        m_work = path(QStringLiteral("work"));
        auto r = m_cli.run({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                            m_importBase, QStringLiteral("--devices"), QString::number(kBaseDevices)});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        r = m_cli.run({QStringLiteral("demo"), QStringLiteral("inventory"), QStringLiteral("--out"), m_csv,
                       QStringLiteral("--devices"), QString::number(kImported), QStringLiteral("--seed"),
                       QStringLiteral("5151")});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        r = m_cli.run({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                       m_migrateBase, QStringLiteral("--devices"), QString::number(kMigrated)});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        r = m_cli.run(DemoCli::ceremony(m_migrateBase, {QStringLiteral("generate-keks")}, {1, 2}));
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        r = m_cli.run(DemoCli::ceremony(
            m_migrateBase,
            {QStringLiteral("transport-key"), QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")},
            {1, 2}));
        QVERIFY2(r.code == 0, qPrintable(show(r)));
    }

    void killImport() {
        const QStringList args = DemoCli::opened(m_work, 1)
                                 << QStringLiteral("inventory") << QStringLiteral("import") << m_csv;
        const qint64 clean = cleanDuration(m_importBase, args);
        QVERIFY(clean > 0);
        KillHarness harness(QStringLiteral("import"));
        int killed = 0;
        for (int i = 0; i < kImportTrials; ++i) {
            QVERIFY(test::copyTree(m_importBase, m_work));
            const auto t = harness.runAndKill(m_cli, args, 10, int(clean * 8 / 10));
            killed += t.killed;
            test::WorkspaceProbe probe(m_work);
            auto n = probe.scalar(QStringLiteral("SELECT COUNT(*) FROM devices;"));
            QVERIFY2(n, qPrintable(t.describe() + QStringLiteral(": the workspace does not open: ") +
                                   probe.error()));
            QVERIFY2(*n == kBaseDevices || *n == kBaseDevices + kImported,
                     qPrintable(t.describe() + QStringLiteral(": %1 devices: a partial import").arg(*n)));
            verifies(m_work, t);
            auto again = m_cli.run(args);
            QVERIFY2(again.code == 0, qPrintable(t.describe() + QLatin1Char('\n') + show(again)));
            auto after = probe.query(
                {QStringLiteral("SELECT COUNT(*) FROM devices;"),
                 QStringLiteral("SELECT COUNT(*) FROM imports;"),
                 QStringLiteral("SELECT COUNT(*) FROM journal WHERE action = 'inventory.imported' AND "
                                "target LIKE '%devices.csv';")});
            QVERIFY2(after, qPrintable(probe.error()));
            QCOMPARE(after->at(0), kBaseDevices + kImported);
            QCOMPARE(after->at(1), 2); // the demo's own import and this one, once
            QCOMPARE(after->at(2), 1);
            verifies(m_work, t);
        }
        qInfo("import: %d of %d trials killed mid-run (clean run %lld ms)", killed, kImportTrials, clean);
        QVERIFY2(killed >= kImportTrials / 3, "most kills came too late: the window is miscalibrated");
    }

    void killMigration() {
        const QStringList args = DemoCli::ceremony(
            m_work, {QStringLiteral("migrate"), QStringLiteral("--chunk-size"), QString::number(kChunk)},
            {1, 3});
        const qint64 clean = cleanDuration(m_migrateBase, args);
        QVERIFY(clean > 0);
        KillHarness harness(QStringLiteral("migration"));
        int killed = 0, partial = 0;
        const QStringList exactlyOnce{
            QStringLiteral("SELECT COUNT(*) FROM key_records;"),
            // devices with anything but 0 or 9 records: a chunk half-written
            QStringLiteral("SELECT COUNT(*) FROM (SELECT device FROM key_records GROUP BY device HAVING "
                           "COUNT(*) <> 9);"),
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM key_records GROUP BY device, kind, client, "
                           "generation HAVING COUNT(*) > 1);"),
            QStringLiteral(
                "SELECT COUNT(*) FROM key_records k WHERE NOT EXISTS (SELECT 1 FROM journal j WHERE "
                "j.seq = k.journal_seq AND j.action = 'ceremony.migration-unwrap.chunk');")};
        for (int i = 0; i < kMigrationTrials; ++i) {
            QVERIFY(test::copyTree(m_migrateBase, m_work));
            const auto t = harness.runAndKill(m_cli, args, 10, int(clean * 8 / 10));
            killed += t.killed;
            test::WorkspaceProbe probe(m_work);
            auto before = probe.query(exactlyOnce);
            QVERIFY2(before, qPrintable(t.describe() + QStringLiteral(": the workspace does not open: ") +
                                        probe.error()));
            QVERIFY2(
                before->at(0) % 9 == 0 && before->at(1) == 0 && before->at(2) == 0 && before->at(3) == 0,
                qPrintable(t.describe() + QStringLiteral(": %1 records, %2 devices half-done, %3 twice, %4 "
                                                         "without their chunk entry")
                                              .arg(before->at(0))
                                              .arg(before->at(1))
                                              .arg(before->at(2))
                                              .arg(before->at(3))));
            partial += before->at(0) > 0 && before->at(0) < kMigrated * 9;
            verifies(m_work, t);
            auto again = m_cli.run(args);
            QVERIFY2(again.code == 0, qPrintable(t.describe() + QLatin1Char('\n') + show(again)));
            auto after = probe.query(exactlyOnce);
            QVERIFY2(after, qPrintable(probe.error()));
            QCOMPARE(*after, (QVector<qint64>{kMigrated * 9, 0, 0, 0}));
            verifies(m_work, t);
        }
        qInfo("migration: %d of %d trials killed mid-run, %d left committed chunks to resume (clean run %lld "
              "ms)",
              killed, kMigrationTrials, partial, clean);
        QVERIFY2(killed >= kMigrationTrials / 3, "most kills came too late: the window is miscalibrated");
    }

    void killSiemForwarding() {
        test::RsyslogCollector probeCollector;
        if (const QString why = probeCollector.start(); !why.isEmpty())
            QSKIP(qPrintable(why));
        probeCollector.stop();
        // A workspace with a long journal: entries appended in-process, then closed.
        m_siem = std::make_unique<test::DemoFixture>(kBaseDevices);
        qint64 head = 0;
        {
            auto ws = m_siem->open(0);
            store::Transaction tx(ws->db());
            QVERIFY(tx.begin());
            for (int i = 0; i < kSiemEntries; ++i) {
                auto e = ws->journal().append({QStringLiteral("Kill test"), QStringLiteral("system"),
                                               QStringLiteral("test.kill"), QStringLiteral("entry-%1").arg(i),
                                               QJsonObject{{QStringLiteral("i"), i}}});
                QVERIFY(e);
                head = e->seq;
            }
            QVERIFY(tx.commit());
            QVERIFY(ws->checkpoint());
        }
        const QString ws = m_siem->dir();
        DemoCli cli = m_cli;
        cli.env().insert(QStringLiteral("SYMBOLON_SIEM_BACKOFF_MAX_MS"), QStringLiteral("200"));
        // The clean duration of forwarding everything to a new collector (its own queue).
        qint64 clean = 0;
        {
            test::RsyslogCollector collector;
            QCOMPARE(collector.start(), QString());
            auto r = cli.run(DemoCli::opened(ws, 1) << QStringLiteral("siem") << QStringLiteral("forward")
                                                    << QStringLiteral("--collector")
                                                    << QStringLiteral("127.0.0.1:%1").arg(collector.port())
                                                    << QStringLiteral("--once"));
            QVERIFY2(r.code == 0, qPrintable(show(r)));
            clean = r.ms;
        }
        KillHarness harness(QStringLiteral("siem"));
        int killed = 0, totalDuplicates = 0;
        const journal::SiemConfig defaults;
        for (int i = 0; i < kSiemTrials; ++i) {
            test::RsyslogCollector collector; // a new collector (new port): a new queue from #1
            QCOMPARE(collector.start(), QString());
            const QString where = QStringLiteral("127.0.0.1:%1").arg(collector.port());
            const QStringList forward = DemoCli::opened(ws, 1)
                                        << QStringLiteral("siem") << QStringLiteral("forward")
                                        << QStringLiteral("--collector") << where;
            const auto t = harness.runAndKill(cli, forward, 10, int(clean * 8 / 10));
            killed += t.killed && collector.lineCount() < head;
            verifies(ws, t);
            DemoCli::Result again =
                cli.run(forward + QStringList{QStringLiteral("--once"), QStringLiteral("--timeout"),
                                              QStringLiteral("60")});
            QVERIFY2(again.code == 0, qPrintable(t.describe() + QLatin1Char('\n') + show(again)));
            test::WorkspaceProbe probe(ws);
            auto acked = probe.scalar(
                QStringLiteral("SELECT acked_seq FROM siem_forwarding WHERE collector = '%1';").arg(where));
            QVERIFY2(acked, qPrintable(probe.error()));
            QVERIFY(*acked > head);
            QString why;
            const int duplicates = test::checkArrivals(
                collector.seqs(), *acked, defaults.relp.windowSize + defaults.persistEvery, &why);
            QVERIFY2(duplicates >= 0, qPrintable(t.describe() + QStringLiteral(": ") + why));
            totalDuplicates += duplicates;
        }
        qInfo("siem: %d of %d trials killed mid-stream, %d duplicates in all (each recognisable by its seq; "
              "clean run %lld ms)",
              killed, kSiemTrials, totalDuplicates, clean);
        QVERIFY2(killed >= kSiemTrials / 3, "most kills came after the stream: the window is miscalibrated");
    }
};

QTEST_GUILESS_MAIN(TestKill)
#include "test_kill.moc"
