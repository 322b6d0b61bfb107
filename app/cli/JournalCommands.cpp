#include "cli/Areas.h"

#include "audit/EvidencePack.h"
#include "journal/JournalSigner.h"
#include "journal/JournalStore.h"

#include <QElapsedTimer>
#include <QFile>

namespace symbolon::cli {

namespace {
void addOptions(QCommandLineParser& p) {
    p.addOption({QStringLiteral("from"), QStringLiteral("journal list: first sequence number."),
                 QStringLiteral("SEQ")});
    p.addOption(
        {QStringLiteral("limit"), QStringLiteral("journal list: number of entries."), QStringLiteral("N")});
    p.addOption({QStringLiteral("to"), QStringLiteral("journal export: last sequence number."),
                 QStringLiteral("SEQ")});
    p.addOption({QStringLiteral("evidence-pack"),
                 QStringLiteral(
                     "journal verify: check this pack (no workspace needed); journal export: write it here."),
                 QStringLiteral("DIR")});
}

Result<QByteArray> readPublicKey(const CliContext& ctx) {
    if (!ctx.parser.isSet(QStringLiteral("public-key")))
        return QByteArray();
    QFile f(ctx.parser.value(QStringLiteral("public-key")));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("%1 cannot be read: %2").arg(f.fileName(), f.errorString()));
    const QByteArray spki = journal::JournalSigner::spkiFromPem(f.read(64 * 1024));
    if (spki.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is not a PEM EC P-256 public key (expected \"-----BEGIN PUBLIC KEY-----\").")
                .arg(f.fileName()));
    return spki;
}

int report(CliContext& ctx, const journal::VerificationReport& r, qint64 ms) {
    if (!r.ok()) {
        ctx.err << "symbolon-cli: journal " << r.summary() << Qt::endl;
        return ExitFailed;
    }
    ctx.out << r.summary() << " (" << ms / 1000.0 << " s)\n";
    ctx.out.flush();
    return ExitOk;
}

int verify(CliContext& ctx) {
    auto key = readPublicKey(ctx);
    if (!key)
        return ctx.failWith(key.error());
    QElapsedTimer t;
    t.start();
    if (ctx.parser.isSet(QStringLiteral("evidence-pack"))) {
        // No workspace, no token, no card: the pack and (ideally) the expected public key.
        const auto r = audit::EvidencePack::verify(ctx.parser.value(QStringLiteral("evidence-pack")), *key);
        return report(ctx, r, t.elapsed());
    }
    if (!ctx.requireWorkspace())
        return ExitUsage;
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    t.restart();
    return report(ctx, (*ws)->verifyJournal(*key), t.elapsed());
}

int exportPack(CliContext& ctx) {
    const QString out = ctx.parser.value(QStringLiteral("evidence-pack"));
    if (out.isEmpty())
        return ctx.usage(QStringLiteral("journal export needs --evidence-pack OUT."));
    if (!ctx.requireWorkspace())
        return ExitUsage;
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    auto r = audit::EvidencePack::write(**ws, out, ctx.parser.value(QStringLiteral("from")).toLongLong(),
                                        ctx.parser.value(QStringLiteral("to")).toLongLong());
    if (!r)
        return ctx.failWith(r.error());
    ctx.out << "Evidence pack written to " << r->dir << ": entries #" << r->fromSeq << " to #" << r->toSeq
            << " (" << r->entries << "), " << r->checkpoints << " checkpoints.\n"
            << "At export: " << r->verification.summary() << "\n";
    ctx.out.flush();
    return r->verification.ok() ? ExitOk : ExitFailed;
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
    if (ctx.args == QStringList{QStringLiteral("verify")})
        return verify(ctx);
    if (ctx.args == QStringList{QStringLiteral("export")})
        return exportPack(ctx);
    if (!ctx.requireWorkspace())
        return ExitUsage;
    if (ctx.args == QStringList{QStringLiteral("list")})
        return list(ctx);
    return ctx.usage(QStringLiteral("journal commands: verify, export, list"));
}
} // namespace

const CliArea kJournalArea{
    "journal",
    "  journal verify                check every hash, link and checkpoint signature of the journal\n"
    "                                (--public-key PEM; --evidence-pack DIR needs no workspace)\n"
    "  journal export --evidence-pack OUT   write an evidence pack (--from SEQ, --to SEQ)\n"
    "  journal list                  print journal entries (--from SEQ, --limit N)\n",
    addOptions, run};

} // namespace symbolon::cli
