#pragma once

#include <QString>

namespace symbolon::hsm {

// What a slot's token says about itself (C_GetTokenInfo), in Qt types.
struct TokenInfo {
    unsigned long slotId = 0; // changes when tokens are initialised: select by label or serial
    QString label;
    QString manufacturer;
    QString model;
    QString serial;
    unsigned long flags = 0;
    bool initialized = false;
    bool userPinInitialized = false;
    bool loginRequired = false;
    bool pinCountLow = false;
    bool pinFinalTry = false;
    bool pinLocked = false;
    bool writeProtected = false;
    unsigned long minPinLength = 0; // ulMinPinLen / ulMaxPinLen, as the token states them
    unsigned long maxPinLength = 0;
    // ulMaxSessionCount / ulSessionCount: 0 when the token states no limit (CK_EFFECTIVELY_INFINITE)
    // or does not say (CK_UNAVAILABLE_INFORMATION). An HSM partition has a limit (issue #21).
    unsigned long maxSessions = 0;
    unsigned long sessionsOpen = 0;
    QString uri; // RFC 7512 PKCS#11 URI of the token
};

} // namespace symbolon::hsm
