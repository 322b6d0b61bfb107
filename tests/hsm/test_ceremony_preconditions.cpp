// Issue #17, item 4: every ceremony checks what the journal can tell before anyone is convened.
// On a demo whose KEKs, Transport Key and migration are done (each under a real quorum of ACS
// cards on SoftHSM2): a second Generate KEKs, an Import Shared Key into the token whose Shared Key
// the KEKs ceremony made, and a migration unwrap with nothing left are refused by
// QuorumCeremony::start (the console's and the CLI's one entry point), nothing journaled; a
// Transport Key and a Shared Key export still convene one. An inventory
// imported after the migration makes the unwrap possible again.
#include "MigratedDemo.h"

#include "audit/SiteProgress.h"
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

    // The Overview's progress: nothing done yet, so the first step is next.
    void progressBeforeAnything() {
        auto ws = m_demo.open(0);
        auto p = audit::SiteProgress::read(ws->db());
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QVERIFY(!p->keks && !p->transportKey);
        QCOMPARE(p->handedOver, qint64(40));
        QCOMPARE(p->notMigrated, qint64(40));
        const QStringList steps = p->steps();
        QCOMPARE(steps.value(0), QStringLiteral("○ KEKs not generated yet"));
        QVERIFY2(steps.contains(QStringLiteral("○ Keys migrated: 0 of 40 devices")),
                 qPrintable(steps.join(u'|')));
        QVERIFY2(p->next().startsWith(QStringLiteral("Next: generate the KEKs")), qPrintable(p->next()));
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

    // After the migration: every step done, with its journal entry, and nothing outstanding.
    void progressAfterTheMigration() {
        auto ws = m_demo.open(0);
        auto p = audit::SiteProgress::read(ws->db());
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QVERIFY(p->keks && p->transportKey);
        QVERIFY(p->keks->seq < p->transportKey->seq);
        QCOMPARE(p->notMigrated, qint64(0));
        const QStringList steps = p->steps();
        QVERIFY2(steps.value(0).startsWith(QStringLiteral("✓ KEKs generated (")), qPrintable(steps.value(0)));
        QVERIFY2(steps.value(0).contains(QStringLiteral("journal entry #%1").arg(p->keks->seq)),
                 qPrintable(steps.value(0)));
        QVERIFY2(steps.contains(QStringLiteral("✓ Keys migrated: 40 of 40 devices")),
                 qPrintable(steps.join(u'|')));
        QVERIFY2(p->next().startsWith(QStringLiteral("Nothing is outstanding")), qPrintable(p->next()));
    }

    // Each re-key run's outstanding work, and the next step it makes.
    void progressNamesWhatEachRunNeeds() {
        audit::SiteProgress p;
        p.keks = audit::SiteProgress::Done{6, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
        p.transportKey = audit::SiteProgress::Done{8, QDateTime(QDate(2026, 3, 1), QTime(9, 5), Qt::UTC)};
        p.handedOver = 10;
        rekey::RekeyRunSummary closed;
        closed.run = 1;
        closed.state = rekey::RunState::Executed;
        closed.confirmed = 10;
        rekey::RekeyRunSummary issued = closed;
        issued.run = 2;
        issued.confirmed = 3;
        issued.distributed = 5;
        issued.failed = 2;
        rekey::RekeyRunSummary notIssued = closed;
        notIssued.run = 3;
        notIssued.confirmed = 0;
        notIssued.committed = 4;
        p.runs = {closed, issued, notIssued};
        const QStringList steps = p.steps();
        QVERIFY2(steps.contains(QStringLiteral(
                     "○ Re-key run 2: confirmations outstanding for 5 device(s); 2 device(s) failed")),
                 qPrintable(steps.join(u'|')));
        QVERIFY2(steps.contains(QStringLiteral("○ Re-key run 3: batch not yet issued for 4 device(s)")),
                 qPrintable(steps.join(u'|')));
        QVERIFY(!steps.join(u'|').contains(QStringLiteral("run 1")));
        QVERIFY2(p.next().contains(QStringLiteral("import the DCO's confirmations for re-key run 2")),
                 qPrintable(p.next()));
        p.runs = {closed};
        QVERIFY2(p.steps().contains(QStringLiteral("✓ Every re-key run is closed (1 run(s))")),
                 qPrintable(p.steps().join(u'|')));
        rekey::RekeyRunSummary planned;
        planned.run = 4;
        planned.pending = 7;
        p.runs = {closed, planned};
        QVERIFY2(p.next().contains(QStringLiteral("run re-key run 4")), qPrintable(p.next()));
        QVERIFY(p.steps().contains(QStringLiteral("○ Re-key run 4: planned for 7 device(s), not run yet")));
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
