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

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void hideEvent(QHideEvent* event) override;
};

} // namespace symbolon::ui
