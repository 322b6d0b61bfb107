#pragma once

#include "common/Result.h"

namespace symbolon::workspace {

class Database;

// The workspace database schema and its migrations. The version lives in meta('schema').
class Schema {
public:
    static constexpr int kCurrentVersion = 4; // 2: key_records; 3: rotation summary index; 4: re-key runs
    [[nodiscard]] static Status create(Database& db);
    // Brings an older database to kCurrentVersion in one transaction; refuses a newer one.
    [[nodiscard]] static Status migrate(Database& db);
};

} // namespace symbolon::workspace
