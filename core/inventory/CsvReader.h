#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

#include <functional>

class QIODevice;

namespace symbolon::inventory {

// Bounds that keep a hostile or broken file from using unbounded memory.
struct CsvLimits {
    qsizetype maxFieldBytes = 4 * 1024;
    // Raw bytes of one record, quotes and line breaks included. A record is usually one
    // physical line; a quoted field may make it span several, and the cap covers all of them.
    qsizetype maxLineBytes = 64 * 1024;
};

// A streaming RFC 4180 reader over a QIODevice: comma-separated, fields optionally in double
// quotes with "" for a quote, commas and line breaks allowed inside quotes, CRLF or LF line ends.
// A UTF-8 byte order mark at the very start is skipped. Blank lines are skipped (they are not
// records with one empty field). The reader is strict where RFC 4180 is: a quote inside an
// unquoted field, anything but a comma or line end after a closing quote, a carriage return not
// followed by a line feed, an unterminated quote, invalid UTF-8 and oversized fields or records
// are errors, and an error ends the reading (the structure after it cannot be trusted).
//
// Fields are views into a buffer the reader reuses: valid until the next readRecord().
class CsvReader {
public:
    explicit CsvReader(QIODevice& device, CsvLimits limits = {});

    // Every byte read from the device, BOM included, is also passed here, in order (e.g. to
    // fingerprint the file while it is read once).
    void setByteObserver(std::function<void(QByteArrayView)> observer) { m_observer = std::move(observer); }

    // true: a record was read; false: the end of the input. On an error, errorLine() tells the
    // physical line where it was found.
    [[nodiscard]] Result<bool> readRecord();

    qsizetype fieldCount() const { return m_fieldEnds.size(); }
    QByteArrayView field(qsizetype i) const {
        const qsizetype begin = i == 0 ? 0 : m_fieldEnds[i - 1];
        return QByteArrayView(m_record.constData() + begin, m_fieldEnds[i] - begin);
    }
    // The 1-based physical line where the current record starts.
    int recordLine() const { return m_recordLine; }
    int errorLine() const { return m_errorLine; }
    // Raw bytes of the current record in the input, delimiters and line end included.
    qint64 recordRawBytes() const { return m_offset + m_pos - m_recordOffset; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, CarriageReturn };

    bool refill(); // false at the end of the input (or on a read error, see m_readFailed)
    Error error(int line, QString message);
    void endField();
    Status checkUtf8();
    Status checkLimits();

    QIODevice& m_device;
    CsvLimits m_limits;
    std::function<void(QByteArrayView)> m_observer;

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_offset = 0; // device offset of m_buffer[0]
    bool m_started = false;
    bool m_eof = false;
    bool m_readFailed = false;
    bool m_failed = false;
    Error m_lastError;

    QByteArray m_record;            // field contents, back to back
    QVector<qsizetype> m_fieldEnds; // end offset of each field in m_record
    qsizetype m_fieldStart = 0;     // offset in m_record where the current field starts
    qint64 m_recordOffset = 0;      // device offset where the current record starts
    bool m_recordQuoted = false;    // any quoted field in this record (then it is not blank)
    int m_line = 1;
    int m_quoteLine = 1; // where the open quoted field started, for "not closed" errors
    int m_recordLine = 1;
    int m_errorLine = 0;
};

} // namespace symbolon::inventory
