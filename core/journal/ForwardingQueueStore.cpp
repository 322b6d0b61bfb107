#include "journal/ForwardingQueueStore.h"

#include "journal/JournalStore.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}
} // namespace

const char* ForwardingQueueStore::schemaSql() {
    return "CREATE TABLE IF NOT EXISTS siem_forwarding ("
           " collector TEXT PRIMARY KEY, acked_seq INTEGER NOT NULL, acked_hash BLOB);";
}

Status ForwardingQueueStore::ensureSchema() {
    if (auto s = m_db.exec(schemaSql()); !s)
        return s;
    // A table made before acked_hash (issue #15) gets the column; its rows have none yet.
    bool hasHash = false;
    {
        auto columns = m_db.prepare("PRAGMA table_info(siem_forwarding);");
        if (!columns)
            return columns.error();
        while (!hasHash) {
            auto row = columns->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            hasHash = columns->text(1) == QLatin1String("acked_hash");
        }
    } // the statement is finished before the table changes
    return hasHash ? Status() : m_db.exec("ALTER TABLE siem_forwarding ADD COLUMN acked_hash BLOB;");
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

Status ForwardingQueueStore::advanceAckedSeq(qint64 seq, const QByteArray& hash) {
    // SQLite 3.15 has no UPSERT: insert the row if missing, then raise it.
    auto ins = m_db.prepare("INSERT OR IGNORE INTO siem_forwarding(collector, acked_seq) VALUES (?, 0);");
    if (!ins)
        return ins.error();
    ins->bind(1, m_collector);
    if (auto s = ins->run(); !s)
        return s;
    // Both right-hand sides see the row as it was: the hash moves only with the mark.
    auto up = m_db.prepare("UPDATE siem_forwarding SET acked_hash = CASE WHEN ?1 >= acked_seq THEN ?2 ELSE "
                           "acked_hash END, acked_seq = max(acked_seq, ?1) WHERE collector = ?3;");
    if (!up)
        return up.error();
    up->bind(1, seq).bind(2, hash).bind(3, m_collector);
    return up->run();
}

Status ForwardingQueueStore::checkAnchor() {
    auto st = m_db.prepare("SELECT acked_seq, acked_hash FROM siem_forwarding WHERE collector = ?;");
    if (!st)
        return st.error();
    st->bind(1, m_collector);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row || st->int64(0) == 0)
        return {};
    const qint64 seq = st->int64(0);
    const QByteArray acked = st->isNull(1) ? QByteArray() : st->blob(1);
    auto entries = JournalStore(m_db).range(seq, 1);
    if (!entries)
        return entries.error();
    if (entries->isEmpty() || entries->constFirst().seq != seq)
        return fail(
            ErrorCode::Crypto,
            journal::tr(
                "Journal entry #%1, which the SIEM collector %2 acknowledged with hash %3, is no longer in "
                "the journal: entries were deleted after the collector received them. Forwarding stops; "
                "compare the journal with the collector's copy (journal verify --siem-log).")
                .arg(seq)
                .arg(m_collector,
                     acked.isEmpty() ? journal::tr("(not recorded)") : QString::fromLatin1(acked.toHex())));
    const QByteArray now = entries->constFirst().hash;
    if (acked.isEmpty()) {
        auto up =
            m_db.prepare("UPDATE siem_forwarding SET acked_hash = ? WHERE collector = ? AND acked_seq = ?;");
        if (!up)
            return up.error();
        up->bind(1, now).bind(2, m_collector).bind(3, seq);
        return up->run();
    }
    if (acked != now)
        return fail(
            ErrorCode::Crypto,
            journal::tr(
                "Journal entry #%1 was rewritten after the SIEM collector %2 acknowledged it: it had hash %3 "
                "then and has hash %4 now. Forwarding stops; compare the journal with the collector's copy "
                "(journal verify --siem-log) and treat the workspace as tampered with.")
                .arg(seq)
                .arg(m_collector, QString::fromLatin1(acked.toHex()), QString::fromLatin1(now.toHex())));
    return {};
}

Result<qint64> ForwardingQueueStore::headSeq() const {
    return m_db.scalarInt("SELECT coalesce(max(seq), 0) FROM journal;");
}

Result<QVector<JournalEntry>> ForwardingQueueStore::pending(qint64 afterSeq, int limit) const {
    return JournalStore(m_db).range(afterSeq + 1, limit);
}

Result<QVector<ForwardingQueueStore::Row>> ForwardingQueueStore::all(store::Database& db) {
    auto st = db.prepare("SELECT collector, acked_seq, acked_hash FROM siem_forwarding ORDER BY collector;");
    if (!st)
        return st.error();
    QVector<Row> rows;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        rows.push_back({st->text(0), st->int64(1), st->isNull(2) ? QByteArray() : st->blob(2)});
    }
    return rows;
}

} // namespace symbolon::journal
