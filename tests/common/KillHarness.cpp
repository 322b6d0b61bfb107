#include "KillHarness.h"

#include "TestPaths.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>

namespace symbolon::test {

KillHarness::KillHarness(const QString& name) : m_name(name) {
    bool ok = false;
    const quint64 fixed = qEnvironmentVariable("SYMBOLON_KILL_SEED").toULongLong(&ok);
    m_seed = ok ? fixed : static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    m_rng.seed(m_seed);
    qInfo("KillHarness %s: seed %llu (replay with SYMBOLON_KILL_SEED=%llu)", qPrintable(name),
          static_cast<unsigned long long>(m_seed), static_cast<unsigned long long>(m_seed));
}

QString KillHarness::Trial::describe() const {
    return killed ? QStringLiteral("trial %1: killed after %2 ms").arg(index).arg(delayMs)
                  : QStringLiteral("trial %1: finished (exit %2) before %3 ms")
                        .arg(index)
                        .arg(run.code)
                        .arg(delayMs);
}

KillHarness::Trial KillHarness::runAndKill(const DemoCli& cli, const QStringList& args, int minMs,
                                           int maxMs) {
    Trial t;
    t.index = ++m_trials;
    t.delayMs = std::uniform_int_distribution<int>(minMs, maxMs)(m_rng);
    QProcess p;
    p.setProcessEnvironment(cli.env());
    p.start(cliPath(), args);
    if (!p.waitForStarted(30000)) {
        t.run.err = p.errorString();
        return t;
    }
    QElapsedTimer timer;
    timer.start();
    if (p.waitForFinished(t.delayMs)) {
        t.killed = false;
    } else {
        p.kill(); // SIGKILL
        p.waitForFinished(30000);
        t.killed = p.exitStatus() == QProcess::CrashExit;
    }
    t.run.ms = timer.elapsed();
    t.run.crashed = p.exitStatus() != QProcess::NormalExit;
    t.run.code = t.run.crashed ? -1 : p.exitCode();
    t.run.out = QString::fromUtf8(p.readAllStandardOutput());
    t.run.err = QString::fromUtf8(p.readAllStandardError());
    qInfo("%s %s", qPrintable(m_name), qPrintable(t.describe()));
    return t;
}

} // namespace symbolon::test
