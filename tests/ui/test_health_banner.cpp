// Fail closed in the console (issue #14, item 5): a workspace whose checkpoint file is gone opens
// read-only; the main window says why in a plain-text banner, and the custodial actions are
// disabled with the same sentence as their tooltip, while export stays enabled.
#include "DemoFixture.h"

#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QTest>

using namespace symbolon;

class TestHealthBanner : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{20};

private Q_SLOTS:
    void aHealthyWorkspaceHasNoBanner() {
        ui::MainWindow window(m_demo.open(0));
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("healthBanner")));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionCeremonyGenerateKeks"))->isEnabled());
    }

    void aDamagedWorkspaceSaysWhyAndIsReadOnly() {
        const QString sidecar = workspace::Workspace::checkpointFilePath(m_demo.dir());
        QVERIFY(QFile::rename(sidecar, sidecar + QStringLiteral(".away")));
        {
            ui::MainWindow window(m_demo.open(0));
            auto* banner = window.findChild<QLabel*>(QStringLiteral("healthBanner"));
            QVERIFY(banner);
            QCOMPARE(banner->textFormat(), Qt::PlainText);
            QVERIFY2(banner->text().startsWith(
                         QStringLiteral("Custodial actions are refused: the checkpoint file ")),
                     qPrintable(banner->text()));
            QVERIFY(banner->text().endsWith(QStringLiteral("You can still open, read, verify and export.")));
            auto* keks = window.findChild<QAction*>(QStringLiteral("actionCeremonyGenerateKeks"));
            QVERIFY(keks && !keks->isEnabled());
            QCOMPARE(keks->toolTip(), banner->text());
            auto* import = window.findChild<QAction*>(QStringLiteral("actionImport"));
            QVERIFY(import && !import->isEnabled());
            QVERIFY(window.findChild<QAction*>(QStringLiteral("actionExportEvidence"))->isEnabled());
        }
        QVERIFY(QFile::rename(sidecar + QStringLiteral(".away"), sidecar));
    }
};

QTEST_MAIN(TestHealthBanner)
#include "test_health_banner.moc"
