#pragma once

#include "common/Result.h"

#include <QVector>

namespace symbolon::store {

class Database;

// One step of a database's schema: the SQL that brings it from version - 1 to version. Version 1
// creates. Each module that owns tables gives its own steps; several modules may add to the same
// version, applied in the order given.
struct Migration {
    int version = 0;
    const char* sql = nullptr;
};

// A database schema made of migrations. The version lives in meta('schema'); meta(key, value) is
// the one table the store itself owns.
class Schema {
public:
    explicit Schema(QVector<Migration> migrations);
    int currentVersion() const { return m_current; }
    // A new database at currentVersion().
    [[nodiscard]] Status create(Database& db) const;
    // Brings an older database to currentVersion() in one transaction; refuses a newer one.
    [[nodiscard]] Status migrate(Database& db) const;

private:
    [[nodiscard]] Status upgradeFrom(Database& db, int version) const;
    QVector<Migration> m_migrations;
    int m_current = 0;
};

} // namespace symbolon::store
