// Issue 4 "Forwarding to the SIEM": the journal reaches a real rsyslogd (imrelp) over RELP, in
// order, with no loss, when the collector is stopped and restarted mid-stream and when Symbolon
// is killed mid-stream. Also re-checks the librelp behaviour the forwarder relies on
// (core/journal/SiemForwarder.h).
#include "DemoFixture.h"
#include "RsyslogCollector.h"
#include "TestPaths.h"

#include "demo/DemoWorkspace.h"
#include "journal/ForwardingQueueStore.h"
#include "journal/RelpClient.h"
#include "journal/SiemForwarder.h"
#include "store/Database.h"
#include "store/Transaction.h"

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
using test::checkArrivals;
using test::waitFor;
using Collector = test::RsyslogCollector;

namespace {

void ignoreDebug(char*, ...) {}

// Appends n journal entries in one transaction; returns the head seq.
qint64 appendEntries(workspace::Workspace& ws, int n) {
    store::Transaction tx(ws.db());
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
        journal::ForwardingQueueStore q(m_ws->db(), configFor(collector.port()).collectorName());
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
        const qint64 head = appendEntries(*m_ws, 5000);
        m_ws.reset(); // the child opens the workspace: one process at a time (issue #14)
        const auto& card = demo::demoCards()[0];
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

        m_ws = m_fx->open();
        journal::ForwardingQueueStore q(m_ws->db(), collectorArg);
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
