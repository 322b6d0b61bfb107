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

namespace symbolon::ceremony {

// Ceremony 5: the device keys handed over at migration (workspace table migration_keys,
// RFC 3394-wrapped under the Transport Key) are unwrapped inside the HSM as session objects,
// packaged under the DCO Key (MK, AK) or the Shared Key (GUEK), their CMAC-5B KCVs computed,
// and the session objects destroyed. Each chunk's key_records rows and its journal entry commit
// in one transaction: all or nothing per chunk. Re-running resumes after the last committed
// chunk (devices that already have an MK record are skipped). The HSM work of the next chunk
// runs on the worker sessions while this thread commits; the first three chunks ramp up to the
// chunk size.
class MigrationUnwrap {
public:
    struct Options {
        QString transportKeyLabel;
        int chunkSize = 500;
        int workers = 0; // sessions, 1..64; 0: chosen from measured throughput (hsm::SessionTuner)
        // (devices done, devices to do in this run); return false to stop after this chunk.
        std::function<bool(qint64 done, qint64 total)> progress;
    };
    [[nodiscard]] static Result<CeremonyRecord> run(workspace::Workspace& ws, hsm::Session& keyToken,
                                                    const CeremonyContext& ctx, const Options& options);
};

} // namespace symbolon::ceremony
