// `rekey check` recomputes every plan digest (issue #15). A re-key plan is approved under its
// digest (kinds, justification, every device id); an insider with one card who edits the stored
// justification afterwards (the sqlcipher shell, keyed from their keyslot) must be named by
// `rekey check`, with the run and both digests, and so must one who also rewrites the stored
// digest to match (the rekey.planned journal entry still records the original). Runs that were
// planned, and planned and run, by the real engine pass.
#include "CliRunner.h"
#include "InsiderDatabase.h"
#include "MigratedDemo.h"
#include "TreeCopy.h"

#include "rekey/RekeyPlanner.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace symbolon;
using test::cliArgs;
using test::runCli;

class TestRekeyPlanDigest : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{12};
    SecureBytes m_dbKeyHex;
    QString m_base; // a copy with one planned run
    QString m_digest;

    QString copy(const QString& name) {
        const QString dir = m_demo.scratch(name);
        if (!test::copyTree(m_base, dir))
            qFatal("cp -a %s failed", qPrintable(dir));
        return dir;
    }
    static QStringList check(const QString& ws) {
        return cliArgs(ws, test::kReviewer, {QStringLiteral("rekey"), QStringLiteral("check")});
    }

private Q_SLOTS:
    void initTestCase() {
        test::migrateDemo(m_demo);
        QString why;
        m_dbKeyHex = test::insiderDatabaseKey(m_demo.dir(), test::kCustodian1, &why);
        QVERIFY2(m_dbKeyHex.size() == 64, qPrintable(why));
        m_base = m_demo.scratch(QStringLiteral("base"));
        QVERIFY(test::copyTree(m_demo.dir(), m_base));
        const auto planned = runCli(
            cliArgs(m_base, test::kResponder,
                    {QStringLiteral("rekey"), QStringLiteral("plan"), QStringLiteral("--rotation"),
                     QStringLiteral("any"), QStringLiteral("--pma-ground"), QStringLiteral("major-incident"),
                     QStringLiteral("--pma-ref"), QStringLiteral("PMA-2026-017"), QStringLiteral("--reason"),
                     QStringLiteral("drill")}));
        QVERIFY2(planned.code == 0, qPrintable(planned.err));
        QString out;
        QVERIFY2(
            test::insiderSql(m_base, m_dbKeyHex, "SELECT plan_digest FROM rekey_runs WHERE id = 1;", &out),
            qPrintable(out));
        QCOMPARE(out.size(), 64);
        m_digest = out;
    }

    void aPlannedRunPasses() {
        const auto r = runCli(check(m_base));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Re-key records consistent")));
    }

    void aRunThatRanPasses() {
        // Planned and run by the engine in this process (the whole plan, every device committed).
        auto ws = m_demo.open(test::kResponderCard);
        rekey::RekeyRequest request;
        request.kinds = rekey::RekeyKinds{}; // AK and GUEK
        request.instruction =
            policy::PmaInstruction{policy::PmaGround::MajorIncident, QStringLiteral("PMA-1")};
        auto run = rekey::RekeyPlanner::create(*ws, request, QDateTime::currentDateTimeUtc());
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        auto ran = test::runRekey(m_demo, *ws, *run);
        QVERIFY2(ran, ran ? "" : qPrintable(ran.error().message));
        ws.reset();
        const auto r = runCli(check(m_demo.dir()));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void anEditedJustificationIsNamed() {
        const QString ws = copy(QStringLiteral("edited"));
        QString out;
        QVERIFY2(
            test::insiderSql(ws, m_dbKeyHex,
                             "UPDATE rekey_runs SET justification = replace(justification, 'PMA-2026-017', "
                             "'PMA-2026-099') WHERE id = 1;",
                             &out),
            qPrintable(out));
        const auto r = runCli(check(ws));
        QCOMPARE(r.code, 1);
        const QRegularExpression named(
            QStringLiteral("Run 1: its plan digest is %1 as stored \\(and approved\\), but "
                           "its kinds, justification and devices as stored now give "
                           "([0-9a-f]{64}): the plan was changed after it was made\\.")
                .arg(m_digest));
        const auto m = named.match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        QVERIFY(m.captured(1) != m_digest);
    }

    void anEditedJustificationWithItsDigestRewrittenIsNamed() {
        // The insider also stores the digest of the edited plan: the journal still has the original.
        const QString ws = copy(QStringLiteral("edited-and-digest"));
        QString out;
        QVERIFY2(test::insiderSql(
                     ws, m_dbKeyHex,
                     "UPDATE rekey_runs SET justification = replace(justification, 'drill', "
                     "'routine') WHERE id = 1; SELECT kinds, justification FROM rekey_runs WHERE id = 1;",
                     &out),
                 qPrintable(out));
        const qsizetype bar = out.indexOf(QLatin1Char('|'));
        QVERIFY(bar > 0);
        auto kinds = rekey::RekeyKinds::parse(out.left(bar));
        QVERIFY(kinds);
        const QJsonObject justification = QJsonDocument::fromJson(out.mid(bar + 1).toUtf8()).object();
        QVERIFY(justification.contains(QStringLiteral("reason")));
        QString ids;
        QVERIFY2(test::insiderSql(ws, m_dbKeyHex,
                                  "SELECT d.device_id FROM rekey_devices x JOIN devices d ON d.id = x.device "
                                  "WHERE x.run = 1 ORDER BY x.device;",
                                  &ids),
                 qPrintable(ids));
        const QString forged =
            rekey::RekeyPlanner::planDigest(*kinds, justification, ids.split(QLatin1Char('\n')));
        QVERIFY2(
            test::insiderSql(
                ws, m_dbKeyHex,
                QStringLiteral("UPDATE rekey_runs SET plan_digest = '%1' WHERE id = 1;").arg(forged).toUtf8(),
                &out),
            qPrintable(out));
        const auto r = runCli(check(ws));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(
                     QStringLiteral("Run 1: its plan digest is %1 as stored, but its rekey.planned journal "
                                    "entry #")
                         .arg(forged)),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(
            QStringLiteral("records %1: the plan was changed after it was made.").arg(m_digest)));
        QVERIFY(!r.err.contains(
            QStringLiteral("as stored now give"))); // the recomputation agrees with the forgery
    }

    void anUnreadableJustificationIsNamed() {
        const QString ws = copy(QStringLiteral("garbled"));
        QString out;
        QVERIFY2(
            test::insiderSql(ws, m_dbKeyHex, "UPDATE rekey_runs SET justification = '{' WHERE id = 1;", &out),
            qPrintable(out));
        const auto r = runCli(check(ws));
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("Run 1: its stored kinds \"AK+GUEK\" or justification cannot be "
                                          "read, so its plan digest %1 cannot be recomputed")
                               .arg(m_digest)),
            qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestRekeyPlanDigest)
#include "test_rekey_plan_digest.moc"
