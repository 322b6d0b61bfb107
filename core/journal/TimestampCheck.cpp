#include "journal/TimestampCheck.h"

#include "journal/Checkpoint.h"
#include "journal/CheckpointStore.h"
#include "journal/Timestamp.h"
#include "journal/TimestampStore.h"

#include <QCoreApplication>
#include <QHash>

#include <map>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}
QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

QString TimestampReport::summary() const {
    QStringList out;
    out << journal::tr("%1 of %2 checkpoints carry a trusted timestamp that verifies against the pinned TSA "
                       "certificate.")
               .arg(stamped)
               .arg(checkpoints);
    if (!tsa.isEmpty())
        out << journal::tr("Newest: %1, by %2.").arg(iso(newest), tsa);
    if (!failure.isEmpty())
        out << failure;
    if (lateFrom > 0)
        out << journal::tr(
                   "Entries #%1 to #%2 were first timestamped long after their own time (#%1 is dated %3, "
                   "its first timestamp %4): they were written, or rewritten, later than they say.")
                   .arg(lateFrom)
                   .arg(lateTo)
                   .arg(iso(lateEntryTime), iso(lateStampTime));
    if (earlyFrom > 0)
        out << journal::tr("Entry #%1 is dated after the timestamp that covers it: its time was changed.")
                   .arg(earlyFrom);
    if (unstampedFrom > 0 && unstampedTooOld)
        out << journal::tr("Entries from #%1 on carry no timestamp, and #%1 is older than the window: their "
                           "timestamps were deleted, or the time-stamping authority was not reached then.")
                   .arg(unstampedFrom);
    else if (unstampedFrom > 0)
        out << journal::tr("Entries from #%1 on are not timestamped yet.").arg(unstampedFrom);
    if (stamped == 0 && failure.isEmpty())
        out << journal::tr("The journal carries no timestamp that verifies.");
    if (fromSeq > 1)
        out << journal::tr("Entries before #%1 were not checked (timestamps begin there, as given).")
                   .arg(fromSeq);
    return out.join(QLatin1Char(' '));
}

Result<TimestampReport> checkTimestamps(store::Database& db, const QByteArray& trustedPem, int windowSeconds,
                                        qint64 fromSeq, const QDateTime& now) {
    TimestampReport r;
    r.fromSeq = qMax<qint64>(1, fromSeq);
    const qint64 windowMs = qint64(windowSeconds) * 1000;
    constexpr qint64 kSkewMs = 120 * 1000; // between the machine's clock and the TSA's
    CheckpointStore checkpoints(db, QString());
    auto all = checkpoints.fromDatabase();
    if (!all)
        return all.error();
    r.checkpoints = int(all->size());
    QHash<qint64, Checkpoint> bySeq;
    for (const Checkpoint& c : std::as_const(*all))
        bySeq.insert(c.seq, c);
    auto tokens = TimestampStore::all(db);
    if (!tokens)
        return tokens.error();
    std::map<qint64, QDateTime> stampedAt; // checkpoint seq → the TSA's time
    for (const StoredTimestamp& t : std::as_const(*tokens)) {
        const auto c = bySeq.constFind(t.seq);
        QString problem;
        if (c == bySeq.constEnd()) {
            problem =
                journal::tr("The timestamp of checkpoint #%1 has no checkpoint: it was removed.").arg(t.seq);
        } else if (auto v = Timestamp::verify(t.token, Timestamp::imprintOf(*c), trustedPem); !v) {
            if (v.error().code == ErrorCode::InvalidInput)
                return v.error();
            problem =
                journal::tr("The timestamp of checkpoint #%1 does not verify over the checkpoint as it is "
                            "now: the checkpoint was re-signed after it was timestamped, or the token is "
                            "not the TSA's (%2).")
                    .arg(t.seq)
                    .arg(v.error().message);
        } else if (qAbs(c->time.msecsTo(v->genTime)) > windowMs) {
            problem = journal::tr("Checkpoint #%1 says it was signed at %2 but was timestamped at %3.")
                          .arg(t.seq)
                          .arg(iso(c->time), iso(v->genTime));
        } else {
            ++r.stamped;
            stampedAt[t.seq] = v->genTime;
            r.newest = v->genTime;
            r.tsa = v->tsa;
        }
        if (!problem.isEmpty() && r.failure.isEmpty()) {
            r.failure = problem;
            r.failedSeq = t.seq;
        }
    }
    // Each entry: the first verified timestamp at or after it must be within the window.
    auto next = stampedAt.begin();
    auto s = TimestampStore::forEachEntryTime(db, [&](qint64 seq, const QDateTime& time) {
        ++r.entries;
        if (seq < r.fromSeq)
            return;
        while (next != stampedAt.end() && next->first < seq)
            ++next;
        if (next == stampedAt.end()) {
            if (r.unstampedFrom == 0) {
                r.unstampedFrom = seq;
                r.unstampedTooOld = time.msecsTo(now) > windowMs;
            }
            return;
        }
        if (next->second.msecsTo(time) > kSkewMs && r.earlyFrom == 0)
            r.earlyFrom = seq;
        if (time.msecsTo(next->second) > windowMs) {
            if (r.lateFrom == 0) {
                r.lateFrom = seq;
                r.lateEntryTime = time;
                r.lateStampTime = next->second;
            }
            r.lateTo = seq;
        }
    });
    if (!s)
        return s.error();
    return r;
}

} // namespace symbolon::journal
