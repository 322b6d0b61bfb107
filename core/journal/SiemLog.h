#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace symbolon::journal {

class JournalStore;

// The SIEM collector's copy of the journal as an anchor (issue #15): the file a collector writes
// (rsyslog's omfile with the raw message, one a line) holds each forwarded entry's seq and hash
// in the symbolon@32473 structured data (SyslogMessage). Every entry found there must have the
// same hash in the journal as it is now; other lines of the file (other programs' messages)
// are skipped.
class SiemLog {
public:
    struct Entry {
        qint64 seq = 0;
        QByteArray hash; // 32 bytes
        int line = 0;    // 1-based, the first line that carried it
    };
    struct Comparison {
        qint64 entries = 0; // distinct journal entries found in the file
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
    };

    // Every Symbolon message of the file, by seq (a re-sent entry once). Errors name the file and
    // the line: a Symbolon message without a seq and a hash, one entry with two hashes, a file
    // with no Symbolon message at all.
    [[nodiscard]] static Result<QVector<Entry>> read(const QString& path);
    // Each entry against the journal: an entry missing from it or with another hash fails,
    // naming the file's line, the entry and both hashes.
    [[nodiscard]] static Result<Comparison> compare(const QString& path, const QVector<Entry>& entries,
                                                    const JournalStore& journal);
};

} // namespace symbolon::journal
