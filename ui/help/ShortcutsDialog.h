#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace symbolon::ui {

// Help ▸ Keyboard shortcuts (issue #17, item 9): every action of the menus with its shortcut,
// read from the menus themselves, so the list is never out of date.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list = nullptr;
};

} // namespace symbolon::ui
