#include "FaultInjection.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace symbolon::test {

QString FaultInjection::modulePath() {
    return QStringLiteral(SYMBOLON_FAULTP11_MODULE);
}

bool FaultInjection::useFaultModule(const QString& workspaceDir, bool on) {
    QFile f(QDir(workspaceDir).filePath(QStringLiteral("workspace.json")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    if (o.isEmpty())
        return false;
    o.insert(QStringLiteral("pkcs11_module"), on ? modulePath() : softhsmModule());
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(o).toJson()) > 0;
}

void FaultInjection::arm(QProcessEnvironment& env, const QString& plan) {
    // The fault module is a forwarding library outside p11-kit's registry: only a machine that
    // opts in to development modules loads it (issue #14; never the workspace folder).
    env.insert(QStringLiteral("SYMBOLON_DEVELOPMENT_MODULES"), QStringLiteral("1"));
    if (plan.isEmpty())
        env.remove(QStringLiteral("SYMBOLON_FAULT"));
    else
        env.insert(QStringLiteral("SYMBOLON_FAULT"), plan);
}

void FaultInjection::countInto(QProcessEnvironment& env, const QString& countFile) {
    if (countFile.isEmpty())
        env.remove(QStringLiteral("SYMBOLON_FAULT_COUNT"));
    else
        env.insert(QStringLiteral("SYMBOLON_FAULT_COUNT"), countFile);
}

void FaultInjection::logInto(QProcessEnvironment& env, const QString& logFile) {
    if (logFile.isEmpty())
        env.remove(QStringLiteral("SYMBOLON_FAULT_LOG"));
    else
        env.insert(QStringLiteral("SYMBOLON_FAULT_LOG"), logFile);
}

QMap<QString, unsigned long> FaultInjection::readCounts(const QString& countFile) {
    QMap<QString, unsigned long> out;
    QFile f(countFile);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            out.insert(QString::fromLatin1(parts[0]), parts[1].toULong());
    }
    return out;
}

QStringList FaultInjection::readLog(const QString& logFile) {
    QFile f(logFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QString::fromLatin1(line.trimmed());
    return out;
}

QVector<FaultInjection::CallSite> FaultInjection::sample(const QMap<QString, unsigned long>& counts,
                                                         const QStringList& exclude) {
    QVector<CallSite> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (exclude.contains(it.key()) || it.value() == 0)
            continue;
        QVector<unsigned long> ns{1, (it.value() + 1) / 2, it.value()};
        std::sort(ns.begin(), ns.end());
        ns.erase(std::unique(ns.begin(), ns.end()), ns.end());
        for (unsigned long n : ns)
            out.push_back({it.key(), n});
    }
    return out;
}

} // namespace symbolon::test
