#include "cli/Areas.h"
#include "cli/PinSource.h"

#include "hsm/Module.h"
#include "hsm/ModuleRegistry.h"
#include "quorum/KeyTokenReshare.h"
#include "workspace/SiteRegisterChange.h"
#include "workspace/Workspace.h"

namespace symbolon::cli {

namespace {
const QString kSetQuorum = QStringLiteral("set-quorum");
const QString kSetProfile = QStringLiteral("set-profile");
const QString kSetRole = QStringLiteral("set-role");
const QString kRevoke = QStringLiteral("revoke-card");
const QString kSetModule = QStringLiteral("set-module");
const QString kReason = QStringLiteral("reason");
const QString kEnrolCard = QStringLiteral("enrol-card");
const QString kEnrolHolder = QStringLiteral("enrol-holder");
const QString kEnrolRole = QStringLiteral("enrol-role");
const QString kEnrolPinEnv = QStringLiteral("enrol-pin-env");

void addOptions(QCommandLineParser& p) {
    p.addOption({kSetQuorum, QStringLiteral("site change: the new quorum, k of n."), QStringLiteral("K/N")});
    p.addOption(
        {kSetProfile, QStringLiteral("site change: production or development."), QStringLiteral("PROFILE")});
    p.addOption({kSetRole, QStringLiteral("site change: a card's new role (repeat)."),
                 QStringLiteral("SERIAL=ROLE")});
    p.addOption({kRevoke, QStringLiteral("site change: revoke a card (repeat)."), QStringLiteral("SERIAL")});
    p.addOption({kSetModule,
                 QStringLiteral("site change: the PKCS#11 module (a p11-kit name); its SHA-256 is recorded."),
                 QStringLiteral("NAME")});
    p.addOption(
        {kEnrolCard, QStringLiteral("site change: enrol a new card (by label)."), QStringLiteral("LABEL")});
    p.addOption(
        {kEnrolHolder, QStringLiteral("site change: the new card's holder."), QStringLiteral("NAME")});
    p.addOption({kEnrolRole, QStringLiteral("site change: the new card's role (default custodian)."),
                 QStringLiteral("ROLE")});
    p.addOption({kEnrolPinEnv,
                 QStringLiteral("site change: the environment variable holding the new card's PIN."),
                 QStringLiteral("VAR")});
    // --reason is defined by the rekey area ("why"); site change reads the same option.
}

void printRegister(CliContext& c, const workspace::Workspace& ws) {
    const workspace::SiteRegister& r = ws.siteRegister();
    const workspace::SiteSettings& s = r.settings;
    c.out << "Site register: version " << r.version << ", digest " << r.digestHex() << "\n"
          << "  made " << r.madeAt.toUTC().toString(Qt::ISODate) << " by " << r.madeBy << ": " << r.reason
          << "\n"
          << "  status: "
          << (ws.registerAlarm().isEmpty() ? QStringLiteral("verified (signatures and this card's anchor)")
                                           : QStringLiteral("NOT TRUSTED: ") + ws.registerAlarm())
          << "\n"
          << "Profile:        " << s.profile << "\n"
          << "Quorum:         " << s.quorumK << " of " << s.quorumN << "\n"
          << "Key token:      " << s.keyTokenLabel << " (serial " << s.keyTokenSerial << ")\n"
          << "Journal token:  "
          << (s.journalTokenSerial.isEmpty() ? QStringLiteral("none") : s.journalTokenSerial) << "\n"
          << "Journal key:    " << s.journalKeyFingerprint << "\n"
          << "Module:         " << s.module << " (SHA-256 " << s.moduleSha256 << ")\n"
          << "Loaded module:  " << ws.moduleInfo().library
          << (ws.moduleInfo().name.isEmpty() ? QString()
                                             : QStringLiteral(" (p11-kit: %1)").arg(ws.moduleInfo().name))
          << (ws.moduleInfo().development ? QStringLiteral(" DEVELOPMENT MODULE") : QString()) << "\n"
          << "Cards:\n";
    const workspace::Workspace::ShareHolding& shares = ws.shareHolding();
    for (const workspace::RegisteredCard& card : r.cards) {
        const bool holds = card.isActive() && card.role == QLatin1String("custodian");
        const QString share = !holds                          ? QStringLiteral("no PIN share")
                              : shares.currentGeneration == 0 ? QStringLiteral("PIN share on the card")
                              : shares.byCard.contains(card.cardSerial)
                                  ? QStringLiteral("PIN share sealed in the workspace (sharing %1)")
                                        .arg(shares.currentGeneration)
                                  : QStringLiteral("no PIN share");
        c.out << "  " << card.cardSerial << "  " << card.holder.leftJustified(20) << " "
              << card.role.leftJustified(10) << " " << card.state << "  key " << card.fingerprint().left(16)
              << "  " << share << "\n";
    }
    if (shares.pendingGeneration > 0)
        c.out << "Interrupted re-share of the key token's PINs (sharing " << shares.pendingGeneration
              << "): the next quorum puts the old PINs back.\n";
    for (const QString& n : ws.notices())
        c.out << "Note: " << n << "\n";
    c.out.flush();
}

int change(CliContext& c, workspace::Workspace& ws) {
    workspace::SiteRegister next = ws.siteRegister();
    next.reason = c.parser.value(kReason);
    if (c.parser.isSet(kSetQuorum)) {
        const QStringList kn = c.parser.value(kSetQuorum).split(QLatin1Char('/'));
        bool okK = false, okN = false;
        const int k = kn.value(0).toInt(&okK), n = kn.value(1).toInt(&okN);
        if (kn.size() != 2 || !okK || !okN)
            return c.usage(QStringLiteral("--set-quorum: expected K/N, for example 2/3."));
        next.settings.quorumK = k;
        next.settings.quorumN = n;
    }
    if (c.parser.isSet(kSetProfile))
        next.settings.profile = c.parser.value(kSetProfile);
    for (const QString& sr : c.parser.values(kSetRole)) {
        const qsizetype eq = sr.indexOf(QLatin1Char('='));
        workspace::RegisteredCard* card = nullptr;
        for (auto& rc : next.cards)
            if (eq > 0 && rc.cardSerial == sr.left(eq))
                card = &rc;
        if (!card)
            return c.usage(
                QStringLiteral("--set-role %1: expected SERIAL=ROLE with the serial of a registered card.")
                    .arg(sr));
        card->role = sr.mid(eq + 1);
    }
    for (const QString& serial : c.parser.values(kRevoke)) {
        workspace::RegisteredCard* card = nullptr;
        for (auto& rc : next.cards)
            if (rc.cardSerial == serial)
                card = &rc;
        if (!card)
            return c.usage(
                QStringLiteral("--revoke-card %1: no registered card has this serial.").arg(serial));
        card->state = QStringLiteral("revoked");
    }
    if (c.parser.isSet(kSetModule)) {
        auto resolved = hsm::ModuleRegistry::resolve(c.parser.value(kSetModule), false);
        if (!resolved)
            return c.failWith(resolved.error());
        next.settings.module = c.parser.value(kSetModule);
        next.settings.moduleSha256 = QString::fromLatin1(resolved->sha256.toHex());
    }
    auto proposal =
        workspace::SiteRegisterChange::start(ws, next, std::make_unique<quorum::KeyTokenReshare>());
    if (!proposal)
        return c.failWith(proposal.error());
    if (c.parser.isSet(kEnrolCard)) {
        auto token = ws.module()->findTokenByLabel(c.parser.value(kEnrolCard));
        if (!token)
            return c.failWith(token.error());
        app::PinSource src;
        src.envVar = c.parser.value(kEnrolPinEnv);
        auto pin = src.read(QStringLiteral("PIN for the new card %1: ").arg(c.parser.value(kEnrolCard)));
        if (!pin)
            return c.failWith(pin.error());
        const QString role =
            c.parser.isSet(kEnrolRole) ? c.parser.value(kEnrolRole) : QStringLiteral("custodian");
        if (auto e = proposal->enrolCard(token->serial, *pin, c.parser.value(kEnrolHolder), role); !e)
            return c.failWith(e.error());
    }
    c.err << "Site register change to version " << proposal->proposed().version << " ("
          << proposal->required() << " custodians must approve):\n";
    for (const QString& line : proposal->changes())
        c.err << "  - " << line << "\n";
    c.err << "  reason: " << next.reason << "\n";
    if (proposal->reshares())
        c.err << "  The key token's user and SO PINs will be changed and re-shared over the new custodians' "
                 "cards:\n  a revoked card's share no longer logs the key token in.\n";
    const QStringList labels = c.parser.values(QStringLiteral("quorum-card"));
    const QStringList envs = c.parser.values(QStringLiteral("quorum-pin-env"));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto token = ws.module()->findTokenByLabel(labels[i]);
        if (!token)
            return c.failWith(token.error());
        app::PinSource src;
        src.envVar = envs.value(i);
        auto pin = src.read(QStringLiteral("PIN for %1: ").arg(labels[i]));
        if (!pin)
            return c.failWith(pin.error());
        if (auto a = proposal->approve(token->serial, *pin); !a)
            return c.failWith(Error{a.error().code,
                                    QStringLiteral("%1: %2").arg(labels[i], a.error().message),
                                    a.error().ckrv, a.error().hasCkrv});
        c.err << "  Approved with \"" << labels[i] << "\" (" << proposal->approvals() << " of "
              << proposal->required() << ")\n";
    }
    c.err.flush();
    if (auto s = proposal->commit(); !s)
        return c.failWith(s.error());
    c.out << "Site register version " << proposal->proposed().version << " recorded (digest "
          << proposal->proposed().digestHex() << ").\n";
    if (proposal->reshares())
        c.out << "The key token's PINs were changed and re-shared.\n";
    c.out.flush();
    return ExitOk;
}

int run(CliContext& ctx) {
    const QString what = ctx.args.value(0);
    if (ctx.args.size() != 1 || (what != QLatin1String("show") && what != QLatin1String("change")))
        return ctx.usage(QStringLiteral("site commands: show, change"));
    if (!ctx.requireWorkspace())
        return ExitUsage;
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    if (what == QLatin1String("show")) {
        printRegister(ctx, **ws);
        return (*ws)->registerAlarm().isEmpty() ? ExitOk : ExitFailed;
    }
    return change(ctx, **ws);
}
} // namespace

const CliArea kSiteArea{
    "site",
    "  site show                     the site register: settings, cards, roles, and whether it verifies\n"
    "  site change --reason TEXT [--set-quorum K/N] [--set-profile P] [--set-role SERIAL=ROLE]\n"
    "              [--revoke-card SERIAL] [--set-module NAME]\n"
    "              [--enrol-card LABEL --enrol-holder NAME [--enrol-role ROLE] [--enrol-pin-env VAR]]\n"
    "              --quorum-card LABEL ...\n"
    "                                a new register version, approved by k custodians' cards\n",
    addOptions, run};

} // namespace symbolon::cli
