#include "devices/DeviceDetailPane.h"

#include "common/DeviceText.h"

#include <QFormLayout>
#include <QHBoxLayout>
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

    // Two form columns side by side: identity on the left, policy state on the right.
    m_form = new QWidget(this);
    auto* columns = new QHBoxLayout(m_form);
    columns->setContentsMargins(0, 0, 0, 0);
    for (QFormLayout*& form : m_forms) {
        if (form != m_forms[0])
            columns->addSpacing(32); // not setSpacing: the forms would inherit it as row spacing
        form = new QFormLayout();
        form->setLabelAlignment(Qt::AlignLeft);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        columns->addLayout(form, 1);
    }
    outer->addWidget(m_form);
    outer->addStretch(1);

    m_id = addField(0, QStringLiteral("detailDeviceId"), tr("Device ID"));
    m_id->setFont(QFont(QStringLiteral("monospace")));
    m_type = addField(0, QStringLiteral("detailType"), tr("Type"));
    m_cohort = addField(0, QStringLiteral("detailCohort"), tr("Cohort"));
    m_s1sp = addField(0, QStringLiteral("detailS1sp"), tr("S1SP"));
    m_manufacturer = addField(0, QStringLiteral("detailManufacturer"), tr("Manufacturer"));
    m_model = addField(0, QStringLiteral("detailModel"), tr("Model"));
    m_systemTitle = addField(1, QStringLiteral("detailSystemTitle"), tr("System title"));
    m_systemTitle->setFont(QFont(QStringLiteral("monospace")));
    m_category = addField(1, QStringLiteral("detailCategory"), tr("G2.44A category"));
    m_commissioned = addField(1, QStringLiteral("detailCommissioned"), tr("Commissioned"));
    m_deadline = addField(1, QStringLiteral("detailDeadline"), tr("Rotation deadline"));
    m_rotation = addField(1, QStringLiteral("detailRotation"), tr("Rotation (CKMP (b)(iii))"));
    m_rotation->setTextFormat(Qt::RichText); // our coloured state; the texts in it escaped
    m_migrationKeys = addField(1, QStringLiteral("detailMigrationKeys"), tr("Migration keys"));
    showNothing();
}

QLabel* DeviceDetailPane::addField(int formColumn, const QString& objectName, const QString& label) {
    auto* value = new QLabel(m_form);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText); // inventory text: S1SP, manufacturer, model are data
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(false); // wrapped labels in a form make heightForWidth rows spread out
    value->setAccessibleName(label);
    m_forms[formColumn]->addRow(label, value);
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
