#include "journal/EntryLine.h"

#include <array>

namespace symbolon::journal {

namespace {
enum Field { Seq, Time, Actor, Role, Action, Target, Details, PrevHash, Hash, FieldCount };

int fieldOf(QByteArrayView key) {
    static constexpr std::array<const char*, FieldCount> names{
        "seq", "time", "actor", "role", "action", "target", "details_json", "prev_hash", "hash"};
    for (int i = 0; i < FieldCount; ++i)
        if (key == QByteArrayView(names[i]))
            return i;
    return -1;
}

// A JSON string at p (on its opening quote); p ends after the closing quote. out views the line
// itself when the string has no escape, else scratch, which holds it unescaped.
bool readString(const char*& p, const char* end, QByteArray& scratch, QByteArrayView& out) {
    if (p == end || *p != '"')
        return false;
    const char* const begin = ++p;
    while (p != end && *p != '"' && *p != '\\')
        ++p;
    if (p == end)
        return false;
    if (*p == '"') {
        out = QByteArrayView(begin, p - begin);
        ++p;
        return true;
    }
    scratch.resize(0); // keeps the capacity, unlike clear()
    const char* run = begin;
    while (p != end) {
        const char c = *p;
        if (c == '"') {
            scratch.append(run, p - run);
            ++p;
            out = scratch;
            return true;
        }
        if (c != '\\') {
            ++p;
            continue;
        }
        scratch.append(run, p - run);
        if (++p == end)
            return false;
        switch (*p) {
        case '"':
        case '\\':
        case '/':
            scratch.append(*p);
            break;
        case 'b':
            scratch.append('\b');
            break;
        case 'f':
            scratch.append('\f');
            break;
        case 'n':
            scratch.append('\n');
            break;
        case 'r':
            scratch.append('\r');
            break;
        case 't':
            scratch.append('\t');
            break;
        default: // \u and anything else: QJsonDocument decides
            return false;
        }
        run = ++p;
    }
    return false;
}

// -1 for anything but a hex digit.
constexpr std::array<signed char, 256> kHexDigit = [] {
    std::array<signed char, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[c] = c >= '0' && c <= '9'   ? c - '0'
               : c >= 'a' && c <= 'f' ? c - 'a' + 10
               : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                      : -1;
    return t;
}();

// 64 hex digits, the usual case, decoded directly; anything else as QByteArray::fromHex does.
QByteArray hash32(QByteArrayView hex) {
    if (hex.size() == 64) {
        QByteArray out(32, Qt::Uninitialized);
        for (int i = 0; i < 32; ++i) {
            const int hi = kHexDigit[static_cast<unsigned char>(hex[2 * i])];
            const int lo = kHexDigit[static_cast<unsigned char>(hex[2 * i + 1])];
            if (hi < 0 || lo < 0)
                return QByteArray::fromHex(hex.toByteArray());
            out[i] = static_cast<char>(hi << 4 | lo);
        }
        return out;
    }
    return QByteArray::fromHex(hex.toByteArray());
}
} // namespace

bool EntryLine::decodeSimple(QByteArrayView line, JournalEntry& e) {
    // Printable ASCII only (no early exit: the compiler vectorises this).
    bool outside = false;
    for (const char c : line)
        outside |= static_cast<unsigned char>(c - 0x20) > 0x5e;
    if (outside)
        return false;
    const char* p = line.data();
    const char* const end = p + line.size();
    if (p == end || *p++ != '{')
        return false;
    bool seen[FieldCount] = {};
    QByteArray scratch;
    QByteArrayView key, value;
    for (int n = 0; n < FieldCount; ++n) {
        if (n > 0 && (p == end || *p++ != ','))
            return false;
        if (!readString(p, end, scratch, key) || p == end || *p++ != ':')
            return false;
        const int field = fieldOf(key);
        if (field < 0 || seen[field])
            return false;
        seen[field] = true;
        if (field == Seq) {
            const char* digits = p;
            qint64 seq = 0;
            while (p != end && *p >= '0' && *p <= '9')
                seq = seq * 10 + (*p++ - '0');
            const qsizetype count = p - digits;
            if (count == 0 || count > 15 || (count > 1 && *digits == '0'))
                return false;
            e.seq = seq;
            continue;
        }
        if (!readString(p, end, scratch, value))
            return false;
        switch (field) {
        case Time:
            e.timeStored = QString::fromLatin1(value);
            break;
        case Actor:
            e.actor = QString::fromLatin1(value);
            break;
        case Role:
            e.role = QString::fromLatin1(value);
            break;
        case Action:
            e.action = QString::fromLatin1(value);
            break;
        case Target:
            e.target = QString::fromLatin1(value);
            break;
        case Details:
            e.detailsJson = value.toByteArray();
            break;
        case PrevHash:
            e.prevHash = hash32(value);
            break;
        case Hash:
            e.hash = hash32(value);
            break;
        default:
            return false;
        }
    }
    return p != end && *p++ == '}' && p == end;
}

JournalEntry EntryLine::fromJson(const QJsonObject& o) {
    JournalEntry e;
    e.seq = o.value(QStringLiteral("seq")).toInteger(-1);
    e.timeStored = o.value(QStringLiteral("time")).toString();
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.role = o.value(QStringLiteral("role")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.detailsJson = o.value(QStringLiteral("details_json")).toString().toUtf8();
    e.prevHash = QByteArray::fromHex(o.value(QStringLiteral("prev_hash")).toString().toLatin1());
    e.hash = QByteArray::fromHex(o.value(QStringLiteral("hash")).toString().toLatin1());
    return e;
}

} // namespace symbolon::journal
