#pragma once

#include <QString>

namespace symbolon::policy {

// Device keys (CKMP (b)(i)) and HSM keys (DESIGN key hierarchy).
enum class KeyKind { MK = 0, AK = 1, GUEK = 2, DK = 3, DcoKey = 4, SharedKey = 5, TransportKey = 6 };

QString keyKindCode(KeyKind k); // "MK", "AK", "GUEK", "DK", "DCO Key", "Shared Key", "Transport Key"
bool isDeviceKey(KeyKind k);    // MK, AK, GUEK, DK
// The KEK that packages a device key for storage: DCO Key for MK and AK, Shared Key for GUEK and DK.
KeyKind packagingKek(KeyKind deviceKey);

} // namespace symbolon::policy
