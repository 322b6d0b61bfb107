#include "cli/Areas.h"

#include "audit/EvidencePack.h"
#include "audit/PinnedCards.h"
#include "journal/JournalSigner.h"
#include "journal/JournalStore.h"
#include "journal/SiemLog.h"
#include "journal/TimestampCheck.h"

#include <QElapsedTimer>
#include <QFile>

#include <optional>

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
    p.addOption(
        {QStringLiteral("extends"),
         QStringLiteral("journal verify: prove the journal (or --evidence-pack) still holds this earlier "
                        "evidence pack's newest entry and checkpoint."),
         QStringLiteral("OLD")});
    p.addOption(
        {QStringLiteral("cards"),
         QStringLiteral("journal verify --evidence-pack: check every card co-signature against this card "
                        "list you trust (an earlier pack's cards.json, or what journal export-cards "
                        "wrote) instead of the pack's own."),
         QStringLiteral("FILE")});
    p.addOption({QStringLiteral("tsa-cert"),
                 QStringLiteral("journal verify: check the checkpoints' RFC 3161 timestamps against this "
                                "time-stamping authority root certificate (PEM) you trust."),
                 QStringLiteral("PEM")});
    p.addOption({QStringLiteral("timestamp-window"),
                 QStringLiteral("journal verify --tsa-cert: how long after an entry or checkpoint its "
                                "timestamp may be dated (default 3600)."),
                 QStringLiteral("SECONDS")});
    p.addOption(
        {QStringLiteral("timestamps-from"),
         QStringLiteral("journal verify --tsa-cert: the entry from which timestamps are expected (the "
                        "time-stamping authority was set up then; default 1)."),
         QStringLiteral("SEQ")});
    p.addOption(
        {QStringLiteral("siem-log"),
         QStringLiteral("journal verify: every entry in this SIEM collector's file must have the same "
                        "hash in the journal."),
         QStringLiteral("FILE")});
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

// --extends OLD: the journal just verified (a pack, or the workspace's) holds OLD's head.
int reportExtends(CliContext& ctx, const audit::EvidencePack::Check& newer, const QString& newerName,
                  const audit::EvidencePack::Check& older, const QString& olderName) {
    if (auto s = audit::EvidencePack::extends(newer, newerName, older, olderName); !s) {
        ctx.err << "symbolon-cli: journal verify --extends: " << s.error().message << Qt::endl;
        return ExitFailed;
    }
    ctx.out << newerName << " extends " << olderName << ": it holds entry #" << older.headSeq << " with hash "
            << older.headHash.toHex() << ", as " << olderName << " does.\n";
    ctx.out.flush();
    return ExitOk;
}

// What the pack's card co-signatures were checked against (issue #15): exit 0 needs the journal key
// pinned (else UNANCHORED, 4) and the card keys pinned with the pinned list's co-signature rule
// applied (else 6, a line starting UNPINNED).
int reportAnchors(CliContext& ctx, const audit::EvidencePack::Check& c, const audit::PinnedCards* cards) {
    if (!c.pinned) {
        ctx.out << "UNANCHORED: no --public-key was given, so the pack was checked only against its own key "
                << c.keyFingerprint << ", and anyone can make a pack that is consistent with a key of their "
                << "own. Give the journal signing key you obtained from the workspace (--public-key PEM).\n";
        ctx.out.flush();
        return ExitUnanchored;
    }
    if (!cards) {
        ctx.out << "UNPINNED: no --cards was given, so the card co-signatures were checked only against "
                << (c.packHasCards
                        ? "the pack's own cards.json, which whoever made the pack could have written"
                        : "nothing (the pack carries no cards.json, which a forger can leave out)")
                << ". Give a card list you trust (--cards FILE: an earlier pack's cards.json, or what "
                << "journal export-cards wrote).\n";
        ctx.out.flush();
        return ExitCardsUnpinned;
    }
    if (cards->required && !c.packRequiresCards) {
        ctx.out
            << "UNPINNED: the pinned card list " << cards->file << " says this site requires every "
            << "person's entries to be co-signed by their own card, but the pack does not require it "
            << "(an extract made with --from or --to, or a pack that claims to be one): the co-signatures "
            << "it has were checked against the pinned keys, but not that every entry has one. Verify a "
            << "whole pack (journal export without --from or --to) for that.\n";
        ctx.out.flush();
        return ExitCardsUnpinned;
    }
    ctx.out << "Card keys pinned: every card co-signature is by one of the " << cards->cards.size()
            << " cards of " << cards->file << ".\n";
    ctx.out.flush();
    return ExitOk;
}

