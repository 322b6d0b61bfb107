#include "common/PlainTextGuard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>
#include <QToolTip>
#include <QWizard>

namespace symbolon::ui {

namespace {
QString escapedTip(const QString& text) {
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}
} // namespace

void PlainTextGuard::install() {
    static PlainTextGuard* installed = nullptr;
    if (installed || !qApp)
        return;
    installed = new PlainTextGuard(qApp);
    qApp->installEventFilter(installed);
}

bool PlainTextGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Polish) {
        if (auto* label = qobject_cast<QLabel*>(watched)) {
            if (label->textFormat() == Qt::AutoText)
                label->setTextFormat(Qt::PlainText);
        } else if (auto* box = qobject_cast<QMessageBox*>(watched)) {
            if (box->textFormat() == Qt::AutoText)
                box->setTextFormat(Qt::PlainText);
        } else if (auto* wizard = qobject_cast<QWizard*>(watched)) {
            if (wizard->titleFormat() == Qt::AutoText)
                wizard->setTitleFormat(Qt::PlainText);
            if (wizard->subTitleFormat() == Qt::AutoText)
                wizard->setSubTitleFormat(Qt::PlainText);
        }
        return false;
    }
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    auto* help = static_cast<QHelpEvent*>(event);
    // An item view asks its model for the tooltip on its viewport's event.
    if (auto* view = qobject_cast<QAbstractItemView*>(widget->parentWidget());
        view && view->viewport() == widget && view->model()) {
        const QModelIndex index = view->indexAt(help->pos());
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (!index.isValid() || !Qt::mightBeRichText(tip))
            return false;
        QToolTip::showText(help->globalPos(), escapedTip(tip), widget, view->visualRect(index));
        return true;
    }
    const QString tip = widget->toolTip();
    if (tip.isEmpty() || widget->property("symbolonRichToolTip").toBool() || !Qt::mightBeRichText(tip))
        return false;
    QToolTip::showText(help->globalPos(), escapedTip(tip), widget);
    return true;
}

} // namespace symbolon::ui
