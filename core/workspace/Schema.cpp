#include "workspace/Schema.h"

#include "journal/Journal.h"
#include "workspace/Database.h"
#include "workspace/Statement.h"

#include <QCoreApplication>

namespace symbolon::workspace {

namespace {
const char* kV1 =
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE people ("
    " id INTEGER PRIMARY KEY, holder TEXT NOT NULL, role TEXT NOT NULL, token_label TEXT NOT NULL,"
    " token_serial TEXT NOT NULL, key_fingerprint TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL);"
    "CREATE TABLE imports ("
    " id INTEGER PRIMARY KEY, file_sha256 BLOB NOT NULL UNIQUE, file_name TEXT NOT NULL,"
    " imported_at TEXT NOT NULL, device_count INTEGER NOT NULL, actor TEXT NOT NULL);"
    // One row per device. deadline = commissioned_at + 7 days (CKMP (b)(iii)), kept as a column
    // so that sorting and filtering by it at 1,000,000 devices uses an index.
    "CREATE TABLE devices ("
    " id INTEGER PRIMARY KEY, device_id TEXT NOT NULL UNIQUE, device_type INTEGER NOT NULL,"
    " cohort INTEGER NOT NULL, s1sp TEXT NOT NULL, manufacturer TEXT NOT NULL, model TEXT NOT NULL,"
    " commissioned_at INTEGER NOT NULL, category INTEGER, system_title BLOB NOT NULL,"
    " deadline INTEGER NOT NULL, rotation_done_at INTEGER, import_id INTEGER NOT NULL REFERENCES "
    "imports(id));"
    "CREATE INDEX devices_type ON devices(device_type, device_id);"
    "CREATE INDEX devices_cohort ON devices(cohort, device_id);"
    "CREATE INDEX devices_s1sp ON devices(s1sp, device_id);"
    "CREATE INDEX devices_manufacturer ON devices(manufacturer, device_id);"
    "CREATE INDEX devices_model ON devices(model, device_id);"
    "CREATE INDEX devices_commissioned ON devices(commissioned_at, device_id);"
    "CREATE INDEX devices_deadline ON devices(deadline, device_id);"
    // Sorting by rotation state: not done first, by deadline (overdue before due), then done.
    "CREATE INDEX devices_rotation ON devices((rotation_done_at IS NOT NULL), deadline, device_id);"
    // Keys handed over at migration, RFC 3394-wrapped under a Transport Key; unwrapped and
    // re-packaged by the migration ceremony. ak/guek: 4 × 24 bytes in keyed-client order.
    "CREATE TABLE migration_keys ("
    " device INTEGER PRIMARY KEY REFERENCES devices(id), mk BLOB NOT NULL, ak BLOB NOT NULL, guek BLOB NOT "
    "NULL);";
} // namespace

Status Schema::create(Database& db) {
    if (auto s = db.exec(kV1); !s)
        return s;
    if (auto s = db.exec(journal::Journal::schemaSql()); !s)
        return s;
    return db.exec("INSERT INTO meta(key, value) VALUES ('schema', '1');");
}

Status Schema::migrate(Database& db) {
    auto st = db.prepare("SELECT value FROM meta WHERE key = 'schema';");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    const int version = *row ? st->text(0).toInt() : 0;
    if (version > kCurrentVersion)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("symbolon::workspace",
                                        "This workspace was written by a newer Symbolon (schema %1; this "
                                        "version reads up to %2): upgrade Symbolon to open it.")
                .arg(version)
                .arg(kCurrentVersion));
    if (version < 1)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("symbolon::workspace", "The workspace database has no schema."));
    return {};
}

} // namespace symbolon::workspace
