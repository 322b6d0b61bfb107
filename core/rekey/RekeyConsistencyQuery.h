#pragma once

#include "common/Result.h"

#include <QStringList>

namespace symbolon::store {
class Database;
}

namespace symbolon::rekey {

// The re-key invariants (DESIGN.md "Re-key engine"), checked against the database: what an
// incident responder runs after a crash, and what the kill-and-resume tests assert after every
// kill. Each violation is one sentence naming the run and a device.
//  - a pending or failed device has no new key and no instruction;
//  - a committed, distributed or confirmed device has exactly the run's keys per device, an
//    instruction and the journal entry of its chunk;
//  - the run's new keys are in the state its devices' status says (Generated / Distributed /
//    Active or later Superseded);
//  - no key slot of any device has more than one current (Migrated/Active) key;
//  - every run lists as many devices as it planned;
//  - every run's plan digest, recomputed from its stored kinds, justification and devices, is the
//    one stored (the one the quorum approved) and the one its rekey.planned journal entry
//    records (issue #15: an edited justification is found, naming the run and both digests).
class RekeyConsistencyQuery {
public:
    [[nodiscard]] static Result<QStringList> check(store::Database& db);

private:
    [[nodiscard]] static Status checkPlanDigests(store::Database& db, QStringList& out);
};

} // namespace symbolon::rekey
