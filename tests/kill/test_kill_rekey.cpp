// Kill -9 during a 5,000-device re-key, again and again (issue #5): after every kill the
// workspace opens, the journal verifies, the re-key invariants hold (symbolon-cli rekey check:
// no new keys or instruction without its committed chunk, no second key set), progress never
// goes backwards, and running again resumes. A batch issued part-way and the final batch cover
// every device exactly once. The kill points come from a seeded generator (printed; set
// SYMBOLON_KILL_SEED to replay): a few during start-up (open, quorum), the rest a random few
// milliseconds after a random chunk's progress line, i.e. inside HSM work, a commit or a checkpoint.
// Twice: on SoftHSM2 directly with one session (5,000 devices), and on a token with a 300 µs round
// trip per call (tests/faultp11) with the worker sessions chosen automatically, so that a kill
// lands while many sessions have calls in flight (issue #21; 1,200 devices).
#include "CliRunner.h"
#include "FaultInjection.h"

#include "journal/JournalSigner.h"
#include "rekey/InstructionBatch.h"
#include "rekey/SignedJsonLines.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

using namespace symbolon;
using test::cliArgs;
using test::runCli;

namespace {
constexpr int kChunk = 100;

QSet<QString> batchDevices(const QString& path, const QByteArray& spki) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    auto p = rekey::SignedJsonLines::parse(f.readAll(), rekey::InstructionBatch::format(), spki);
    if (!p)
        qFatal("batch %s: %s", qPrintable(path), qPrintable(p.error().message));
    QSet<QString> ids;
    for (const QJsonObject& d : p->records)
        ids.insert(d.value(QStringLiteral("device_id")).toString());
    if (ids.size() != p->records.size())
        qFatal("a device appears twice in %s", qPrintable(path));
    return ids;
}
} // namespace

