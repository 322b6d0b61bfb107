// File ▸ Custodian report…: on a migrated demo (three ceremonies under a quorum), the dialog writes
// a non-empty PDF whose text (pdftotext) has every section, the number of ceremonies and the
// verification result; a period that ends before it starts is refused before anything is written.
#include "MigratedDemo.h"
#include "journal/CustodianReportDialog.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace symbolon;

class TestCustodianReport : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{30, 31};
    std::unique_ptr<workspace::Workspace> m_ws;

private Q_SLOTS:
    void initTestCase() {
        test::migrateDemo(m_demo);
        m_ws = m_demo.open(3); // a reviewer: reads and verifies, changes nothing
    }

    void writesThePdf() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        ui::CustodianReportDialog dialog(*m_ws);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        dialog.setPeriod(today.addDays(-1), today);
        const QString pdf = m_demo.scratch(QStringLiteral("report.pdf"));
        dialog.setFile(pdf);
        QSignalSpy done(&dialog, &ui::CustodianReportDialog::written);
        dialog.write();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.at(0).at(0).toString(), pdf);
        QVERIFY2(done.at(0).at(1).toString().isEmpty(), qPrintable(done.at(0).at(1).toString()));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(dialog.statusText().contains(QStringLiteral("3 ceremonies")));

        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        // The PDF's font may set "fi" and "fl" as ligatures: read them as letters.
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .replace(QChar(0xFB01), QStringLiteral("fi"))
                                 .replace(QChar(0xFB02), QStringLiteral("fl"))
                                 .simplified();
        for (const char* section : {"Custodian report", "Journal verification", "Ceremonies",
                                    "Quorum sessions", "Re-keys", "Inventory imports"})
            QVERIFY2(
                text.contains(QLatin1String(section)),
                qPrintable(QString::fromLatin1(section) + QStringLiteral(" not in: ") + text.left(3000)));
        QVERIFY2(text.contains(QStringLiteral("3 ceremonies in the period")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("3 quorum sessions: 3 completed, 0 failed, 0 cancelled")));
        QVERIFY(text.contains(QStringLiteral("ceremony.transport-key")));
        QVERIFY(text.contains(QStringLiteral("Verified: every hash")));
        QVERIFY(!text.contains(QStringLiteral("FAILED")));
    }

    void aBackwardPeriodIsRefused() {
        ui::CustodianReportDialog dialog(*m_ws);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        dialog.setPeriod(today, today.addDays(-3));
        const QString pdf = m_demo.scratch(QStringLiteral("backward.pdf"));
        dialog.setFile(pdf);
        auto* write = dialog.findChild<QPushButton*>(QStringLiteral("custodianReportWrite"));
        QVERIFY(write);
        QVERIFY(!write->isEnabled());
        QVERIFY(dialog.statusText().contains(QStringLiteral("ends before it starts")));
        dialog.write();
        QVERIFY(!dialog.isWriting());
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void theFileMenuOffersIt() {
        m_ws.reset(); // a workspace is open once at a time, in this process too (issue #14)
        ui::MainWindow window(m_demo.open(3));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionCustodianReport"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(action->text().endsWith(QChar(0x2026)));
    }
};

QTEST_MAIN(TestCustodianReport)
#include "test_custodianreport.moc"
