#include "inventory/IsoTimestamp.h"

#include <cstdio>

namespace symbolon::inventory {

namespace {

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant, "chrono-compatible
// low-level date algorithms"): exact and branch-light, with no time zone database involved.
qint64 daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int& y, int& m, int& d) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

int daysInMonth(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

// Reads exactly n digits at pos; false if any is not a digit or the text is too short.
bool digits(QByteArrayView t, qsizetype& pos, int n, int& out) {
    if (pos + n > t.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = t[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    pos += n;
    out = v;
    return true;
}

bool expect(QByteArrayView t, qsizetype& pos, char c) {
    if (pos >= t.size() || t[pos] != c)
        return false;
    ++pos;
    return true;
}

} // namespace

std::optional<qint64> parseIsoTimestamp(QByteArrayView t) {
    qsizetype pos = 0;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0;
    if (!digits(t, pos, 4, y) || !expect(t, pos, '-') || !digits(t, pos, 2, mo) || !expect(t, pos, '-') ||
        !digits(t, pos, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return std::nullopt;
    if (pos >= t.size() || (t[pos] != 'T' && t[pos] != 't'))
        return std::nullopt;
    ++pos;
    if (!digits(t, pos, 2, h) || !expect(t, pos, ':') || !digits(t, pos, 2, mi))
        return std::nullopt;
    if (pos < t.size() && t[pos] == ':') {
        ++pos;
        if (!digits(t, pos, 2, s))
            return std::nullopt;
        if (pos < t.size() && (t[pos] == '.' || t[pos] == ',')) {
            ++pos;
            int n = 0;
            while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') {
                if (n < 3)
                    ms = ms * 10 + (t[pos] - '0');
                ++n, ++pos;
            }
            if (n == 0 || n > 9)
                return std::nullopt;
            for (int i = n; i < 3; ++i)
                ms *= 10;
        }
    }
    // 24:00 and leap seconds are legal ISO 8601 but never appear in a meter's commissioning
    // record; refusing them keeps one spelling per instant.
    if (h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    if (pos >= t.size())
        return std::nullopt; // no zone: refused, see the header
    int offsetMinutes = 0;
    const char z = t[pos++];
    if (z == 'Z' || z == 'z') {
        // UTC
    } else if (z == '+' || z == '-') {
        int oh = 0, om = 0;
        if (!digits(t, pos, 2, oh))
            return std::nullopt;
        if (pos < t.size()) {
            expect(t, pos, ':'); // optional
            if (!digits(t, pos, 2, om))
                return std::nullopt;
        }
        if (oh > 14 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (z == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    if (pos != t.size())
        return std::nullopt;
    const qint64 secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offsetMinutes * 60;
    return secs * 1000 + ms;
}

QByteArray formatIsoTimestamp(const QDateTime& utc) {
    const qint64 msecs = utc.toMSecsSinceEpoch();
    qint64 secs = msecs / 1000;
    int ms = static_cast<int>(msecs % 1000);
    if (ms < 0)
        ms += 1000, secs -= 1;
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0)
        rem += 86400, days -= 1;
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buf[40];
    const int h = static_cast<int>(rem / 3600), mi = static_cast<int>(rem / 60 % 60),
              s = static_cast<int>(rem % 60);
    const int n =
        ms ? std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, m, d, h, mi, s, ms)
           : std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, h, mi, s);
    return QByteArray(buf, n);
}

} // namespace symbolon::inventory