class TestKillRekey : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-kill-rekey-XXXXXX")};
    QString m_ws;

    qint64 committedDevices() {
        const auto r =
            runCli(cliArgs(m_ws, test::kResponder,
                           {QStringLiteral("rekey"), QStringLiteral("status"), QStringLiteral("1")}));
        if (r.code != 0)
            qFatal("rekey status: %s", qPrintable(r.err));
        qint64 n = 0;
        static const QRegularExpression re(QStringLiteral("^  (committed|distributed|failed): (\\d+)$"),
                                           QRegularExpression::MultilineOption);
        auto it = re.globalMatch(r.out);
        while (it.hasNext())
            n += it.next().captured(2).toLongLong();
        return n;
    }

    // Starts the run; kills it (SIGKILL) either after `startupMs`, or `afterMs` after the
    // progress line reporting at least `afterDevices` (counted by this process: a resumed run counts from 0).
    // Returns true when it was killed.
    bool runAndKill(int startupMs, qint64 afterDevices, int afterMs, QString* log) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto& cards = demo::demoCards();
        for (int i = 0; i < cards.size(); ++i) {
            env.insert(QStringLiteral("OPEN%1").arg(i + 1), cards[i].pin);
            env.insert(QStringLiteral("Q%1").arg(i + 1), cards[i].pin);
        }
        p.setProcessEnvironment(env);
        QEventLoop loop;
        QString err;
        bool armed = false;
        static const QRegularExpression progress(QStringLiteral("\\] (\\d+) / \\d+ devices"));
        connect(&p, &QProcess::readyReadStandardError, &loop, [&] {
            err += QString::fromUtf8(p.readAllStandardError());
            if (startupMs >= 0 || armed)
                return;
            qint64 last = -1;
            auto it = progress.globalMatch(err);
            while (it.hasNext())
                last = it.next().captured(1).toLongLong();
            if (last >= afterDevices) {
                armed = true;
                QTimer::singleShot(afterMs, &p, [&p] { p.kill(); });
            }
        });
        connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        p.start(test::cliPath(),
                cliArgs(m_ws, test::kResponder,
                        {QStringLiteral("rekey"), QStringLiteral("run"), QStringLiteral("1"),
                         QStringLiteral("--chunk-size"), QString::number(kChunk), QStringLiteral("--workers"),
                         qEnvironmentVariableIsSet("SYMBOLON_FAULT_LATENCY_US") ? QStringLiteral("auto")
                                                                                : QStringLiteral("1")},
                        {test::kCustodian1, test::kCustodian2}));
        if (startupMs >= 0)
            QTimer::singleShot(startupMs, &p, [&p] { p.kill(); });
        QTimer::singleShot(300000, &loop, &QEventLoop::quit);
        loop.exec();
        err += QString::fromUtf8(p.readAllStandardError());
        *log = err.right(300);
        return p.exitStatus() == QProcess::CrashExit;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!test::cliPath().isEmpty()); }

    void killAtRandomPointsAndResume_data() {
        QTest::addColumn<int>("devices");
        QTest::addColumn<int>("minKills");
        QTest::addColumn<int>("latencyUs");
        QTest::newRow("SoftHSM2, 1 session") << 5000 << 12 << 0;
        QTest::newRow("300 us per call, automatic sessions") << 1200 << 6 << 300;
    }

    void killAtRandomPointsAndResume() {
        QFETCH(int, devices);
        QFETCH(int, minKills);
        QFETCH(int, latencyUs);
        const int kDevices = devices, kMinKills = minKills;
        m_ws = m_root.filePath(QStringLiteral("dco-%1").arg(latencyUs));
        QElapsedTimer t;
        t.start();
        QString why;
        QVERIFY2(test::prepareMigratedDemo(m_ws, kDevices, &why), qPrintable(why));
        qInfo("demo with %d migrated devices in %.1f s", kDevices, t.elapsed() / 1000.0);
        const auto plan = runCli(
            cliArgs(m_ws, test::kResponder,
                    {QStringLiteral("rekey"), QStringLiteral("plan"), QStringLiteral("--rotation"),
                     QStringLiteral("any"), QStringLiteral("--pma-ground"), QStringLiteral("major-incident"),
                     QStringLiteral("--pma-ref"), QStringLiteral("PMA-KILL-1")}));
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
        QVERIFY2(plan.out.contains(QStringLiteral("on %1 device(s)").arg(kDevices)), qPrintable(plan.out));
        // From here every process (runs, checks, verifies) goes through the module with latency.
        struct Latency {
            bool on;
            explicit Latency(int us) : on(us > 0) {
                if (!on)
                    return;
                qputenv("SYMBOLON_DEVELOPMENT_MODULES", "1");
                qputenv("SYMBOLON_FAULT_LATENCY_US", QByteArray::number(us));
            }
            ~Latency() {
                if (!on)
                    return;
                qunsetenv("SYMBOLON_DEVELOPMENT_MODULES");
                qunsetenv("SYMBOLON_FAULT_LATENCY_US");
            }
        } latency(latencyUs);
        if (latencyUs > 0)
            QVERIFY(test::FaultInjection::useFaultModule(m_ws));
        const quint32 seed = qEnvironmentVariableIsSet("SYMBOLON_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("SYMBOLON_KILL_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("kill seed %u (replay with SYMBOLON_KILL_SEED=%u)", seed, seed);
        QRandomGenerator rng(seed);
        const QByteArray spki = journal::JournalSigner::spkiFromPem([&] {
            QFile f(workspace::Workspace::journalKeyPath(m_ws));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        QVERIFY(!spki.isEmpty());

        int kills = 0, attempts = 0;
        qint64 committed = 0;
        bool complete = false;
        QSet<QString> partial;
        while (!complete && attempts < 60) {
            ++attempts;
            QString log;
            bool killed;
            if (kills < 3) {
                killed =
                    runAndKill(int(rng.bounded(20, 400)), 0, 0, &log); // start-up: open, quorum, first chunk
            } else {
                // After a random number of further chunks, a random few ms into the next one.
                const qint64 remainingChunks = (kDevices - committed + kChunk - 1) / kChunk;
                const qint64 further =
                    kills < kMinKills
                        ? rng.bounded(1,
                                      int(std::max<qint64>(2, remainingChunks / (kMinKills - kills + 1) + 1)))
                        : remainingChunks + 1;
                killed = runAndKill(-1, further * kChunk, int(rng.bounded(0, 25)), &log);
            }
            if (killed)
                ++kills;
            else
                complete = true;
            // Whatever happened: it opens, the journal verifies, the invariants hold, no progress lost.
            const auto check =
                runCli(cliArgs(m_ws, test::kResponder, {QStringLiteral("rekey"), QStringLiteral("check")}));
            QVERIFY2(check.code == 0, qPrintable(QStringLiteral("after attempt %1 (killed: %2): %3\n%4")
                                                     .arg(attempts)
                                                     .arg(killed)
                                                     .arg(check.err, log)));
            const auto verify =
                runCli(cliArgs(m_ws, test::kReviewer, {QStringLiteral("journal"), QStringLiteral("verify")}));
            QVERIFY2(verify.code == 0,
                     qPrintable(
                         QStringLiteral("after attempt %1: %2%3").arg(attempts).arg(verify.out, verify.err)));
            const qint64 now = committedDevices();
            QVERIFY2(now >= committed, "committed devices went backwards");
            committed = now;
            // Part-way, the DCO gets what is committed so far.
            if (kills == 6 && partial.isEmpty() && !complete) {
                const QString path = m_root.filePath(QStringLiteral("partial.jsonl"));
                const auto b = runCli(cliArgs(m_ws, test::kResponder,
                                              {QStringLiteral("rekey"), QStringLiteral("batch"),
                                               QStringLiteral("1"), QStringLiteral("--out"), path}));
                QVERIFY2(b.code == 0, qPrintable(b.err));
                partial = batchDevices(path, spki);
                QCOMPARE(qint64(partial.size()), committed);
            }
        }
        qInfo("%d kills, %d attempts, run complete: %s", kills, attempts, complete ? "yes" : "no");
        QVERIFY2(complete, "the run did not complete after 60 attempts");
        QVERIFY2(kills >= kMinKills, qPrintable(QStringLiteral("only %1 kills landed").arg(kills)));
        QCOMPARE(committed, qint64(kDevices));

        // Exactly once: the part-way batch and the final batch are disjoint and cover every device.
        const QString rest = m_root.filePath(QStringLiteral("rest.jsonl"));
        const auto b = runCli(cliArgs(m_ws, test::kResponder,
                                      {QStringLiteral("rekey"), QStringLiteral("batch"), QStringLiteral("1"),
                                       QStringLiteral("--out"), rest}));
        QVERIFY2(b.code == 0, qPrintable(b.err));
        const QSet<QString> last = batchDevices(rest, spki);
        QVERIFY(!partial.isEmpty());
        QVERIFY(!partial.intersects(last));
        QCOMPARE(partial.size() + last.size(), kDevices);
        // In this process SoftHSM2 stays initialised on the first row's token store: the second
        // row's counts come from "rekey check" (no second key set) and the batches above.
        if (latencyUs > 0)
            return;
        auto ws = test::openWorkspaceAs(m_ws, test::kResponder);
        auto keys = ws->db().scalarInt("SELECT COUNT(*) FROM key_records WHERE rekey_run = 1;");
        QVERIFY(keys);
        QCOMPARE(*keys, qint64(kDevices) * 8);
        auto distinct =
            ws->db().scalarInt("SELECT COUNT(DISTINCT device) FROM key_records WHERE rekey_run = 1;");
        QVERIFY(distinct);
        QCOMPARE(*distinct, qint64(kDevices));
    }
};

QTEST_GUILESS_MAIN(TestKillRekey)
#include "test_kill_rekey.moc"
