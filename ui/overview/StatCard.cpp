#include "overview/StatCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace symbolon::ui {

StatCard::StatCard(const QString& objectName, const QString& title, const QString& explanation,
                   QWidget* parent)
    : QFrame(parent) {
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("symbolon--ui--StatCard { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 6px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto* t = new QLabel(title, this);
    t->setObjectName(objectName + QStringLiteral("Title"));
    QFont tf = t->font();
    tf.setBold(true);
    t->setFont(tf);
    m_value = new QLabel(QStringLiteral("…"), this);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    m_value->setAccessibleName(title);
    QFont vf = m_value->font();
    vf.setPointSizeF(vf.pointSizeF() * 2.4);
    vf.setBold(true);
    m_value->setFont(vf);
    auto* e = new QLabel(explanation, this);
    e->setObjectName(objectName + QStringLiteral("Explanation"));
    e->setWordWrap(true);
    e->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(t);
    layout->addWidget(m_value);
    layout->addWidget(e);
    layout->addStretch();
}

void StatCard::setValue(const QString& value, const QColor& color) {
    m_value->setText(value);
    m_value->setStyleSheet(color.isValid() ? QStringLiteral("color: %1;").arg(color.name()) : QString());
}

QString StatCard::value() const {
    return m_value->text();
}

} // namespace symbolon::ui
