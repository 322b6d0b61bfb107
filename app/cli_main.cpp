// symbolon-cli: the same core as the console, headless. Parsing, wiring and printing only.
#include "PinSource.h"

#include "common/SecureBytes.h"
#include "hsm/TokenInfo.h"
#include "inventory/InventoryImporter.h"
#include "inventory/InventoryStore.h"
#include "journal/Journal.h"
#include "policy/Cohort.h"
#include "workspace/DemoWorkspace.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace symbolon;

namespace {
enum Exit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitRejected = 3 };

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}
int failWith(const Error& e) {
    err() << "symbolon-cli: " << e.message << Qt::endl;
    return e.code == ErrorCode::InvalidInput ? ExitRejected : ExitFailed;
}

struct Context {
    QCommandLineParser& parser;
    QString workspace;
};

// Opens the workspace with the card named by --card (label or serial; default: the only
// present card) and a PIN from the PinSource.
Result<std::unique_ptr<workspace::Workspace>> openWorkspace(const Context& ctx) {
    auto cards = workspace::Workspace::cards(ctx.workspace);
    if (!cards)
        return cards.error();
    const QString wanted = ctx.parser.value(QStringLiteral("card"));
    QVector<workspace::Workspace::Card> matches;
    for (const auto& c : *cards)
        if (c.present && (wanted.isEmpty() || c.keyslot.tokenSerial == wanted || c.token.label == wanted))
            matches.push_back(c);
    if (matches.isEmpty())
        return fail(ErrorCode::NotFound,
                    wanted.isEmpty() ? QStringLiteral("No enrolled card is present: insert your card.")
                                     : QStringLiteral("No enrolled card \"%1\" is present.").arg(wanted));
    if (matches.size() > 1)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 enrolled cards are present: choose one with --card LABEL.")
                        .arg(matches.size()));
    const auto& card = matches.front();
    app::PinSource source;
    source.fd =
        ctx.parser.isSet(QStringLiteral("pin-fd")) ? ctx.parser.value(QStringLiteral("pin-fd")).toInt() : -1;
    source.envVar = ctx.parser.value(QStringLiteral("pin-env"));
    auto pin = source.read(QStringLiteral("PIN for %1 (%2): ").arg(card.token.label, card.keyslot.holder));
    if (!pin)
        return pin.error();
    return workspace::Workspace::open(ctx.workspace, card.keyslot.tokenSerial, *pin);
}

int cmdInfo(const Context& ctx) {
    auto config = workspace::Workspace::readConfig(ctx.workspace);
    if (!config)
        return failWith(config.error());
    out() << "Workspace:   " << QDir(ctx.workspace).absolutePath() << "\n"
          << "Name:        " << config->name << "\n"
          << "Profile:     " << config->profile << (config->isDevelopment() ? "  (not for live keys)" : "")
          << "\n"
          << "Module:      " << config->modulePath << "\n"
          << "Key token:   " << config->keyTokenLabel << " (serial " << config->keyTokenSerial << ")\n"
          << "Quorum:      " << config->quorumK << " of " << config->quorumN << "\n";
    auto cards = workspace::Workspace::cards(ctx.workspace);
    if (!cards)
        return failWith(cards.error());
    out() << "Cards:\n";
    for (const auto& c : *cards)
        out() << "  " << (c.present ? "present " : "absent  ") << c.keyslot.tokenLabel.leftJustified(16)
              << " " << c.keyslot.holder.leftJustified(20) << " " << c.keyslot.role.leftJustified(10)
              << " serial " << c.keyslot.tokenSerial << (c.present && c.token.pinLocked ? "  PIN LOCKED" : "")
              << (c.present && c.token.pinCountLow ? "  PIN count low" : "") << "\n";
    out().flush();
    return ExitOk;
}

int cmdDemoCreate(const Context& ctx) {
    workspace::DemoOptions o;
    o.dir = ctx.workspace;
    if (ctx.parser.isSet(QStringLiteral("devices"))) {
        bool ok = false;
        o.devices = ctx.parser.value(QStringLiteral("devices")).toInt(&ok);
        if (!ok || o.devices < 0 || o.devices > 10'000'000) {
            err() << "symbolon-cli: --devices expects a whole number from 0 to 10000000" << Qt::endl;
            return ExitUsage;
        }
    }
    if (ctx.parser.isSet(QStringLiteral("seed")))
        o.seed = ctx.parser.value(QStringLiteral("seed")).toULongLong();
    QElapsedTimer t;
    t.start();
    auto r =
        workspace::createDemoWorkspace(o, [](const QString& step) { err() << "  " << step << Qt::endl; });
    if (!r)
        return failWith(r.error());
    out() << "Demo workspace created in " << r->dir << " (" << t.elapsed() / 1000.0 << " s): " << r->devices
          << " devices, key token \"" << r->keyTokenLabel << "\", quorum 2 of 3.\n"
          << "Open it with an ACS card: PINs 111111, 222222, 333333 (cards 1-3); PMA reviewer 444444.\n";
    out().flush();
    return ExitOk;
}

