// symbolon-test-probe DIR CARD SQL...: opens a demo workspace with demo card CARD (1-based) and
// prints the integer result of each SQL statement, one per line. A separate process, because a
// process can load one workspace's embedded token store only, and a test looks at many copies.
// Opening journals "workspace.opened", as any open does.
#include "demo/DemoWorkspace.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <cstdio>

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
