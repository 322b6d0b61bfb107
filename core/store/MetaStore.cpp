#include "store/MetaStore.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace symbolon::store {

Result<std::optional<SecureBytes>> MetaStore::secret(Database& db, const char* key) {
    auto st = db.prepare("SELECT value FROM meta WHERE key = ?;");
    if (!st)
        return st.error();
    st->bindText(1, QByteArray(key));
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SecureBytes>();
    return std::optional<SecureBytes>(st->secret(0));
}

Status MetaStore::insertSecret(Database& db, const char* key, const SecureBytes& value) {
    auto st = db.prepare("INSERT INTO meta(key, value) VALUES (?, ?);");
    if (!st)
        return st.error();
    st->bindText(1, QByteArray(key)).bindSecret(2, value);
    return st->run();
}

Status MetaStore::removeSecret(Database& db, const char* key) {
    // secure_delete: the freed page is overwritten, so the value is not left in the file.
    if (auto s = db.exec("PRAGMA secure_delete = ON;"); !s)
        return s;
    auto st = db.prepare("DELETE FROM meta WHERE key = ?;");
    if (!st)
        return st.error();
    st->bindText(1, QByteArray(key));
    const Status removed = st->run();
    (void)db.exec("PRAGMA secure_delete = OFF;");
    return removed;
}

} // namespace symbolon::store
