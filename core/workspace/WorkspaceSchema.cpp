#include "workspace/WorkspaceSchema.h"

#include "journal/JournalStore.h"
#include "journal/TimestampStore.h"
#include "workspace/JournalPinStore.h"
#include "workspace/KeyTokenShareStore.h"
#include "workspace/SiteRegisterStore.h"

#include <algorithm>

namespace symbolon::workspace {

namespace {
const char* kV1 =
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

// Version 2: packaged device keys and their lifecycle (POLICY.md "Key states"). One row per
// device × key kind × client × generation. The package is the key AES-ECB-packaged under its
// KEK (never the clear key); kcv is the clear key's KCV computed inside the HSM, labelled.
// client: the DlmsClient code for AK/GUEK/DK; 0 for the MK, which belongs to the device (the
// Public client has no keys, so 0 is never ambiguous). generation 0 is the key received at
// migration; each re-key adds a generation, and the one it replaces becomes 'Superseded'.
// compromised_ref marks any state as compromised, with the PMA or incident reference.
const char* kV2 =
    "CREATE TABLE key_records ("
    " id INTEGER PRIMARY KEY,"
    " device INTEGER NOT NULL REFERENCES devices(id),"
    " kind TEXT NOT NULL CHECK (kind IN ('MK','AK','GUEK','DK')),"
    " client INTEGER NOT NULL CHECK (client BETWEEN 0 AND 4),"
    " generation INTEGER NOT NULL DEFAULT 0,"
    " state TEXT NOT NULL CHECK (state IN ('Migrated','Generated','Distributed','Active','Superseded')),"
    " compromised_ref TEXT,"
    " package BLOB NOT NULL CHECK (length(package) = 16),"
    " kek TEXT NOT NULL CHECK (kek IN ('DCO Key','Shared Key')),"
    " kek_kcv TEXT NOT NULL,"
    " kcv TEXT NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " state_changed_at INTEGER NOT NULL,"
    " journal_seq INTEGER NOT NULL,"
    " rekey_run INTEGER,"
    " UNIQUE (device, kind, client, generation));"
    "CREATE INDEX key_records_state ON key_records(state, device);"
    "CREATE INDEX key_records_journal ON key_records(journal_seq);";

// v3: the Overview's rotation summary (GROUP BY s1sp, cohort over every device) reads this
// covering index instead of the table: already grouped, a fraction of the pages.
const char* kV3 =
    "CREATE INDEX devices_rotation_summary ON devices(s1sp, cohort, rotation_done_at, deadline);";

// v4: the re-key engine (DESIGN.md "Re-key engine", POLICY.md "Key states").
// key_records gains the lifecycle times the Key States view shows and the compromise time.
// A key may have at most one not-yet-active successor: the partial unique index makes a second
// "new" key set for the same device, kind and client impossible, whatever the code does.
// rekey_runs: one planned run (selection, kinds, justification; its state). rekey_devices: the
// run's devices, each committed with its new keys in the same transaction as the journal entry;
// instruction is the device's DLMS global_key_transfer block(s) as JSON (wrapped keys only),
// written at that commit so that a batch is only ever made from committed chunks.
const char* kV4 =
    "ALTER TABLE key_records ADD COLUMN distributed_at INTEGER;"
    "ALTER TABLE key_records ADD COLUMN activated_at INTEGER;"
    "ALTER TABLE key_records ADD COLUMN compromised_at INTEGER;"
    "CREATE UNIQUE INDEX key_records_one_successor ON key_records(device, kind, client) "
    " WHERE state IN ('Generated','Distributed');"
    "CREATE TABLE rekey_runs ("
    " id INTEGER PRIMARY KEY,"
    " created_at INTEGER NOT NULL, created_by TEXT NOT NULL,"
    " kinds TEXT NOT NULL, selection TEXT NOT NULL, justification TEXT NOT NULL,"
    " device_count INTEGER NOT NULL, plan_digest TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('planned','running','cancelled','executed','abandoned')),"
    " journal_seq INTEGER NOT NULL);"
    "CREATE TABLE rekey_devices ("
    " run INTEGER NOT NULL REFERENCES rekey_runs(id),"
    " device INTEGER NOT NULL REFERENCES devices(id),"
    " status TEXT NOT NULL CHECK (status IN ('pending','committed','distributed','confirmed','failed')),"
    " chunk INTEGER, journal_seq INTEGER, instruction TEXT, result TEXT, updated_at INTEGER,"
    " PRIMARY KEY (run, device)) WITHOUT ROWID;"
    "CREATE INDEX rekey_devices_status ON rekey_devices(run, status, device);"
    "CREATE INDEX rekey_devices_device ON rekey_devices(device);";

// v5: exact key record counts per state × kind × compromised flag, kept by triggers in the same
// transaction as every change to key_records (so they can never drift, whoever writes), for the
// Key States view's count and chart: summing 40 rows instead of reading 9,000,000 (7 s). Every
// combination the CHECK constraints allow has its row from the start (SQLite 3.15 has no
// UPSERT), then the existing records are counted in.
const char* kV5 =
    "CREATE TABLE key_state_counts ("
    " state TEXT NOT NULL, kind TEXT NOT NULL, compromised INTEGER NOT NULL, n INTEGER NOT NULL,"
    " PRIMARY KEY (state, kind, compromised)) WITHOUT ROWID;"
    "WITH s(state) AS (VALUES ('Migrated'), ('Generated'), ('Distributed'), ('Active'), ('Superseded')),"
    " k(kind) AS (VALUES ('MK'), ('AK'), ('GUEK'), ('DK')), c(compromised) AS (VALUES (0), (1))"
    " INSERT INTO key_state_counts SELECT s.state, k.kind, c.compromised, 0 FROM s, k, c;"
    "INSERT OR REPLACE INTO key_state_counts"
    " SELECT state, kind, compromised_ref IS NOT NULL, count(*) FROM key_records GROUP BY 1, 2, 3;"
    "CREATE TRIGGER key_state_counts_insert AFTER INSERT ON key_records BEGIN"
    " UPDATE key_state_counts SET n = n + 1 WHERE state = NEW.state AND kind = NEW.kind"
    " AND compromised = (NEW.compromised_ref IS NOT NULL); END;"
    "CREATE TRIGGER key_state_counts_delete AFTER DELETE ON key_records BEGIN"
    " UPDATE key_state_counts SET n = n - 1 WHERE state = OLD.state AND kind = OLD.kind"
    " AND compromised = (OLD.compromised_ref IS NOT NULL); END;"
    "CREATE TRIGGER key_state_counts_update AFTER UPDATE OF state, kind, compromised_ref ON key_records BEGIN"
    " UPDATE key_state_counts SET n = n - 1 WHERE state = OLD.state AND kind = OLD.kind"
    " AND compromised = (OLD.compromised_ref IS NOT NULL);"
    " UPDATE key_state_counts SET n = n + 1 WHERE state = NEW.state AND kind = NEW.kind"
    " AND compromised = (NEW.compromised_ref IS NOT NULL); END;"
    // The "compromised only" filter: the few flagged records, without reading 9,000,000.
    "CREATE INDEX key_records_compromised ON key_records(device) WHERE compromised_ref IS NOT NULL;"
    // With a device filter (e.g. rotation overdue) the counts, the chart and the page's sort read
    // each selected device's keys from this index alone: the UNIQUE index's order (so device-id
    // pages still need no sort) plus the state and compromise flag they filter and count on.
    "CREATE INDEX key_records_device_keys ON key_records(device, kind, client, generation, state, "
    "compromised_ref);"
    // The Devices text filter (a substring of manufacturer, model or S1SP: LIKE '%…%', which no
    // index can seek) counts by scanning this index, a third of the pages of the device rows;
    // still in (manufacturer, device_id) order for sorting by manufacturer.
    "DROP INDEX devices_manufacturer;"
    "CREATE INDEX devices_manufacturer ON devices(manufacturer, device_id, model, s1sp);";

// v9 (issue #20, keys::KekVersionStore): KEK versions. Every key record names the version of its KEK; the
// versions already in use become version 1 (the labels and ids Symbolon always gave them), their KCV taken
// from the records. Each version's package count is kept in the same transaction as every change
// to key_records (triggers on insert and delete; a rollover's move adjusts it per chunk), and
// triggers refuse a package under a version that is not active. Destroying a version counts the
// records themselves, so a count altered by hand cannot get a referenced version destroyed.
const char* kV9 =
    "ALTER TABLE key_records ADD COLUMN kek_version INTEGER NOT NULL DEFAULT 1;"
    "CREATE TABLE kek_versions ("
    " kek TEXT NOT NULL CHECK (kek IN ('DCO Key','Shared Key')),"
    " version INTEGER NOT NULL CHECK (version >= 1),"
    " label TEXT NOT NULL, object_id BLOB NOT NULL, kcv TEXT NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('active','retiring','retired','destroyed')),"
    " packages INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL, state_changed_at INTEGER NOT NULL, journal_seq INTEGER NOT NULL,"
    " pma_reference TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (kek, version)) WITHOUT ROWID;"
    "CREATE UNIQUE INDEX kek_versions_one_active ON kek_versions(kek) WHERE state = 'active';"
    "CREATE UNIQUE INDEX kek_versions_one_retiring ON kek_versions(kek) WHERE state = 'retiring';"
    "INSERT INTO kek_versions SELECT kek, 1,"
    " CASE kek WHEN 'DCO Key' THEN 'Symbolon DCO Key' ELSE 'Symbolon Shared Key' END,"
    " CASE kek WHEN 'DCO Key' THEN CAST('symbolon-dco-key' AS BLOB) ELSE CAST('symbolon-shared-key' AS BLOB) "
    "END,"
    " min(kek_kcv), 'active', count(*), CAST(strftime('%s','now') AS INTEGER),"
    " CAST(strftime('%s','now') AS INTEGER), 0, '' FROM key_records GROUP BY kek;"
    "CREATE TABLE kek_rollovers ("
    " id INTEGER PRIMARY KEY,"
    " kek TEXT NOT NULL CHECK (kek IN ('DCO Key','Shared Key')),"
    " from_version INTEGER NOT NULL, to_version INTEGER NOT NULL,"
    " pma_ground TEXT NOT NULL, pma_reference TEXT NOT NULL CHECK (length(pma_reference) > 0),"
    " state TEXT NOT NULL CHECK (state IN ('running','completed')),"
    " cursor INTEGER NOT NULL DEFAULT 0, packages_done INTEGER NOT NULL DEFAULT 0,"
    " packages_total INTEGER NOT NULL, chunks INTEGER NOT NULL DEFAULT 0,"
    " started_at INTEGER NOT NULL, finished_at INTEGER, journal_seq INTEGER NOT NULL);"
    "CREATE UNIQUE INDEX kek_rollovers_one_running ON kek_rollovers(kek) WHERE state = 'running';"
    "CREATE TRIGGER key_records_active_kek BEFORE INSERT ON key_records"
    " WHEN NOT EXISTS (SELECT 1 FROM kek_versions WHERE kek = NEW.kek AND version = NEW.kek_version"
    " AND state = 'active') BEGIN"
    " SELECT RAISE(ABORT, 'a key is packaged only under the active version of its KEK'); END;"
    "CREATE TRIGGER key_records_active_kek_move BEFORE UPDATE OF kek, kek_version ON key_records"
    " WHEN NOT EXISTS (SELECT 1 FROM kek_versions WHERE kek = NEW.kek AND version = NEW.kek_version"
    " AND state = 'active') BEGIN"
    " SELECT RAISE(ABORT, 'a key is packaged only under the active version of its KEK'); END;"
    "CREATE TRIGGER kek_packages_insert AFTER INSERT ON key_records BEGIN"
    " UPDATE kek_versions SET packages = packages + 1 WHERE kek = NEW.kek AND version = NEW.kek_version;"
    " END;"
    "CREATE TRIGGER kek_packages_delete AFTER DELETE ON key_records BEGIN"
    " UPDATE kek_versions SET packages = packages - 1 WHERE kek = OLD.kek AND version = OLD.kek_version;"
    " END;"
    // A move between versions (keys::KekVersionStore::movePackages, the one writer of
    // key_records.kek_version) adjusts both counts once per chunk, not per row.
    "";

} // namespace

QVector<store::Migration> workspaceMigrations(int upTo) {
    QVector<store::Migration> m{{1, kV1}};
    m += journal::JournalStore::migrations();
    m += {{2, kV2}, {3, kV3}, {4, kV4}, {5, kV5}};
    m += SiteRegisterStore::migrations();
    m += KeyTokenShareStore::migrations();
    m += {{9, kV9}};
    m += JournalPinStore::migrations();
    m += journal::TimestampStore::migrations();
    std::stable_sort(m.begin(), m.end(), [](const store::Migration& a, const store::Migration& b) {
        return a.version < b.version;
    });
    m.erase(std::remove_if(m.begin(), m.end(), [&](const store::Migration& x) { return x.version > upTo; }),
            m.end());
    return m;
}

const store::Schema& workspaceSchema() {
    static const store::Schema schema(workspaceMigrations());
    return schema;
}

} // namespace symbolon::workspace
