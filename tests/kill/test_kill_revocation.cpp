// kill -9 at random points of a register change that revokes a card (issues #15 and #18), through
// the real symbolon-cli: the change commits, then the journal token's PIN and the database key
// change (a copy of the database under the new key renamed over the old one, then the keyslots).
// After each kill the workspace opens, whatever was left is settled at that open, the journal
// verifies, and the invariant holds: once the revocation is recorded, the database key has been
// changed for it and no pending seal or half-made file is left; before it is, nothing was. Running
// the change again then completes it.
#include "DemoCli.h"
#include "InsiderDatabase.h"
#include "KillHarness.h"
#include "TestPaths.h"
#include "TreeCopy.h"
#include "WorkspaceProbe.h"

#include "demo/DemoWorkspace.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;
using test::DemoCli;
using test::KillHarness;

namespace {
constexpr int kDevices = 20000; // the copy under the new key then takes a visible share of the run
constexpr int kTrials = 10;
} // namespace

class TestKillRevocation : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-killrev-XXXXXX")};
    DemoCli m_cli;
    QString m_base, m_work, m_rhys;
    SecureBytes m_rhysKey;

    static QString show(const DemoCli::Result& r) {
        return QStringLiteral("exit %1%2\n--- stdout\n%3--- stderr\n%4")
            .arg(r.code)
            .arg(r.crashed ? QStringLiteral(" (killed)") : QString())
            .arg(r.out, r.err);
    }
    QStringList revokeRhys() const {
        return DemoCli::opened(m_work, 1)
               << QStringLiteral("site") << QStringLiteral("change") << QStringLiteral("--reason")
               << QStringLiteral("Rhys has left the PMA") << QStringLiteral("--revoke-card") << m_rhys
               << QStringLiteral("--quorum-card") << demo::demoCards()[0].label
               << QStringLiteral("--quorum-pin-env") << QStringLiteral("PIN1")
               << QStringLiteral("--quorum-card") << demo::demoCards()[1].label
               << QStringLiteral("--quorum-pin-env") << QStringLiteral("PIN2");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!test::cliPath().isEmpty());
        m_base = m_root.filePath(QStringLiteral("base"));
        m_work = m_root.filePath(QStringLiteral("work"));
        auto r = m_cli.run({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                            m_base, QStringLiteral("--devices"), QString::number(kDevices)});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        auto site = m_cli.run(DemoCli::opened(m_base, 1) << QStringLiteral("site") << QStringLiteral("show"));
        QVERIFY2(site.code == 0, qPrintable(show(site)));
        const auto m =
            QRegularExpression(QStringLiteral("^\\s+(\\S+)\\s+Rhys"), QRegularExpression::MultilineOption)
                .match(site.out);
        QVERIFY2(m.hasMatch(), qPrintable(site.out));
        m_rhys = m.captured(1);
        // What Rhys keeps: the database key from his keyslot (the copies share the base's tokens).
        QString why;
        m_rhysKey = test::insiderDatabaseKey(m_base, 4, &why);
        QVERIFY2(!m_rhysKey.empty(), qPrintable(why));
    }

    void killRevocation() {
        QVERIFY(test::copyTree(m_base, m_work));
        const auto clean = m_cli.run(revokeRhys());
        QVERIFY2(clean.code == 0, qPrintable(show(clean)));
        KillHarness harness(QStringLiteral("revocation"));
        int killed = 0;
        int recorded = 0;
        for (int i = 0; i < kTrials; ++i) {
            QVERIFY(test::copyTree(m_base, m_work));
            const auto t = harness.runAndKill(m_cli, revokeRhys(), 10, int(clean.ms * 9 / 10));
            killed += t.killed;
            // The killed run's custodian opens again first (their card co-signs what it wrote);
            // that open settles what the kill left.
            auto reopened =
                m_cli.run(DemoCli::opened(m_work, 1) << QStringLiteral("journal") << QStringLiteral("list")
                                                     << QStringLiteral("--limit") << QStringLiteral("1"));
            QVERIFY2(reopened.code == 0, qPrintable(t.describe() + QLatin1Char('\n') + show(reopened)));
            test::WorkspaceProbe probe(m_work);
            auto state = probe.query(
                {QStringLiteral("SELECT COUNT(*) FROM site_register;"),
                 QStringLiteral(
                     "SELECT COUNT(*) FROM journal WHERE action = 'workspace.database_key_changed';"),
                 QStringLiteral("SELECT COUNT(*) FROM journal_pin_seals WHERE state = 'pending';"),
                 QStringLiteral("SELECT COUNT(*) FROM journal_pin_seals WHERE card_serial = '%1';")
                     .arg(m_rhys),
                 QStringLiteral("SELECT COUNT(*) FROM devices;")});
            QVERIFY2(state, qPrintable(t.describe() + QStringLiteral(": the workspace does not open: ") +
                                       probe.error()));
            const bool revoked = state->at(0) == 2;
            recorded += revoked;
            QVERIFY2(revoked || state->at(0) == 1, qPrintable(t.describe()));
            QCOMPARE(state->at(1), revoked ? 1 : 0);
            QCOMPARE(state->at(2), 0);
            QCOMPARE(state->at(3), revoked ? 0 : 1);
            QCOMPARE(state->at(4), kDevices);
            // The key Rhys derived before he left opens the database exactly while he is enrolled.
            QString sql;
            QCOMPARE(test::insiderSql(m_work, m_rhysKey, "SELECT count(*) FROM devices;", &sql), !revoked);
            QVERIFY2(!QFile::exists(workspace::Workspace::databaseRekeyPath(m_work)),
                     qPrintable(t.describe()));
            QVERIFY2(!QFile::exists(workspace::Workspace::keyslotsNextPath(m_work)),
                     qPrintable(t.describe()));
            auto v = m_cli.run(DemoCli::opened(m_work, 2)
                               << QStringLiteral("journal") << QStringLiteral("verify"));
            QVERIFY2(v.code == 0, qPrintable(t.describe() + QLatin1Char('\n') + show(v)));
            if (!revoked) {
                auto again = m_cli.run(revokeRhys());
                QVERIFY2(again.code == 0, qPrintable(t.describe() + QLatin1Char('\n') + show(again)));
                QVERIFY(!test::insiderSql(m_work, m_rhysKey, "SELECT count(*) FROM devices;", &sql));
            }
            // Rhys's card opens nothing now.
            auto rhys =
                m_cli.run(DemoCli::opened(m_work, 4) << QStringLiteral("journal") << QStringLiteral("list")
                                                     << QStringLiteral("--limit") << QStringLiteral("1"));
            QVERIFY2(rhys.code != 0, qPrintable(t.describe() + QLatin1Char('\n') + show(rhys)));
        }
        qInfo("revocation: %d of %d trials killed, %d recorded before the kill (clean run %lld ms)", killed,
              kTrials, recorded, clean.ms);
    }
};

QTEST_GUILESS_MAIN(TestKillRevocation)
#include "test_kill_revocation.moc"
