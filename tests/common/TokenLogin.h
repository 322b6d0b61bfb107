#pragma once

#include "common/SecureBytes.h"
#include "hsm/Module.h"
#include "hsm/Pkcs11Uri.h"
#include "hsm/Session.h"

#include <QString>

namespace symbolon::test {

// Whether `pin` logs the token `uri` of a module in (logged out again at once): the HSM
// administrator's PIN must stop working once a site has taken it over, and keep working after
// every refusal. A module or token that is not there ends the test.
inline bool tokenLogsIn(const QString& library, const QString& initArgs, const QString& uri,
                        const QString& pin) {
    auto module = hsm::Module::load(library, initArgs);
    if (!module)
        qFatal("%s", qPrintable(module.error().message));
    auto token = hsm::Pkcs11Uri::selectToken(**module, uri);
    if (!token)
        qFatal("%s", qPrintable(token.error().message));
    auto session = (*module)->openSession(token->slotId, false);
    if (!session)
        qFatal("%s", qPrintable(session.error().message));
    const bool ok = bool((*session)->login(SecureBytes::fromString(pin.toStdString())));
    if (ok)
        (void)(*session)->logout();
    return ok;
}

} // namespace symbolon::test
