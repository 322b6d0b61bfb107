#include "common/TerminalText.h"

namespace symbolon::text {

namespace {
constexpr char kHex[] = "0123456789abcdef";

void appendX(QByteArray& out, unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 0xf];
}
void appendU(QByteArray& out, char32_t u) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += kHex[(u >> shift) & 0xf];
}
bool reorders(char32_t u) {
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}
// Length of the UTF-8 sequence a lead byte starts (1 for ASCII and for bytes that start none).
int sequenceLength(unsigned char c) {
    if (c >= 0xC2 && c <= 0xDF)
        return 2;
    if (c >= 0xE0 && c <= 0xEF)
        return 3;
    if (c >= 0xF0 && c <= 0xF4)
        return 4;
    return 1;
}
} // namespace

QByteArray escapeForTerminal(QByteArrayView in, QByteArray* carry) {
    QByteArray out;
    out.reserve(in.size() + 16);
    qsizetype i = 0;
    const qsizetype n = in.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(in[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                appendX(out, c);
            else
                out += char(c);
            ++i;
            continue;
        }
        const int len = sequenceLength(c);
        if (len == 1) { // a continuation or invalid byte on its own: not ours to judge
            out += char(c);
            ++i;
            continue;
        }
        if (i + len > n) { // the sequence continues in the next piece
            if (carry) {
                *carry = in.sliced(i).toByteArray();
                return out;
            }
            out += in.sliced(i).toByteArray();
            return out;
        }
        char32_t u = c & (len == 2 ? 0x1f : len == 3 ? 0x0f : 0x07);
        bool valid = true;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(in[i + k]);
            valid = valid && (cc & 0xC0) == 0x80;
            u = (u << 6) | (cc & 0x3f);
        }
        if (!valid) { // a lead byte without its continuation: it alone, then the rest as usual
            out += char(c);
            ++i;
            continue;
        }
        if ((u >= 0x80 && u <= 0x9f) || reorders(u))
            appendU(out, u);
        else
            out += in.sliced(i, len).toByteArray();
        i += len;
    }
    if (carry)
        carry->clear();
    return out;
}

} // namespace symbolon::text
