// The console forwards the journal to the SIEM named in Settings (SiemStatusIndicator in the
// status bar): with a real rsyslogd (imrelp on loopback) every entry arrives and the field says
// "up to date"; with the collector gone it says unreachable and how many wait; RELP off forwards
// nothing and says why; no collector: off. QSettings go to a temporary folder.
#include "CliRunner.h"
#include "RsyslogCollector.h"

#include "common/StatusColor.h"
#include "journal/ForwardingQueueStore.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SiemStatusIndicator.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;

class TestSiemIndicator : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;
    QTemporaryDir m_tmp{QStringLiteral("/dev/shm/symbolon-siem-ui-XXXXXX")};
    QString m_ws;

    static void configure(const QString& host, int port, bool relp) {
        ui::AppSettings s;
        s.setSyslogHost(host);
        s.setSyslogPort(port);
        s.setSyslogRelp(relp);
        s.setSyslogTls(false);
        s.sync();
    }

private Q_SLOTS:
    void initTestCase() {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SymbolonSiemIndicatorTest"));
        QVERIFY(QSettings().fileName().startsWith(m_config.path()));
        qputenv("SYMBOLON_SIEM_BACKOFF_MAX_MS", "200");
        m_ws = m_tmp.filePath(QStringLiteral("ws"));
        const auto r =
            test::runCli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                          m_ws, QStringLiteral("--devices"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void offWithoutACollector() {
        configure(QString(), 2514, true);
        ui::MainWindow w(test::openWorkspaceAs(m_ws, test::kCustodian1));
        auto* siem = w.findChild<ui::SiemStatusIndicator*>(QStringLiteral("statusSiem"));
        QVERIFY(siem);
        QCOMPARE(siem->text(), QStringLiteral("SIEM: off"));
        QVERIFY(!siem->isForwarding());
        QVERIFY(!siem->accessibleDescription().isEmpty());
    }

    void relpOffForwardsNothingAndSaysWhy() {
        configure(QStringLiteral("127.0.0.1"), 2514, false);
        ui::MainWindow w(test::openWorkspaceAs(m_ws, test::kCustodian1));
        auto* siem = w.siemStatus();
        QCOMPARE(siem->text(), QStringLiteral("SIEM: not forwarding"));
        QVERIFY(siem->toolTip().contains(QStringLiteral("RELP is off")));
        QVERIFY(!siem->isForwarding());
    }

    void forwardsEveryEntryThenReportsAnOutage() {
        test::RsyslogCollector collector;
        if (const QString why = collector.start(); !why.isEmpty())
            QSKIP(qPrintable(why));
        configure(QStringLiteral("127.0.0.1"), collector.port(), true);
        ui::MainWindow w(test::openWorkspaceAs(m_ws, test::kCustodian1));
        auto* siem = w.siemStatus();
        QVERIFY(siem->isForwarding());
        auto head = w.workspace().journal().head();
        QVERIFY(head);
        const qint64 seq = head->seq;
        QTRY_VERIFY_WITH_TIMEOUT(siem->status().state == journal::SiemStatus::State::Idle &&
                                     siem->status().ackedSeq >= seq,
                                 20000);
        QCOMPARE(siem->text(), QStringLiteral("SIEM: up to date (#%1)").arg(siem->status().ackedSeq));
        QString why;
        QVERIFY2(test::checkArrivals(collector.seqs(), seq, 8, &why) >= 0, qPrintable(why));

        // The collector goes away; a new entry waits and the field says so.
        collector.stop();
        auto entry =
            w.workspace().record(QStringLiteral("test.siem-outage"), QStringLiteral("workspace"), {});
        QVERIFY(entry);
        QTRY_VERIFY_WITH_TIMEOUT(siem->status().state == journal::SiemStatus::State::Waiting, 20000);
        QVERIFY2(siem->text().contains(QStringLiteral("unreachable")), qPrintable(siem->text()));
        QVERIFY(siem->status().queued >= 1);
        QVERIFY(!siem->toolTip().isEmpty());

        // Settings cleared: the forwarder stops.
        configure(QString(), 2514, true);
        siem->reconfigure(ui::AppSettings());
        QVERIFY(!siem->isForwarding());
        QCOMPARE(siem->text(), QStringLiteral("SIEM: off"));
    }

    // Issue #15: the entry the collector acknowledged no longer has the hash it had (here the
    // anchor row is made to disagree). The console's forwarder stops without sending, and the
    // field says so in red with the entry and both hashes in its tooltip.
    void aChangedAnchorStopsForwardingInRed() {
        const quint16 port = test::freePort(); // nothing listens: the check comes before any connection
        {
            auto ws = test::openWorkspaceAs(m_ws, test::kCustodian1);
            journal::ForwardingQueueStore queue(ws->db(), QStringLiteral("127.0.0.1:%1").arg(port));
            QVERIFY(queue.ensureSchema());
            QVERIFY(queue.advanceAckedSeq(2, QByteArray(32, '\x5a')));
        }
        configure(QStringLiteral("127.0.0.1"), port, true);
        ui::MainWindow w(test::openWorkspaceAs(m_ws, test::kCustodian1));
        auto* siem = w.siemStatus();
        QTRY_COMPARE_WITH_TIMEOUT(siem->text(), QStringLiteral("SIEM: STOPPED on an error"), 10000);
        QVERIFY2(siem->toolTip().contains(
                     QStringLiteral("Journal entry #2 was rewritten after the SIEM collector")),
                 qPrintable(siem->toolTip()));
        QVERIFY(siem->toolTip().contains(QString::fromLatin1(QByteArray(32, '\x5a').toHex())));
        QCOMPARE(siem->palette().color(QPalette::WindowText),
                 ui::statusColor(ui::StatusTone::Error, w.palette()));
    }
};

QTEST_MAIN(TestSiemIndicator)
#include "test_siem_indicator.moc"
