#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3_stmt;

namespace symbolon::store {

class Database;

// A prepared statement (RAII). Bind indexes are 1-based, column indexes 0-based (SQLite's).
class Statement {
public:
    Statement(Database* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob); // bound as a BLOB (copied)
    Statement& bindText(int index, const QByteArray& utf8);
    Statement& bindNull(int index);
    // A secret, bound as TEXT straight from locked memory (no QByteArray copy; SQLite makes its own).
    Statement& bindSecret(int index, const SecureBytes& secret);

    // true: a row is ready; false: done. An error is returned as such.
    [[nodiscard]] Result<bool> step();
    [[nodiscard]] Status run(); // step to completion, expecting no rows
    // Steps through every row, calling onRow for each (it reads the columns of this statement).
    [[nodiscard]] Status forEachRow(const std::function<void(const Statement&)>& onRow);
    void reset(); // reset and clear bindings, for reuse

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The bytes text() / blob() would copy, valid until the next step() or reset(); a null view
    // where they return a null string or array (NULL, and for blobs also zero length).
    QByteArrayView textBytes(int column) const;
    QByteArrayView blobBytes(int column) const;
    // A column read straight into locked memory, never into a QByteArray.
    SecureBytes secret(int column) const;
    bool isNull(int column) const;

private:
    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// A statement a store runs once per row: prepared into `slot` the first time, reset for reuse
// after that.
[[nodiscard]] Result<Statement*> prepareOnce(Database& db, std::optional<Statement>& slot, const char* sql);

} // namespace symbolon::store
