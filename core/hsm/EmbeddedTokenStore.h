#pragma once

#include "common/Result.h"
#include "hsm/SoftHsmStoreGuard.h"

#include <QString>
#include <QStringList>

namespace symbolon::hsm {

// A SoftHSM2 token store kept inside a workspace folder (the demo's). SoftHSM2 reads
// SOFTHSM2_CONF once, when the module is initialised, so a process can serve one such store:
// this is the one place that knows it, and the only process-wide state of the module loading.
class EmbeddedTokenStore {
public:
    // The first time: secures storeDir (SoftHsmStoreGuard: repairs a token.object a killed process
    // left half-written, keeps the safety copies current), writes confPath naming it and points
    // SOFTHSM2_CONF there, before SoftHSM2 is loaded. Again with the same confPath: nothing to do.
    // With another one: refused (restart to open that workspace).
    [[nodiscard]] static Status prepare(const QString& storeDir, const QString& confPath);
    // Whether prepare() has run in this process (its guard then no longer touches the store's files).
    static bool isPrepared();
    // The tokens restored from their safety copies, until markRestoredJournaled() (the journal
    // records them once per process, after the first workspace open that can write it).
    static QStringList restoredNotJournaled();
    static void markRestoredJournaled();
    // A sentence for a custodian when a token in the store is damaged beyond repair (else empty).
    static QString damagedNotice();
};

} // namespace symbolon::hsm
