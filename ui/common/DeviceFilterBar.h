#pragma once

#include "inventory/DeviceQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace symbolon::ui {

class FlowLayout;

// The device filters that the Devices and Key States views share (issue #13): a text field
// (Devices: a search over id, manufacturer, model and S1SP; Key States: a device id prefix),
// device type, cohort, S1SP and rotation state, in the order and with the names each view has
// always had. changed() fires at once for a choice, 250 ms after typing stops, or on Enter; a view
// adds its own filters (key state, kind, compromised) with insertWidget, and the tab order
// follows the row left to right. The row wraps onto a second line when the window is narrow.
class DeviceFilterBar : public QWidget {
    Q_OBJECT

public:
    enum class Subject { Devices, Keys };

    explicit DeviceFilterBar(Subject subject, QWidget* parent = nullptr);

    inventory::DeviceFilter filter() const;
    QLineEdit* textField() const { return m_text; }
    // The S1SP choices; the current one stays chosen if it is still there (no changed()).
    void setS1sps(const QStringList& s1sps);
    // A view's own filter at index in the row (-1: the end); its changes are the view's to watch.
    void insertWidget(int index, QWidget* widget);

Q_SIGNALS:
    void changed();

private:
    QComboBox* makeCombo(const QString& objectName, const QString& accessibleName, const QString& toolTip);
    void chainTabOrder();

    Subject m_subject;
    FlowLayout* m_row = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_cohort = nullptr;
    QComboBox* m_s1sp = nullptr;
    QComboBox* m_rotation = nullptr;
    QTimer m_debounce;
};

} // namespace symbolon::ui
