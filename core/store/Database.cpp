#include "store/Database.h"

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

#include "store/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>

namespace symbolon::store {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::store", s);
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecureBytes& key, Mode mode) {
    if (key.size() != 32)
        return fail(ErrorCode::Internal, store::tr("The workspace key must be 32 bytes."));
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::Create && exists)
        return fail(ErrorCode::AlreadyExists,
                    store::tr("A workspace database already exists at %1.").arg(path));
    if (mode != Mode::Create && !exists)
        return fail(ErrorCode::NotFound, store::tr("The workspace database %1 is missing.").arg(path));
    // SQLite takes an empty file for a new database: it would be keyed, opened and found without
    // tables ("no such table: meta"). A workspace's database is never empty (issue #16).
    if (mode != Mode::Create && QFileInfo(path).size() == 0)
        return fail(ErrorCode::InvalidInput,
                    store::tr("The workspace database %1 is empty (0 bytes): it was truncated or "
                              "replaced. Restore the workspace from its backup; nothing was changed.")
                        .arg(path));

    std::unique_ptr<Database> db(new Database());
    db->m_path = path;
    int flags = SQLITE_OPEN_FULLMUTEX;
    flags |= mode == Mode::ReadOnly
                 ? SQLITE_OPEN_READONLY
                 : (SQLITE_OPEN_READWRITE | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0));
    if (sqlite3_open_v2(path.toUtf8().constData(), &db->m_db, flags, nullptr) != SQLITE_OK)
        return db->lastError(store::tr("Opening the workspace database"));

    // Raw key as x'<64 hex>': built here from bytes, so it can never be taken as a passphrase.
    SecureBytes pragma = SecureBytes::fromString("PRAGMA key = \"x'");
    SecureBytes hex = key.toHex();
    pragma.append(hex.data(), hex.size());
    pragma.append("'\";", 4); // includes the terminating NUL
    const int rc =
        sqlite3_exec(db->m_db, reinterpret_cast<const char*>(pragma.data()), nullptr, nullptr, nullptr);
    pragma.clear();
    hex.clear();
    if (rc != SQLITE_OK)
        return db->lastError(store::tr("Keying the workspace database"));
    // SQLCipher 3.4.1 does not store non-default settings in the file: apply them on every open.
    // 4 KiB pages: a quarter of the per-page HMAC and IV overhead of the 1 KiB default.
    if (sqlite3_exec(db->m_db, "PRAGMA cipher_page_size = 4096;", nullptr, nullptr, nullptr) != SQLITE_OK)
        return db->lastError(store::tr("Configuring the workspace database"));

    // Fail closed: without SQLCipher, PRAGMA key is ignored and everything is written in clear.
    auto version = db->prepare("PRAGMA cipher_version;");
    if (!version)
        return version.error();
    auto row = version->step();
    if (!row || !*row || version->text(0).isEmpty())
        return fail(
            ErrorCode::NotEncrypted,
            store::tr(
                "The SQLite library in use is not SQLCipher: refusing to open the workspace unencrypted."));

    // The first real read tells whether the key is right (SQLITE_NOTADB otherwise).
    auto probe = db->prepare("SELECT count(*) FROM sqlite_master;");
    if (!probe) {
        if (sqlite3_errcode(db->m_db) == SQLITE_NOTADB)
            return fail(
                ErrorCode::WrongKey,
                store::tr(
                    "The workspace database did not open with this card's key: the file is corrupted, or "
                    "it belongs to another workspace."));
        return probe.error();
    }
    auto first = probe->step();
    if (!first) {
        if (sqlite3_errcode(db->m_db) == SQLITE_NOTADB)
            return fail(
                ErrorCode::WrongKey,
                store::tr(
                    "The workspace database did not open with this card's key: the file is corrupted, or "
                    "it belongs to another workspace."));
        return first.error();
    }
    probe = Error{}; // finalize before changing journal mode
    if (mode != Mode::ReadOnly) {
        if (auto s =
                db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
            !s)
            return s.error();
    }
    // A 64 MiB page cache for the writer: bulk imports touch 8 indexes, and a spilled page costs a
    // decrypt. 16 MiB for each read-only connection: the console holds five (one per reader
    // thread), and at 1,000,000 devices their full caches alone would take it past 400 MB; a
    // view's pages walk indexes, and a scan of the whole table does not fit in 64 MiB either.
    const char* pragmas =
        mode == Mode::ReadOnly
            ? "PRAGMA busy_timeout = 10000; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384;"
            : "PRAGMA busy_timeout = 10000; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;";
    if (auto s = db->exec(pragmas); !s)
        return s.error();
    return db;
}

