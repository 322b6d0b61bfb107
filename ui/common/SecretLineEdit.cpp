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
    QLineEdit::keyPressEvent(event);
}

void SecretLineEdit::hideEvent(QHideEvent* event) {
    clear();
    QLineEdit::hideEvent(event);
}

} // namespace symbolon::ui
