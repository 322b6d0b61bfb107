#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <optional>

namespace symbolon::store {

class Database;

// The meta(key, value) table, which store::Schema creates and which this class alone writes:
// the schema version (Schema) and the workspace's few single values.
class MetaStore {
public:
    // A secret value (the journal token's PIN), read and written through locked memory only.
    [[nodiscard]] static Result<std::optional<SecureBytes>> secret(Database& db, const char* key);
    [[nodiscard]] static Status insertSecret(Database& db, const char* key, const SecureBytes& value);
    // Deletes it with SQLite's secure_delete on, so that its page is overwritten.
    [[nodiscard]] static Status removeSecret(Database& db, const char* key);
};

} // namespace symbolon::store
