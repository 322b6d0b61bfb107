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

// A JSON string at p (on its opening quote), unescaped into out; p ends after the closing quote.
bool readString(const char*& p, const char* end, QByteArray& out) {
    if (p == end || *p != '"')
        return false;
    ++p;
    out.resize(0); // keeps the capacity, unlike clear()
    const char* run = p;
    while (p != end) {
        const char c = *p;
        if (c == '"') {
            out.append(run, p - run);
            ++p;
            return true;
        }
        if (c != '\\') {
            ++p;
            continue;
        }
        out.append(run, p - run);
        if (++p == end)
            return false;
        switch (*p) {
        case '"':
        case '\\':
        case '/':
            out.append(*p);
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        default: // \u and anything else: QJsonDocument decides
            return false;
        }
        run = ++p;
    }
    return false;
}
} // namespace

bool EntryLine::decodeSimple(QByteArrayView line, JournalEntry& e) {
    for (const char c : line)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return false;
    const char* p = line.data();
    const char* const end = p + line.size();
    if (p == end || *p++ != '{')
        return false;
    bool seen[FieldCount] = {};
    QByteArray key, value;
    key.reserve(32);
    value.reserve(1024);
    for (int n = 0; n < FieldCount; ++n) {
        if (n > 0 && (p == end || *p++ != ','))
            return false;
        if (!readString(p, end, key) || p == end || *p++ != ':')
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
        if (!readString(p, end, value))
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
            e.detailsJson = value;
            break;
        case PrevHash:
            e.prevHash = QByteArray::fromHex(value);
            break;
        case Hash:
            e.hash = QByteArray::fromHex(value);
            break;
        default:
            return false;
        }
    }
    return p != end && *p++ == '}' && p == end;
}

} // namespace symbolon::journal
