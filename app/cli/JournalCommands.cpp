#include "cli/Areas.h"

#include "journal/Journal.h"

namespace symbolon::cli {

namespace {
void addOptions(QCommandLineParser& p) {
    p.addOption({QStringLiteral("from"), QStringLiteral("journal list: first sequence number."),
                 QStringLiteral("SEQ")});
    p.addOption(
        {QStringLiteral("limit"), QStringLiteral("journal list: number of entries."), QStringLiteral("N")});
}

int verify(CliContext& ctx) {
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    auto n = (*ws)->journal().verifyChain();
    if (!n) {
        ctx.err << "symbolon-cli: journal verification FAILED: " << n.error().message << Qt::endl;
        return ExitFailed;
    }
    ctx.out << "Journal chain verified: " << *n << " entries, every hash and link intact.\n";
    ctx.out.flush();
    return ExitOk;
}

int list(CliContext& ctx) {
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    const qint64 from = ctx.parser.value(QStringLiteral("from")).toLongLong();
    const int limit =
        ctx.parser.isSet(QStringLiteral("limit")) ? ctx.parser.value(QStringLiteral("limit")).toInt() : 50;
    auto entries = (*ws)->journal().range(qMax<qint64>(1, from), limit);
    if (!entries)
        return ctx.failWith(entries.error());
    for (const auto& e : *entries)
        ctx.out << "#" << e.seq << "  " << e.timeText() << "  " << e.actor << " (" << e.role << ")  "
                << e.action << "  " << e.target << "  " << e.detailsJson << "\n";
    ctx.out.flush();
    return ExitOk;
}

int run(CliContext& ctx) {
    if (!ctx.requireWorkspace())
        return ExitUsage;
    if (ctx.args == QStringList{QStringLiteral("verify")})
        return verify(ctx);
    if (ctx.args == QStringList{QStringLiteral("list")})
        return list(ctx);
    return ctx.usage(QStringLiteral("journal commands: verify, list"));
}
} // namespace

const CliArea kJournalArea{"journal",
                           "  journal verify                check every hash and link of the journal\n"
                           "  journal list                  print journal entries (--from SEQ, --limit N)\n",
                           addOptions, run};

} // namespace symbolon::cli
