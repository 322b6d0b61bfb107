#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace symbolon::store {

class Statement;

// The workspace database: SQLCipher through its C API (Qt's QSQLITE would silently write
// plaintext, PLATFORM-NOTES.md). Keyed with a raw 256-bit key; fails closed if the library is
// not SQLCipher. One connection per thread: the journal has one writer; readers open their own.
class Database {
public:
    enum class Mode { OpenExisting, Create, ReadOnly };
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& key,
                                                                Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] Status exec(const char* sql);
    [[nodiscard]] Result<Statement> prepare(const char* sql);
    [[nodiscard]] Result<qint64> scalarInt(const char* sql);
    // PRAGMA quick_check: the problems it names (at most maxRows), empty when the file is sound. A
    // page that fails SQLCipher's HMAC stops the check with an error: that error is the problem.
    [[nodiscard]] QStringList quickCheck(int maxRows = 5);
    // A copy of the whole database in a new file at `path`, encrypted with `key` (sqlcipher_export
    // into an attached database): the way to change the database key with the old file untouched
    // until the caller renames the copy over it. `path` must not exist. The WAL is checkpointed
    // (TRUNCATE) first.
    [[nodiscard]] Status exportTo(const QString& path, const SecureBytes& key);
    qint64 lastInsertRowId() const;
    int changes() const;
    // The most memory SQLite has held at once (page caches included), in bytes, since the
    // process started or the last reset: lets a test tell SQLite's share of a peak from its own.
    static qint64 heapHighwater(bool reset);
    QString path() const { return m_path; }
    // Called once when this connection closes (the workspace counts its further connections).
    void setOnClose(std::function<void()> f) { m_onClose = std::move(f); }
    sqlite3* handle() const { return m_db; }

    // An Error for the last failure on this connection, with what was being done.
    Error lastError(const QString& what) const;

private:
    Database() = default;
    sqlite3* m_db = nullptr;
    QString m_path;
    std::function<void()> m_onClose;
};

} // namespace symbolon::store
