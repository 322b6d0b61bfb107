// The console forwards the journal to the SIEM named in Settings (SiemStatusIndicator in the
// status bar): with a real rsyslogd (imrelp on loopback) every entry arrives and the field says
// "up to date"; with the collector gone it says unreachable and how many wait; RELP off forwards
// nothing and says why; no collector: off. QSettings go to a temporary folder.
#include "CliRunner.h"
#include "RsyslogCollector.h"

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
};

QTEST_MAIN(TestSiemIndicator)
#include "test_siem_indicator.moc"
