// One writing process per workspace (issue #14, item 6): a workspace held open by one process is
// refused to a second with a sentence naming the holder (program, process, user, host, since),
// never raw SQLite or PKCS#11 text, and nothing changes; two concurrent `rekey run`s do the HSM
// work once; a holder killed with kill -9 leaves a lock file that blocks nobody. Real processes:
// symbolon-test-probe --hold (a workspace held open) and symbolon-cli.
#include "CliRunner.h"
#include "DemoFixture.h"
#include "TestPaths.h"
#include "WorkspaceProbe.h"

#include "workspace/WorkspaceLock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <signal.h>

using namespace symbolon;
using test::cliArgs;
using test::runCli;

namespace {
// A workspace held open by symbolon-test-probe --hold with demo card `card` (1-based).
class Holder {
public:
    Holder(const QString& dir, int card) {
        m_p.start(QStringLiteral(SYMBOLON_TEST_PROBE),
                  {dir, QString::number(card), QStringLiteral("--hold")});
    }
    ~Holder() {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.write("quit\n");
            m_p.closeWriteChannel();
            if (!m_p.waitForFinished(20000))
                m_p.kill();
            m_p.waitForFinished(5000);
        }
    }
    // Waits for "held PID HEAD"; false (with the probe's stderr in why) if it did not come.
    bool waitHeld(QString* why) {
        QElapsedTimer t;
        t.start();
        while (!m_out.contains('\n') && t.elapsed() < 60000 && m_p.state() != QProcess::NotRunning) {
            m_p.waitForReadyRead(200);
            m_out += m_p.readAllStandardOutput();
        }
        const QList<QByteArray> words = m_out.trimmed().split(' ');
        if (words.size() != 3 || words[0] != "held") {
            *why = QString::fromUtf8(m_out + m_p.readAllStandardError());
            return false;
        }
        pid = words[1].toLongLong();
        head = words[2].toLongLong();
        return true;
    }
    qint64 askHead() {
        m_p.write("head\n");
        QByteArray line;
        QElapsedTimer t;
        t.start();
        while (!line.contains('\n') && t.elapsed() < 20000) {
            m_p.waitForReadyRead(200);
            line += m_p.readAllStandardOutput();
        }
        return line.trimmed().toLongLong();
    }
    void killHard() {
        ::kill(static_cast<pid_t>(m_p.processId()), SIGKILL);
        m_p.waitForFinished(20000);
    }
    qint64 pid = 0, head = -1;

private:
    QProcess m_p;
    QByteArray m_out;
};

QStringList words(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* w : list)
        out << QString::fromLatin1(w);
    return out;
}

