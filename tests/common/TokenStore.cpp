#include "TokenStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace symbolon::test {

static QString shmBase() {
    return QDir(QStringLiteral("/dev/shm")).exists()
               ? QStringLiteral("/dev/shm/symbolon-test-XXXXXX")
               : QDir::tempPath() + QStringLiteral("/symbolon-test-XXXXXX");
}

TokenStore::TokenStore() : m_dir(shmBase()) {
    QDir().mkpath(tokenDir());
    writeConf(QString());
}

void TokenStore::writeConf(const QString& extra) {
    QFile f(confPath());
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write("directories.tokendir = " + tokenDir().toUtf8() + "\n");
        f.write("objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
        f.write(extra.toUtf8());
    }
    qputenv("SOFTHSM2_CONF", confPath().toUtf8());
}

void TokenStore::restrictMechanisms(const QString& negativeList) {
    writeConf(QStringLiteral("slots.mechanisms = ") + negativeList + QLatin1Char('\n'));
}

bool TokenStore::initTokenWithTool(const QString& label, const QString& pin, const QString& soPin) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), confPath()); // this store, whichever was made last
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("softhsm2-util"),
            {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
             QStringLiteral("--pin"), pin, QStringLiteral("--so-pin"), soPin});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace symbolon::test
