#include "cli/PinSource.h"

#include "common/TerminalText.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace symbolon::app {

namespace {
// Reads one line from fd into secure memory, byte by byte (no stdio buffers holding the PIN).
Result<SecureBytes> readLine(int fd) {
    SecureBytes pin(256);
    std::size_t n = 0;
    while (n < pin.size()) {
        unsigned char c = 0;
        const ssize_t r = ::read(fd, &c, 1);
        if (r <= 0 || c == '\n')
            break;
        if (c != '\r')
            pin.data()[n++] = c;
    }
    pin.resize(n);
    return pin;
}
} // namespace

Result<SecureBytes> PinSource::read(const QString& prompt) const {
    if (!envVar.isEmpty()) {
        const char* value = std::getenv(envVar.toLocal8Bit().constData());
        if (!value)
            return fail(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("symbolon::cli", "The environment variable %1 is not set.")
                    .arg(envVar));
        SecureBytes pin = SecureBytes::fromString(value);
        // The environment block is ordinary memory that outlives unsetenv: wipe the value there.
        ::explicit_bzero(const_cast<char*>(value), std::strlen(value));
        ::unsetenv(envVar.toLocal8Bit().constData());
        return pin;
    }
    if (fd >= 0)
        return readLine(fd);
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (tty < 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "symbolon::cli", "No terminal to ask for the PIN: use --pin-fd N or --pin-env VAR."));
    // The prompt names the card and its holder (data from the token and keyslots.json): escaped.
    const QByteArray p = text::escapeForTerminal(prompt.toUtf8());
    (void)!::write(tty, p.constData(), static_cast<size_t>(p.size()));
    termios old{};
    tcgetattr(tty, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(tty, TCSAFLUSH, &quiet);
    auto pin = readLine(tty);
    tcsetattr(tty, TCSAFLUSH, &old);
    (void)!::write(tty, "\n", 1);
    ::close(tty);
    return pin;
}

} // namespace symbolon::app
