#pragma once

#include "common/Result.h"
#include "store/Schema.h"
#include "workspace/SiteRegister.h"

#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::workspace {

// The site_register table: every version of the site register with its card signatures, in
// order. Its one writer is this class; a version is only ever added, never changed. The table is
// as writable as the rest of the database by anyone holding a keyslot: the register's trust
// comes from the signatures and the cards' anchors (RegisterAnchor), not from where it is kept.
class SiteRegisterStore {
public:
    static QVector<store::Migration> migrations();

    // Every version, oldest first, up to the first row that does not parse: its problem (naming
    // the version and the field) goes to *malformed, so that the open can go on read-only.
    [[nodiscard]] static Result<QVector<RegisterVersion>> chain(store::Database& db, QString* malformed);
    // Appends the next version (inside the caller's transaction).
    [[nodiscard]] static Status add(store::Database& db, const RegisterVersion& version);
};

} // namespace symbolon::workspace
