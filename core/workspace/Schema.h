#pragma once

#include "common/Result.h"

namespace symbolon::workspace {

class Database;

// The workspace database schema and its migrations. The version lives in meta('schema').
class Schema {
public:
    // 2: key_records; 3: rotation summary index; 4: re-key runs; 5: key record counts, compromised index
    static constexpr int kCurrentVersion = 5;
    [[nodiscard]] static Status create(Database& db);
    // Brings an older database to kCurrentVersion in one transaction; refuses a newer one.
    [[nodiscard]] static Status migrate(Database& db);
};

} // namespace symbolon::workspace
