#pragma once

#include "ceremony/CeremonyPlan.h"
#include "ceremony/QuorumCeremony.h"
#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QVector>

#include <functional>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ceremony {

// What a ceremony needs besides its plan, as a front end collected it before the quorum.
struct CeremonyInputs {
    QVector<SecureBytes> components;    // Transport Key: the clear components typed
    QByteArray importPackage;           // Shared Key import: the package file's bytes (verified)
    QByteArray importSignerSpki;        // ... and the signer's public key (by another channel)
    workspace::Workspace* ws = nullptr; // migration: the workspace whose keys it packages
    // Migration: after every committed chunk; false stops the run there (it resumes later).
    std::function<bool(qint64 done, qint64 total)> progress;
};

// The core call for a plan's kind, and the rules around it, written once for the console and the
// CLI: an exported Shared Key package and its .signer.pem are written (atomically) before the
// quorum's entry records the export as completed. Re-key runs are rekey::RekeyEngine's
// (RekeyEngine::body); for that kind, and when an input the kind needs is missing, this refuses.
[[nodiscard]] Result<QuorumCeremony::Body> ceremonyBody(const CeremonyPlan& plan, CeremonyInputs inputs);

} // namespace symbolon::ceremony
