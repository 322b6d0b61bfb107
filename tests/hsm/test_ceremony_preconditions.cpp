// Issue #17, item 4: every ceremony checks what the journal can tell before anyone is convened.
// On a demo whose KEKs, Transport Key and migration are done (each under a real quorum of ACS
// cards on SoftHSM2): a second Generate KEKs, an Import Shared Key into the token whose Shared Key
// the KEKs ceremony made, and a migration unwrap with nothing left are refused by
// QuorumCeremony::start (the console's and the CLI's one entry point), nothing journaled; a
// Transport Key and a Shared Key export still convene one. An inventory
// imported after the migration makes the unwrap possible again.
#include "MigratedDemo.h"

#include "ceremony/CeremonyHistory.h"
#include "journal/JournalStore.h"
#include "store/Database.h"

#include <QTest>

using namespace symbolon;

class TestCeremonyPreconditions : public QObject {
    Q_OBJECT

    test::DemoFixture m_demo{40, 31};

    static qint64 entries(store::Database& db) {
        auto n = db.scalarInt("SELECT COUNT(*) FROM journal;");
        return n ? *n : -1;
    }

    static ceremony::CeremonyPlan plan(ceremony::CeremonyKind kind) {
        ceremony::CeremonyPlan p;
        p.kind = kind;
        p.transportKeyLabel = QStringLiteral("Symbolon Transport Key 1");
        p.packageFile = QStringLiteral("/dev/null");
        return p;
    }

private Q_SLOTS:
    void beforeAnythingIsDoneEveryCeremonyMayConvene() {
        auto ws = m_demo.open(0);
        for (auto kind : {ceremony::CeremonyKind::GenerateKeks, ceremony::CeremonyKind::ImportSharedKey,
                          ceremony::CeremonyKind::MigrationUnwrap, ceremony::CeremonyKind::TransportKey}) {
            auto s = ceremony::CeremonyHistory::checkBeforeQuorum(ws->db(), kind);
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        }
    }

    void afterTheMigrationTheJournalRefusesBeforeAnyQuorum_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("generate KEKs again")
            << int(ceremony::CeremonyKind::GenerateKeks) << QStringLiteral("they are generated once");
        QTest::newRow("import into the KEKs' token")
            << int(ceremony::CeremonyKind::ImportSharedKey)
            << QStringLiteral("a Shared Key is imported only into a key token that has none");
        QTest::newRow("migrate with nothing left") << int(ceremony::CeremonyKind::MigrationUnwrap)
                                                   << QStringLiteral("every device's keys are packaged");
    }

    void afterTheMigrationTheJournalRefusesBeforeAnyQuorum() {
        QFETCH(int, kind);
        QFETCH(QString, says);
        static bool migrated = false;
        if (!migrated) {
            test::migrateDemo(m_demo);
            migrated = true;
        }
        auto ws = m_demo.open(0);
        const qint64 before = entries(ws->db());
        auto q = ceremony::QuorumCeremony::start(*ws, plan(ceremony::CeremonyKind(kind)));
        QVERIFY(!q);
        QVERIFY2(q.error().message.contains(says), qPrintable(q.error().message));
        QVERIFY2(q.error().message.contains(QStringLiteral("No quorum was convened.")),
                 qPrintable(q.error().message));
        QVERIFY2(q.error().message.contains(QStringLiteral("journal entry #")),
                 qPrintable(q.error().message));
        QCOMPARE(entries(ws->db()), before); // nothing happened, nothing to journal
    }

    void whatTheJournalCannotRuleOutStillConvenes() {
        auto ws = m_demo.open(0);
        for (auto kind : {ceremony::CeremonyKind::TransportKey, ceremony::CeremonyKind::ExportSharedKey}) {
            auto q = ceremony::QuorumCeremony::start(*ws, plan(kind));
            QVERIFY2(q, q ? "" : qPrintable(q.error().message));
            QCOMPARE(q->required(), 2);
            q->cancel(QStringLiteral("test"));
        }
    }

    void aNewInventoryAfterTheMigrationMayBeUnwrapped() {
        auto ws = m_demo.open(0);
        QVERIFY(
            !ceremony::CeremonyHistory::checkBeforeQuorum(ws->db(), ceremony::CeremonyKind::MigrationUnwrap));
        auto e = ws->record(QStringLiteral("inventory.imported"), QStringLiteral("more-devices.csv"),
                            QJsonObject{{QStringLiteral("devices"), 1}});
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        auto s =
            ceremony::CeremonyHistory::checkBeforeQuorum(ws->db(), ceremony::CeremonyKind::MigrationUnwrap);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        // The other refusals stand.
        QVERIFY(
            !ceremony::CeremonyHistory::checkBeforeQuorum(ws->db(), ceremony::CeremonyKind::GenerateKeks));
    }
};

QTEST_GUILESS_MAIN(TestCeremonyPreconditions)
#include "test_ceremony_preconditions.moc"
