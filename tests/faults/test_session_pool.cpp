// Worker sessions for bulk HSM work on a token with latency and a session cap (issue #21), in
// process through tests/faultp11 in front of SoftHSM2:
// - the fault module's latency overlaps across sessions (it holds no lock while it waits), so
//   work spread over sessions finishes in a fraction of the time it takes on one;
// - hsm::SessionPool never asks for more than C_GetTokenInfo's ulMaxSessionCount allows, and
//   treats CKR_SESSION_COUNT from C_OpenSession as the limit, not as a failure;
// - hsm::forEachOnSessions does every item exactly once, and after a failure returns the
//   failure of the lowest item;
// - hsm::SessionTuner, automatic, chooses more sessions on a token with latency;
// - `symbolon-cli rekey run` on such a token: --workers beyond the cap runs within it and says
//   so; automatic climbs to many sessions; every device is re-keyed once, the invariants hold.
#include "CliRunner.h"
#include "FaultInjection.h"
#include "TestPaths.h"
#include "TokenStore.h"
#include "TreeCopy.h"

#include "hsm/Module.h"
#include "hsm/ParallelSessions.h"
#include "hsm/Session.h"
#include "hsm/SessionPool.h"
#include "hsm/SessionTuner.h"

#include <p11-kit/pkcs11.h>

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace symbolon;

namespace {
constexpr int kLatencyUs = 4000;
constexpr int kMaxSessions = 6;
} // namespace

class TestSessionPool : public QObject {
    Q_OBJECT
    test::TokenStore m_store;
    QTemporaryDir m_dir{QStringLiteral("/dev/shm/symbolon-pool-XXXXXX")};
    QString m_prepared;
    QString m_control;
    std::shared_ptr<hsm::Module> m_module;
    std::unique_ptr<hsm::Session> m_first;

    void arm(const QByteArray& plan) {
        QFile f(m_control);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(plan);
    }