Database::~Database() {
    if (m_db)
        sqlite3_close_v2(m_db);
    if (m_onClose)
        m_onClose();
}

Status Database::exportTo(const QString& path, const SecureBytes& key) {
    if (key.size() != 32)
        return fail(ErrorCode::Internal, store::tr("The workspace key must be 32 bytes."));
    if (QFileInfo::exists(path))
        return fail(ErrorCode::Io, store::tr("%1 exists already: nothing was exported.").arg(path));
    // The WAL folded into the file first: nothing of it is left to outlive the file once the
    // caller renames the copy over it.
    if (auto s = exec("PRAGMA wal_checkpoint(TRUNCATE);"); !s)
        return s;
    // ATTACH opens with this connection's flags, which do not create: an empty file is a new
    // database to SQLite.
    if (QFile empty(path); !empty.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(ErrorCode::Io, store::tr("%1 cannot be created: %2").arg(path, empty.errorString()));
    // The path is bound, the key is built from bytes in locked memory (never a passphrase).
    auto attach = prepare("ATTACH DATABASE ? AS rekeyed KEY ?;");
    if (!attach)
        return attach.error();
    SecureBytes raw = SecureBytes::fromString("x'");
    SecureBytes hex = key.toHex();
    raw.append(hex.data(), hex.size());
    raw.append("'", 1);
    hex.clear();
    attach->bind(1, path).bindSecret(2, raw);
    const Status attached = attach->run();
    raw.clear();
    attach = Error{}; // finalized before DETACH
    if (!attached)
        return attached;
    Status done = exec("PRAGMA rekeyed.cipher_page_size = 4096;");
    if (done)
        done = exec("SELECT sqlcipher_export('rekeyed');");
    const Status detached = exec("DETACH DATABASE rekeyed;");
    if (!done)
        return done;
    return detached;
}

Status Database::exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err); // the same text as sqlite3_errmsg; lastError adds what to do about it
        return lastError(store::tr("The workspace database failed"));
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return lastError(store::tr("Preparing a database statement"));
    return Statement(this, stmt);
}

Result<qint64> Database::scalarInt(const char* sql) {
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::Database, store::tr("The query returned no row."));
    return st->int64(0);
}

QStringList Database::quickCheck(int maxRows) {
    const QByteArray sql =
        QByteArrayLiteral("PRAGMA quick_check(") + QByteArray::number(qMax(1, maxRows)) + ");";
    auto st = prepare(sql.constData());
    if (!st)
        return {st.error().message};
    QStringList problems;
    while (true) {
        auto row = st->step();
        if (!row)
            return problems << row.error().message;
        if (!*row)
            break;
        // One row may hold several lines under a "*** in database main ***" heading.
        for (const QString& line : st->text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")) &&
                problems.size() < maxRows)
                problems << line.trimmed();
    }
    return problems;
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}
qint64 Database::heapHighwater(bool reset) {
    return sqlite3_memory_highwater(reset ? 1 : 0);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString& what) const {
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    ErrorCode ec = ErrorCode::Database;
    QString hint;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        ec = ErrorCode::WrongKey;
        break;
    case SQLITE_FULL:
        hint = store::tr(" The disk is full: free space and try again; nothing was written.");
        break;
    case SQLITE_READONLY:
        hint = store::tr(" The workspace is read-only: check the folder's permissions.");
        break;
    case SQLITE_IOERR:
        // What the file system said (SQLite only says "disk I/O error").
        if (m_db && sqlite3_system_errno(m_db) == ENOSPC)
            hint = store::tr(" The disk is full: free space and try again; nothing was written.");
        else if (m_db && sqlite3_system_errno(m_db) == EFBIG)
            hint = store::tr(
                " A file grew past this process's file size limit (ulimit -f): raise the limit and try "
                "again; nothing was written.");
        else if (m_db && sqlite3_system_errno(m_db) == EROFS)
            hint = store::tr(" The workspace is on a read-only file system.");
        break;
    case SQLITE_CANTOPEN:
        ec = ErrorCode::Io;
        break;
    case SQLITE_CORRUPT:
        hint = store::tr(" The database file is damaged: restore the workspace from its backup.");
        break;
    default:
        break;
    }
    return fail(ec, QStringLiteral("%1: %2 (SQLite %3).%4").arg(what, msg).arg(code).arg(hint));
}

} // namespace symbolon::store
