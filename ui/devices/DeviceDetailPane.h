#pragma once

#include "inventory/DeviceQuery.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace symbolon::ui {

// Every field of one device, read-only, selectable for copying into a ticket.
class DeviceDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit DeviceDetailPane(QWidget* parent = nullptr);
    void showDevice(const inventory::DeviceRow& row);
    void showNothing();
    QString shownDeviceId() const { return m_shownId; }

private:
    QLabel* addField(int formColumn, const QString& objectName, const QString& label);

    QString m_shownId;
    QLabel* m_placeholder = nullptr;
    QWidget* m_form = nullptr;
    QFormLayout* m_forms[2] = {};
    QLabel* m_id = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_cohort = nullptr;
    QLabel* m_s1sp = nullptr;
    QLabel* m_manufacturer = nullptr;
    QLabel* m_model = nullptr;
    QLabel* m_systemTitle = nullptr;
    QLabel* m_category = nullptr;
    QLabel* m_commissioned = nullptr;
    QLabel* m_deadline = nullptr;
    QLabel* m_rotation = nullptr;
    QLabel* m_migrationKeys = nullptr;
};

} // namespace symbolon::ui
