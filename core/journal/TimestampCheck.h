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
// Entries after the newest timestamp are reported as not yet timestamped, not as a failure (the
// next checkpoint stamps them). What timestamps cannot show: entries deleted from the end.
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
    qint64 entries = 0;
    bool ok() const { return failure.isEmpty() && lateFrom == 0; }
    // The findings in sentences a PMA reviewer can act on.
    QString summary() const;
};

[[nodiscard]] Result<TimestampReport> checkTimestamps(store::Database& db, const QByteArray& trustedPem,
                                                      int windowSeconds = 3600);

} // namespace symbolon::journal
