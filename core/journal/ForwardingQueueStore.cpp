#include "journal/ForwardingQueueStore.h"

#include "journal/JournalStore.h"
#include "store/Database.h"
#include "store/Statement.h"

namespace symbolon::journal {

const char* ForwardingQueueStore::schemaSql() {
    return "CREATE TABLE IF NOT EXISTS siem_forwarding ("
           " collector TEXT PRIMARY KEY, acked_seq INTEGER NOT NULL);";
}

Status ForwardingQueueStore::ensureSchema() {
    return m_db.exec(schemaSql());
}

Result<qint64> ForwardingQueueStore::ackedSeq() const {
    auto st = m_db.prepare("SELECT acked_seq FROM siem_forwarding WHERE collector = ?;");
    if (!st)
        return st.error();
    st->bind(1, m_collector);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : qint64(0);
}

Status ForwardingQueueStore::advanceAckedSeq(qint64 seq) {
    // SQLite 3.15 has no UPSERT: insert the row if missing, then raise it.
    auto ins = m_db.prepare("INSERT OR IGNORE INTO siem_forwarding(collector, acked_seq) VALUES (?, 0);");
    if (!ins)
        return ins.error();
    ins->bind(1, m_collector);
    if (auto s = ins->run(); !s)
        return s;
    auto up = m_db.prepare("UPDATE siem_forwarding SET acked_seq = max(acked_seq, ?) WHERE collector = ?;");
    if (!up)
        return up.error();
    up->bind(1, seq).bind(2, m_collector);
    return up->run();
}

Result<qint64> ForwardingQueueStore::headSeq() const {
    return m_db.scalarInt("SELECT coalesce(max(seq), 0) FROM journal;");
}

Result<QVector<JournalEntry>> ForwardingQueueStore::pending(qint64 afterSeq, int limit) const {
    return JournalStore(m_db).range(afterSeq + 1, limit);
}

Result<QVector<ForwardingQueueStore::Row>> ForwardingQueueStore::all(store::Database& db) {
    auto st = db.prepare("SELECT collector, acked_seq FROM siem_forwarding ORDER BY collector;");
    if (!st)
        return st.error();
    QVector<Row> rows;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows.push_back({st->text(0), st->int64(1)});
    }
    return rows;
}

} // namespace symbolon::journal
