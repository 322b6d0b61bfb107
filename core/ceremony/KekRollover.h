#pragma once

#include "ceremony/CeremonyRecord.h"
#include "common/Result.h"
#include "keys/KekVersionStore.h"
#include "policy/PmaInstruction.h"

#include <functional>

namespace symbolon::hsm {
class Session;
}
namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ceremony {

struct RolloverProgress {
    qint64 done = 0;  // packages moved in this process so far
    qint64 total = 0; // packages under the old version when this process started
    int chunks = 0;
    double elapsedSecs = 0;
    double rate() const { return elapsedSecs > 0 ? done / elapsedSecs : 0; } // packages/s
    double etaSecs() const { return rate() > 0 ? (total - done) / rate() : -1; }
};

// KEK rollover (issue #20; CKMP (b)(iii) first bullet and (d)(vi)): on a PMA instruction, a new
// version of the DCO Key or the Shared Key is generated inside the HSM, and every package under
// the old version is moved to it inside the HSM: unpackaged under the old version (a session
// object), its KCV checked equal to the record's, packaged under the new version, the new package
// unpackaged again and its KCV checked equal, both session objects destroyed. Chunks commit
// atomically (the packages, the rollover's cursor and a journal entry in one transaction),
// pipelined like the re-key engine; cancelling stops after a chunk; a killed or cancelled
// rollover resumes under a new approval, and at every moment each package is under exactly one
// version and readable. When no package is left under the old version it becomes retired.
class KekRollover {
public:
    struct Options {
        keys::Kek kek = keys::Kek::Dco;
        policy::PmaInstruction instruction; // required to start; a resume must name the same one
        int chunkSize = 2000;               // packages per committed chunk (the first three ramp up)
        int workers = 0; // sessions, 1..64; 0: chosen from measured throughput (hsm::SessionTuner)
        // After every committed chunk; return false to stop there (cancel).
        std::function<bool(const RolloverProgress&)> progress;
    };
    [[nodiscard]] static Result<CeremonyRecord> run(workspace::Workspace& ws, hsm::Session& keyToken,
                                                    const CeremonyContext& ctx, const Options& options);

    // Refusals that need no token, before any card is asked for: no PMA instruction (CKMP
    // (b)(iii)); a resume naming another instruction; no version of the KEK recorded yet is fine
    // (version 1 is recorded under the quorum).
    [[nodiscard]] static Status precheck(workspace::Workspace& ws, const Options& options);

    // Retire and destroy: a retired version (no package under it) is destroyed in the HSM
    // (C_DestroyObject) once its object is checked by label and KCV; refused for the active
    // version, for a retiring one, and while any package refers to it, naming how many.
    [[nodiscard]] static Result<CeremonyRecord> destroy(workspace::Workspace& ws, hsm::Session& keyToken,
                                                        const CeremonyContext& ctx, keys::Kek kek,
                                                        int version);
    [[nodiscard]] static Status destroyPrecheck(workspace::Workspace& ws, keys::Kek kek, int version);
};

} // namespace symbolon::ceremony