// --tsa-cert PEM (issue #15): the checkpoints' RFC 3161 timestamps, against the TSA root pinned here.
int reportTimestamps(CliContext& ctx, workspace::Workspace& ws) {
    const QString file = ctx.parser.value(QStringLiteral("tsa-cert"));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.failWith(Error::make(
            ErrorCode::Io, QStringLiteral("--tsa-cert: %1 cannot be read: %2").arg(file, f.errorString())));
    const QByteArray pem = f.read(1024 * 1024);
    int window = 3600;
    if (ctx.parser.isSet(QStringLiteral("timestamp-window"))) {
        bool ok = false;
        window = ctx.parser.value(QStringLiteral("timestamp-window")).toInt(&ok);
        if (!ok || window < 1 || window > 30 * 86400)
            return ctx.usage(QStringLiteral("--timestamp-window must be a whole number of seconds from 1 to "
                                            "2592000 (30 days), not \"%1\".")
                                 .arg(ctx.parser.value(QStringLiteral("timestamp-window"))));
    }
    qint64 from = 1;
    if (ctx.parser.isSet(QStringLiteral("timestamps-from"))) {
        bool ok = false;
        from = ctx.parser.value(QStringLiteral("timestamps-from")).toLongLong(&ok);
        if (!ok || from < 1)
            return ctx.usage(
                QStringLiteral("--timestamps-from must be an entry number (1 or more), not \"%1\".")
                    .arg(ctx.parser.value(QStringLiteral("timestamps-from"))));
    }
    auto t = journal::checkTimestamps(ws.db(), pem, window, from);
    if (!t)
        return ctx.failWith(
            Error::make(t.error().code, QStringLiteral("--tsa-cert %1: %2").arg(file, t.error().message)));
    if (!t->ok()) {
        ctx.err << "symbolon-cli: journal verify --tsa-cert: " << t->summary() << Qt::endl;
        return ExitFailed;
    }
    ctx.out << "Trusted timestamps (checked against " << file << "): " << t->summary() << "\n";
    ctx.out.flush();
    return ExitOk;
}

int verifyPack(CliContext& ctx, const QByteArray& key) {
    // No workspace, no token, no card: the pack and (ideally) the expected public key and cards.
    const QString pack = ctx.parser.value(QStringLiteral("evidence-pack"));
    const QString oldPack = ctx.parser.value(QStringLiteral("extends"));
    std::optional<audit::PinnedCards> pinnedCards;
    if (ctx.parser.isSet(QStringLiteral("cards"))) {
        auto read = audit::PinnedCards::read(ctx.parser.value(QStringLiteral("cards")));
        if (!read)
            return ctx.failWith(read.error());
        pinnedCards = std::move(*read);
    }
    const audit::PinnedCards* cards = pinnedCards ? &*pinnedCards : nullptr;
    QElapsedTimer t;
    t.start();
    std::optional<audit::EvidencePack::Check> older;
    if (!oldPack.isEmpty())
        older = audit::EvidencePack::check(oldPack, key, 0, 0, cards);
    const auto c = audit::EvidencePack::check(pack, key, older ? older->headSeq : 0, 0, cards);
    if (const int code = report(ctx, c.report, t.elapsed()); code != ExitOk)
        return code;
    if (older)
        if (const int code = reportExtends(ctx, c, pack, *older, oldPack); code != ExitOk)
            return code;
    return reportAnchors(ctx, c, cards);
}

