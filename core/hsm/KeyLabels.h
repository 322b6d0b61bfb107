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
// A version of the DCO Key or the Shared Key (issue #20): version 1 is the bare label, version n
// "<label> vn" (keys::kekLabel).
inline bool isVersionOf(const QString& label, const QString& base) {
    if (label == base)
        return true;
    if (!label.startsWith(base + QStringLiteral(" v")))
        return false;
    bool ok = false;
    const int v = label.mid(base.size() + 2).toInt(&ok);
    return ok && v >= 2;
}
inline QString journalSigningKeyLabel() {
    return QStringLiteral("Symbolon journal signing key");
}

} // namespace symbolon::hsm
