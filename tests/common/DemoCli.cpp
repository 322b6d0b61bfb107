#include "DemoCli.h"

#include "TestPaths.h"

#include "demo/DemoWorkspace.h"

#include <QElapsedTimer>
#include <QProcess>

namespace symbolon::test {

DemoCli::DemoCli() : m_env(QProcessEnvironment::systemEnvironment()) {
    const auto& cards = demo::demoCards();
    for (int i = 0; i < cards.size(); ++i) {
        m_env.insert(QStringLiteral("PIN%1").arg(i + 1), cards[i].pin);
        m_env.insert(QStringLiteral("OPEN%1").arg(i + 1), cards[i].pin);
        m_env.insert(QStringLiteral("Q%1").arg(i + 1), cards[i].pin);
    }
    const QStringList tk = demo::demoTransportKeyComponents();
    m_env.insert(QStringLiteral("TK1"), tk[0]);
    m_env.insert(QStringLiteral("TK2"), tk[1]);
}

DemoCli::Result DemoCli::run(const QStringList& args, int timeoutMs) const {
    QProcess p;
    p.setProcessEnvironment(m_env);
    QElapsedTimer t;
    t.start();
    p.start(cliPath(), args);
    Result r;
    if (!p.waitForStarted(30000)) {
        r.err = QStringLiteral("symbolon-cli did not start: ") + p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(10000);
        r.crashed = true;
    }
    r.ms = t.elapsed();
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.code = r.crashed ? -1 : p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList DemoCli::opened(const QString& ws, int card) {
    return {QStringLiteral("--workspace"), ws,
            QStringLiteral("--card"),      demo::demoCards()[card - 1].label,
            QStringLiteral("--pin-env"),   QStringLiteral("OPEN%1").arg(card)};
}

QStringList DemoCli::ceremony(const QString& ws, const QStringList& command, const QList<int>& quorum,
                              int opener) {
    QStringList a = opened(ws, opener);
    a << QStringLiteral("ceremony") << command;
    for (int card : quorum)
        a << QStringLiteral("--quorum-card") << demo::demoCards()[card - 1].label
          << QStringLiteral("--quorum-pin-env") << QStringLiteral("PIN%1").arg(card);
    return a;
}

QStringList DemoCli::journalVerify(const QString& ws) {
    return opened(ws, 4) << QStringLiteral("journal") << QStringLiteral("verify");
}

} // namespace symbolon::test
