#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
QString plain(QString menuText) {
    // "&Re-key…" as people read it: mnemonics removed ("&&" is a literal ampersand).
    menuText.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    menuText.remove(QLatin1Char('&'));
    menuText.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return menuText;
}

void addMenu(QTreeWidget* list, const QMenu* menu, const QString& path) {
    for (const QAction* a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString where = path + QStringLiteral(" ▸ ") + plain(a->text());
        if (a->menu()) {
            addMenu(list, a->menu(), where);
            continue;
        }
        if (a->shortcut().isEmpty())
            continue;
        auto* item = new QTreeWidgetItem(list, {where, a->shortcut().toString(QKeySequence::NativeText)});
        item->setToolTip(0, a->toolTip());
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Menu and action"), tr("Shortcut")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const QAction* top : menus->actions())
        if (top->menu())
            addMenu(m_list, top->menu(), plain(top->text()));
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace symbolon::ui
