#include "cli/Areas.h"

#include "demo/DemoWorkspace.h"

#include <QElapsedTimer>

namespace symbolon::cli {

namespace {
void addOptions(QCommandLineParser& p) {
    p.addOption({QStringLiteral("devices"), QStringLiteral("demo: number of devices (default 2000)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("demo: inventory seed."), QStringLiteral("S")});
    p.addOption({QStringLiteral("out"), QStringLiteral("demo inventory: the CSV file to write."),
                 QStringLiteral("FILE")});
}

bool readDevices(CliContext& ctx, int min, int& devices) {
    if (!ctx.parser.isSet(QStringLiteral("devices")))
        return true;
    bool ok = false;
    devices = ctx.parser.value(QStringLiteral("devices")).toInt(&ok);
    if (ok && devices >= min && devices <= 10'000'000)
        return true;
    (void)ctx.usage(QStringLiteral("--devices expects a whole number from %1 to 10000000.").arg(min));
    return false;
}

int create(CliContext& ctx) {
    if (!ctx.requireWorkspace())
        return ExitUsage;
    demo::DemoOptions o;
    o.dir = ctx.workspace;
    if (!readDevices(ctx, 0, o.devices))
        return ExitUsage;
    if (ctx.parser.isSet(QStringLiteral("seed")))
        o.seed = ctx.parser.value(QStringLiteral("seed")).toULongLong();
    QElapsedTimer t;
    t.start();
    auto r = demo::createDemoWorkspace(o, [&](const QString& step) { ctx.err << "  " << step << Qt::endl; });
    if (!r)
        return ctx.failWith(r.error());
    ctx.out << "Demo workspace created in " << r->dir << " (" << t.elapsed() / 1000.0 << " s): " << r->devices
            << " devices, key token \"" << r->keyTokenLabel << "\", quorum 2 of 3.\n"
            << "Open it with an ACS card: PINs 111111, 222222, 333333 (cards 1-3); PMA reviewer 444444; "
               "Responder card 555555.\n";
    ctx.out.flush();
    return ExitOk;
}

int inventory(CliContext& ctx) {
    const QString outPath = ctx.parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        return ctx.usage(QStringLiteral("demo inventory needs --out FILE."));
    int devices = 2000;
    if (!readDevices(ctx, 1, devices))
        return ExitUsage;
    const quint64 seed =
        ctx.parser.isSet(QStringLiteral("seed")) ? ctx.parser.value(QStringLiteral("seed")).toULongLong() : 1;
    QElapsedTimer t;
    t.start();
    if (auto s = demo::writeDemoInventory(outPath, devices, seed, QDateTime::currentDateTimeUtc()); !s)
        return ctx.failWith(s.error());
    ctx.out << "Wrote " << devices << " demo devices (migration keys under the demo Transport Key) to "
            << outPath << " (" << t.elapsed() / 1000.0 << " s).\n";
    ctx.out.flush();
    return ExitOk;
}

int run(CliContext& ctx) {
    if (ctx.args == QStringList{QStringLiteral("create")})
        return create(ctx);
    if (ctx.args == QStringList{QStringLiteral("inventory")})
        return inventory(ctx);
    return ctx.usage(QStringLiteral("demo commands: create, inventory"));
}
} // namespace

const CliArea kDemoArea{
    "demo",
    "  demo create                   create the demo workspace in --workspace (--devices N, --seed S)\n"
    "  demo inventory --out FILE     write a demo inventory CSV (--devices N, --seed S)\n",
    addOptions, run};

} // namespace symbolon::cli
