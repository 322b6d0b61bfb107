#pragma once

#include <QDir>
#include <QProcess>
#include <QString>

namespace symbolon::test {

// A workspace copied whole (database, sidecars, embedded token store) with cp -a, so that each
// trial starts from the same state: `to` is replaced.
inline bool copyTree(const QString& from, const QString& to) {
    QDir(to).removeRecursively();
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), from, to});
    return cp.waitForFinished(120000) && cp.exitStatus() == QProcess::NormalExit && cp.exitCode() == 0;
}

} // namespace symbolon::test