int cmdDemoInventory(const Context& ctx) {
    const QString outPath = ctx.parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        err() << "symbolon-cli: demo inventory needs --out FILE" << Qt::endl;
        return ExitUsage;
    }
    bool ok = true;
    const int devices = ctx.parser.isSet(QStringLiteral("devices"))
                            ? ctx.parser.value(QStringLiteral("devices")).toInt(&ok)
                            : 2000;
    if (!ok || devices < 1 || devices > 10'000'000) {
        err() << "symbolon-cli: --devices expects a whole number from 1 to 10000000" << Qt::endl;
        return ExitUsage;
    }
    const quint64 seed =
        ctx.parser.isSet(QStringLiteral("seed")) ? ctx.parser.value(QStringLiteral("seed")).toULongLong() : 1;
    QElapsedTimer t;
    t.start();
    if (auto s = workspace::writeDemoInventory(outPath, devices, seed, QDateTime::currentDateTimeUtc()); !s)
        return failWith(s.error());
    out() << "Wrote " << devices << " demo devices (migration keys under the demo Transport Key) to "
          << outPath << " (" << t.elapsed() / 1000.0 << " s).\n";
    out().flush();
    return ExitOk;
}

int cmdImport(const Context& ctx, const QString& file) {
    auto ws = openWorkspace(ctx);
    if (!ws)
        return failWith(ws.error());
    QElapsedTimer t;
    t.start();
    inventory::InventoryImporter importer(**ws);
    auto r = importer.importFile(file, QDateTime::currentDateTimeUtc(), [](qint64 done, qint64 total) {
        err() << "\r  imported " << done << " / " << total << Qt::flush;
        return true;
    });
    err() << "\r" << Qt::flush;
    if (!r)
        return failWith(r.error());
    switch (r->kind) {
    case inventory::ImportOutcome::Kind::Imported:
        out() << r->message << " Journal entry #" << r->journalSeq << ". (" << t.elapsed() / 1000.0
              << " s)\n";
        out().flush();
        return ExitOk;
    case inventory::ImportOutcome::Kind::AlreadyImported:
        out() << r->message << "\n";
        out().flush();
        return ExitOk;
    case inventory::ImportOutcome::Kind::Rejected:
        err() << "symbolon-cli: " << r->message << "\n";
        for (const auto& e : r->errors)
            err() << "  " << e.toString() << "\n";
        if (r->moreErrors > 0)
            err() << "  … and " << r->moreErrors << " more\n";
        err().flush();
        return ExitRejected;
    }
    return ExitFailed;
}

int cmdInventoryStats(const Context& ctx) {
    auto ws = openWorkspace(ctx);
    if (!ws)
        return failWith(ws.error());
    inventory::InventoryStore store((*ws)->db());
    auto summary = store.rotationSummary(QDateTime::currentDateTimeUtc());
    if (!summary)
        return failWith(summary.error());
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("S1SP"), -28)
                 .arg(QStringLiteral("cohort"), -6)
                 .arg(QStringLiteral("devices"), 9)
                 .arg(QStringLiteral("done"), 9)
                 .arg(QStringLiteral("due"), 7)
                 .arg(QStringLiteral("overdue"), 8);
    for (const auto& c : *summary)
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(c.s1sp, -28)
                     .arg(policy::cohortCode(c.cohort), -6)
                     .arg(c.total, 9)
                     .arg(c.done, 9)
                     .arg(c.due, 7)
                     .arg(c.overdue, 8);
    out().flush();
    return ExitOk;
}

int cmdJournalVerify(const Context& ctx) {
    auto ws = openWorkspace(ctx);
    if (!ws)
        return failWith(ws.error());
    auto n = (*ws)->journal().verifyChain();
    if (!n) {
        err() << "symbolon-cli: journal verification FAILED: " << n.error().message << Qt::endl;
        return ExitFailed;
    }
    out() << "Journal chain verified: " << *n << " entries, every hash and link intact.\n";
    out().flush();
    return ExitOk;
}

