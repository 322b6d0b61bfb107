#pragma once

#include "ceremony/CeremonyRecord.h"
#include "common/Result.h"

#include <functional>

namespace symbolon::hsm {
class Session;
}
namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::rekey {

struct RekeyProgress {
    qint64 done = 0;   // devices committed (re-keyed or failed) in this run so far, this process
    qint64 total = 0;  // devices that were pending when this process started
    qint64 failed = 0; // of done: devices that could not be re-keyed (listed in the journal)
    int chunks = 0;
    double elapsedSecs = 0;
    // Where the time went on the engine's own thread (ms): reading chunks, committing them
    // (transaction + checkpoint), and waiting for the worker sessions after a commit finished.
    // HSM work overlaps the commits, so these add up to the elapsed time.
    double readMs = 0, commitMs = 0, hsmWaitMs = 0;
    double rate() const { return elapsedSecs > 0 ? done / elapsedSecs : 0; } // devices/s
    double etaSecs() const { return rate() > 0 ? (total - done) / rate() : -1; }
};

struct RekeyOptions {
    int chunkSize = 500; // devices per committed chunk, at most (the first three ramp up: /8, /4, /2)
    // PKCS#11 sessions working in parallel (threads), 1..64; 0: chosen from measured throughput
    // (hsm::SessionTuner), never more than the token allows (hsm::SessionPool).
    int workers = 0;
    // After every committed chunk; return false to stop there (cancel): the one cancel channel.
    std::function<bool(const RekeyProgress&)> progress;
};

// Execute a planned run (DESIGN.md "Re-key engine") on the logged-in key token, under the
// quorum that approved it. Chunks of pending devices: the HSM work (DeviceRekeyer) on
// `workers` sessions, then the chunk's new key records (state Generated), its devices'
// instructions and its journal entry commit in one transaction, and the chain head is signed.
// Cancelling stops after the current chunk; a killed process loses at most the uncommitted
// chunk, and running again resumes with the devices still pending.
class RekeyEngine {
public:
    [[nodiscard]] static Result<ceremony::CeremonyRecord> execute(workspace::Workspace& ws,
                                                                  hsm::Session& keyToken,
                                                                  const ceremony::CeremonyContext& ctx,
                                                                  qint64 runId, const RekeyOptions& options);
};

} // namespace symbolon::rekey
