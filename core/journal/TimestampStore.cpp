#include "journal/TimestampStore.h"

#include "store/Database.h"
#include "store/Statement.h"

namespace symbolon::journal {

namespace {
// v11 (issue #15): RFC 3161 timestamps of checkpoints. A checkpoint is timestamped once.
const char* kV11 = "CREATE TABLE checkpoint_timestamps ("
                   " seq INTEGER PRIMARY KEY, imprint BLOB NOT NULL, token BLOB NOT NULL,"
                   " tsa_url TEXT NOT NULL);";
} // namespace

QVector<store::Migration> TimestampStore::migrations() {
    return {{11, kV11}};
}

Status TimestampStore::add(store::Database& db, const StoredTimestamp& t) {
    auto st = db.prepare("INSERT OR REPLACE INTO checkpoint_timestamps(seq, imprint, token, tsa_url)"
                         " VALUES (?, ?, ?, ?);");
    if (!st)
        return st.error();
    st->bind(1, t.seq).bind(2, t.imprint).bind(3, t.token).bind(4, t.tsaUrl);
    return st->run();
}

Result<QVector<StoredTimestamp>> TimestampStore::all(store::Database& db) {
    auto st = db.prepare("SELECT seq, imprint, token, tsa_url FROM checkpoint_timestamps ORDER BY seq;");
    if (!st)
        return st.error();
    QVector<StoredTimestamp> out;
    if (auto s = st->forEachRow([&](const store::Statement& r) {
            out.push_back({r.int64(0), r.blob(1), r.blob(2), r.text(3)});
        });
        !s)
        return s.error();
    return out;
}

Result<qint64> TimestampStore::count(store::Database& db) {
    return db.scalarInt("SELECT count(*) FROM checkpoint_timestamps;");
}

Status TimestampStore::forEachEntryTime(store::Database& db,
                                        const std::function<void(qint64, const QDateTime&)>& f) {
    auto st = db.prepare("SELECT seq, ts FROM journal ORDER BY seq;");
    if (!st)
        return st.error();
    return st->forEachRow([&](const store::Statement& r) {
        QDateTime t = QDateTime::fromString(r.text(1), Qt::ISODateWithMs);
        t.setTimeSpec(Qt::UTC);
        f(r.int64(0), t);
    });
}

} // namespace symbolon::journal
