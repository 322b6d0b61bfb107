// symbolon-test-probe DIR CARD SQL...: opens a demo workspace with demo card CARD (1-based) and
// prints the integer result of each SQL statement, one per line. A separate process, because a
// process can load one workspace's embedded token store only, and a test looks at many copies.
// Opening journals "workspace.opened", as any open does.
//
// symbolon-test-probe DIR CARD --hold: opens and holds the workspace (its writer lock) until
// stdin ends or says "quit"; prints "held PID HEAD" once open, and the journal head's seq for each
// "head" line. For tests of concurrent use (issue #14).
// symbolon-test-probe DIR CARD --health: what the checks at open found, and how long they took.
#include "demo/DemoWorkspace.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace symbolon;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: symbolon-test-probe DIR CARD SQL...\n");
        return 2;
    }
    const QString dir = args[1];
    const auto& demo = demo::demoCards()[args[2].toInt() - 1];
    // The fault and kill tests point their workspaces at the fault module, a forwarding library
    // outside p11-kit's registry: the probe opens them as a development machine would.
    workspace::MachineSettings machine;
    machine.developmentModules = true;
    auto cards = workspace::Workspace::cards(dir, machine);
    if (!cards) {
        std::fprintf(stderr, "probe: %s\n", qPrintable(cards.error().message));
        return 1;
    }
    for (const auto& c : *cards) {
        if (c.keyslot.tokenLabel != demo.label)
            continue;
        auto ws = workspace::Workspace::open(dir, c.keyslot.tokenSerial,
                                             SecureBytes::fromString(demo.pin.toStdString()), machine);
        if (!ws) {
            std::fprintf(stderr, "probe: %s\n", qPrintable(ws.error().message));
            return 1;
        }
        if (args.size() > 3 && args[3] == QLatin1String("--health")) { // what open found, and its cost
            std::printf("%lld ms: %s\n", static_cast<long long>((*ws)->health().elapsedMs()),
                        (*ws)->health().ok() ? "ok" : qPrintable((*ws)->health().summary()));
            return 0;
        }
        if (args.size() > 3 && args[3] == QLatin1String("--hold")) {
            auto head = [&] {
                auto h = (*ws)->journal().head();
                return h ? static_cast<long long>(h->seq) : -1LL;
            };
            std::printf("held %lld %lld\n", static_cast<long long>(::getpid()), head());
            std::fflush(stdout);
            for (std::string line; std::getline(std::cin, line) && line != "quit";) {
                if (line == "head")
                    std::printf("%lld\n", head());
                std::fflush(stdout);
            }
            return 0;
        }
        for (qsizetype i = 3; i < args.size(); ++i) {
            const QByteArray sql = args[i].toUtf8();
            auto v = (*ws)->db().scalarInt(sql.constData());
            if (!v) {
                std::fprintf(stderr, "probe: %s: %s\n", sql.constData(), qPrintable(v.error().message));
                return 1;
            }
            std::printf("%lld\n", static_cast<long long>(*v));
        }
        return 0;
    }
    std::fprintf(stderr, "probe: no demo card %s\n", qPrintable(demo.label));
    return 1;
}
