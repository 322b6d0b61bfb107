#pragma once

#include "common/Result.h"

#include <QStringList>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::rekey {

// The DCO's results for an instruction batch (docs/instruction-batch.md), JSON Lines, one per
// device: {"run": N, "device_id": "…", "result": "success"|"failure", "reason": "…"}.
// The whole file is checked first (errors name the line and field; nothing changes). Then, in
// one transaction with its journal entry: success moves the run's new keys Distributed → Active
// and the keys they replace → Superseded, and records the post-commissioning rotation as done;
// failure leaves the keys Distributed and lists the device for a re-send. A device already
// confirmed is counted, not changed: importing the same file twice is harmless.
class Confirmation {
public:
    struct Line {
        int lineNo = 0;
        qint64 run = 0;
        QString deviceId;
        bool success = false;
        QString reason;
    };
    [[nodiscard]] static Result<QVector<Line>> parse(const QByteArray& content);

    struct Applied {
        qint64 activated = 0;        // devices whose new keys are now Active
        qint64 alreadyConfirmed = 0; // success lines for devices already confirmed
        QStringList failed;          // "device: reason" (still Distributed)
        qint64 keysActivated = 0;
        qint64 keysSuperseded = 0;
        qint64 journalSeq = 0;
    };
    [[nodiscard]] static Result<Applied> apply(workspace::Workspace& ws, const QByteArray& content,
                                               const QString& fileName);
};

} // namespace symbolon::rekey
