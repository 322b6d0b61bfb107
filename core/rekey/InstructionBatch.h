#pragma once

#include "common/Result.h"

#include <QString>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::rekey {

// The instruction batch for the DCO (docs/instruction-batch.md): a signed JSON Lines file with
// one line per device — its id, system title, and per keyed client the DLMS Security setup
// global_key_transfer parameters (A-XDR, keys RFC 3394-wrapped under the device's current MK)
// with the new keys' KCVs. Made only from committed chunks (the instructions were stored with
// them). The file is written and synced first, then its devices' new keys move Generated →
// Distributed with a journal entry in one transaction. Re-sending (resend = true) also includes
// devices already distributed but not confirmed: the same bytes, so applying twice is harmless.
class InstructionBatch {
public:
    static QString format() { return QStringLiteral("symbolon-rekey-instructions"); }
    struct Written {
        qint64 devices = 0;          // lines written
        qint64 newlyDistributed = 0; // devices whose keys moved to Distributed now
        QString sha256;              // of the file
        qint64 journalSeq = 0;
    };
    [[nodiscard]] static Result<Written> write(workspace::Workspace& ws, qint64 runId, const QString& path,
                                               bool resend);
};

} // namespace symbolon::rekey
