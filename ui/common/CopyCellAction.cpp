#include "common/CopyCellAction.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>

namespace symbolon::ui {

void addCopyCellAction(QAbstractItemView* view) {
    auto* copy = new QAction(QCoreApplication::translate("symbolon::ui::CopyCellAction", "&Copy"), view);
    copy->setObjectName(view->objectName() + QStringLiteral("Copy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QModelIndex i = view->currentIndex();
        if (i.isValid())
            QGuiApplication::clipboard()->setText(i.data(Qt::DisplayRole).toString());
    });
    view->addAction(copy);
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace symbolon::ui
