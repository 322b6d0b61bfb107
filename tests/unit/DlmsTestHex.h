#pragma once

#include "common/SecureBytes.h"

#include <QByteArray>

// Hex helpers for the known-answer tests: vectors are written as published (upper-case hex).
namespace symbolon::test {

inline QByteArray hex(const char* h) {
    return QByteArray::fromHex(QByteArray(h));
}
inline SecureBytes secureHex(const char* h) {
    const QByteArray b = hex(h);
    return SecureBytes(b.constData(), static_cast<std::size_t>(b.size()));
}
inline QByteArray toBytes(const SecureBytes& s) {
    return QByteArray(reinterpret_cast<const char*>(s.data()), static_cast<qsizetype>(s.size()));
}

} // namespace symbolon::test
