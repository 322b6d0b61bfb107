#include "cli/Areas.h"

#include "inventory/InventoryImporter.h"
#include "inventory/InventoryStore.h"
#include "policy/Cohort.h"

#include <QElapsedTimer>

#include <unistd.h>

namespace symbolon::cli {

namespace {
void addOptions(QCommandLineParser&) {}

int import(CliContext& ctx, const QString& file) {
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    QElapsedTimer t;
    t.start();
    inventory::InventoryImporter importer(**ws);
    // A progress line only on a terminal: logs and pipes get the result alone.
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    auto r = importer.importFile(file, QDateTime::currentDateTimeUtc(), [&](qint64 done, qint64 total) {
        if (tty) {
            ctx.carriageReturn();
            ctx.err << "  imported " << done << " / " << total << Qt::flush;
        }
        return true;
    });
    if (tty)
        ctx.carriageReturn();
    if (!r)
        return ctx.failWith(r.error());
    switch (r->kind) {
    case inventory::ImportOutcome::Kind::Imported:
        ctx.out << r->message << " Journal entry #" << r->journalSeq << ". (" << t.elapsed() / 1000.0
                << " s)\n";
        ctx.out.flush();
        return ExitOk;
    case inventory::ImportOutcome::Kind::AlreadyImported:
        ctx.out << r->message << "\n";
        ctx.out.flush();
        return ExitOk;
    case inventory::ImportOutcome::Kind::Rejected:
        ctx.err << "symbolon-cli: " << r->message << "\n";
        for (const auto& e : r->errors)
            ctx.err << "  " << e.toString() << "\n";
        if (r->moreErrors > 0)
            ctx.err << "  … and " << r->moreErrors << " more\n";
        ctx.err.flush();
        return ExitRejected;
    }
    return ExitFailed;
}

int stats(CliContext& ctx) {
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    inventory::InventoryStore store((*ws)->db());
    auto summary = store.rotationSummary(QDateTime::currentDateTimeUtc());
    if (!summary)
        return ctx.failWith(summary.error());
    const QString row = QStringLiteral("%1 %2 %3 %4 %5 %6\n");
    ctx.out << row.arg(QStringLiteral("S1SP"), -28)
                   .arg(QStringLiteral("cohort"), -6)
                   .arg(QStringLiteral("devices"), 9)
                   .arg(QStringLiteral("done"), 9)
                   .arg(QStringLiteral("due"), 7)
                   .arg(QStringLiteral("overdue"), 8);
    for (const auto& c : *summary)
        ctx.out << row.arg(c.s1sp, -28)
                       .arg(policy::cohortCode(c.cohort), -6)
                       .arg(c.total, 9)
                       .arg(c.done, 9)
                       .arg(c.due, 7)
                       .arg(c.overdue, 8);
    ctx.out.flush();
    return ExitOk;
}

int run(CliContext& ctx) {
    if (!ctx.requireWorkspace())
        return ExitUsage;
    if (ctx.args.value(0) == QLatin1String("import"))
        return ctx.args.size() == 2 ? import(ctx, ctx.args[1])
                                    : ctx.usage(QStringLiteral("inventory import needs one FILE."));
    if (ctx.args == QStringList{QStringLiteral("stats")})
        return stats(ctx);
    return ctx.usage(QStringLiteral("inventory commands: import FILE, stats"));
}
} // namespace

const CliArea kInventoryArea{
    "inventory",
    "  inventory import FILE         import a device inventory CSV (all or nothing)\n"
    "  inventory stats               post-commissioning rotation by S1SP and cohort\n",
    addOptions, run};

} // namespace symbolon::cli
