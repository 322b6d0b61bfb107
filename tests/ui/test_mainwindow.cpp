// The console driven through its real widgets, by objectName, offscreen: opening with a wrong
// and a right PIN, the Overview's numbers, the Devices view's paging, filter, sort and detail
// pane, and importing a bad and a good inventory file.
#include "TestPaths.h"
#include "TokenStore.h"

#include "demo/DemoInventoryGenerator.h"
#include "devices/DeviceDetailPane.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesView.h"
#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Session.h"
#include "importer/ImportDialog.h"
#include "inventory/InventoryImporter.h"
#include "mainwindow/MainWindow.h"
#include "open/OpenWorkspaceDialog.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace symbolon;

class TestMainWindow : public QObject {
    Q_OBJECT

    test::TokenStore m_store;
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-ui-XXXXXX")};
    QString m_dir;
    qint64 m_devices = 0;
    std::unique_ptr<ui::MainWindow> m_window;

    static QString makeCard(hsm::Module& module, const QString& label, const char* pin) {
        auto t =
            module.initToken(label, SecureBytes::fromString("so-pin-1234"), SecureBytes::fromString(pin));
        if (!t)
            qFatal("initToken: %s", qPrintable(t.error().message));
        auto s = module.openSession(t->slotId, true);
        if (!s || !(*s)->login(SecureBytes::fromString(pin)))
            qFatal("login failed");
        auto kp = hsm::EcKeyPair::generate(**s, QStringLiteral("Symbolon custodian key"),
                                           QByteArrayLiteral("\x01"));
        if (!kp)
            qFatal("%s", qPrintable(kp.error().message));
        (void)(*s)->logout();
        return t->serial;
    }

