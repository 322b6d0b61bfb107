#pragma once

#include "common/Result.h"
#include "store/Statement.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>
#include <variant>

namespace symbolon::store {

class Database;

// Inserts rows many at a time: one INSERT … VALUES (…),(…),… per batch instead of one statement
// per row. The reason is SQLite's statement journal: a statement that fires a trigger (v5's
// key_state_counts) journals every page it touches, encrypted by SQLCipher — per row, that cost
// more than the row itself (migration at 51 % of its raw PKCS#11 loop; 84 % with batches). Each
// batch is still one statement inside the caller's transaction, with every constraint and
// trigger as before.
class BatchInsert {
public:
    using Value = std::variant<std::nullptr_t, qint64, QString, QByteArray>;

    // head: "INSERT INTO t(a, b, c)"; columns: how many values a row has. Rows per statement are
    // bounded by SQLite's 999 host parameters.
    BatchInsert(Database& db, QByteArray head, int columns);
    ~BatchInsert();
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    // Queues a row (exactly `columns` values); runs a full batch when one is ready.
    [[nodiscard]] Status add(QVector<Value> row);
    // Runs what is queued. Call before commit.
    [[nodiscard]] Status flush();

    int rowsPerStatement() const { return m_rowsPerStatement; }

private:
    [[nodiscard]] Status runRows(int rows);
    QByteArray sqlFor(int rows) const;

    Database& m_db;
    QByteArray m_head;
    int m_columns;
    int m_rowsPerStatement;
    QVector<QVector<Value>> m_pending;
    std::optional<Statement> m_full; // prepared once, for rowsPerStatement rows
};

} // namespace symbolon::store
