#pragma once

#include "common/SecureBytes.h"

#include <QLineEdit>

namespace symbolon::ui {

// Entry for a PIN or a clear key component: not echoed (or masked), no context menu, no copy,
// cut or drag, hidden from input methods; take() moves the text into SecureBytes at once and
// clears the field; the field is cleared when hidden.
class SecretLineEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit SecretLineEdit(QLineEdit::EchoMode mode, QWidget* parent = nullptr);
    [[nodiscard]] SecureBytes take();
    // Enter acts on this field only (returnPressed: "approve with this card", "accept this
    // component"), and never reaches the dialog's default button: in a wizard that button may
    // build the Transport Key before the last KCV was seen, or close the wizard (issue #17).
    void setEnterActsHere(bool on) { m_enterActsHere = on; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    bool m_enterActsHere = false;
};

} // namespace symbolon::ui
