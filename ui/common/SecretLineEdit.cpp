#include "common/SecretLineEdit.h"

#include <QKeyEvent>

#include <algorithm>

namespace symbolon::ui {

SecretLineEdit::SecretLineEdit(QLineEdit::EchoMode mode, QWidget* parent) : QLineEdit(parent) {
    setEchoMode(mode);
    setContextMenuPolicy(Qt::NoContextMenu);
    setDragEnabled(false);
    setAcceptDrops(false);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                        Qt::ImhNoAutoUppercase);
    setMaxLength(64);
}

SecureBytes SecretLineEdit::take() {
    QString text = this->text();
    clear();
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(utf8.constData(), std::size_t(utf8.size()));
    std::fill(utf8.begin(), utf8.end(), '\0');
    text.fill(QChar(0));
    return out;
}

void SecretLineEdit::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QLineEdit::keyPressEvent(event); // emits returnPressed on Enter, then lets the event go on
    if (enter && m_enterActsHere)
        event->accept(); // stops here: not the dialog's default button
}

void SecretLineEdit::hideEvent(QHideEvent* event) {
    clear();
    QLineEdit::hideEvent(event);
}

} // namespace symbolon::ui
