#include "cli/TerminalSafeOutput.h"

#include "common/TerminalText.h"

#include <cerrno>
#include <unistd.h>

namespace symbolon::cli {

TerminalSafeOutput::TerminalSafeOutput(int fd) : m_fd(fd) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeOutput::~TerminalSafeOutput() {
    if (!m_carry.isEmpty())
        writeAll(text::escapeForTerminal(m_carry));
}

void TerminalSafeOutput::carriageReturn() {
    writeAll(QByteArrayLiteral("\r"));
}

qint64 TerminalSafeOutput::writeData(const char* data, qint64 len) {
    const QByteArray in = m_carry + QByteArray::fromRawData(data, len);
    writeAll(text::escapeForTerminal(in, &m_carry));
    return len;
}

void TerminalSafeOutput::writeAll(const QByteArray& bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(m_fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return; // a closed pipe: nothing more can be said
        done += w;
    }
}

} // namespace symbolon::cli
