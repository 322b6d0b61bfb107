#include "common/DeviceFilterBar.h"

#include "common/FlowLayout.h"

#include <QComboBox>
#include <QLineEdit>

namespace symbolon::ui {

using inventory::RotationFilter;

DeviceFilterBar::DeviceFilterBar(Subject subject, QWidget* parent) : QWidget(parent), m_subject(subject) {
    const bool devices = subject == Subject::Devices;
    const QString prefix = devices ? QStringLiteral("devices") : QStringLiteral("keyStates");
    m_row = new FlowLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);

    m_text = new QLineEdit(this);
    if (devices) {
        m_text->setObjectName(QStringLiteral("devicesSearch"));
        m_text->setAccessibleName(tr("Search devices"));
        m_text->setPlaceholderText(tr("Search: device ID, manufacturer, model or S1SP"));
        m_text->setMinimumWidth(280);
    } else {
        m_text->setObjectName(QStringLiteral("keyStatesDeviceFilter"));
        m_text->setAccessibleName(tr("Device ID prefix"));
        m_text->setPlaceholderText(tr("Device ID prefix"));
        m_text->setMinimumWidth(170);
    }
    m_text->setClearButtonEnabled(true);
    m_row->addWidget(m_text);
    m_row->setStretchWidget(m_text);

    m_type = makeCombo(prefix + QStringLiteral("TypeFilter"), tr("Device type"),
                       devices ? tr("Show only the devices of this type")
                               : tr("Show only the keys of devices of this type"));
    m_type->addItem(tr("All types"));
    for (policy::DeviceType t : policy::kAllDeviceTypes)
        m_type->addItem(policy::deviceTypeCode(t), int(t));
    m_cohort = makeCombo(prefix + QStringLiteral("CohortFilter"), tr("Cohort"),
                         devices ? tr("Show only the devices of this cohort (IOC or FOC)")
                                 : tr("Show only the keys of devices of this cohort (IOC or FOC)"));
    m_cohort->addItem(tr("All cohorts"));
    m_cohort->addItem(QStringLiteral("IOC"), int(policy::Cohort::IOC));
    m_cohort->addItem(QStringLiteral("FOC"), int(policy::Cohort::FOC));
    m_s1sp = makeCombo(prefix + QStringLiteral("S1spFilter"), tr("S1SP"),
                       devices ? tr("Show only the devices of this S1SP")
                               : tr("Show only the keys of this S1SP's devices"));
    m_s1sp->addItem(tr("All S1SPs"));
    m_rotation = makeCombo(prefix + QStringLiteral("RotationFilter"),
                           devices ? tr("Rotation state") : tr("Rotation due"),
                           devices ? tr("Show only the devices in this post-commissioning rotation state")
                                   : tr("Show only the keys of devices in this post-commissioning rotation "
                                        "state"));
    m_rotation->addItem(tr("Any rotation state"), int(RotationFilter::Any));
    m_rotation->addItem(tr("Due"), int(RotationFilter::Due));
    m_rotation->addItem(tr("Overdue"), int(RotationFilter::Overdue));
    m_rotation->addItem(tr("Due or overdue"), int(RotationFilter::DueOrOverdue));
    m_rotation->addItem(tr("Done"), int(RotationFilter::Done));
    // Each view's order of old: the Devices view leads with the type, Key States ends with it.
    const QList<QComboBox*> order = devices ? QList<QComboBox*>{m_type, m_cohort, m_s1sp, m_rotation}
                                            : QList<QComboBox*>{m_cohort, m_s1sp, m_type, m_rotation};
    for (QComboBox* c : order) {
        m_row->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &DeviceFilterBar::changed);
    }
    chainTabOrder();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &DeviceFilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        Q_EMIT changed();
    });
    // A change by a combo or a view's own filter makes a pending text change apply now too.
    connect(this, &DeviceFilterBar::changed, &m_debounce, &QTimer::stop);
}

QComboBox* DeviceFilterBar::makeCombo(const QString& objectName, const QString& accessibleName,
                                      const QString& toolTip) {
    auto* c = new QComboBox(this);
    c->setObjectName(objectName);
    c->setAccessibleName(accessibleName);
    c->setToolTip(toolTip);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

inventory::DeviceFilter DeviceFilterBar::filter() const {
    inventory::DeviceFilter f;
    f.text = m_text->text().trimmed();
    if (m_type->currentIndex() > 0)
        f.type = static_cast<policy::DeviceType>(m_type->currentData().toInt());
    if (m_cohort->currentIndex() > 0)
        f.cohort = static_cast<policy::Cohort>(m_cohort->currentData().toInt());
    if (m_s1sp->currentIndex() > 0)
        f.s1sp = m_s1sp->currentData().toString();
    f.rotation = static_cast<RotationFilter>(m_rotation->currentData().toInt());
    return f;
}

void DeviceFilterBar::setS1sps(const QStringList& s1sps) {
    const QString current = m_s1sp->currentData().toString();
    const QSignalBlocker block(m_s1sp);
    while (m_s1sp->count() > 1)
        m_s1sp->removeItem(1);
    for (const QString& s : s1sps)
        m_s1sp->addItem(s, s);
    m_s1sp->setCurrentIndex(qMax(0, m_s1sp->findData(current)));
}

void DeviceFilterBar::insertWidget(int index, QWidget* widget) {
    widget->setParent(this);
    m_row->insertWidget(index, widget);
    chainTabOrder();
}

void DeviceFilterBar::chainTabOrder() {
    QWidget* previous = nullptr;
    for (int i = 0; i < m_row->count(); ++i) {
        QWidget* w = m_row->itemAt(i)->widget();
        if (!w || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

} // namespace symbolon::ui
