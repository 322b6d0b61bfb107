#pragma once

// Walking the console as a person would (ui tests only: needs symbolon_ui): the main window, each
// view in its stack, and every dialog a menu action opens (a modal one walked from inside its own
// event loop, then closed). Used by test_translations and test_hostile_text.
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include <functional>

namespace symbolon::test {

using Walk = std::function<void(QWidget*)>;

// Every top-level widget a test step opened (menus and tooltips aside).
inline QList<QWidget*> newTopLevels(const QSet<QWidget*>& before) {
    QList<QWidget*> out;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible() && !before.contains(w) && !qobject_cast<QMenu*>(w) &&
            QString::fromLatin1(w->metaObject()->className()) != QLatin1String("QTipLabel"))
            out << w;
    return out;
}

inline QSet<QWidget*> topLevelSet() {
    const auto list = QApplication::topLevelWidgets();
    return QSet<QWidget*>(list.begin(), list.end());
}

// A dialog, and each page of a wizard.
inline void walkDialog(QWidget* dialog, const Walk& walk) {
    if (auto* wizard = qobject_cast<QWizard*>(dialog)) {
        const QList<int> ids = wizard->pageIds();
        for (int id : ids)
            walk(wizard->page(id));
    }
    walk(dialog);
}

// The main window, each view in its stack, and every dialog a menu action ("…") opens. Empty
// when walked; else what went wrong.
inline QString walkConsole(ui::MainWindow& window, const Walk& walk) {
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return QStringLiteral("the main window was not exposed");
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("views"));
    if (!stack)
        return QStringLiteral("no view stack \"views\"");
    for (int i = 0; i < stack->count(); ++i) {
        stack->setCurrentIndex(i);
        QTest::qWait(150); // let the view's first load arrive
        walk(stack->widget(i));
    }
    stack->setCurrentIndex(0);
    walk(&window);

    for (QAction* menuAction : window.menuBar()->actions()) {
        QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction* a : menu->actions()) {
            const bool opensDialog = a->text().contains(QChar(0x2026)) || // "…"
                                     a->menuRole() == QAction::AboutRole;
            if (a->isSeparator() || a->menu() || !a->isEnabled() || !opensDialog)
                continue;
            const QSet<QWidget*> before = topLevelSet();
            // A modal dialog runs its own loop: walk and close it from inside.
            QTimer probe;
            probe.setInterval(100);
            QObject::connect(&probe, &QTimer::timeout, &window, [&] {
                QWidget* modal = QApplication::activeModalWidget();
                if (!modal)
                    return;
                if (!qobject_cast<QFileDialog*>(modal))
                    walkDialog(modal, walk);
                if (auto* d = qobject_cast<QDialog*>(modal))
                    d->reject();
                else
                    modal->close();
            });
            probe.start();
            a->trigger();
            QTest::qWait(300);
            probe.stop();
            for (QWidget* top : newTopLevels(before)) {
                if (!qobject_cast<QFileDialog*>(top))
                    walkDialog(top, walk);
                top->close();
            }
            QTest::qWait(50);
        }
    }
    return {};
}

} // namespace symbolon::test
