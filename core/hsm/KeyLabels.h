#pragma once

#include <QString>

namespace symbolon::hsm {

// The labels Symbolon gives the key token's long-lived objects. The object view's policy
// findings and the ceremonies both use them.
inline QString dcoKeyLabel() {
    return QStringLiteral("Symbolon DCO Key");
}
inline QString sharedKeyLabel() {
    return QStringLiteral("Symbolon Shared Key");
}
inline QString transportKeyLabelPrefix() {
    return QStringLiteral("Symbolon Transport Key");
}
inline QString journalSigningKeyLabel() {
    return QStringLiteral("Symbolon journal signing key");
}

} // namespace symbolon::hsm
