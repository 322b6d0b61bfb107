#include "journal/Journal.h"

#include "journal/Checkpoint.h"

#include "workspace/Database.h"
#include "workspace/Statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}

JournalEntry readEntry(const workspace::Statement& st) {
    JournalEntry e;
    e.seq = st.int64(0);
    e.time = QDateTime::fromString(st.text(1), Qt::ISODateWithMs);
    e.actor = st.text(2);
    e.role = st.text(3);
    e.action = st.text(4);
    e.target = st.text(5);
    e.detailsJson = st.blob(6);
    e.prevHash = st.blob(7);
    e.hash = st.blob(8);
    return e;
}
const char* kSelect = "SELECT seq, ts, actor, role, action, target, details, prev_hash, hash FROM journal ";
} // namespace

const char* Journal::schemaSql() {
    return "CREATE TABLE journal ("
           " seq INTEGER PRIMARY KEY,"
           " ts TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL,"
           " target TEXT NOT NULL, details TEXT NOT NULL,"
           " prev_hash BLOB NOT NULL, hash BLOB NOT NULL);"
           "CREATE INDEX journal_action ON journal(action);"
           "CREATE INDEX journal_target ON journal(target);"
           "CREATE TABLE IF NOT EXISTS checkpoints ("
           " seq INTEGER NOT NULL, hash BLOB NOT NULL, ts TEXT NOT NULL, key_fingerprint TEXT NOT NULL,"
           " signature BLOB NOT NULL, PRIMARY KEY (seq, ts));";
}

Result<JournalEntry> Journal::head() const {
    auto st = m_db.prepare((QByteArray(kSelect) + "ORDER BY seq DESC LIMIT 1;").constData());
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row) {
        JournalEntry empty;
        empty.hash = QByteArray(32, '\0');
        return empty;
    }
    return readEntry(*st);
}

Result<JournalEntry> Journal::append(const Draft& d) {
    auto prev = head();
    if (!prev)
        return prev.error();
    JournalEntry e;
    e.seq = prev->seq + 1;
    e.time = QDateTime::currentDateTimeUtc();
    e.actor = d.actor;
    e.role = d.role;
    e.action = d.action;
    e.target = d.target;
    e.detailsJson = JournalEntry::encodeDetails(d.details);
    e.prevHash = prev->hash;
    e.hash = e.computeHash();
    auto st =
        m_db.prepare("INSERT INTO journal(seq, ts, actor, role, action, target, details, prev_hash, hash)"
                     " VALUES (?,?,?,?,?,?,?,?,?);");
    if (!st)
        return st.error();
    st->bind(1, e.seq)
        .bind(2, e.timeText())
        .bind(3, e.actor)
        .bind(4, e.role)
        .bind(5, e.action)
        .bind(6, e.target)
        .bindText(7, e.detailsJson)
        .bind(8, e.prevHash)
        .bind(9, e.hash);
    if (auto s = st->run(); !s)
        return s.error();
    return e;
}

Result<qint64> Journal::count() const {
    return m_db.scalarInt("SELECT count(*) FROM journal;");
}

Result<QVector<JournalEntry>> Journal::range(qint64 fromSeq, int limit) const {
    auto st = m_db.prepare((QByteArray(kSelect) + "WHERE seq >= ? ORDER BY seq LIMIT ?;").constData());
    if (!st)
        return st.error();
    st->bind(1, fromSeq).bind(2, limit);
    QVector<JournalEntry> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back(readEntry(*st));
    }
    return out;
}

Result<qint64> Journal::verifyChain() const {
    auto st = m_db.prepare((QByteArray(kSelect) + "ORDER BY seq;").constData());
    if (!st)
        return st.error();
    QByteArray prevHash(32, '\0');
    qint64 expected = 1;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        JournalEntry e = readEntry(*st);
        if (e.seq != expected)
            return fail(ErrorCode::Crypto,
                        tr("Journal entry #%1 is missing (found #%2 next).").arg(expected).arg(e.seq));
        if (e.prevHash != prevHash)
            return fail(ErrorCode::Crypto,
                        tr("Journal entry #%1 does not link to entry #%2.").arg(e.seq).arg(e.seq - 1));
        if (e.computeHash() != e.hash)
            return fail(ErrorCode::Crypto,
                        tr("Journal entry #%1 was altered: its hash does not match.").arg(e.seq));
        prevHash = e.hash;
        ++expected;
    }
    return expected - 1;
}

} // namespace symbolon::journal
