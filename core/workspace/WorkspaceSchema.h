#pragma once

#include "store/Schema.h"

namespace symbolon::workspace {

// The workspace database's schema: the journal's tables (journal::JournalStore::migrations()) and the
// tables written by the stores above the workspace floor (people; inventory: imports, devices,
// migration_keys; rekey: key_records, key_state_counts, rekey_runs, rekey_devices). Their DDL is
// kept here, one version after another, because the workspace creates and migrates the database
// before any of those modules runs; docs/architecture.md names each table's one writer.
// 2: key_records; 3: rotation summary index; 4: re-key runs; 5: key record counts, compromised index
// 6: site register; 7: journal co-signatures; 8: key token shares; 9: KEK versions and rollovers
const store::Schema& workspaceSchema();
// The migrations up to a version, in order (tests build an older database from them).
QVector<store::Migration> workspaceMigrations(int upTo = 1 << 30);

} // namespace symbolon::workspace
