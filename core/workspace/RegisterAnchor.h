#pragma once

#include "common/Result.h"
#include "workspace/SiteRegister.h"

#include <QString>

#include <optional>

namespace symbolon::hsm {
class Session;
}

namespace symbolon::workspace {

// What a card remembers of a site's register: the newest version it has seen verified (its
// number and digest), as a private data object on the card ("symbolon-register:<site>", where the
// site is named by the digest of register version 1). Only the card's holder, with the PIN, can
// change it. At every open the register in the workspace must still contain that version: so a
// register rewritten by one insider (even one who also rewrites their own card) is found at the
// next open of any other card holder.
struct RegisterAnchor {
    int version = 0;
    QString digest; // hex

    static QString siteId(const QVector<RegisterVersion>& chain); // first 32 hex digits of v1's digest
    // The anchor for this site, if the card holds one (the highest version, should two be left).
    [[nodiscard]] static Result<std::optional<RegisterAnchor>> read(hsm::Session& card, const QString& site);
    // Replaces the card's anchor for this site (new object first, then the old ones are removed:
    // a kill in between leaves two, and read() takes the newer).
    [[nodiscard]] static Status write(hsm::Session& card, const QString& site, const RegisterAnchor& anchor);

    // Empty when the chain (already verified) contains this anchor; else the alarm's sentence:
    // which version differs, or that the register was cut back.
    static QString problemWith(const QVector<RegisterVersion>& chain, const RegisterAnchor& anchor);
};

} // namespace symbolon::workspace
