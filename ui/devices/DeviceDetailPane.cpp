#include "devices/DeviceDetailPane.h"

#include "common/DeviceText.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace symbolon::ui {

DeviceDetailPane::DeviceDetailPane(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("deviceDetail"));
    auto* outer = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Selected device"), this);
    heading->setObjectName(QStringLiteral("deviceDetailHeading"));
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    heading->setFont(f);
    outer->addWidget(heading);

    m_placeholder = new QLabel(tr("Select a device in the table to see all its fields."), this);
    m_placeholder->setObjectName(QStringLiteral("deviceDetailPlaceholder"));
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);
    outer->addWidget(m_form);
    outer->addStretch();

    m_id = addField(QStringLiteral("detailDeviceId"), tr("Device ID"));
    m_id->setFont(QFont(QStringLiteral("monospace")));
    m_type = addField(QStringLiteral("detailType"), tr("Type"));
    m_cohort = addField(QStringLiteral("detailCohort"), tr("Cohort"));
    m_s1sp = addField(QStringLiteral("detailS1sp"), tr("S1SP"));
    m_manufacturer = addField(QStringLiteral("detailManufacturer"), tr("Manufacturer"));
    m_model = addField(QStringLiteral("detailModel"), tr("Model"));
    m_systemTitle = addField(QStringLiteral("detailSystemTitle"), tr("System title"));
    m_systemTitle->setFont(QFont(QStringLiteral("monospace")));
    m_category = addField(QStringLiteral("detailCategory"), tr("G2.44A category"));
    m_commissioned = addField(QStringLiteral("detailCommissioned"), tr("Commissioned"));
    m_deadline = addField(QStringLiteral("detailDeadline"), tr("Rotation deadline"));
    m_rotation = addField(QStringLiteral("detailRotation"), tr("Rotation (CKMP (b)(iii))"));
    m_migrationKeys = addField(QStringLiteral("detailMigrationKeys"), tr("Migration keys"));
    showNothing();
}

QLabel* DeviceDetailPane::addField(const QString& objectName, const QString& label) {
    auto* value = new QLabel(m_form);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setAccessibleName(label);
    static_cast<QFormLayout*>(m_form->layout())->addRow(label, value);
    return value;
}

void DeviceDetailPane::showNothing() {
    m_shownId.clear();
    m_placeholder->show();
    m_form->hide();
}

void DeviceDetailPane::showDevice(const inventory::DeviceRow& d) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_shownId = d.deviceId;
    m_id->setText(dashedDeviceId(d.deviceId));
    m_type->setText(
        QStringLiteral("%1 — %2").arg(policy::deviceTypeCode(d.type), policy::deviceTypeDescription(d.type)));
    m_cohort->setText(policy::cohortCode(d.cohort));
    m_s1sp->setText(d.s1sp);
    m_manufacturer->setText(d.manufacturer);
    m_model->setText(d.model);
    m_systemTitle->setText(systemTitleHex(d.systemTitle));
    m_category->setText(g244CategoryText(d.category));
    m_commissioned->setText(utcText(d.commissionedAt));
    m_deadline->setText(utcText(d.deadline));
    const RotationState s = rotationState(d, now);
    m_rotation->setText(QStringLiteral("<b style=\"color:%1\">%2</b> — %3")
                            .arg(rotationStateColor(s).name(), rotationStateText(s).toHtmlEscaped(),
                                 rotationDeadlineText(d, now).toHtmlEscaped()));
    m_migrationKeys->setText(d.hasMigrationKeys ? tr("Held (imported at migration)") : tr("None"));
    m_placeholder->hide();
    m_form->show();
}

} // namespace symbolon::ui
