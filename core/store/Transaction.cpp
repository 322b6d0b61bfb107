#include "store/Transaction.h"

#include "store/Database.h"

namespace symbolon::store {

Transaction::Transaction(Database& db) : m_db(db) {}

Transaction::~Transaction() {
    rollback();
}

Status Transaction::begin() {
    if (auto s = m_db.exec("BEGIN IMMEDIATE;"); !s)
        return s.error();
    m_active = true;
    return {};
}

Status Transaction::commit() {
    if (!m_active)
        return fail(ErrorCode::Internal, QStringLiteral("commit without an active transaction"));
    if (auto s = m_db.exec("COMMIT;"); !s) {
        rollback();
        return s.error();
    }
    m_active = false;
    return {};
}

void Transaction::rollback() {
    if (m_active) {
        (void)m_db.exec("ROLLBACK;");
        m_active = false;
    }
}

} // namespace symbolon::store
