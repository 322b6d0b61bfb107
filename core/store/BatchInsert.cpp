#include "store/BatchInsert.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

namespace symbolon::store {

namespace {
constexpr int kMaxHostParameters = 999; // SQLITE_MAX_VARIABLE_NUMBER of SQLite 3.15

void bindValue(Statement& st, int index, const BatchInsert::Value& v) {
    if (std::holds_alternative<qint64>(v))
        st.bind(index, std::get<qint64>(v));
    else if (std::holds_alternative<QString>(v))
        st.bind(index, std::get<QString>(v));
    else if (std::holds_alternative<QByteArray>(v))
        st.bind(index, std::get<QByteArray>(v));
    else
        st.bindNull(index);
}
} // namespace

BatchInsert::BatchInsert(Database& db, QByteArray head, int columns)
    : m_db(db), m_head(std::move(head)), m_columns(columns),
      m_rowsPerStatement(qMax(1, kMaxHostParameters / qMax(1, columns))) {
    m_pending.reserve(m_rowsPerStatement);
}

BatchInsert::~BatchInsert() = default;

QByteArray BatchInsert::sqlFor(int rows) const {
    QByteArray one = "(";
    for (int c = 0; c < m_columns; ++c)
        one += c ? ",?" : "?";
    one += ')';
    QByteArray sql = m_head + " VALUES ";
    sql.reserve(sql.size() + rows * (one.size() + 1) + 1);
    for (int r = 0; r < rows; ++r) {
        if (r)
            sql += ',';
        sql += one;
    }
    sql += ';';
    return sql;
}

Status BatchInsert::add(QVector<Value> row) {
    if (row.size() != m_columns)
        return fail(ErrorCode::Internal,
                    QCoreApplication::translate("symbolon::store",
                                                "A batch insert got a row of %1 values for %2 columns.")
                        .arg(row.size())
                        .arg(m_columns));
    m_pending.push_back(std::move(row));
    if (m_pending.size() < m_rowsPerStatement)
        return {};
    return runRows(m_rowsPerStatement);
}

Status BatchInsert::flush() {
    if (m_pending.isEmpty())
        return {};
    return runRows(int(m_pending.size()));
}

Status BatchInsert::runRows(int rows) {
    std::optional<Statement> partial;
    Statement* st = nullptr;
    if (rows == m_rowsPerStatement) {
        if (!m_full) {
            auto p = m_db.prepare(sqlFor(rows).constData());
            if (!p)
                return p.error();
            m_full.emplace(std::move(*p));
        }
        st = &*m_full;
    } else {
        auto p = m_db.prepare(sqlFor(rows).constData());
        if (!p)
            return p.error();
        partial.emplace(std::move(*p));
        st = &*partial;
    }
    int index = 1;
    for (int r = 0; r < rows; ++r)
        for (const Value& v : m_pending[r])
            bindValue(*st, index++, v);
    const Status s = st->run();
    st->reset();
    m_pending.remove(0, rows);
    return s;
}

} // namespace symbolon::store
