#pragma once

#include "common/Result.h"
#include "store/Schema.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>

namespace symbolon::store {
class Database;
}

namespace symbolon::journal {

// A checkpoint's RFC 3161 timestamp (journal::Timestamp), as the TSA returned it.
struct StoredTimestamp {
    qint64 seq = 0;     // the checkpoint's
    QByteArray imprint; // SHA-256 of the checkpoint's canonical bytes, as asked
    QByteArray token;   // TimeStampToken, DER
    QString tsaUrl;
};

// Owner of the table checkpoint_timestamps.
class TimestampStore {
public:
    static QVector<store::Migration> migrations();
    [[nodiscard]] static Status add(store::Database& db, const StoredTimestamp& t);
    [[nodiscard]] static Result<QVector<StoredTimestamp>> all(store::Database& db);
    [[nodiscard]] static Result<qint64> count(store::Database& db);
    // Each journal entry's sequence and stored time, in order (for the timeliness check).
    [[nodiscard]] static Status forEachEntryTime(store::Database& db,
                                                 const std::function<void(qint64, const QDateTime&)>& f);
};

} // namespace symbolon::journal
