#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace symbolon::workspace {
class Database;
}

namespace symbolon::rekey {

// One re-key run's devices by status (rekey_devices), for the Overview's re-key chart: confirmed
// (activation confirmed), distributed (instructions sent, awaiting confirmation), committed (new
// keys made, not yet sent), failed, pending (not reached yet).
struct RekeyRunSummary {
    qint64 run = 0;
    QDateTime createdAt;
    QString kinds; // "AK+GUEK"
    QString state; // planned, running, cancelled, executed, abandoned
    qint64 confirmed = 0;
    qint64 distributed = 0;
    qint64 committed = 0;
    qint64 failed = 0;
    qint64 pending = 0;
    qint64 total() const { return confirmed + distributed + committed + failed + pending; }

    // The newest `limit` runs, newest first: one GROUP BY over rekey_devices.
    [[nodiscard]] static Result<QVector<RekeyRunSummary>> latest(workspace::Database& db, int limit);
};

} // namespace symbolon::rekey

Q_DECLARE_METATYPE(symbolon::rekey::RekeyRunSummary)
