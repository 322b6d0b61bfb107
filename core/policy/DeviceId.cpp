#include "policy/DeviceId.h"

#include <QCoreApplication>

namespace symbolon::policy {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr char kHexDigits[] = "0123456789ABCDEF";

} // namespace

QByteArray DeviceId::toLatin1() const {
    QByteArray out(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        out[i] = kHexDigits[(m_value >> (60 - 4 * i)) & 0xF];
    return out;
}

QString DeviceId::toString() const {
    return QString::fromLatin1(toLatin1());
}

QString DeviceId::toDisplayString() const {
    const QByteArray hex = toLatin1();
    QString out;
    out.reserve(23);
    for (int i = 0; i < 8; ++i) {
        if (i)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[2 * i]);
        out += QLatin1Char(hex[2 * i + 1]);
    }
    return out;
}

QString DeviceId::expectedText() {
    return QCoreApplication::translate("symbolon::policy",
                                       "an EUI-64 device id: 16 hex digits, written 00DB1234567890A0 or "
                                       "00-DB-12-34-56-78-90-A0");
}

Result<DeviceId> DeviceId::parse(QByteArrayView text) {
    // 16 digits plain, or 23 characters with a dash after every pair.
    const bool dashed = text.size() == 23;
    if (text.size() != 16 && !dashed)
        return fail(ErrorCode::InvalidInput, expectedText());
    quint64 value = 0;
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (dashed && i % 3 == 2) {
            if (c != '-')
                return fail(ErrorCode::InvalidInput, expectedText());
            continue;
        }
        const int v = hexValue(c);
        if (v < 0)
            return fail(ErrorCode::InvalidInput, expectedText());
        value = (value << 4) | static_cast<quint64>(v);
        ++digits;
    }
    if (digits != 16)
        return fail(ErrorCode::InvalidInput, expectedText());
    return DeviceId(value);
}

Result<DeviceId> DeviceId::parse(QStringView text) {
    // Anything outside Latin-1 cannot be a hex digit or a dash; refuse before narrowing so that
    // a lossy conversion can never turn into a valid id.
    if (text.size() > 23)
        return fail(ErrorCode::InvalidInput, expectedText());
    char buf[23];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u > 0x7F)
            return fail(ErrorCode::InvalidInput, expectedText());
        buf[i] = static_cast<char>(u);
    }
    return parse(QByteArrayView(buf, text.size()));
}

} // namespace symbolon::policy
