#pragma once

#include "common/Result.h"
#include "journal/JournalEntry.h"

#include <QString>
#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::journal {

// The SIEM forwarding queue, kept in the workspace database: per collector, the high-water mark
// of journal entries the collector has acknowledged (acked_seq). Every entry with a larger seq
// is "queued" and is (re-)sent in order. The mark only moves forwards, and only past entries
// whose acknowledgement the forwarder has proved (see SiemForwarder.h), so a crash or an
// outage can duplicate a few messages but never lose one.
//
// The table is created idempotently by the forwarder (not by Schema.cpp), so that the schema
// version stays untouched by this feature.
//
// The collector is also an anchor (issue #15): beside acked_seq the table keeps acked_hash, the
// hash the entry at acked_seq had when the collector acknowledged it. checkAnchor() compares it
// with the journal as it is now: an entry rewritten (or deleted) after the collector has it is
// found before anything more is sent. Workspaces whose table predates the column get it at the
// next ensureSchema(); their mark is then taken as it stands (checked from then on).
class ForwardingQueueStore {
public:
    ForwardingQueueStore(store::Database& db, QString collector)
        : m_db(db), m_collector(std::move(collector)) {}

    static const char* schemaSql();
    [[nodiscard]] Status ensureSchema();

    QString collector() const { return m_collector; }
    [[nodiscard]] Result<qint64> ackedSeq() const; // 0 when nothing was ever acknowledged
    // Raises the mark to seq (never lowers it), with the hash entry seq had when it was sent.
    [[nodiscard]] Status advanceAckedSeq(qint64 seq, const QByteArray& hash);
    // The acknowledged entry still has the hash it had when the collector acknowledged it. Fails
    // (ErrorCode::Crypto) naming the entry, both hashes and the collector when it does not, or
    // when the entry is gone. A mark without a hash (an older workspace) is given its entry's hash.
    [[nodiscard]] Status checkAnchor();
    [[nodiscard]] Result<qint64> headSeq() const; // the newest journal entry (0 when empty)
    // Up to limit entries with seq > afterSeq, in order.
    [[nodiscard]] Result<QVector<JournalEntry>> pending(qint64 afterSeq, int limit) const;

    struct Row {
        QString collector;
        qint64 ackedSeq = 0;
        QByteArray ackedHash; // empty when acknowledged before the hash was kept
    };
    // Every collector this workspace forwards to (needs ensureSchema() first).
    [[nodiscard]] static Result<QVector<Row>> all(store::Database& db);

private:
    store::Database& m_db;
    QString m_collector;
};

} // namespace symbolon::journal
