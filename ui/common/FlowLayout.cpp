#include "common/FlowLayout.h"

#include <QWidget>

namespace symbolon::ui {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {
    setSpacing(6);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item) {
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget* widget) {
    addChildWidget(widget);
    auto* item = new QWidgetItem(widget);
    if (index < 0 || index >= m_items.size())
        m_items.append(item);
    else
        m_items.insert(index, item);
    invalidate();
}

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
    // One line when there is room for it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? spacing() : 0);
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = qMax(0, spacing());
    // Split into lines first, so that the stretching item can take the rest of its own line.
    QList<QList<QLayoutItem*>> lines(1);
    int used = 0;
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = qMin(item->sizeHint().width(), area.width());
        if (!lines.last().isEmpty() && used + gap + w > area.width()) {
            lines.append(QList<QLayoutItem*>());
            used = 0;
        }
        used += (lines.last().isEmpty() ? 0 : gap) + w;
        lines.last().append(item);
    }
    int y = area.y();
    for (const auto& line : lines) {
        if (line.isEmpty())
            continue;
        int lineWidth = 0;
        int lineHeight = 0;
        for (QLayoutItem* item : line) {
            lineWidth += qMin(item->sizeHint().width(), area.width()) + (lineWidth > 0 ? gap : 0);
            lineHeight = qMax(lineHeight, item->sizeHint().height());
        }
        int x = area.x();
        for (QLayoutItem* item : line) {
            int w = qMax(item->minimumSize().width(), qMin(item->sizeHint().width(), area.width()));
            if (m_stretch && item->widget() == m_stretch)
                w += qMax(0, area.width() - lineWidth);
            if (apply)
                item->setGeometry(
                    QRect(x, y + (lineHeight - item->sizeHint().height()) / 2, w, item->sizeHint().height()));
            x += w + gap;
        }
        y += lineHeight + gap;
    }
    return y - gap - area.y() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace symbolon::ui
