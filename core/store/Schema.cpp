#include "store/Schema.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace symbolon::store {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::store", s);
}
} // namespace

Schema::Schema(QVector<Migration> migrations) : m_migrations(std::move(migrations)) {
    std::stable_sort(m_migrations.begin(), m_migrations.end(),
                     [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (const auto& m : m_migrations) {
        Q_ASSERT(m.version == m_current || m.version == m_current + 1); // versions are contiguous
        m_current = std::max(m_current, m.version);
    }
}

Status Schema::upgradeFrom(Database& db, int version) const {
    for (const auto& m : m_migrations)
        if (m.version > version)
            if (auto s = db.exec(m.sql); !s)
                return s;
    auto st = db.prepare("UPDATE meta SET value = ? WHERE key = 'schema';");
    if (!st)
        return st.error();
    st->bind(1, QString::number(m_current));
    return st->run();
}

Status Schema::create(Database& db) const {
    if (auto s = db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                         "INSERT INTO meta(key, value) VALUES ('schema', '0');");
        !s)
        return s;
    return upgradeFrom(db, 0);
}

Status Schema::migrate(Database& db) const {
    auto st = db.prepare("SELECT value FROM meta WHERE key = 'schema';");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    const int version = *row ? st->text(0).toInt() : 0;
    st->reset(); // no statement may be pending while the schema changes
    if (version > m_current)
        return fail(ErrorCode::InvalidInput,
                    store::tr("This workspace was written by a newer Symbolon (schema %1; this "
                              "version reads up to %2): upgrade Symbolon to open it.")
                        .arg(version)
                        .arg(m_current));
    if (version < 1)
        return fail(ErrorCode::InvalidInput, store::tr("The workspace database has no schema."));
    if (version == m_current)
        return {};
    // An older database is brought up to date in one transaction: all of it, or nothing.
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = upgradeFrom(db, version); !s)
        return s;
    return tx.commit();
}

} // namespace symbolon::store
