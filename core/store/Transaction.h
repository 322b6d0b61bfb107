#pragma once

#include "common/Result.h"

namespace symbolon::store {

class Database;

// BEGIN IMMEDIATE … COMMIT; rolled back on destruction unless committed. A custodial action is
// reported done only after commit() returns ok (its journal entry is in the same transaction).
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace symbolon::store
