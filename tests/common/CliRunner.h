#pragma once

#include "DemoCli.h"
#include "TestPaths.h"

#include "demo/DemoWorkspace.h"
#include "workspace/Workspace.h"

#include <QProcess>
#include <QTest>

namespace symbolon::test {

// The real symbolon-cli through DemoCli (every demo PIN in its environment: OPEN<n> to open the
// workspace with demo card n, Q<n> for card n as a quorum approver, the Transport Key components
// in TK1, TK2). Exit code -1 when it crashed or ran past the time limit (then killed).
struct CliRun {
    int code = -1;
    QString out, err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 600000) {
    const DemoCli::Result r = DemoCli().run(args, timeoutMs);
    return {r.code, r.out, r.err};
}

// "--workspace W --card <card n> --pin-env OPENn <area> <command…>" plus, when quorum is
// given, "--quorum-card <card q> --quorum-pin-env Qq" for each.
inline QStringList cliArgs(const QString& ws, int card, const QStringList& command,
                           const QList<int>& quorum = {}) {
    QStringList a = DemoCli::opened(ws, card);
    a << command;
    for (int q : quorum)
        a << QStringLiteral("--quorum-card") << demo::demoCards()[q - 1].label
          << QStringLiteral("--quorum-pin-env") << QStringLiteral("Q%1").arg(q);
    return a;
}

// The demo card indices (1-based) of demo::demoCards().
inline constexpr int kCustodian1 = 1, kCustodian2 = 2, kCustodian3 = 3, kReviewer = 4, kResponder = 5;

// Opens a workspace in this process with demo card n (for reading the database).
inline std::unique_ptr<workspace::Workspace> openWorkspaceAs(const QString& dir, int card) {
    auto cards = workspace::Workspace::cards(dir, {});
    if (!cards)
        qFatal("cards: %s", qPrintable(cards.error().message));
    const auto& demo = demo::demoCards()[card - 1];
    for (const auto& c : *cards)
        if (c.keyslot.tokenLabel == demo.label) {
            auto ws = workspace::Workspace::open(dir, c.keyslot.tokenSerial,
                                                 SecureBytes::fromString(demo.pin.toStdString()), {});
            if (!ws)
                qFatal("open: %s", qPrintable(ws.error().message));
            return std::move(*ws);
        }
    qFatal("no demo card %d", card);
}

// Demo workspace with KEKs, the demo Transport Key and every device's keys migrated.
inline bool prepareMigratedDemo(const QString& dir, int devices, QString* why) {
    const QList<int> q{kCustodian1, kCustodian2};
    for (const QStringList& step :
         {QStringList{QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), dir,
                      QStringLiteral("--devices"), QString::number(devices)},
          cliArgs(dir, kCustodian1, {QStringLiteral("ceremony"), QStringLiteral("generate-keks")}, q),
          cliArgs(dir, kCustodian1,
                  {QStringLiteral("ceremony"), QStringLiteral("transport-key"),
                   QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")},
                  q),
          cliArgs(dir, kCustodian1, {QStringLiteral("ceremony"), QStringLiteral("migrate")}, q)}) {
        const CliRun r = runCli(step);
        if (r.code != 0) {
            *why = step.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
            return false;
        }
    }
    return true;
}

} // namespace symbolon::test
