#pragma once

#include "store/Schema.h"

#include "common/Result.h"
#include "journal/JournalEntry.h"
#include "journal/JournalVerifier.h"

#include <QVector>

#include <functional>
#include <memory>

namespace symbolon::store {
class Database;
class Statement;
} // namespace symbolon::store

namespace symbolon::journal {

// The hash-chained journal table. The single writer: append() runs inside the caller's
// transaction, so an action and its entry commit (or roll back) together. The head is read
// from the database at each append (cheap: one indexed row), so a rolled-back transaction can
// never leave a stale head behind.
class JournalStore {
public:
    explicit JournalStore(store::Database& db);
    ~JournalStore();

    // The journal's tables, as migrations of the workspace schema (store::Schema).
    static QVector<store::Migration> migrations();
    // "SELECT <the entry's columns> FROM journal " and the decoding of one such row.
    static const char* selectSql();
    static JournalEntry fromRow(const store::Statement& st, bool parseTime = true);
    // Every entry in seq order, one at a time (the verifier streams through it).
    using Cursor = std::function<Result<bool>(JournalEntry& next)>;
    [[nodiscard]] Result<Cursor> cursor() const;
    // The same rows for JournalVerifier with worker threads (issue #21): in.nextRecord copies each
    // row's columns as stored (on the calling thread, the one that steps through SQLCipher) and
    // in.decode turns them into the entry fromRow(row, false) gives, on the verifier's workers.
    // (A record that is not one readInto made decodes to an entry that fails verification.)
    [[nodiscard]] Status readInto(JournalVerifier::Input& in) const;
    static Result<JournalEntry> decodeRecord(const JournalVerifier::Input::Record& record);

    struct Draft {
        QString actor;
        QString role;
        QString action;
        QString target;
        QJsonObject details;
    };
    // Appends with the current UTC time. Call inside a transaction.
    [[nodiscard]] Result<JournalEntry> append(const Draft& draft);

    [[nodiscard]] Result<qint64> count() const;
    [[nodiscard]] Result<JournalEntry> head() const; // seq 0 and zero hash when empty
    // The stored hash of entry seq; empty when there is no such entry.
    [[nodiscard]] Result<QByteArray> hashAt(qint64 seq) const;
    [[nodiscard]] Result<QVector<JournalEntry>> range(qint64 fromSeq, int limit) const;

    // Every hash, link and sequence number, without checkpoints (Workspace::verifyJournal adds
    // them). Returns the number of entries checked, or the first bad entry and why.
    [[nodiscard]] Result<qint64> verifyChain() const;

private:
    [[nodiscard]] Result<store::Statement*> statement(std::unique_ptr<store::Statement>& slot,
                                                      const char* sql);
    store::Database& m_db;
    // Prepared once per connection: append is on the hot path of bulk work.
    std::unique_ptr<store::Statement> m_insert;
    std::unique_ptr<store::Statement> m_head;
};

} // namespace symbolon::journal
