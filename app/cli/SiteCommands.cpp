#include "cli/Areas.h"
#include "cli/PinSource.h"

#include "hsm/Module.h"
#include "hsm/ModuleRegistry.h"
#include "quorum/KeyTokenReshare.h"
#include "site/SiteCreation.h"
#include "workspace/SiteRegisterChange.h"
#include "workspace/Workspace.h"

#include <utility>

namespace symbolon::cli {

namespace {
const QString kSetQuorum = QStringLiteral("set-quorum");
const QString kSetProfile = QStringLiteral("set-profile");
const QString kSetRole = QStringLiteral("set-role");
const QString kRevoke = QStringLiteral("revoke-card");
const QString kRetire = QStringLiteral("retire-card");
const QString kReplace = QStringLiteral("replace-card");
const QString kSetModule = QStringLiteral("set-module");
const QString kReason = QStringLiteral("reason");
const QString kEnrolCard = QStringLiteral("enrol-card");
const QString kEnrolHolder = QStringLiteral("enrol-holder");
const QString kEnrolRole = QStringLiteral("enrol-role");
const QString kEnrolPinEnv = QStringLiteral("enrol-pin-env");
// site create (issue #18)
const QString kName = QStringLiteral("name");
const QString kProfile = QStringLiteral("profile");
const QString kK = QStringLiteral("k");
const QString kFips[4] = {QStringLiteral("fips-manufacturer"), QStringLiteral("fips-model"),
                          QStringLiteral("fips-serial"), QStringLiteral("fips-certificate")};
const QString kCardModule = QStringLiteral("card-module");
const QString kCardModuleArgs = QStringLiteral("card-module-init-args");
const QString kKeyModule = QStringLiteral("key-token-module");
const QString kKeyModuleArgs = QStringLiteral("key-token-init-args");
const QString kKeyEntry = QStringLiteral("key-token-function-list");
const QString kJournalEntry = QStringLiteral("journal-token-function-list");
const QString kKeyUri = QStringLiteral("key-token-uri");
const QString kKeyPinEnv = QStringLiteral("key-token-pin-env");
const QString kKeySoPinEnv = QStringLiteral("key-token-so-pin-env");
const QString kJournalModule = QStringLiteral("journal-token-module");
const QString kJournalModuleArgs = QStringLiteral("journal-token-init-args");
const QString kJournalUri = QStringLiteral("journal-token-uri");
const QString kJournalPinEnv = QStringLiteral("journal-token-pin-env");
const QString kCardUri = QStringLiteral("card-uri");
const QString kCardHolder = QStringLiteral("card-holder");
const QString kCardRole = QStringLiteral("card-role");
const QString kCardPinEnv = QStringLiteral("card-pin-env");

void addOptions(QCommandLineParser& p) {
    p.addOption({kSetQuorum, QStringLiteral("site change: the new quorum, k of n."), QStringLiteral("K/N")});
    p.addOption(
        {kSetProfile, QStringLiteral("site change: production or development."), QStringLiteral("PROFILE")});
    p.addOption({kSetRole, QStringLiteral("site change: a card's new role (repeat)."),
                 QStringLiteral("SERIAL=ROLE")});
    p.addOption({kRevoke, QStringLiteral("site change: revoke a card (repeat)."), QStringLiteral("SERIAL")});
    p.addOption({kRetire,
                 QStringLiteral("site change: retire a card: a leaver's, a lost or a damaged one (repeat)."),
                 QStringLiteral("SERIAL")});
    p.addOption({kReplace,
                 QStringLiteral("site change: replace a card by the one --enrol-card names (same holder and "
                                "role unless given)."),
                 QStringLiteral("SERIAL")});
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
    p.addOption({kName, QStringLiteral("site create: the site's name."), QStringLiteral("TEXT")});
    p.addOption({kProfile, QStringLiteral("site create: production or development (default development)."),
                 QStringLiteral("PROFILE")});
    p.addOption({kK, QStringLiteral("site create: k, the custodian cards a quorum needs (default 2)."),
                 QStringLiteral("K")});
    const char* fipsHelp[4] = {"the HSM's manufacturer", "its model", "its serial number",
                               "its FIPS 140-2 certificate number"};
    for (int i = 0; i < 4; ++i)
        p.addOption({kFips[i],
                     QStringLiteral("site create, production: %1 (FIPS declaration).")
                         .arg(QLatin1String(fipsHelp[i])),
                     QStringLiteral("TEXT")});
    p.addOption({kCardModule,
                 QStringLiteral("site create: the cards' PKCS#11 module (p11-kit name or path)."),
                 QStringLiteral("MODULE")});
    p.addOption({kCardModuleArgs, QStringLiteral("site create: the cards' module's C_Initialize parameters."),
                 QStringLiteral("TEXT")});
    p.addOption({kKeyModule, QStringLiteral("site create: the key token's module (default: the cards')."),
                 QStringLiteral("MODULE")});
    p.addOption({kKeyModuleArgs,
                 QStringLiteral("site create: the key token's module's C_Initialize parameters."),
                 QStringLiteral("TEXT")});
    p.addOption({kKeyEntry,
                 QStringLiteral("site create: the key token's module's entry point, when not "
                                "C_GetFunctionList (FC_GetFunctionList: NSS softoken in FIPS mode)."),
                 QStringLiteral("SYMBOL")});
    p.addOption({kJournalEntry, QStringLiteral("site create: the journal token's module's entry point."),
                 QStringLiteral("SYMBOL")});
    p.addOption(
        {kKeyUri, QStringLiteral("site create: the key token's PKCS#11 URI."), QStringLiteral("URI")});
    p.addOption({kKeyPinEnv,
                 QStringLiteral("site create: the variable holding the key token's current user PIN."),
                 QStringLiteral("VAR")});
    p.addOption(
        {kKeySoPinEnv,
         QStringLiteral("site create: the variable holding its SO PIN, to take it over too (optional)."),
         QStringLiteral("VAR")});
    p.addOption({kJournalModule,
                 QStringLiteral("site create: the journal token's module (default: the cards')."),
                 QStringLiteral("MODULE")});
    p.addOption({kJournalModuleArgs,
                 QStringLiteral("site create: the journal token's module's C_Initialize parameters."),
                 QStringLiteral("TEXT")});
    p.addOption({kJournalUri, QStringLiteral("site create: the journal token's PKCS#11 URI."),
                 QStringLiteral("URI")});
    p.addOption({kJournalPinEnv, QStringLiteral("site create: the variable holding the journal token's PIN."),
                 QStringLiteral("VAR")});
    p.addOption({kCardUri, QStringLiteral("site create: a card's PKCS#11 URI (repeat, one per card)."),
                 QStringLiteral("URI")});
    p.addOption(
        {kCardHolder, QStringLiteral("site create: that card's holder (repeat)."), QStringLiteral("NAME")});
    p.addOption(
        {kCardRole, QStringLiteral("site create: that card's role (repeat)."), QStringLiteral("ROLE")});
    p.addOption({kCardPinEnv, QStringLiteral("site create: the variable holding that card's PIN (repeat)."),
                 QStringLiteral("VAR")});
}

int create(CliContext& c) {
    site::SiteSpec spec;
    spec.dir = c.workspace;
    spec.name = c.parser.value(kName);
    if (c.parser.isSet(kProfile))
        spec.profile = c.parser.value(kProfile);
    if (c.parser.isSet(kK)) {
        bool ok = false;
        spec.quorumK = c.parser.value(kK).toInt(&ok);
        if (!ok)
            return c.usage(QStringLiteral("--k: expected a number, for example 2."));
    }
    const char* fipsKeys[4] = {"manufacturer", "model", "serial", "certificate"};
    for (int i = 0; i < 4; ++i)
        if (c.parser.isSet(kFips[i]))
            spec.fipsDeclaration.insert(QLatin1String(fipsKeys[i]), c.parser.value(kFips[i]));
    spec.cardModule = c.parser.value(kCardModule);
    spec.cardModuleInitArgs = c.parser.value(kCardModuleArgs);
    spec.keyToken.module = c.parser.value(kKeyModule);
    spec.keyToken.initArgs = c.parser.value(kKeyModuleArgs);
    spec.keyToken.tokenUri = c.parser.value(kKeyUri);
    spec.keyToken.functionList = c.parser.value(kKeyEntry);
    spec.journalToken.functionList = c.parser.value(kJournalEntry);
    spec.journalToken.module = c.parser.value(kJournalModule);
    spec.journalToken.initArgs = c.parser.value(kJournalModuleArgs);
    spec.journalToken.tokenUri = c.parser.value(kJournalUri);
    spec.machine = workspace::MachineSettings::load();
    const QStringList uris = c.parser.values(kCardUri), holders = c.parser.values(kCardHolder),
                      roles = c.parser.values(kCardRole), pinEnvs = c.parser.values(kCardPinEnv);
    if (uris.isEmpty() || holders.size() != uris.size() || pinEnvs.size() != uris.size() ||
        (!roles.isEmpty() && roles.size() != uris.size()))
        return c.usage(QStringLiteral("site create: give each card as --card-uri URI --card-holder NAME "
                                      "[--card-role ROLE] --card-pin-env VAR (--card-role for all cards or "
                                      "none; the default is custodian)."));
    const auto readPin = [](const QString& var, const QString& what) {
        app::PinSource src;
        src.envVar = var;
        return src.read(QStringLiteral("PIN for %1: ").arg(what));
    };
    for (qsizetype i = 0; i < uris.size(); ++i) {
        auto pin = readPin(pinEnvs[i], holders[i]);
        if (!pin)
            return c.failWith(
                Error{pin.error().code,
                      QStringLiteral("card %1 (%2): %3").arg(i + 1).arg(holders[i], pin.error().message),
                      pin.error().ckrv, pin.error().hasCkrv});
        spec.cards.push_back(
            {holders[i], roles.isEmpty() ? QStringLiteral("custodian") : roles[i], uris[i], std::move(*pin)});
    }
    if (!c.parser.isSet(kKeyPinEnv) || !c.parser.isSet(kJournalPinEnv))
        return c.usage(QStringLiteral("site create: --key-token-pin-env VAR and --journal-token-pin-env VAR "
                                      "name the variables holding those tokens' PINs."));
    auto keyPin = readPin(c.parser.value(kKeyPinEnv), QStringLiteral("the key token"));
    if (!keyPin)
        return c.failWith(keyPin.error());
    spec.keyTokenUserPin = std::move(*keyPin);
    if (c.parser.isSet(kKeySoPinEnv)) {
        auto so = readPin(c.parser.value(kKeySoPinEnv), QStringLiteral("the key token's SO"));
        if (!so)
            return c.failWith(so.error());
        spec.keyTokenSoPin = std::move(*so);
    }
    auto journalPin = readPin(c.parser.value(kJournalPinEnv), QStringLiteral("the journal token"));
    if (!journalPin)
        return c.failWith(journalPin.error());
    spec.journalTokenPin = std::move(*journalPin);
    QString warning;
    auto ws = site::createSite(
        std::move(spec),
        [&c](const QString& step) {
            c.err << step << "\n";
            c.err.flush();
        },
        &warning);
    if (!ws)
        return c.failWith(ws.error());
    const workspace::WorkspaceConfig& config = (*ws)->config();
    c.out << "Site \"" << config.name << "\" created in " << (*ws)->dir() << ": " << config.profile
          << " profile, quorum " << config.quorumK << " of " << config.quorumN << ", key token \""
          << config.keyTokenLabel << "\" (its PIN replaced and split; never shown).\n";
    if (!warning.isEmpty())
        c.out << "Note: " << warning << "\n";
    c.out.flush();
    return ExitOk;
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
          << (ws.moduleInfo().development ? QStringLiteral(" DEVELOPMENT MODULE") : QString()) << "\n";
    const auto roleModule = [&c](const char* role, const workspace::RoleModule& m) {
        if (!m.isSet())
            return;
        c.out << role << (m.module.isEmpty() ? QStringLiteral("the cards' module") : m.module);
        if (!m.sha256.isEmpty())
            c.out << " (SHA-256 " << m.sha256 << ")";
        if (!m.initArgs.isEmpty())
            c.out << "\n                parameters " << m.initArgs;
        if (!m.functionList.isEmpty())
            c.out << "\n                entry point " << m.functionList;
        if (!m.tokenUri.isEmpty())
            c.out << "\n                token " << m.tokenUri;
        c.out << "\n";
    };
    roleModule("Key token module:     ", s.keyTokenModule);
    roleModule("Journal token module: ", s.journalTokenModule);
    c.out << "Key token SO PIN: "
          << (s.keyTokenSoPinShared
                  ? QStringLiteral("split among the custodians, like the user PIN")
                  : QStringLiteral("not Symbolon's: kept by the site (or the token has none)"))
          << "\n";
    c.out << "Cards:\n";
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
    const auto takeOut = [&next](const QString& serial) -> workspace::RegisteredCard* {
        for (auto& rc : next.cards)
            if (rc.cardSerial == serial)
                return &rc;
        return nullptr;
    };
    for (const auto& [option, state] :
         {std::pair{kRevoke, QStringLiteral("revoked")}, std::pair{kRetire, QStringLiteral("retired")}})
        for (const QString& serial : c.parser.values(option)) {
            workspace::RegisteredCard* card = takeOut(serial);
            if (!card || !card->isActive())
                return c.usage(QStringLiteral("--%1 %2: no active card of the register has this serial.")
                                   .arg(option, serial));
            card->state = state;
        }
    QString enrolHolder = c.parser.value(kEnrolHolder);
    QString enrolRole = c.parser.isSet(kEnrolRole) ? c.parser.value(kEnrolRole) : QStringLiteral("custodian");
    if (c.parser.isSet(kReplace)) {
        workspace::RegisteredCard* card = takeOut(c.parser.value(kReplace));
        if (c.parser.values(kReplace).size() != 1 || !card || !card->isActive() ||
            !c.parser.isSet(kEnrolCard) || c.parser.isSet(kEnrolHolder) || c.parser.isSet(kEnrolRole))
            return c.usage(QStringLiteral(
                "--replace-card SERIAL: give the serial of one active card of the register (not "
                "also retired or revoked here), and the new card with --enrol-card LABEL; the new "
                "card is its holder's, in the same role (change a role with --set-role)."));
        card->state = QStringLiteral("replaced");
        enrolHolder = card->holder;
        enrolRole = card->role;
    }
    // n counts the active custodians (one per person), unless --set-quorum says otherwise; a
    // new custodian card raises it.
    if (!c.parser.isSet(kSetQuorum))
        next.settings.quorumN = qMax(next.settings.quorumK, next.activePersons(QStringLiteral("custodian")));
    if (c.parser.isSet(kSetModule)) {
        auto resolved = hsm::ModuleRegistry::resolve(c.parser.value(kSetModule), false);
        if (!resolved)
            return c.failWith(resolved.error());
        next.settings.module = c.parser.value(kSetModule);
        next.settings.moduleSha256 = QString::fromLatin1(resolved->sha256.toHex());
    }
    auto proposal = workspace::SiteRegisterChange::start(
        ws, next, std::make_unique<quorum::KeyTokenReshare>(), c.parser.isSet(kEnrolCard) ? 1 : 0);
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
        if (auto e = proposal->enrolCard(token->serial, *pin, enrolHolder, enrolRole); !e)
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
    if (ctx.args.size() != 1 ||
        (what != QLatin1String("show") && what != QLatin1String("change") && what != QLatin1String("create")))
        return ctx.usage(QStringLiteral("site commands: create, show, change"));
    if (!ctx.requireWorkspace())
        return ExitUsage;
    if (what == QLatin1String("create"))
        return create(ctx);
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
    "  site create --name TEXT [--profile P] [--k K] --card-module MODULE [--card-module-init-args S]\n"
    "              [--key-token-module MODULE [--key-token-init-args S]] --key-token-uri URI\n"
    "              --key-token-pin-env VAR [--key-token-so-pin-env VAR]\n"
    "              [--journal-token-module MODULE [--journal-token-init-args S]] --journal-token-uri URI\n"
    "              --journal-token-pin-env VAR [--fips-manufacturer T --fips-model T --fips-serial T\n"
    "              --fips-certificate T] (--card-uri URI --card-holder NAME [--card-role ROLE]\n"
    "              --card-pin-env VAR) ...\n"
    "                                a new site on existing tokens: the key token's PIN is replaced,\n"
    "                                split k-of-n onto the custodians' cards and never shown\n"
    "  site show                     the site register: settings, cards, roles, and whether it verifies\n"
    "  site change --reason TEXT [--set-quorum K/N] [--set-profile P] [--set-role SERIAL=ROLE]\n"
    "              [--retire-card SERIAL] [--revoke-card SERIAL] [--set-module NAME]\n"
    "              [--replace-card SERIAL --enrol-card LABEL [--enrol-pin-env VAR]]\n"
    "              [--enrol-card LABEL --enrol-holder NAME [--enrol-role ROLE] [--enrol-pin-env VAR]]\n"
    "              --quorum-card LABEL ...\n"
    "                                a new register version, approved by k custodians' cards\n",
    addOptions, run};

} // namespace symbolon::cli
