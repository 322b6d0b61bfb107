#pragma once

#include "journal/JournalQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTimer;

namespace symbolon::ui {

// The reviewer's search: time range, actor, action type, device id, PMA instruction reference and
// free text. Typing settles for 300 ms before filterChanged, so a search runs once per pause.
class JournalFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit JournalFilterBar(QWidget* parent = nullptr);
    journal::JournalFilter filter() const;
    void clear();

Q_SIGNALS:
    void filterChanged(const symbolon::journal::JournalFilter& filter);

private:
    void changed();

    QCheckBox* m_useFrom = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_actor = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_device = nullptr;
    QLineEdit* m_pma = nullptr;
    QLineEdit* m_text = nullptr;
    QTimer* m_settle = nullptr;
};

} // namespace symbolon::ui
