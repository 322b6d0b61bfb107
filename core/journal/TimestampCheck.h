#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace symbolon::store {
class Database;
}

namespace symbolon::journal {

// What the checkpoints' RFC 3161 timestamps prove, checked against the TSA certificate the
// verifier pins (issue #15). A timestamp shows that a checkpoint, and so the chain up to it,
// existed at the TSA's time; nobody can have one dated earlier afterwards. So:
//   - every stored token must verify against the pinned certificate, over its checkpoint as it
//     is now (a checkpoint re-signed after it was timestamped fails here);
//   - a token must be dated within `windowSeconds` of the time its checkpoint claims;
//   - every entry must be covered by a timestamp dated within `windowSeconds` of the entry's own
//     time. An entry rewritten later can only be timestamped later: it fails here, named, even
//     when the rewriter re-signed every checkpoint and asked the TSA again.
//   - entries after the newest timestamp must be younger than the window (now): older ones have
//     lost their timestamps (deleted, or the TSA was not reached), and fail; younger ones are
//     reported as not yet timestamped (the next checkpoint stamps them);
//   - a journal with no timestamp that verifies fails.
// `fromSeq`: where the reviewer expects timestamps to begin (the TSA was set up later); entries
// before it are not checked, and the report says so. What timestamps cannot show: entries deleted
// from the end within the window.
struct TimestampReport {
    int checkpoints = 0; // in the database
    int stamped = 0;     // of them, with a token that verifies
    QString tsa;         // the signer of the newest token
    QDateTime newest;    // its time
    qint64 failedSeq = 0;
    QString failure;                        // the first token that does not verify or is dated wrongly
    qint64 lateFrom = 0, lateTo = 0;        // entries first timestamped outside the window
    QDateTime lateEntryTime, lateStampTime; // of lateFrom
    qint64 unstampedFrom = 0;               // entries after the newest timestamp (0: none)
    bool unstampedTooOld = false;           // and the first of them is older than the window
    qint64 fromSeq = 1;                     // where the check began
    qint64 entries = 0;
    qint64 earlyFrom = 0; // entries dated after the timestamp that covers them
    bool ok() const {
        return failure.isEmpty() && lateFrom == 0 && earlyFrom == 0 && !unstampedTooOld && stamped > 0;
    }
    // The findings in sentences a PMA reviewer can act on.
    QString summary() const;
};

[[nodiscard]] Result<TimestampReport> checkTimestamps(store::Database& db, const QByteArray& trustedPem,
                                                      int windowSeconds = 3600, qint64 fromSeq = 1,
                                                      const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace symbolon::journal
