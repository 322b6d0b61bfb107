#pragma once

#include "rekey/KeyStateQuery.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace symbolon::ui {

// Asks for the incident or PMA reference and which of a device's current keys to flag
// (CKMP (d)(vi)), listing exactly the keys that will be marked.
class MarkCompromisedDialog : public QDialog {
    Q_OBJECT

public:
    // keys: the device's key records (superseded ones are ignored: they are history).
    MarkCompromisedDialog(const QString& deviceId, const QVector<rekey::KeyStateRow>& keys,
                          QWidget* parent = nullptr);

    QString reference() const;
    QString kind() const; // "" (all current keys), "MK", "AK", "GUEK"
    // The keys the marking applies to, as "AK, Data Collection, generation 1 (KCV …)".
    QStringList keysToMark() const;

private:
    void update();

    QString m_deviceId;
    QVector<rekey::KeyStateRow> m_keys;
    QLineEdit* m_reference = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace symbolon::ui