bool hasRawText(const QString& s) {
    for (const char* raw : {"SQLite", "database is locked", "CKR_", "UNIQUE constraint", "integrity check",
                            "journal token is not present"})
        if (s.contains(QLatin1String(raw)))
            return true;
    return false;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestWorkspaceLock : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{20};

private Q_SLOTS:
    // While the probe holds the workspace, a CLI command (the reviewer's journal verify, and a
    // custodian's ceremony) and an open in this process (the console's path) are each refused,
    // naming the probe; the journal head and the checkpoint file do not move.
    void aSecondOpenIsRefusedNamingTheHolder() {
        Holder holder(m_demo.dir(), test::kCustodian1);
        QString why;
        QVERIFY2(holder.waitHeld(&why), qPrintable(why));
        const QByteArray sidecar = fileBytes(workspace::Workspace::checkpointFilePath(m_demo.dir()));
        QVERIFY(!sidecar.isEmpty());

        const QString expected =
            QStringLiteral("This workspace is in use by symbolon-test-probe (process %1, user ")
                .arg(holder.pid);
        const auto verify = runCli(cliArgs(m_demo.dir(), test::kReviewer, words({"journal", "verify"})));
        QCOMPARE(verify.code, 1);
        QVERIFY2(verify.err.contains(expected), qPrintable(verify.err));
        QVERIFY2(verify.err.contains(QStringLiteral("close it there first. Nothing was changed.")),
                 qPrintable(verify.err));
        QVERIFY2(verify.err.contains(QStringLiteral(" UTC")), qPrintable(verify.err));
        QVERIFY2(!hasRawText(verify.err), qPrintable(verify.err));

        const auto ceremony =
            runCli(cliArgs(m_demo.dir(), test::kCustodian2, words({"ceremony", "generate-keks"}),
                           {test::kCustodian2, test::kCustodian3}));
        QCOMPARE(ceremony.code, 1);
        QVERIFY2(ceremony.err.contains(expected), qPrintable(ceremony.err));
        QVERIFY2(!hasRawText(ceremony.err), qPrintable(ceremony.err));

        auto cards = workspace::Workspace::cards(m_demo.dir(), {});
        QVERIFY(cards);
        QString serial;
        for (const auto& c : *cards)
            if (c.keyslot.tokenLabel == demo::demoCards()[test::kReviewer - 1].label)
                serial = c.keyslot.tokenSerial;
        auto here = workspace::Workspace::open(
            m_demo.dir(), serial,
            SecureBytes::fromString(demo::demoCards()[test::kReviewer - 1].pin.toStdString()), {});
        QVERIFY(!here);
        QCOMPARE(here.error().code, ErrorCode::Busy);
        QVERIFY2(here.error().message.contains(expected), qPrintable(here.error().message));

        QCOMPARE(holder.askHead(), holder.head);
        QCOMPARE(fileBytes(workspace::Workspace::checkpointFilePath(m_demo.dir())), sidecar);
        const auto info = workspace::WorkspaceLock::lastHolder(m_demo.dir());
        QVERIFY(info.has_value());
        QCOMPARE(info->pid, holder.pid);
        QCOMPARE(info->mode, QStringLiteral("exclusive"));
    }

    // The lock is the kernel's: kill -9 the holder and the next open works, though the lock file
    // still names the dead process.
    void aKilledHolderDoesNotBlock() {
        qint64 deadPid = 0;
        {
            Holder holder(m_demo.dir(), test::kCustodian1);
            QString why;
            QVERIFY2(holder.waitHeld(&why), qPrintable(why));
            deadPid = holder.pid;
            holder.killHard();
        }
        QVERIFY(QFileInfo::exists(workspace::WorkspaceLock::lockPath(m_demo.dir())));
        QCOMPARE(workspace::WorkspaceLock::lastHolder(m_demo.dir())->pid, deadPid);
        const auto verify = runCli(cliArgs(m_demo.dir(), test::kReviewer, words({"journal", "verify"})));
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        auto ws = test::openWorkspaceAs(m_demo.dir(), test::kReviewer);
        QVERIFY(ws);
    }

    // Closing releases: open, close, open again in this process; a shared lock admits another
    // shared one and refuses a writer.
    void closeReleasesAndSharedIsShared() {
        { auto a = test::openWorkspaceAs(m_demo.dir(), test::kReviewer); }
        { auto b = test::openWorkspaceAs(m_demo.dir(), test::kReviewer); }
        auto r1 = workspace::WorkspaceLock::acquire(m_demo.dir(), workspace::WorkspaceLock::Mode::Shared);
        QVERIFY2(r1, qPrintable(r1.error().message));
        auto r2 = workspace::WorkspaceLock::acquire(m_demo.dir(), workspace::WorkspaceLock::Mode::Shared);
        QVERIFY2(r2, qPrintable(r2.error().message));
        auto w = workspace::WorkspaceLock::acquire(m_demo.dir(), workspace::WorkspaceLock::Mode::Exclusive);
        QVERIFY(!w);
        QCOMPARE(w.error().code, ErrorCode::Busy);
        QVERIFY2(w.error().message.contains(QStringLiteral("This workspace is in use by")),
                 qPrintable(w.error().message));
    }

    // Two `rekey run`s of the same run started together: one does the work, the other is refused
    // at open, before any card or token is touched; every device gets its keys once.
    void twoConcurrentRekeyRunsWorkOnce() {
        const QString dir = m_demo.scratch(QStringLiteral("rekey"));
        constexpr int kDevices = 300;
        QString why;
        QVERIFY2(test::prepareMigratedDemo(dir, kDevices, &why), qPrintable(why));
        const auto plan =
            runCli(cliArgs(dir, test::kResponder,
                           words({"rekey", "plan", "--rotation", "any", "--pma-ground", "major-incident",
                                  "--pma-ref", "PMA-LOCK-1", "--reason", "two consoles at once"})));
        QVERIFY2(plan.code == 0, qPrintable(plan.err));

        const QStringList args =
            cliArgs(dir, test::kResponder, words({"rekey", "run", "1", "--chunk-size", "1"}),
                    {test::kCustodian1, test::kCustodian2});
        test::DemoCli cli;
        QProcess a, b;
        for (QProcess* p : {&a, &b}) {
            p->setProcessEnvironment(cli.env());
            p->start(test::cliPath(), args);
        }
        QVERIFY(a.waitForStarted(30000) && b.waitForStarted(30000));
        const qint64 pidA = a.processId(), pidB = b.processId();
        QElapsedTimer took;
        took.start();
        QVERIFY(a.waitForFinished(300000));
        QVERIFY(b.waitForFinished(300000));
        const QString errA = QString::fromUtf8(a.readAllStandardError()),
                      errB = QString::fromUtf8(b.readAllStandardError());
        qInfo("two rekey runs: %lld ms", static_cast<long long>(took.elapsed()));
        const bool aWon = a.exitCode() == 0;
        QVERIFY2(aWon != (b.exitCode() == 0), qPrintable(errA + QStringLiteral("\n---\n") + errB));
        const QString& loser = aWon ? errB : errA;
        QVERIFY2(loser.contains(QStringLiteral("This workspace is in use by symbolon-cli (process %1")
                                    .arg(aWon ? pidA : pidB)),
                 qPrintable(loser));
        QVERIFY2(!hasRawText(loser), qPrintable(loser));
        QVERIFY2((aWon ? errA : errB).contains(QStringLiteral("%1 / %1 devices").arg(kDevices)),
                 qPrintable(aWon ? errA : errB));

        test::WorkspaceProbe probe(dir, test::kReviewer);
        const auto counts = probe.query(
            words({"SELECT count(*) FROM journal WHERE action = 'quorum.rekey.run'",
                   "SELECT count(*) FROM key_records WHERE rekey_run = 1",
                   "SELECT count(*) FROM (SELECT device, kind, client FROM key_records WHERE rekey_run = 1 "
                   "GROUP BY device, kind, client HAVING count(*) > 1)"}));
        QVERIFY2(counts, qPrintable(probe.error()));
        QCOMPARE(*counts, (QVector<qint64>{1, kDevices * 8, 0}));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLock)
#include "test_workspace_lock.moc"
