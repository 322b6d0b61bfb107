#pragma once

#include "common/Result.h"
#include "rekey/RekeyRunState.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace symbolon::rekey {

// One re-key run's devices by status (rekey_devices), for the Overview's re-key chart: confirmed
// (activation confirmed), distributed (instructions sent, awaiting confirmation), committed (new
// keys made, not yet sent), failed, pending (not reached yet).
struct RekeyRunSummary {
    qint64 run = 0;
    QDateTime createdAt;
    QString kinds; // "AK+GUEK"
    RunState state = RunState::Planned;
    qint64 confirmed = 0;
    qint64 distributed = 0;
    qint64 committed = 0;
    qint64 failed = 0;
    qint64 pending = 0;
    qint64 total() const { return confirmed + distributed + committed + failed + pending; }

    // For the console's list of runs (RekeyRunQuery::all; latest leaves them as they are).
    qint64 deviceCount = 0; // as planned
    QString reason;         // the justification's reason, if any
    QString pmaReference;   // the PMA instruction's reference, if any
    qint64 refused = 0;     // distributed, the DCO reported a failure (and not excluded)
    qint64 excluded = 0;    // taken out of the run (RekeyExclusion), whatever their status
    qint64 failedOpen = 0;  // failed in the run and not excluded
    qint64 outstanding = 0; // pending, committed or distributed, not excluded: the work left
};

} // namespace symbolon::rekey

Q_DECLARE_METATYPE(symbolon::rekey::RekeyRunSummary)
