#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace symbolon::hsm {

// SoftHSM2's file object store rewrites each token's token.object in place (open with O_TRUNC,
// then write) on every C_Login. A process killed in that window leaves the file empty or
// half-written, and SoftHSM then no longer lists the token: the card is gone. Measured here: 1
// in about 100 logins killed at a random instant (PLATFORM-NOTES.md has no word on it; CI found
// it). Real HSMs and smart cards keep their own state atomically, so this concerns only the
// embedded store that Symbolon itself manages.
//
// Before SoftHSM is loaded in a process, secure() walks the store: a token.object that parses is
// copied (atomically, fsynced) to token.object.good when the copy differs; one that does not
// parse is replaced by its good copy. Nothing else in the store is touched.
class SoftHsmStoreGuard {
public:
    struct Report {
        QStringList restored; // token labels whose token.object was restored from the good copy
        QStringList damaged;  // token directories with a damaged token.object and no good copy
    };
    // Must run before the module is loaded in this process (it opens and closes the files,
    // which would drop SoftHSM's own fcntl locks).
    [[nodiscard]] static Result<Report> secure(const QString& storeDir);

    // The token label in a token.object's bytes, or an empty string when they do not parse as a
    // complete token object (generation, then whole attribute records, with label, serial,
    // flags, the SO PIN blob, and the user PIN blob when the flags say the user PIN is set).
    [[nodiscard]] static QString parseTokenLabel(const QByteArray& bytes);
};

} // namespace symbolon::hsm