int verify(CliContext& ctx) {
    auto key = readPublicKey(ctx);
    if (!key)
        return ctx.failWith(key.error());
    if (ctx.parser.isSet(QStringLiteral("evidence-pack"))) {
        if (ctx.parser.isSet(QStringLiteral("siem-log")))
            return ctx.usage(
                QStringLiteral("--siem-log is compared with the workspace's journal: give --workspace "
                               "and a card, not --evidence-pack."));
        if (ctx.parser.isSet(QStringLiteral("tsa-cert")))
            return ctx.usage(
                QStringLiteral("--tsa-cert checks the workspace's own checkpoints: evidence packs do "
                               "not carry timestamps yet."));
        return verifyPack(ctx, *key);
    }
    if (ctx.parser.isSet(QStringLiteral("cards")))
        return ctx.usage(
            QStringLiteral("--cards pins the card keys of an evidence pack: give --evidence-pack "
                           "(the workspace's own journal is checked against its site register)."));
    if (!ctx.requireWorkspace())
        return ExitUsage;
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    QElapsedTimer t;
    t.start();
    const journal::VerificationReport r = (*ws)->verifyJournal(*key);
    const int chain = report(ctx, r, t.elapsed());
    // The collector's copy is compared even when the chain fails: it names what it still holds.
    if (const QString siemLog = ctx.parser.value(QStringLiteral("siem-log")); !siemLog.isEmpty()) {
        auto found = journal::SiemLog::read(siemLog);
        auto compared = found ? journal::SiemLog::compare(siemLog, *found, (*ws)->journal())
                              : Result<journal::SiemLog::Comparison>(found.error());
        if (!compared) {
            const int code = ctx.failWith(compared.error());
            return chain != ExitOk ? chain : code;
        }
        ctx.out << "SIEM log " << siemLog << ": " << compared->entries << " entries (#" << compared->firstSeq
                << " to #" << compared->lastSeq << ") have the same hash in the journal.\n";
        ctx.out.flush();
    }
    if (chain != ExitOk)
        return chain;
    if (ctx.parser.isSet(QStringLiteral("tsa-cert")))
        if (const int code = reportTimestamps(ctx, **ws); code != ExitOk)
            return code;
    if (const QString oldPack = ctx.parser.value(QStringLiteral("extends")); !oldPack.isEmpty()) {
        const QByteArray wsKey = key->isEmpty() ? (*ws)->signingPublicKey() : *key;
        // OLD's card list is checked against the workspace's own register, as its journal is.
        const audit::PinnedCards cards = audit::PinnedCards::fromRegister((*ws)->siteRegisterChain());
        const auto older = audit::EvidencePack::check(oldPack, wsKey, 0, 0, &cards);
        auto current =
            audit::EvidencePack::workspaceCheck((*ws)->db(), (*ws)->dir(), wsKey, r, older.headSeq);
        if (!current)
            return ctx.failWith(current.error());
        return reportExtends(ctx, *current, QStringLiteral("The workspace's journal"), older, oldPack);
    }
    return ExitOk;
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

// The card list a reviewer pins for evidence packs (journal verify --cards), from the workspace's
// verified site register.
int exportCards(CliContext& ctx, const QString& file) {
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    if (auto s = audit::PinnedCards::exportWorkspaceCards(**ws, file); !s)
        return ctx.failWith(s.error());
    auto written = audit::PinnedCards::read(file);
    if (!written)
        return ctx.failWith(written.error());
    ctx.out << "Card list written to " << file << ": " << written->cards.size()
            << " cards of the site register (co-signatures "
            << (written->required ? "required" : "not required") << "). Keep it with the journal signing key "
            << "and give it to journal verify --evidence-pack PACK --cards " << file << ".\n";
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
    if (ctx.args == QStringList{QStringLiteral("verify")})
        return verify(ctx);
    if (ctx.args == QStringList{QStringLiteral("export")})
        return exportPack(ctx);
    if (!ctx.requireWorkspace())
        return ExitUsage;
    if (ctx.args == QStringList{QStringLiteral("list")})
        return list(ctx);
    if (ctx.args.size() == 2 && ctx.args.constFirst() == QLatin1String("export-cards"))
        return exportCards(ctx, ctx.args.at(1));
    if (ctx.args == QStringList{QStringLiteral("export-cards")})
        return ctx.usage(QStringLiteral("journal export-cards needs the FILE to write."));
    return ctx.usage(QStringLiteral("journal commands: verify, export, export-cards, list"));
}
} // namespace

const CliArea kJournalArea{
    "journal",
    "  journal verify                check every hash, link and checkpoint signature of the journal\n"
    "                                (--public-key PEM; --evidence-pack DIR needs no workspace, and\n"
    "                                without --public-key exits 4, UNANCHORED; --cards FILE pins the\n"
    "                                card keys, without it exits 6, UNPINNED; --extends OLD: holds\n"
    "                                the earlier pack OLD's newest entry; --siem-log FILE: the SIEM\n"
    "                                collector's copy has the journal's hashes; --tsa-cert PEM: the\n"
    "                                checkpoints' RFC 3161 timestamps against that TSA root,\n"
    "                                --timestamp-window SECONDS, --timestamps-from SEQ)\n"
    "  journal export --evidence-pack OUT   write an evidence pack (--from SEQ, --to SEQ)\n"
    "  journal export-cards FILE     write the site register's card keys, for verify --cards\n"
    "  journal list                  print journal entries (--from SEQ, --limit N)\n",
    addOptions, run};

} // namespace symbolon::cli
