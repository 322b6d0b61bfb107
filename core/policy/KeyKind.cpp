#include "policy/KeyKind.h"

namespace symbolon::policy {

QString keyKindCode(KeyKind k) {
    switch (k) {
    case KeyKind::MK:
        return QStringLiteral("MK");
    case KeyKind::AK:
        return QStringLiteral("AK");
    case KeyKind::GUEK:
        return QStringLiteral("GUEK");
    case KeyKind::DK:
        return QStringLiteral("DK");
    case KeyKind::DcoKey:
        return QStringLiteral("DCO Key");
    case KeyKind::SharedKey:
        return QStringLiteral("Shared Key");
    case KeyKind::TransportKey:
        return QStringLiteral("Transport Key");
    }
    return {};
}

bool isDeviceKey(KeyKind k) {
    return k == KeyKind::MK || k == KeyKind::AK || k == KeyKind::GUEK || k == KeyKind::DK;
}

KeyKind packagingKek(KeyKind deviceKey) {
    return (deviceKey == KeyKind::MK || deviceKey == KeyKind::AK) ? KeyKind::DcoKey : KeyKind::SharedKey;
}

} // namespace symbolon::policy