int cmdJournalList(const Context& ctx) {
    auto ws = openWorkspace(ctx);
    if (!ws)
        return failWith(ws.error());
    const qint64 from = ctx.parser.value(QStringLiteral("from")).toLongLong();
    const int limit =
        ctx.parser.isSet(QStringLiteral("limit")) ? ctx.parser.value(QStringLiteral("limit")).toInt() : 50;
    auto entries = (*ws)->journal().range(qMax<qint64>(1, from), limit);
    if (!entries)
        return failWith(entries.error());
    for (const auto& e : *entries)
        out() << "#" << e.seq << "  " << e.timeText() << "  " << e.actor << " (" << e.role << ")  "
              << e.action << "  " << e.target << "  " << e.detailsJson << "\n";
    out().flush();
    return ExitOk;
}
} // namespace

int main(int argc, char** argv) {
    SecureBytes::initProcessHardening();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("symbolon-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYMBOLON_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Symbolon: custodian console for SMETS1 DLMS symmetric keys (headless).\n\n"
                       "Commands:\n"
                       "  info                          the workspace, its key token and its cards (no PIN)\n"
                       "  demo create                   create the demo workspace in --workspace\n"
                       "  demo inventory --out FILE     write a demo inventory CSV (--devices N, --seed S)\n"
                       "  inventory import FILE         import a device inventory CSV (all or nothing)\n"
                       "  inventory stats               post-commissioning rotation by S1SP and cohort\n"
                       "  journal verify                check every hash and link of the journal\n"
                       "  journal list                  print journal entries (--from SEQ, --limit N)\n\n"
                       "Exit status: 0 done, 1 failed, 2 usage, 3 input rejected (nothing changed)."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption(
        {QStringLiteral("workspace"), QStringLiteral("The workspace folder."), QStringLiteral("DIR")});
    p.addOption(
        {QStringLiteral("card"), QStringLiteral("Your card, by label or serial."), QStringLiteral("CARD")});
    p.addOption({QStringLiteral("pin-fd"), QStringLiteral("Read the PIN from this file descriptor."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("pin-env"),
                 QStringLiteral("Read the PIN from this environment variable (demo, tests)."),
                 QStringLiteral("VAR")});
    p.addOption({QStringLiteral("devices"), QStringLiteral("demo create: number of devices (default 2000)."),
                 QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("seed"), QStringLiteral("demo create: inventory seed."), QStringLiteral("S")});
    p.addOption({QStringLiteral("out"), QStringLiteral("demo inventory: the CSV file to write."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("from"), QStringLiteral("journal list: first sequence number."),
                 QStringLiteral("SEQ")});
    p.addOption(
        {QStringLiteral("limit"), QStringLiteral("journal list: number of entries."), QStringLiteral("N")});
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    p.process(app);

    const QStringList args = p.positionalArguments();
    Context ctx{p, p.value(QStringLiteral("workspace"))};
    auto usage = [&](const QString& why) {
        err() << "symbolon-cli: " << why << "\nTry 'symbolon-cli --help'." << Qt::endl;
        return ExitUsage;
    };
    if (args.isEmpty())
        return usage(QStringLiteral("no command given."));
    const QString cmd = args.mid(0, 2).join(QLatin1Char(' '));
    if (cmd == QLatin1String("demo inventory") && args.size() == 2)
        return cmdDemoInventory(ctx);
    if (ctx.workspace.isEmpty())
        return usage(QStringLiteral("--workspace DIR is required."));
    if (args[0] == QLatin1String("info") && args.size() == 1)
        return cmdInfo(ctx);
    if (cmd == QLatin1String("demo create") && args.size() == 2)
        return cmdDemoCreate(ctx);
    if (cmd == QLatin1String("inventory import"))
        return args.size() == 3 ? cmdImport(ctx, args[2])
                                : usage(QStringLiteral("inventory import needs one FILE."));
    if (cmd == QLatin1String("inventory stats") && args.size() == 2)
        return cmdInventoryStats(ctx);
    if (cmd == QLatin1String("journal verify") && args.size() == 2)
        return cmdJournalVerify(ctx);
    if (cmd == QLatin1String("journal list") && args.size() == 2)
        return cmdJournalList(ctx);
    return usage(QStringLiteral("unknown command \"%1\".").arg(args.join(QLatin1Char(' '))));
}
