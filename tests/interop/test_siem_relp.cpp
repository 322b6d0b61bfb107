// Issue 4 "Forwarding to the SIEM": the journal reaches a real rsyslogd (imrelp) over RELP, in
// order, with no loss, when the collector is stopped and restarted mid-stream and when Symbolon
// is killed mid-stream. Also re-checks the librelp behaviour the forwarder relies on
// (core/journal/SiemForwarder.h).
#include "DemoFixture.h"
#include "TestPaths.h"

#include "journal/ForwardingQueue.h"
#include "journal/RelpClient.h"
#include "journal/SiemForwarder.h"
#include "workspace/Database.h"
#include "workspace/DemoWorkspace.h"
#include "workspace/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstddef>
extern "C" {
#include <librelp.h>
}

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace symbolon;

namespace {

// A port nobody listens on now: bind port 0 on 127.0.0.1 and read what the kernel chose.
quint16 freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

void ignoreDebug(char*, ...) {}

bool portAccepts(quint16 port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(port);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    ::close(fd);
    return ok;
}

template <typename F> bool waitFor(F condition, int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (condition())
            return true;
        QThread::msleep(2);
    }
    return condition();
}

// An rsyslogd of our own: config, pid file, work directory and output under /dev/shm; imrelp on
// 127.0.0.1; every message written raw, one per line. The main queue is Direct, so imrelp
// answers a frame only after the message is in the file.
class Collector {
public:
    Collector() : m_port(freePort()) {}
    ~Collector() { stop(); }

    QString program() const {
        return QStandardPaths::findExecutable(QStringLiteral("rsyslogd"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    }
    quint16 port() const { return m_port; }
    QString outPath() const { return m_dir.filePath(QStringLiteral("out.log")); }

    // Empty when running; else why not.
    QString start() {
        if (program().isEmpty())
            return QStringLiteral("rsyslogd is not installed (Debian package rsyslog)");
        if (!QFile::exists(QStringLiteral("/usr/lib/x86_64-linux-gnu/rsyslog/imrelp.so")) &&
            !QFile::exists(QStringLiteral("/usr/lib/rsyslog/imrelp.so")))
            return QStringLiteral("rsyslog's imrelp module is not installed (Debian package rsyslog-relp)");
        if (m_port == 0)
            return QStringLiteral("no free TCP port on 127.0.0.1");
        QDir(m_dir.path()).mkpath(QStringLiteral("work"));
        const QString conf = m_dir.filePath(QStringLiteral("rsyslog.conf"));
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write %1").arg(conf);
        f.write(QStringLiteral("global(workDirectory=\"%1\" maxMessageSize=\"64k\")\n"
                               "main_queue(queue.type=\"Direct\")\n"
                               "module(load=\"imrelp\")\n"
                               "template(name=\"raw\" type=\"string\" string=\"%rawmsg%\\n\")\n"
                               "input(type=\"imrelp\" address=\"127.0.0.1\" port=\"%2\")\n"
                               "action(type=\"omfile\" file=\"%3\" template=\"raw\")\n")
                    .arg(m_dir.filePath(QStringLiteral("work")))
                    .arg(m_port)
                    .arg(outPath())
                    .toUtf8());
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // If this test crashes, the collector goes with it.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start(program(), {QStringLiteral("-n"), QStringLiteral("-f"), conf, QStringLiteral("-i"),
                                    m_dir.filePath(QStringLiteral("rsyslogd.pid"))});
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("rsyslogd did not start: %1").arg(m_process.errorString());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            if (m_process.state() != QProcess::Running)
                return QStringLiteral("rsyslogd exited: %1")
                    .arg(QString::fromLocal8Bit(m_process.readAll()).trimmed());
            if (portAccepts(m_port))
                return {};
            QThread::msleep(20);
        }
        stop();
        return QStringLiteral("rsyslogd did not listen on port %1 within 10 s").arg(m_port);
    }
    void signal(int sig) {
        if (m_process.state() != QProcess::Running)
            return;
        ::kill(static_cast<pid_t>(m_process.processId()), sig);
        if (sig == SIGSTOP) // wait until every thread is stopped, or imrelp may still answer
            waitFor([this] { return allThreadsStopped(); }, 5000);
    }
    bool allThreadsStopped() const {
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(m_process.processId()));
        for (const QString& t : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile stat(tasks.filePath(t + QStringLiteral("/stat")));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const int close = line.lastIndexOf(')');
            if (close < 0 || close + 2 >= line.size() || line.at(close + 2) != 'T')
                return false;
        }
        return true;
    }
    void stop() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        signal(SIGCONT);
        m_process.terminate(); // SIGTERM
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The seq of every Symbolon message in the output, in arrival order.
    QVector<qint64> seqs() const {
        static const QRegularExpression re(QStringLiteral("\\[symbolon@32473 seq=\"(\\d+)\""));
        QVector<qint64> out;
        QFile f(outPath());
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            auto m = re.match(QString::fromUtf8(line));
            if (m.hasMatch())
                out.push_back(m.captured(1).toLongLong());
        }
        return out;
    }
    int lineCount() const {
        QFile f(outPath());
        return f.open(QIODevice::ReadOnly) ? static_cast<int>(f.readAll().count('\n')) : 0;
    }

