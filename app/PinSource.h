#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QString>

namespace symbolon::app {

// Where the CLI takes a PIN from: a no-echo prompt on the terminal (default), a file
// descriptor (--pin-fd N, e.g. from a secrets manager), or a named environment variable
// (--pin-env VAR: for demos and tests; the variable is removed once read).
struct PinSource {
    int fd = -1;
    QString envVar;

    [[nodiscard]] Result<SecureBytes> read(const QString& prompt) const;
};

} // namespace symbolon::app
