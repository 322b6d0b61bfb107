// symbolon-cli: the same core as the console, headless. Parsing, wiring and printing only; the
// commands live in cli/*Commands.cpp, one file per area.
#include "cli/Areas.h"
#include "cli/TerminalSafeOutput.h"

#include "common/SecureBytes.h"

#include <QCoreApplication>

#include <unistd.h>

using namespace symbolon;
using namespace symbolon::cli;

int main(int argc, char** argv) {
    SecureBytes::initProcessHardening();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("symbolon-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SYMBOLON_VERSION));

    const CliArea* areas[] = {&kWorkspaceArea, &kDemoArea, &kInventoryArea, &kJournalArea, &kCeremonyArea,
                              &kRekeyArea,     &kSiemArea, &kSiteArea,      &kHsmArea};

    QString help = QStringLiteral(
        "Symbolon: custodian console for SMETS1 DLMS symmetric keys (headless).\n\nCommands:\n");
    for (const CliArea* a : areas)
        help += QString::fromUtf8(a->help);
    help += QStringLiteral("  info                          short for \"workspace info\"\n\n"
                           "Exit status: 0 done, 1 failed, 2 usage, 3 input rejected (nothing changed).");
    QCommandLineParser p;
    p.setApplicationDescription(help);
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
    // Shared by several areas, so defined once here.
    p.addOption(
        {QStringLiteral("public-key"),
         QStringLiteral("A PEM public key: the journal signing key (journal verify) or a key package's "
                        "signer (ceremony import-shared-key)."),
         QStringLiteral("PEM")});
    for (const CliArea* a : areas)
        a->addOptions(p);
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    p.process(app);

    // Data is printed, never obeyed: control characters are escaped on the way out (issue #16).
    TerminalSafeOutput stdoutDevice(STDOUT_FILENO), stderrDevice(STDERR_FILENO);
    QTextStream out(&stdoutDevice), err(&stderrDevice);
    QStringList args = p.positionalArguments();
    if (args == QStringList{QStringLiteral("info")})
        args.prepend(QStringLiteral("workspace"));
    CliContext ctx{p, p.value(QStringLiteral("workspace")), args.mid(1), out, err};
    ctx.carriageReturn = [&] {
        err.flush();
        stderrDevice.carriageReturn();
    };
    if (args.isEmpty())
        return ctx.usage(QStringLiteral("no command given."));
    for (const CliArea* a : areas)
        if (args[0] == QLatin1String(a->name))
            return a->run(ctx);
    return ctx.usage(QStringLiteral("unknown command \"%1\".").arg(args.join(QLatin1Char(' '))));
}
