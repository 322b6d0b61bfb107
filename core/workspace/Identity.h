#pragma once

#include <QString>

namespace symbolon::workspace {

// Who opened the workspace: taken from their keyslot, proven by their card.
struct Identity {
    QString holder;
    QString role;
    QString tokenLabel;
    QString tokenSerial;
    QString fingerprint; // SHA-256 of the card public key, hex

    // How the journal names the actor: "Alice Hughes [card 9f3c1a2b]".
    QString actor() const { return QStringLiteral("%1 [card %2]").arg(holder, fingerprint.left(8)); }
};

} // namespace symbolon::workspace