    QString writeFile(const QString& name, const QByteArray& text) {
        const QString path = m_root.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray csvHeader() {
        return "device_id,device_type,cohort,s1sp,manufacturer,model,commissioned_at,category,system_"
               "title\r\n";
    }

    template <typename T> T* child(QObject* parent, const char* name) {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }

    ui::DevicesView* devices() { return m_window->devicesView(); }
    QString deviceIdAt(int row) {
        const inventory::DeviceRow* d = devices()->model()->deviceAt(row);
        return d ? d->deviceId : QString();
    }

    // Runs one import through the dialog and returns it (still open) once the worker has ended.
    ui::ImportDialog* runImportDialog(const QString& path) {
        child<QAction>(m_window.get(), "actionImport")->trigger();
        auto* dialog = m_window->findChild<ui::ImportDialog*>(QStringLiteral("importDialog"));
        if (!dialog)
            return nullptr;
        QSignalSpy done(dialog, &ui::ImportDialog::finishedRun);
        child<QLineEdit>(dialog, "importPath")->setText(path);
        QTest::mouseClick(child<QPushButton>(dialog, "importStart"), Qt::LeftButton);
        if (!done.wait(60000))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_store.isValid());
        auto module = hsm::Module::load(test::softhsmModule());
        QVERIFY2(module, module ? "" : qPrintable(module.error().message));
        const QString serial = makeCard(**module, QStringLiteral("ACS card 1"), "111111");

        m_dir = m_root.filePath(QStringLiteral("ws"));
        workspace::WorkspaceConfig c;
        c.name = QStringLiteral("UI test");
        c.modulePath = test::softhsmModule();
        c.createdAt = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
        c.quorumK = 1; // Alice alone signs site register version 1 (development profile)
        c.quorumN = 1;
        auto ws = workspace::Workspace::create(
            m_dir, c,
            {{QStringLiteral("Alice Hughes"), QStringLiteral("custodian"), serial, QByteArrayLiteral("\x01"),
              SecureBytes::fromString("111111")}});
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));

        // More than a few pages of devices, so that paging is exercised.
        demo::DemoInventoryOptions o;
        o.seed = 7;
        o.deviceCount = 1500;
        o.now = QDateTime::currentDateTimeUtc();
        QFile csv(m_root.filePath(QStringLiteral("inventory.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(demo::DemoInventoryGenerator(o).writeCsv(csv));
        csv.close();
        auto imported = inventory::InventoryImporter(**ws).importFile(csv.fileName(), o.now);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->kind, inventory::ImportOutcome::Kind::Imported);
        m_devices = imported->devices;
        QVERIFY(m_devices > 3 * ui::DeviceTableModel::kPageSize);
    }

    void wrongPinShowsCoreErrorInline() {
        ui::OpenWorkspaceDialog dialog(m_dir);
        dialog.show();
        auto* cards = child<QTreeWidget>(&dialog, "cardList");
        QTRY_COMPARE(cards->topLevelItemCount(), 1);
        QTRY_VERIFY(cards->currentItem() != nullptr);
        QCOMPARE(cards->currentItem()->text(0), QStringLiteral("Alice Hughes"));
        auto* pin = child<QLineEdit>(&dialog, "pinEdit");
        QCOMPARE(pin->echoMode(), QLineEdit::NoEcho); // a PIN is never echoed, not even as dots
        QCOMPARE(pin->contextMenuPolicy(), Qt::NoContextMenu);
        QTest::keyClicks(pin, QStringLiteral("999999"));
        QTest::mouseClick(child<QPushButton>(&dialog, "openButton"), Qt::LeftButton);
        QVERIFY(pin->text().isEmpty()); // taken into SecureBytes at once
        auto* error = child<QLabel>(&dialog, "openError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(QStringLiteral("PIN is not correct")), qPrintable(error->text()));
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void rightPinOpensTheMainWindow() {
        ui::OpenWorkspaceDialog dialog(m_dir);
        dialog.show();
        auto* cards = child<QTreeWidget>(&dialog, "cardList");
        QTRY_VERIFY(cards->currentItem() != nullptr);
        QTest::keyClicks(child<QLineEdit>(&dialog, "pinEdit"), QStringLiteral("111111"));
        QTest::mouseClick(child<QPushButton>(&dialog, "openButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        auto ws = dialog.takeWorkspace();
        QVERIFY(ws);
        QCOMPARE(ws->identity().holder, QStringLiteral("Alice Hughes"));
        m_window = std::make_unique<ui::MainWindow>(std::move(ws));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        auto* banner = child<QLabel>(m_window.get(), "developmentBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("DEVELOPMENT PROFILE")));
        QVERIFY(!banner->text().contains(QStringLiteral("Demo cards"))); // only for "Symbolon demo"
        QVERIFY(
            child<QLabel>(m_window.get(), "statusIdentity")->text().contains(QStringLiteral("Alice Hughes")));
        QVERIFY(
            child<QLabel>(m_window.get(), "statusProfile")->text().contains(QStringLiteral("development")));
        QCOMPARE(child<QAction>(m_window.get(), "actionImport")->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_I));
    }

    void statusBarShowsWorkspaceTokenAndWho() {
        QVERIFY(m_window);
        QCOMPARE(child<QLabel>(m_window.get(), "statusWorkspace")->text(), QStringLiteral("Workspace: ws"));
        QCOMPARE(child<QLabel>(m_window.get(), "statusIdentity")->text(),
                 QStringLiteral("Logged in: Alice Hughes (custodian)"));
        auto* token = child<QLabel>(m_window.get(), "statusKeyToken");
        // This workspace was made without a key token; the label says so rather than "logged out".
        QCOMPARE(token->text(), QStringLiteral("Key token: none enrolled"));
        QVERIFY(token->isVisible());
    }

    void settingsActionOpensTheDialog() {
        QVERIFY(m_window);
        auto* action = child<QAction>(m_window.get(), "actionSettings");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(child<QMenu>(m_window.get(), "menuFile")->actions().contains(action));
        action->trigger();
        auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        action->trigger(); // a second time raises the same dialog
        QCOMPARE(m_window->findChildren<QDialog*>(QStringLiteral("settingsDialog")).size(), 1);
        dialog->reject();
        QTRY_VERIFY(!m_window->findChild<QDialog*>(QStringLiteral("settingsDialog")));
    }

    // The navigation list, the stack, the views' menu actions and the --view names all come from
    // MainWindow::views(), in the order of View (issue #13).
    void navigationAndMenusComeFromTheViewRegistry() {
        QVERIFY(m_window);
        const QList<ui::MainWindow::ViewEntry>& views = ui::MainWindow::views();
        auto* nav = child<QListWidget>(m_window.get(), "navigation");
        auto* stack = child<QStackedWidget>(m_window.get(), "views");
        QVERIFY(nav && stack);
        QCOMPARE(nav->count(), views.size());
        QCOMPARE(stack->count(), views.size());
        for (int i = 0; i < views.size(); ++i) {
            const ui::MainWindow::ViewEntry& v = views.at(i);
            QCOMPARE(int(v.view), i);
            QCOMPARE(nav->item(i)->text(), ui::MainWindow::tr(v.label));
            auto* action = child<QAction>(m_window.get(), v.actionName);
            QVERIFY(action);
            QCOMPARE(action->text(), ui::MainWindow::tr(v.actionText));
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | v.key));
            const char* menu = v.menu == ui::MainWindow::ViewMenu::View         ? "menuView"
                               : v.menu == ui::MainWindow::ViewMenu::Ceremonies ? "menuCeremonies"
                                                                                : "menuRekey";
            QVERIFY2(child<QMenu>(m_window.get(), menu)->actions().contains(action), v.actionName);
            action->trigger();
            QCOMPARE(m_window->currentView(), v.view);
            QCOMPARE(nav->currentRow(), i);
            QCOMPARE(ui::MainWindow::viewNamed(QString::fromLatin1(v.screenshotName)), std::optional(v.view));
        }
        QVERIFY(!ui::MainWindow::viewNamed(QStringLiteral("open"))); // a dialog, not a view
        m_window->showView(ui::MainWindow::View::Overview);
        QCOMPARE(m_window->currentView(), ui::MainWindow::View::Overview);
    }

    void overviewShowsTheRotationClocks() {
        QVERIFY(m_window);
        QCOMPARE(m_window->currentView(), ui::MainWindow::View::Overview);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(m_window.get(), "overviewTotalValue")->text(),
                                  QLocale().toString(m_devices), 10000);
        auto* table = child<QTableWidget>(m_window.get(), "overviewRotationTable");
        QVERIFY(table->rowCount() > 0);
        QTRY_VERIFY(child<QLabel>(m_window.get(), "overviewRiskReview")
                        ->text()
                        .contains(QStringLiteral("first due by")));
        QTRY_COMPARE(child<QTableWidget>(m_window.get(), "overviewCardsTable")->rowCount(), 1);
    }

    // The Site Register view (issue #14) shows what open verified: trusted, one card, version 1;
    // no trust banner when nothing is wrong.
    void siteRegisterViewShowsTheVerifiedRegister() {
        QVERIFY(m_window);
        m_window->showView(ui::MainWindow::View::Site);
        QVERIFY(child<QLabel>(m_window.get(), "siteRegisterStatus")
                    ->text()
                    .contains(QStringLiteral("is trusted")));
        auto* cards = child<QTableWidget>(m_window.get(), "siteCards");
        QCOMPARE(cards->rowCount(), 1);
        QCOMPARE(cards->item(0, 0)->text(), QStringLiteral("Alice Hughes"));
        QCOMPARE(cards->item(0, 5)->text(), QStringLiteral("on the card (enrolment)")); // its PIN share
        QCOMPARE(child<QTableWidget>(m_window.get(), "siteVersions")->rowCount(), 1);
        QVERIFY2(child<QLabel>(m_window.get(), "trustBanner")->isHidden(),
                 qPrintable(child<QLabel>(m_window.get(), "trustBanner")->text()));
        m_window->showView(ui::MainWindow::View::Overview);
    }

    void devicesViewPagesOnDemand() {
        QVERIFY(m_window);
        child<QAction>(m_window.get(), "actionDevices")->trigger();
        QCOMPARE(m_window->currentView(), ui::MainWindow::View::Devices);
        ui::DeviceTableModel* model = devices()->model();
        QTRY_COMPARE_WITH_TIMEOUT(qint64(model->rowCount()), m_devices, 10000);
        QTRY_VERIFY(!deviceIdAt(0).isEmpty());
        // Only what is shown is fetched; the last row arrives when scrolled to.
        QVERIFY(deviceIdAt(model->rowCount() - 1).isEmpty());
        devices()->table()->scrollToBottom();
        QTRY_VERIFY(!deviceIdAt(model->rowCount() - 1).isEmpty());
        QVERIFY(model->cachedPages() <= ui::DeviceTableModel::kMaxPages);
        devices()->table()->scrollToTop();
    }

    void devicesFilterSortAndDetail() {
        QVERIFY(m_window);
        ui::DeviceTableModel* model = devices()->model();
        QTRY_VERIFY(!deviceIdAt(0).isEmpty());
        const QString first = deviceIdAt(0);

        // Search (debounced): a device id prefix narrows the table.
        auto* search = child<QLineEdit>(m_window.get(), "devicesSearch");
        QTest::keyClicks(search, first.left(12));
        QTRY_VERIFY_WITH_TIMEOUT(qint64(model->rowCount()) < m_devices && model->rowCount() >= 1, 5000);
        QTRY_COMPARE(deviceIdAt(0), first);
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(qint64(model->rowCount()), m_devices, 5000);

        // Sort: descending device id puts another device first.
        devices()->table()->sortByColumn(ui::DeviceTableModel::DeviceIdColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!deviceIdAt(0).isEmpty());
        QVERIFY2(deviceIdAt(0) > first, qPrintable(deviceIdAt(0)));
        QTRY_VERIFY(!deviceIdAt(1).isEmpty());
        QVERIFY(deviceIdAt(0) > deviceIdAt(1));

        // Select a row: the detail pane shows that device, id with dashes.
        devices()->table()->selectRow(1);
        const QString id = deviceIdAt(1);
        auto* detailId = child<QLabel>(m_window.get(), "detailDeviceId");
        QTRY_VERIFY(detailId->isVisible());
        QCOMPARE(detailId->text().remove(QLatin1Char('-')), id);
        QCOMPARE(detailId->text().count(QLatin1Char('-')), 7);
        QVERIFY(!child<QLabel>(m_window.get(), "detailRotation")->text().isEmpty());
        devices()->table()->sortByColumn(ui::DeviceTableModel::DeviceIdColumn, Qt::AscendingOrder);
    }

    void importWithErrorsListsThem() {
        QVERIFY(m_window);
        const QByteArray when = QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate).toLatin1();
        const QString path =
            writeFile(QStringLiteral("bad.csv"),
                      csvHeader() + "AA00000000000001,ESME,IOC,North S1SP,Zeta,Z1," + when +
                          ",,0102030405060708\r\n"
                          "AA00000000000002,TOASTER,IOC,North S1SP,Zeta,Z1," +
                          when +
                          ",,0102030405060709\r\n"
                          "AA00000000000003,GSME,IOC,North S1SP,Zeta,Z1,yesterday,,010203040506070A\r\n");
        ui::ImportDialog* dialog = runImportDialog(path);
        QVERIFY(dialog);
        auto* errors = child<QTableWidget>(dialog, "importErrors");
        QVERIFY(errors->isVisible());
        QCOMPARE(errors->rowCount(), 2);
        QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(errors->item(0, 1)->text(), QStringLiteral("device_type"));
        QCOMPARE(errors->item(0, 2)->text(), QStringLiteral("TOASTER"));
        QCOMPARE(errors->item(1, 0)->text(), QStringLiteral("4"));
        QCOMPARE(errors->item(1, 1)->text(), QStringLiteral("commissioned_at"));
        QVERIFY(child<QLabel>(dialog, "importResult")->text().contains(QStringLiteral("rejected")));
        dialog->close();
        QTRY_VERIFY(m_window->findChild<ui::ImportDialog*>() == nullptr);
        QCOMPARE(qint64(devices()->model()->rowCount()), m_devices); // nothing changed
    }

    void importGoodFileAddsRows() {
        QVERIFY(m_window);
        const QByteArray when = QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate).toLatin1();
        const QString path = writeFile(
            QStringLiteral("good.csv"),
            csvHeader() + "AA00000000000011,ESME,IOC,North S1SP,Zeta Test Meters,Z1," + when +
                ",,0102030405060711\r\nAA00000000000012,GSME,FOC,North S1SP,Zeta Test Meters,Z2," + when +
                ",1,0102030405060712\r\nAA00000000000013,CHF,IOC,North S1SP,Zeta Test Meters,Z3," + when +
                ",,0102030405060713\r\n");
        ui::ImportDialog* dialog = runImportDialog(path);
        QVERIFY(dialog);
        auto* result = child<QLabel>(dialog, "importResult");
        QVERIFY2(result->text().contains(QStringLiteral("Imported 3 devices")), qPrintable(result->text()));
        QVERIFY(!child<QTableWidget>(dialog, "importErrors")->isVisible());
        dialog->close();
        QTRY_COMPARE_WITH_TIMEOUT(qint64(devices()->model()->rowCount()), m_devices + 3, 5000);
        QTRY_COMPARE(child<QLabel>(m_window.get(), "overviewTotalValue")->text(),
                     QLocale().toString(m_devices + 3));
        auto* search = child<QLineEdit>(m_window.get(), "devicesSearch");
        search->setText(QStringLiteral("Zeta Test"));
        QTRY_COMPARE_WITH_TIMEOUT(devices()->model()->rowCount(), 3, 5000);

        // The same file again is refused as already imported.
        dialog = runImportDialog(path);
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, "importResult")->text().contains(QStringLiteral("already")));
        dialog->close();
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
