#pragma once

#include "common/Result.h"
#include "journal/JournalEntry.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::journal {

// What the reviewer asks of the journal. Empty fields do not filter; all given fields must match.
struct JournalFilter {
    QDateTime from;       // UTC, inclusive
    QDateTime to;         // UTC, exclusive
    QString actor;        // substring, case-insensitive (ASCII)
    QString actionPrefix; // "quorum." matches every quorum action; "inventory.imported" only itself
    QString deviceId;     // the entry's target, exactly: "00DB…" and "00-DB-…" both match
    QString pmaReference; // substring of the details (PMA instruction references live there)
    QString text;         // substring of actor, action, target or details

    bool isEmpty() const {
        return !from.isValid() && !to.isValid() && actor.isEmpty() && actionPrefix.isEmpty() &&
               deviceId.isEmpty() && pmaReference.isEmpty() && text.isEmpty();
    }
    friend bool operator==(const JournalFilter&, const JournalFilter&) = default;
};

// Filtered, paged reads of the journal for the Journal view. Fast at 1,000,000 entries:
//  - unfiltered, both count() and page() are O(page): the rows are positions in the seq space
//    (first seq … last seq), read by primary-key range. A deleted entry therefore shows as a gap
//    row (seq set, hash empty) where it belongs instead of silently shifting the page — the
//    verifier reports it too;
//  - action prefix and device id use the journal_action / journal_target indexes;
//  - time ranges, actor, PMA reference and free text are LIKE/compare scans (a full pass at
//    worst; acceptable for a reviewer's search, and a page newest-first stops early).
class JournalQuery {
public:
    enum class Order { NewestFirst, OldestFirst };

    explicit JournalQuery(store::Database& db) : m_db(db) {}

    [[nodiscard]] Result<qint64> count(const JournalFilter& filter) const;
    [[nodiscard]] Result<QVector<JournalEntry>> page(const JournalFilter& filter, qint64 offset, int limit,
                                                     Order order = Order::NewestFirst) const;

    // LIKE pattern for "contains text", with %, _ and the escape character escaped (ESCAPE '\').
    static QString containsPattern(const QString& text);
    // The quorum's history for the Quorum view: every quorum.* entry and the key token's
    // enrolment, oldest first.
    [[nodiscard]] Result<QVector<JournalEntry>> quorumHistory() const;

private:
    store::Database& m_db;
};

} // namespace symbolon::journal

Q_DECLARE_METATYPE(symbolon::journal::JournalFilter)
