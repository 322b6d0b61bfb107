#pragma once

#include <QString>

namespace symbolon::test {

inline QString softhsmModule() {
    return QStringLiteral(SYMBOLON_SOFTHSM_MODULE);
}
inline QString sourceDir() {
    return QStringLiteral(SYMBOLON_SOURCE_DIR);
}
inline QString binaryDir() {
    return QStringLiteral(SYMBOLON_BINARY_DIR);
}
inline QString cliPath() {
    return qEnvironmentVariable("SYMBOLON_CLI");
}

} // namespace symbolon::test
