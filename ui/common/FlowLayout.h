#pragma once

#include <QLayout>
#include <QList>

namespace symbolon::ui {

// A row of controls that wraps onto as many lines as the width needs (issue #17: the filter bars
// of the Devices and Key States views no longer set the window's minimum width). Items keep their
// size hints; the widest single item is the minimum width. The first item marked stretching
// takes what is left of its line.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    // index -1 or past the end appends.
    void insertWidget(int index, QWidget* widget);
    // The widget that takes the rest of its line (the search field).
    void setStretchWidget(QWidget* widget) { m_stretch = widget; }

    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    QWidget* m_stretch = nullptr;
};

} // namespace symbolon::ui
