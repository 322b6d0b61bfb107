#include "store/Statement.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include "store/Database.h"

#include <QCoreApplication>

namespace symbolon::store {

Statement::~Statement() {
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    return bindText(index, value.toUtf8());
}

Statement& Statement::bindText(int index, const QByteArray& utf8) {
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(QCoreApplication::translate("symbolon::store", "Running a database statement"));
}

Status Statement::run() {
    auto r = step();
    if (!r)
        return r.error();
    reset();
    return {};
}

Status Statement::forEachRow(const std::function<void(const Statement&)>& onRow) {
    while (true) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        onRow(*this);
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

Statement& Statement::bindSecret(int index, const SecureBytes& secret) {
    sqlite3_bind_text(m_stmt, index, reinterpret_cast<const char*>(secret.data()),
                      static_cast<int>(secret.size()), SQLITE_TRANSIENT);
    return *this;
}

SecureBytes Statement::secret(int column) const {
    const void* p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p && n > 0 ? SecureBytes(p, static_cast<std::size_t>(n)) : SecureBytes();
}

QByteArray Statement::blob(int column) const {
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QByteArrayView Statement::textBytes(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArrayView Statement::blobBytes(int column) const {
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArrayView(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column))
             : QByteArrayView();
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Result<Statement*> prepareOnce(Database& db, std::optional<Statement>& slot, const char* sql) {
    if (!slot) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        slot.emplace(std::move(*st));
    }
    slot->reset();
    return &*slot;
}

} // namespace symbolon::store