    // `items` C_GenerateRandom calls spread over `sessions`; the wall time in ms.
    qint64 randomOn(const std::vector<hsm::Session*>& sessions, int items, std::atomic<int>* done) {
        QElapsedTimer t;
        t.start();
        const Status s = hsm::forEachOnSessions(sessions, items, [&](hsm::Session& session) {
            return [&](qsizetype) -> Status {
                auto r = session.random(16);
                if (!r)
                    return r.error();
                ++*done;
                return {};
            };
        });
        if (!s)
            qFatal("random: %s", qPrintable(s.error().message));
        return t.elapsed();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_store.initTokenWithTool(QStringLiteral("Pool test"), QStringLiteral("123456"),
                                          QStringLiteral("654321")));
        m_control = m_store.root() + QStringLiteral("/plan.txt");
        qputenv("SYMBOLON_FAULT_FILE", m_control.toUtf8());
        qputenv("SYMBOLON_FAULT_REAL_MODULE", test::softhsmModule().toUtf8());
        qputenv("SYMBOLON_FAULT_LATENCY_US", QByteArray::number(kLatencyUs));
        qputenv("SYMBOLON_FAULT_MAX_SESSIONS", QByteArray::number(kMaxSessions));
        auto module = hsm::Module::load(test::FaultInjection::modulePath());
        QVERIFY2(module, qPrintable(module ? QString() : module.error().message));
        m_module = *module;
        auto token = m_module->findTokenByLabel(QStringLiteral("Pool test"));
        QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
        QCOMPARE(token->maxSessions, static_cast<unsigned long>(kMaxSessions));
        auto first = m_module->openSession(token->slotId, true);
        QVERIFY(first);
        m_first = std::move(*first);
        QVERIFY(m_first->login(SecureBytes::fromString("123456")));
    }

    // The pool stops at what the token states (less one kept back), and says so.
    void poolKeepsWithinTheStatedLimit() {
        hsm::SessionPool pool(*m_first);
        // One open already (the first); one kept back for the rest of the process.
        QCOMPARE(pool.tokenLimit(), kMaxSessions - 1);
        auto n = pool.growTo(16);
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(*n, kMaxSessions - 1);
        QVERIFY2(pool.limitNote().contains(QStringLiteral("allows %1").arg(kMaxSessions - 1)),
                 qPrintable(pool.limitNote()));
        // One more session is still there for the process.
        auto spare = m_module->openSession(m_first->slotId(), true);
        QVERIFY2(spare, qPrintable(spare ? QString() : spare.error().message));
    }

    // A token that refuses a session (CKR_SESSION_COUNT) before its stated limit: the pool stops
    // there and the work goes on with what it has.
    void poolStopsAtTheFirstRefusal() {
        arm("C_OpenSession:2:0xB1"); // counts restart when the plan changes: the pool's second open
        hsm::SessionPool pool(*m_first);
        auto n = pool.growTo(4);
        arm("");
        QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        QCOMPARE(*n, 2); // the first, and the one granted before the refusal
        QVERIFY2(pool.limitNote().contains(QStringLiteral("CKR_SESSION_COUNT")),
                 qPrintable(pool.limitNote()));
        QCOMPARE(pool.tokenLimit(), 2);
        QCOMPARE(*pool.growTo(4), 2); // no second try
    }

    // Any other failure to open a session is an error with its CK_RV.
    void poolFailsOnOtherErrors() {
        arm("C_OpenSession:1:CKR_DEVICE_ERROR");
        hsm::SessionPool pool(*m_first);
        auto n = pool.growTo(3);
        arm("");
        QVERIFY(!n);
        QCOMPARE(n.error().ckrv, static_cast<unsigned long>(CKR_DEVICE_ERROR));
    }

    // The latency overlaps: 60 calls at 4 ms on one session take ≥ 240 ms; on five sessions a
    // fraction of that (no lock is held while waiting). Every item is done exactly once.
    void latencyOverlapsAcrossSessions() {
        hsm::SessionPool pool(*m_first);
        QCOMPARE(*pool.growTo(5), 5);
        std::atomic<int> done{0};
        const qint64 one = randomOn(pool.first(1), 60, &done);
        QCOMPARE(done.load(), 60);
        QVERIFY2(one >= 60 * kLatencyUs / 1000, qPrintable(QString::number(one)));
        done = 0;
        const qint64 five = randomOn(pool.first(5), 60, &done);
        QCOMPARE(done.load(), 60);
        qInfo("60 calls at %d us: %lld ms on 1 session, %lld ms on 5", kLatencyUs, one, five);
        QVERIFY2(five * 2 < one,
                 qPrintable(QStringLiteral("%1 ms on 5 sessions, %2 ms on 1").arg(five).arg(one)));
    }

    // After a failure nothing new starts, and the lowest failing item is the one reported.
    void firstFailureIsTheLowestItem() {
        hsm::SessionPool pool(*m_first);
        QVERIFY(pool.growTo(4));
        std::atomic<int> started{0};
        const Status s = hsm::forEachOnSessions(pool.first(4), 1000, [&](hsm::Session&) {
            return [&](qsizetype i) -> Status {
                ++started;
                // Each item takes a while, as an HSM call does: the others see the stop long
                // before they could run through the remaining items.
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
                if (i == 7 || i == 9)
                    return fail(ErrorCode::Token, QStringLiteral("item %1").arg(i));
                return {};
            };
        });
        QVERIFY(!s);
        QCOMPARE(s.error().message, QStringLiteral("item 7"));
        QVERIFY2(started.load() < 100, qPrintable(QString::number(started.load())));
    }

    // Automatic: with a round trip per call, more sessions keep paying, so the tuner climbs;
    // a rate that stops rising settles it on the fastest count measured.
    void tunerClimbsWithLatency() {
        hsm::SessionPool pool(*m_first);
        QCOMPARE(pool.tokenLimit(), kMaxSessions - 1);
        hsm::SessionTuner tuner(0, pool.tokenLimit());
        QVERIFY(tuner.automatic());
        for (int chunk = 0; chunk < 6 && !tuner.settled(); ++chunk) {
            auto n = pool.growTo(tuner.next());
            QVERIFY(n);
            tuner.granted(*n);
            std::atomic<int> done{0};
            QElapsedTimer t;
            t.start();
            (void)randomOn(pool.first(*n), 40, &done);
            tuner.observe(*n, 40, t.nsecsElapsed());
        }
        qInfo("%s", qPrintable(tuner.trail()));
        QVERIFY2(tuner.next() >= 4, qPrintable(tuner.trail()));
        QVERIFY(tuner.settled());
    }

    // A given count is used as given (within the cap) and never tuned.
    void tunerKeepsAGivenCount() {
        hsm::SessionTuner given(3, 64);
        QVERIFY(!given.automatic());
        given.observe(3, 100, 1000000);
        QCOMPARE(given.next(), 3);
        hsm::SessionTuner capped(16, 5);
        QCOMPARE(capped.next(), 5);
        // Automatic with rates that stop rising: 1 → 100/s, 2 → 150/s, 4 → 160/s: settles on 4.
        hsm::SessionTuner tuner(0, 64);
        tuner.observe(1, 100, 1000000000);
        QCOMPARE(tuner.next(), 2);
        tuner.observe(2, 150, 1000000000);
        QCOMPARE(tuner.next(), 4);
        tuner.observe(4, 160, 1000000000);
        QVERIFY(tuner.settled());
        QCOMPARE(tuner.next(), 4);
        // Nearly linear gains (a network HSM) quadruple: 1 → 2 → 8 → 32 → 64 (the cap).
        hsm::SessionTuner linear(0, 64);
        linear.observe(1, 30, 1000000000);
        QCOMPARE(linear.next(), 2);
        linear.observe(2, 60, 1000000000);
        QCOMPARE(linear.next(), 8);
        linear.observe(8, 230, 1000000000);
        QCOMPARE(linear.next(), 32);
        linear.observe(32, 500, 1000000000);
        QCOMPARE(linear.next(), 64);
        linear.observe(64, 520, 1000000000);
        QVERIFY(linear.settled());
        QCOMPARE(linear.next(), 64);
        // A slower count than before is not chosen: 1 → 100/s, 2 → 60/s settles on 1.
        hsm::SessionTuner slower(0, 64);
        slower.observe(1, 100, 1000000000);
        slower.observe(2, 60, 1000000000);
        QCOMPARE(slower.next(), 1);
    }

    // The CLI on a token with a 1 ms round trip and room for 8 sessions in all (the cards' and
    // the journal's sessions go through the same module and count).
    void rekeyRunWithinTheTokensLimit_data() {
        QTest::addColumn<QString>("workers");
        QTest::addColumn<int>("atLeast");
        QTest::addColumn<bool>("noted");
        QTest::newRow("16 asked") << QStringLiteral("16") << 2 << true;
        // Automatic climbs until the token's limit stops it, and says so too.
        QTest::newRow("automatic") << QStringLiteral("auto") << 2 << true;
    }
    void rekeyRunWithinTheTokensLimit() {
        QFETCH(QString, workers);
        QFETCH(int, atLeast);
        QFETCH(bool, noted);
        constexpr int kDevices = 240;
        if (m_prepared.isEmpty()) {
            m_prepared = m_dir.filePath(QStringLiteral("prepared"));
            QString why;
            QVERIFY2(test::prepareMigratedDemo(m_prepared, kDevices, &why), qPrintable(why));
            const auto plan = test::runCli(test::cliArgs(
                m_prepared, test::kResponder,
                {QStringLiteral("rekey"), QStringLiteral("plan"), QStringLiteral("--rotation"),
                 QStringLiteral("any"), QStringLiteral("--pma-ground"), QStringLiteral("major-incident"),
                 QStringLiteral("--pma-ref"), QStringLiteral("PMA-POOL-1")}));
            QVERIFY2(plan.code == 0, qPrintable(plan.err));
        }
        const QString ws = m_dir.filePath(QStringLiteral("run-") + workers);
        QVERIFY(test::copyTree(m_prepared, ws));
        QVERIFY(test::FaultInjection::useFaultModule(ws));
        test::DemoCli cli;
        test::FaultInjection::arm(cli.env(), {});
        cli.env().insert(QStringLiteral("SYMBOLON_FAULT_LATENCY_US"), QStringLiteral("1000"));
        cli.env().insert(QStringLiteral("SYMBOLON_FAULT_MAX_SESSIONS"), QStringLiteral("8"));
        const auto run = cli.run(test::cliArgs(ws, test::kResponder,
                                               {QStringLiteral("rekey"), QStringLiteral("run"),
                                                QStringLiteral("1"), QStringLiteral("--chunk-size"),
                                                QStringLiteral("80"), QStringLiteral("--workers"), workers},
                                               {test::kCustodian1, test::kCustodian2}),
                                 300000);
        QVERIFY2(run.code == 0, qPrintable(run.all()));
        QCOMPARE(run.out.contains(QStringLiteral("The token allows")), noted);
        const auto check =
            cli.run(test::cliArgs(ws, test::kResponder, {QStringLiteral("rekey"), QStringLiteral("check")}));
        QVERIFY2(check.code == 0, qPrintable(check.all()));
        const auto status = cli.run(test::cliArgs(
            ws, test::kResponder, {QStringLiteral("rekey"), QStringLiteral("status"), QStringLiteral("1")}));
        QVERIFY2(status.out.contains(QStringLiteral("committed: %1").arg(kDevices)),
                 qPrintable(status.all()));
        // What the run recorded: the sessions it used, never more than the token allowed.
        const auto list = cli.run(test::cliArgs(ws, test::kReviewer,
                                                {QStringLiteral("journal"), QStringLiteral("list"),
                                                 QStringLiteral("--from"), QStringLiteral("1")}));
        QVERIFY2(list.code == 0, qPrintable(list.all()));
        static const QRegularExpression used(QStringLiteral("\"workers\":(\\d+)"));
        // The last: the migration before it records its sessions too.
        int sessions = -1;
        for (auto it = used.globalMatch(list.out); it.hasNext();)
            sessions = it.next().captured(1).toInt();
        QVERIFY2(sessions > 0, qPrintable(list.out.right(2000)));
        qInfo("--workers %s: %d session(s)", qPrintable(workers), sessions);
        QVERIFY2(sessions >= atLeast && sessions < 8, qPrintable(QString::number(sessions)));
    }

    void cleanupTestCase() {
        m_first.reset();
        m_module.reset();
    }
};

QTEST_GUILESS_MAIN(TestSessionPool)
#include "test_session_pool.moc"