private:
    QTemporaryDir m_dir{QStringLiteral("/dev/shm/symbolon-rsyslog-XXXXXX")};
    quint16 m_port = 0;
    QProcess m_process;
};

// Appends n journal entries in one transaction; returns the head seq.
qint64 appendEntries(workspace::Workspace& ws, int n) {
    workspace::Transaction tx(ws.db());
    if (!tx.begin())
        qFatal("begin");
    qint64 head = 0;
    for (int i = 0; i < n; ++i) {
        auto e = ws.journal().append({QStringLiteral("Test \"runner\" [siem]"), QStringLiteral("system"),
                                      QStringLiteral("test.siem"), QStringLiteral("device-%1").arg(i),
                                      QJsonObject{{QStringLiteral("i"), i}}});
        if (!e)
            qFatal("append: %s", qPrintable(e.error().message));
        head = e->seq;
    }
    if (!tx.commit())
        qFatal("commit");
    return head;
}

// Every seq 1..head arrived; first arrivals are in increasing order; every step back (a re-send
// after an outage or a crash) is at most maxStepBack. Returns the number of duplicates.
int checkArrivals(const QVector<qint64>& seqs, qint64 head, int maxStepBack, QString* why) {
    QSet<qint64> seen;
    qint64 highest = 0;
    int duplicates = 0;
    for (int i = 0; i < seqs.size(); ++i) {
        const qint64 s = seqs[i];
        if (seen.contains(s)) {
            ++duplicates;
        } else {
            if (s != highest + 1) {
                *why =
                    QStringLiteral("first arrival of #%1 after #%2 (position %3)").arg(s).arg(highest).arg(i);
                return -1;
            }
            seen.insert(s);
            highest = s;
        }
        if (i > 0 && s <= seqs[i - 1] && seqs[i - 1] - s + 1 > maxStepBack) {
            *why = QStringLiteral("re-send stepped back from #%1 to #%2 (more than %3)")
                       .arg(seqs[i - 1])
                       .arg(s)
                       .arg(maxStepBack);
            return -1;
        }
    }
    if (highest != head) {
        *why = QStringLiteral("only #1..#%1 of #%2 arrived").arg(highest).arg(head);
        return -1;
    }
    return duplicates;
}

journal::SiemConfig configFor(quint16 port) {
    journal::SiemConfig c;
    c.relp.host = QStringLiteral("127.0.0.1");
    c.relp.port = port;
    c.relp.windowSize = 4;
    c.relp.timeoutSeconds = 5;
    c.backoffMinMs = 50;
    c.backoffMaxMs = 400;
    c.hostname = QStringLiteral("symbolon-test");
    return c;
}

} // namespace

class TestSiemRelp : public QObject {
    Q_OBJECT
    // One demo workspace per process (its embedded token store); each case uses its own
    // collector, hence its own forwarding-queue row, so each starts from acked_seq 0.
    std::unique_ptr<test::DemoFixture> m_fx;
    std::unique_ptr<workspace::Workspace> m_ws;

    void requireCollector(Collector& c) {
        const QString why = c.start();
        if (!why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("cannot run a real rsyslogd here: ") + why));
    }

