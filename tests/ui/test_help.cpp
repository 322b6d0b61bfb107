// Issue #17, item 9: Help holds a user guide (F1 opens it at the view in front), a list of every
// keyboard shortcut read from the menus, and About; every view's shortcut is under View (one
// action each, also in its own menu, never bound twice); the navigation has icons.
#include "DemoFixture.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuide.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace symbolon;

class TestHelp : public QObject {
    Q_OBJECT

    test::DemoFixture m_demo{20, 5};
    std::unique_ptr<ui::MainWindow> m_window;

    QMenu* menu(const char* name) { return m_window->findChild<QMenu*>(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() {
        m_window = std::make_unique<ui::MainWindow>(m_demo.open(0));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void everyViewIsUnderViewOnce() {
        const QList<QAction*> inView = menu("menuView")->actions();
        for (const auto& v : ui::MainWindow::views()) {
            auto* a = m_window->findChild<QAction*>(QString::fromLatin1(v.actionName));
            QVERIFY2(a, v.actionName);
            QVERIFY2(inView.contains(a), v.actionName);
            QCOMPARE(m_window->findChildren<QAction*>(QString::fromLatin1(v.actionName)).size(), 1);
        }
        // The HSM Slots view is also in the Ceremonies menu: the same action, not a second binding.
        QVERIFY(menu("menuCeremonies")
                    ->actions()
                    .contains(m_window->findChild<QAction*>(QStringLiteral("actionHsmSlots"))));
    }

    void noShortcutIsBoundTwice() {
        QSet<QString> seen;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            // Window-wide bindings; a table's own Ctrl+C (a widget shortcut) is for that table only.
            if (a->shortcut().isEmpty() || !a->isVisible() || a->shortcutContext() == Qt::WidgetShortcut)
                continue;
            const QString key = a->shortcut().toString();
            QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(" ") + a->objectName()));
            seen.insert(key);
        }
        QVERIFY(seen.contains(QKeySequence(QKeySequence::HelpContents).toString()));
    }

    void theShortcutListHasEveryMenuShortcut() {
        ui::ShortcutsDialog d(m_window->menuBar());
        QStringList listed;
        for (int i = 0; i < d.list()->topLevelItemCount(); ++i)
            listed << d.list()->topLevelItem(i)->text(1);
        int expected = 0;
        for (QAction* top : m_window->menuBar()->actions())
            if (top->menu())
                for (QAction* a : top->menu()->actions())
                    if (!a->isSeparator() && !a->shortcut().isEmpty()) {
                        ++expected;
                        QVERIFY2(listed.contains(a->shortcut().toString(QKeySequence::NativeText)),
                                 qPrintable(a->text()));
                    }
        QCOMPARE(d.list()->topLevelItemCount(), expected);
        QVERIFY(expected >= 15);
        // Mnemonics are not shown as "&": "View ▸ Journal", not "&View ▸ &Journal".
        QVERIFY(!d.list()->topLevelItem(0)->text(0).contains(QLatin1Char('&')));
    }

    void f1OpensTheGuideAtTheViewInFront() {
        m_window->showView(ui::MainWindow::View::Journal);
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        auto* guide = m_window->findChild<ui::UserGuide*>(QStringLiteral("userGuide"));
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        auto* text = guide->findChild<QTextBrowser*>(QStringLiteral("userGuideText"));
        // Every view has its section, named by its --view name.
        for (const auto& v : ui::MainWindow::views())
            QVERIFY2(guide->html().contains(
                         QStringLiteral("<a name=\"%1\">").arg(QLatin1String(v.screenshotName))),
                     v.screenshotName);
        // Scrolled to the Journal's section: the top of the guide is out of sight.
        QTRY_VERIFY(text->verticalScrollBar()->value() > 0);
        const int atJournal = text->verticalScrollBar()->value();
        guide->close();
        m_window->showView(ui::MainWindow::View::Overview);
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        guide = m_window->findChild<ui::UserGuide*>(QStringLiteral("userGuide"));
        QTRY_VERIFY(guide && guide->isVisible());
        text = guide->findChild<QTextBrowser*>(QStringLiteral("userGuideText"));
        QTRY_VERIFY(text->verticalScrollBar()->value() < atJournal);
        guide->close();
    }

    void theNavigationHasIcons() {
        auto* nav = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), int(ui::MainWindow::views().size()));
        for (int i = 0; i < nav->count(); ++i)
            QVERIFY2(!nav->item(i)->icon().isNull(), qPrintable(nav->item(i)->text()));
    }

    // Item 8: the tables where KCVs, serials and hashes are read offer Copy in their context menu.
    void tablesOfferCopy() {
        for (const char* name : {"hsmObjectTable", "journalTable"}) {
            auto* table = m_window->findChild<QTableView*>(QString::fromLatin1(name));
            QVERIFY2(table, name);
            QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
            bool found = false;
            for (QAction* a : table->actions())
                found |= a->shortcut() == QKeySequence(QKeySequence::Copy);
            QVERIFY2(found, name);
        }
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestHelp)
#include "test_help.moc"
