#pragma once

#include <QFrame>

class QLabel;

namespace symbolon::ui {

// One policy number at a glance: a caption, a large value, and a line saying what it means.
class StatCard : public QFrame {
    Q_OBJECT

public:
    StatCard(const QString& objectName, const QString& title, const QString& explanation,
             QWidget* parent = nullptr);
    void setValue(const QString& value, const QColor& color = {});
    QString value() const;

private:
    QLabel* m_value = nullptr;
};

} // namespace symbolon::ui