private Q_SLOTS:
    void initTestCase() {
        std::signal(SIGPIPE, SIG_DFL); // the forwarder must cope on its own
        m_fx = std::make_unique<test::DemoFixture>(20);
        m_ws = m_fx->open();
    }
    void cleanupTestCase() {
        m_ws.reset();
        m_fx.reset();
    }

    // What SiemForwarder.h relies on: a send returns only while fewer than W frames are
    // unanswered, and librelp ignores a window of 1 (its default, 128, applies).
    void librelpWindowIsEnforcedByAcks_data() {
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("expectedSends");
        QTest::newRow("W=2") << 2 << 2;
        QTest::newRow("W=4") << 4 << 4;
    }
    void librelpWindowIsEnforcedByAcks() {
        QFETCH(int, window);
        QFETCH(int, expectedSends);
        Collector collector;
        requireCollector(collector);
        journal::RelpOptions o;
        o.port = collector.port();
        o.windowSize = window;
        o.timeoutSeconds = 1;
        journal::RelpClient client;
        auto s = client.connect(o);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        collector.signal(SIGSTOP); // frozen: the kernel still takes bytes, nobody answers
        int sent = 0;
        for (int i = 1; i <= 300; ++i) {
            if (!client.send(QByteArrayLiteral("<85>1 - - window-probe - - - frozen collector")).ok())
                break;
            ++sent;
        }
        collector.signal(SIGCONT);
        QCOMPARE(sent, expectedSends);
        QVERIFY(client.errorCount() > 0); // the blocked send timed out through onErr
        QVERIFY(!client.close().ok());    // no credit from a broken session
    }

    // RelpClient never asks for W < 2; this is why (raw librelp).
    void librelpIgnoresWindowOfOne() {
        Collector collector;
        requireCollector(collector);
        relpEngine_t* engine = nullptr;
        relpClt_t* client = nullptr;
        QCOMPARE(relpEngineConstruct(&engine), RELP_RET_OK);
        relpEngineSetDbgprint(engine, ignoreDebug); // librelp 1.11 calls a NULL one otherwise
        relpEngineSetEnableCmd(engine, reinterpret_cast<unsigned char*>(const_cast<char*>("syslog")),
                               eRelpCmdState_Required);
        QCOMPARE(relpEngineCltConstruct(engine, &client), RELP_RET_OK);
        relpCltSetTimeout(client, 1);
        relpCltSetWindowSize(client, 1);
        QByteArray port = QByteArray::number(collector.port()), host("127.0.0.1");
        QCOMPARE(relpCltConnect(client, AF_INET, reinterpret_cast<unsigned char*>(port.data()),
                                reinterpret_cast<unsigned char*>(host.data())),
                 RELP_RET_OK);
        collector.signal(SIGSTOP);
        QByteArray msg("<85>1 - - window-probe - - - frozen collector");
        int sent = 0;
        while (sent < 300 && relpCltSendSyslog(client, reinterpret_cast<unsigned char*>(msg.data()),
                                               static_cast<size_t>(msg.size())) == RELP_RET_OK)
            ++sent;
        collector.signal(SIGCONT);
        relpEngineCltDestruct(engine, &client);
        relpEngineDestruct(&engine);
        QCOMPARE(sent, 128); // librelp's default window, not 1
    }

    // (a) Everything arrives once, in order.
    void allEntriesArriveInOrder() {
        Collector collector;
        requireCollector(collector);
        const qint64 head = appendEntries(*m_ws, 500);
        workspace::Workspace* w = m_ws.get();
        journal::SiemForwarder fwd([w] { return w->openConnection(false); }, configFor(collector.port()));
        auto acked = fwd.drain(QDeadlineTimer(60000));
        QVERIFY2(acked.ok(), qPrintable(acked.error().message));
        QCOMPARE(*acked, head);
        QVector<qint64> expected;
        for (qint64 i = 1; i <= head; ++i)
            expected.push_back(i);
        QCOMPARE(collector.seqs(), expected); // exactly once each: no outage, no re-send
        journal::ForwardingQueue q(m_ws->db(), configFor(collector.port()).collectorName());
        auto stored = q.ackedSeq();
        QVERIFY(stored.ok());
        QCOMPARE(*stored, head);
        // Nothing queued: a second drain sends nothing.
        auto again = fwd.drain(QDeadlineTimer(10000));
        QVERIFY(again.ok());
        QCOMPARE(collector.seqs().size(), expected.size());
    }

    // (b) The collector stops (SIGTERM) mid-stream and comes back on the same port.
    void collectorRestartMidStreamLosesNothing() {
        Collector collector;
        requireCollector(collector);
        const qint64 head = appendEntries(*m_ws, 3000);
        workspace::Workspace* w = m_ws.get();
        const auto config = configFor(collector.port());
        journal::SiemForwarder fwd([w] { return w->openConnection(false); }, config);
        fwd.start();
        QVERIFY(waitFor([&] { return collector.lineCount() >= 1000; }, 30000));
        collector.signal(SIGSTOP); // freeze it mid-stream, then stop it with frames unanswered
        const int before = collector.seqs().size();
        QVERIFY2(before < head, "the stream finished before the collector could be stopped");
        collector.stop();
        QThread::msleep(300); // the forwarder notices and backs off
        QVERIFY(fwd.status().queued > 0);
        requireCollector(collector);
        QVERIFY(waitFor([&] { return fwd.status().ackedSeq >= head; }, 60000));
        fwd.stop();
        QString why;
        const int duplicates = checkArrivals(collector.seqs(), head, config.relp.windowSize, &why);
        QVERIFY2(duplicates >= 0, qPrintable(why));
        qInfo("collector restart: %lld entries, %d arrived before the stop, %d duplicates", head, before,
              duplicates);
    }

    // (c) Symbolon (symbolon-cli siem forward) is killed with SIGKILL mid-stream and run again.
    void symbolonKilledMidStreamLosesNothing() {
        if (test::cliPath().isEmpty())
            QSKIP("SYMBOLON_CLI is not set (run through ctest)");
        Collector collector;
        requireCollector(collector);
        const qint64 head = appendEntries(*m_ws, 5000); // the child opens the workspace too
        const auto& card = workspace::demoCards()[0];
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SYMBOLON_TEST_PIN"), card.pin);
        env.insert(QStringLiteral("SYMBOLON_SIEM_BACKOFF_MAX_MS"), QStringLiteral("200"));
        const QString collectorArg = QStringLiteral("127.0.0.1:%1").arg(collector.port());
        const QStringList common{QStringLiteral("--workspace"), m_fx->dir(),
                                 QStringLiteral("--card"),      card.label,
                                 QStringLiteral("--pin-env"),   QStringLiteral("SYMBOLON_TEST_PIN"),
                                 QStringLiteral("siem"),        QStringLiteral("forward"),
                                 QStringLiteral("--collector"), collectorArg};
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(test::cliPath(), common);
        QVERIFY(child.waitForStarted(10000));
        QVERIFY2(waitFor([&] { return collector.lineCount() >= 1500; }, 60000),
                 qPrintable(QString::fromLocal8Bit(child.readAll())));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        const int before = collector.seqs().size();
        QVERIFY2(before < head, "the stream finished before the kill");

        QProcess again;
        again.setProcessEnvironment(env);
        again.setProcessChannelMode(QProcess::MergedChannels);
        again.start(test::cliPath(), common + QStringList{QStringLiteral("--once"),
                                                          QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(again.waitForFinished(90000));
        const QString output = QString::fromLocal8Bit(again.readAll());
        QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0, qPrintable(output));

        journal::ForwardingQueue q(m_ws->db(), collectorArg);
        auto acked = q.ackedSeq();
        QVERIFY(acked.ok());
        QVERIFY(*acked > head); // and the children's own "workspace.opened" entries
        QString why;
        const journal::SiemConfig defaults;
        const int duplicates =
            checkArrivals(collector.seqs(), *acked, defaults.relp.windowSize + defaults.persistEvery, &why);
        QVERIFY2(duplicates >= 0, qPrintable(why));
        qInfo("kill -9: %d arrived before the kill, %d duplicates after the restart", before, duplicates);
    }
};

QTEST_GUILESS_MAIN(TestSiemRelp)
#include "test_siem_relp.moc"
