#pragma once

#include "DemoCli.h"

#include <QString>
#include <QStringList>

#include <random>

namespace symbolon::test {

// kill -9 at random points: runs a command and sends SIGKILL after a delay drawn uniformly from
// [minMs, maxMs]. The seed is logged (qInfo) and can be fixed with SYMBOLON_KILL_SEED, so that a
// failing trial can be replayed exactly (same seed, same delays; timing still varies a little).
class KillHarness {
public:
    struct Trial {
        int index = 0;
        int delayMs = 0;
        bool killed = false; // false: the command finished before the delay
        DemoCli::Result run; // code/output of a command that finished; partial output if killed
        QString describe() const;
    };

    explicit KillHarness(const QString& name);
    quint64 seed() const { return m_seed; }

    // Starts `args` through cli's program and environment, kills it after the drawn delay.
    Trial runAndKill(const DemoCli& cli, const QStringList& args, int minMs, int maxMs);

private:
    quint64 m_seed;
    std::mt19937_64 m_rng;
    int m_trials = 0;
    QString m_name;
};

} // namespace symbolon::test
