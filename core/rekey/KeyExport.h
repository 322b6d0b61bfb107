#pragma once

#include "common/Result.h"

#include <QString>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::rekey {

// Who a key export is for. Role separation (CKMP (b)(ii), DESIGN.md key hierarchy): the DCO
// receives the AK and MK packages (under the DCO Key); an S1SP receives only GUEK (and DK)
// packages (under the Shared Key). Nothing else is ever written to either.
enum class ExportRecipient { Dco, S1sp };
QString recipientCode(ExportRecipient r); // "dco", "s1sp"
[[nodiscard]] Result<ExportRecipient> parseRecipient(const QString& code);

// A signed JSON Lines file of a run's new packaged keys for one recipient: header (format
// "symbolon-key-export", recipient, KEK and its KCV, run), then per key {device_id, kind,
// client, generation, state, package (hex, 16 bytes under the KEK), kcv}.
class KeyExport {
public:
    static QString format() { return QStringLiteral("symbolon-key-export"); }
    struct Written {
        qint64 keys = 0;
        QString sha256;
    };
    // s1sp: only this S1SP's devices when s1sp is non-empty.
    [[nodiscard]] static Result<Written> write(workspace::Workspace& ws, qint64 runId,
                                               ExportRecipient recipient, const QString& path,
                                               const QString& s1sp = QString());
};

} // namespace symbolon::rekey
