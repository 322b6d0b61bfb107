#include "inventory/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>
#include <cstring>

namespace symbolon::inventory {

namespace {

// Large reads keep the per-byte cost low; the memory is bounded by this plus the limits.
constexpr qsizetype kChunkBytes = 256 * 1024;
// Line numbers are ints everywhere (error reports); refuse before they could overflow.
constexpr int kMaxLines = 1'000'000'000;

// Bytes that end a run of plain bytes in an unquoted field.
constexpr std::array<bool, 256> kUnquotedStops = [] {
    std::array<bool, 256> t{};
    t[static_cast<unsigned char>(',')] = true;
    t[static_cast<unsigned char>('\n')] = true;
    t[static_cast<unsigned char>('\r')] = true;
    t[static_cast<unsigned char>('"')] = true;
    return t;
}();

QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::inventory", s);
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are ill-formed), or -1. Mostly ASCII: eight bytes
// at a time while no high bit is set.
qsizetype firstInvalidUtf8(const unsigned char* s, qsizetype n) {
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & Q_UINT64_C(0x8080808080808080)) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        quint32 cp = 0, min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const unsigned char d = s[i + k];
            if ((d & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

} // namespace

CsvReader::CsvReader(QIODevice& device, CsvLimits limits) : m_device(device), m_limits(limits) {
    m_buffer.resize(kChunkBytes);
    m_record.reserve(1024);
    m_fieldEnds.reserve(32);
}

bool CsvReader::refill() {
    if (m_eof)
        return false;
    m_offset += m_end;
    m_pos = m_end = 0;
    for (;;) {
        const qint64 n = m_device.read(m_buffer.data(), m_buffer.size());
        if (n > 0) {
            m_end = static_cast<qsizetype>(n);
            if (m_observer)
                m_observer(QByteArrayView(m_buffer.constData(), m_end));
            return true;
        }
        if (n < 0)
            m_readFailed = true;
        // A pipe or socket may just be waiting for more; a file or buffer has ended.
        else if (m_device.isSequential() && m_device.waitForReadyRead(30000))
            continue;
        m_eof = true;
        return false;
    }
}

Error CsvReader::error(int line, QString message) {
    m_failed = true;
    m_errorLine = line;
    m_lastError = fail(ErrorCode::InvalidInput, std::move(message));
    return m_lastError;
}

void CsvReader::endField() {
    m_fieldEnds.append(m_record.size());
    m_fieldStart = m_record.size();
}

Status CsvReader::checkLimits() {
    if (m_record.size() - m_fieldStart > m_limits.maxFieldBytes)
        return error(m_line, inventory::tr("a field is longer than %1 bytes").arg(m_limits.maxFieldBytes));
    if (m_offset + m_pos - m_recordOffset > m_limits.maxLineBytes)
        return error(m_recordLine,
                     inventory::tr("a record is longer than %1 bytes").arg(m_limits.maxLineBytes));
    return {};
}

Status CsvReader::checkUtf8() {
    const auto* data = reinterpret_cast<const unsigned char*>(m_record.constData());
    // Field by field: the delimiters between fields are not in m_record, so two halves of a
    // broken sequence in neighbouring fields must not be read as one character.
    qsizetype begin = 0;
    for (const qsizetype end : std::as_const(m_fieldEnds)) {
        const qsizetype bad = firstInvalidUtf8(data + begin, end - begin);
        if (bad >= 0) {
            // Line breaks inside quoted fields are kept verbatim, so counting them finds the
            // physical line of the bad byte.
            const qsizetype at = begin + bad;
            const int line =
                m_recordLine + static_cast<int>(QByteArrayView(m_record.constData(), at).count('\n'));
            return error(line,
                         inventory::tr("the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                             .arg(data[at], 2, 16, QLatin1Char('0')));
        }
        begin = end;
    }
    return {};
}

Result<bool> CsvReader::readRecord() {
    if (m_failed)
        return m_lastError;
    if (!m_started) {
        m_started = true;
        if (refill() && m_end >= 3 && std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
    }
    for (;;) { // one pass per physical record; blank lines go round again
        if (m_line >= kMaxLines)
            return error(m_line, inventory::tr("the file has more than %1 lines").arg(kMaxLines));
        m_record.resize(0);
        m_fieldEnds.resize(0);
        m_fieldStart = 0;
        m_recordQuoted = false;
        m_recordLine = m_line;
        m_recordOffset = m_offset + m_pos;
        State state = State::FieldStart;
        bool recordDone = false;
        while (!recordDone) {
            if (m_pos == m_end && !refill()) {
                if (m_readFailed)
                    return error(m_line,
                                 inventory::tr("the file could not be read: %1").arg(m_device.errorString()));
                switch (state) {
                case State::FieldStart:
                    if (m_fieldEnds.isEmpty())
                        return false; // nothing after the last line end
                    break;            // "a,b," ends with an empty field
                case State::Unquoted:
                case State::QuoteInQuoted:
                    break;
                case State::Quoted:
                    return error(m_quoteLine,
                                 inventory::tr("a quoted field that starts on this line is not closed "
                                               "before the end of the file"));
                case State::CarriageReturn:
                    return error(m_line, inventory::tr("a carriage return is not followed by a line feed"));
                }
                endField();
                recordDone = true;
                break;
            }
            const char* const base = m_buffer.constData();
            const char* p = base + m_pos;
            const char* const e = base + m_end;
            switch (state) {
            case State::FieldStart:
                if (*p == '"') {
                    state = State::Quoted;
                    m_recordQuoted = true;
                    m_quoteLine = m_line;
                    ++m_pos;
                } else {
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted: {
                const char* const s = p;
                while (p < e && !kUnquotedStops[static_cast<unsigned char>(*p)])
                    ++p;
                if (p > s)
                    m_record.append(s, p - s);
                m_pos = p - base;
                if (Status st = checkLimits(); !st)
                    return st.error();
                if (p == e)
                    break;
                const char c = *p;
                ++m_pos;
                if (c == ',') {
                    endField();
                    state = State::FieldStart;
                } else if (c == '\n') {
                    ++m_line;
                    endField();
                    recordDone = true;
                } else if (c == '\r') {
                    state = State::CarriageReturn;
                } else {
                    return error(
                        m_line,
                        inventory::tr("a double quote inside an unquoted field: put the whole field in "
                                      "double quotes and write the quote as two"));
                }
                break;
            }
            case State::Quoted: {
                const char* const s = p;
                while (p < e && *p != '"') {
                    if (*p == '\n')
                        ++m_line;
                    ++p;
                }
                if (p > s)
                    m_record.append(s, p - s);
                m_pos = p - base;
                if (Status st = checkLimits(); !st)
                    return st.error();
                if (p < e) {
                    ++m_pos;
                    state = State::QuoteInQuoted;
                }
                break;
            }
            case State::QuoteInQuoted: {
                const char c = *p;
                ++m_pos;
                if (c == '"') { // "" inside quotes is one quote
                    m_record.append('"');
                    state = State::Quoted;
                    if (Status st = checkLimits(); !st)
                        return st.error();
                } else if (c == ',') {
                    endField();
                    state = State::FieldStart;
                } else if (c == '\n') {
                    ++m_line;
                    endField();
                    recordDone = true;
                } else if (c == '\r') {
                    state = State::CarriageReturn;
                } else {
                    return error(
                        m_line, inventory::tr(
                                    "after a closing double quote, expected a comma or the end of the line"));
                }
                break;
            }
            case State::CarriageReturn:
                if (*p != '\n')
                    return error(m_line, inventory::tr("a carriage return is not followed by a line feed"));
                ++m_pos;
                ++m_line;
                endField();
                recordDone = true;
                break;
            }
        }
        if (m_fieldEnds.size() == 1 && m_record.isEmpty() && !m_recordQuoted)
            continue; // a blank line
        if (Status st = checkUtf8(); !st)
            return st.error();
        return true;
    }
}

} // namespace symbolon::inventory
