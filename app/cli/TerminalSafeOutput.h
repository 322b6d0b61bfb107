#pragma once

#include <QByteArray>
#include <QIODevice>

namespace symbolon::cli {

// The device under the CLI's stdout and stderr streams: everything written through it has its
// control characters escaped (text::escapeForTerminal), so no data the CLI prints can drive the
// terminal (issue #16). The CLI's own carriage return, for a progress line on a terminal, is the
// one control it writes, through carriageReturn().
class TerminalSafeOutput : public QIODevice {
public:
    explicit TerminalSafeOutput(int fd);
    ~TerminalSafeOutput() override;
    void carriageReturn();

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override;

private:
    void writeAll(const QByteArray& bytes);
    int m_fd;
    QByteArray m_carry; // an unfinished UTF-8 sequence, completed by the next write
};

} // namespace symbolon::cli
