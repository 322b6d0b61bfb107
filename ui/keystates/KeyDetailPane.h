#pragma once

#include "rekey/KeyStateQuery.h"

#include <QWidget>

class QLabel;

namespace symbolon::ui {

// Every field of one key record, read-only and selectable (for copying into a ticket).
class KeyDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit KeyDetailPane(QWidget* parent = nullptr);
    void showKey(const rekey::KeyStateRow& key);
    void showNothing();
    qint64 shownKeyId() const { return m_shownId; }
    QString text() const;

private:
    qint64 m_shownId = 0;
    QLabel* m_text = nullptr;
};

} // namespace symbolon::ui
