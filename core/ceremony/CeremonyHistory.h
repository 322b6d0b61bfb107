#pragma once

#include "ceremony/CeremonyPlan.h"
#include "common/Result.h"
#include "journal/JournalEntry.h"

#include <optional>

namespace symbolon::store {
class Database;
}

namespace symbolon::ceremony {

// What the journal says was done (issue #17, item 4): the newest completed ceremony of a kind
// (its quorum.ceremony.* entry with outcome "completed"). The key token's own objects are private
// and need its PIN, which exists only inside a quorum; the journal is what can be read before one.
class CeremonyHistory {
public:
    [[nodiscard]] static Result<std::optional<journal::JournalEntry>> lastCompleted(store::Database& db,
                                                                                    CeremonyKind kind);

    // Refuses, before anyone is convened, a ceremony the journal shows cannot succeed:
    //  - Generate KEKs a second time (they are generated once);
    //  - Import Shared Key after this key token's Shared Key was generated with the KEKs, or a
    //    second time (the import refuses a token that holds one);
    //  - the migration unwrap once it completed with no inventory imported since (every device's
    //    keys are packaged).
    // Each refusal names the journal entry and says "No quorum was convened."
    [[nodiscard]] static Status checkBeforeQuorum(store::Database& db, CeremonyKind kind);
    // The same for a plan: an import of a later Shared Key version (plan.kekVersion ≥ 2, issue
    // #20: the DCO rolled it over) is allowed while the workspace records no version as recent,
    // and, for now, only where no package is under an older one.
    [[nodiscard]] static Status checkBeforeQuorum(store::Database& db, const CeremonyPlan& plan);
};

} // namespace symbolon::ceremony
