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
    // CTest sets SYMBOLON_CLI; benchmarks run by hand find the build's own binary.
    return qEnvironmentVariableIsSet("SYMBOLON_CLI")
               ? qEnvironmentVariable("SYMBOLON_CLI")
               : QStringLiteral(SYMBOLON_BINARY_DIR "/app/symbolon-cli");
}

} // namespace symbolon::test
