#include "site/SiteCreation.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Pkcs11Uri.h"
#include "hsm/Session.h"
#include "journal/JournalSigner.h"
#include "policy/G2Classification.h"
#include "policy/Role.h"
#include "quorum/KeyTokenEnrolment.h"
#include "quorum/KeyTokenShares.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace symbolon::site {

using workspace::Workspace;
using workspace::WorkspaceConfig;

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::site", s);
}
const QByteArray kCardKeyId = QByteArrayLiteral("symbolon-card-key");

Error named(const QString& who, const Error& e) {
    return Error{e.code, QStringLiteral("%1: %2").arg(who, e.message), e.ckrv, e.hasCkrv};
}

struct Loaded {
    std::shared_ptr<hsm::Module> cards, key, journal;
};

// The three modules, by the rules every open applies (Workspace::loadModule, loadRoleModule).
Result<Loaded> loadModules(const SiteSpec& spec) {
    WorkspaceConfig config;
    config.modulePath = spec.cardModule;
    config.moduleInitArgs = spec.cardModuleInitArgs;
    config.embeddedTokenStore = spec.embeddedTokenStore;
    workspace::MachineSettings machine;
    machine.developmentModules = spec.machine.developmentModules;
    Loaded out;
    auto cards = Workspace::loadModule(spec.dir, config, machine);
    if (!cards)
        return named(site::tr("The cards' module"), cards.error());
    out.cards = *cards;
    auto key = Workspace::loadRoleModule(spec.keyToken, out.cards, machine);
    if (!key)
        return named(site::tr("The key token's module"), key.error());
    out.key = *key;
    auto journal = Workspace::loadRoleModule(spec.journalToken, out.cards, machine);
    if (!journal)
        return named(site::tr("The journal token's module"), journal.error());
    out.journal = *journal;
    return out;
}

// One token, also when reached through two modules (a vendor's library and p11-kit's proxy):
// the same slot of one module, or the same token information.
bool sameToken(const hsm::Module& a, const hsm::TokenInfo& x, const hsm::Module& b, const hsm::TokenInfo& y) {
    return (&a == &b && x.slotId == y.slotId) || (x.serial == y.serial && x.label == y.label &&
                                                  x.manufacturer == y.manufacturer && x.model == y.model);
}

// Whether `pin` logs the token in (user or SO), asked on a new session; an error when the token
// cannot say.
Status checkPin(hsm::Module& module, const hsm::TokenInfo& token, const SecureBytes& pin, bool so) {
    auto session = module.openSession(token.slotId, true); // an SO logs in on a read-write session
    if (!session)
        return session.error();
    if (auto l = (*session)->loginCheckingPin(pin, so); !l)
        return l;
    (void)(*session)->logout();
    return {};
}
} // namespace

Status checkSpec(const SiteSpec& spec) {
    const auto field = [](const QString& name, const QString& expected) {
        return fail(ErrorCode::InvalidInput, site::tr("%1: %2").arg(name, expected));
    };
    if (spec.dir.isEmpty())
        return field(QStringLiteral("workspace"), site::tr("name the folder of the new workspace."));
    if (QFileInfo::exists(QDir(spec.dir).filePath(QStringLiteral("workspace.json"))))
        return fail(ErrorCode::AlreadyExists,
                    site::tr("workspace: %1 is already a workspace; nothing was changed.").arg(spec.dir));
    // A new folder, or an empty one: a failed creation removes it whole. (The demo's holds its
    // token store already.)
    const QStringList entries =
        QDir(spec.dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString& e : entries)
        if (spec.embeddedTokenStore.isEmpty() ||
            (e != spec.embeddedTokenStore && e != QLatin1String("softhsm2.conf")))
            return fail(ErrorCode::AlreadyExists,
                        site::tr("workspace: %1 is not empty; name a new or empty folder.").arg(spec.dir));
    if (spec.name.trimmed().isEmpty())
        return field(QStringLiteral("name"), site::tr("give the site a name."));
    const auto profile = policy::parsePolicyProfile(spec.profile);
    if (!profile)
        return field(QStringLiteral("profile"), site::tr("expected \"production\" or \"development\"."));
    if (*profile == policy::PolicyProfile::Production)
        for (const char* key : {"manufacturer", "model", "serial", "certificate"})
            if (spec.fipsDeclaration.value(QLatin1String(key)).toString().trimmed().isEmpty())
                return field(QStringLiteral("fips_declaration.%1").arg(QLatin1String(key)),
                             site::tr("the production profile needs the HSM's FIPS 140-2 Level 3 "
                                      "declaration: manufacturer, model, serial and certificate number."));
    if (spec.cardModule.isEmpty())
        return field(QStringLiteral("card module"), site::tr("name the cards' PKCS#11 module."));
    for (const auto& [name, uri] :
         {std::pair{QStringLiteral("key token URI"), spec.keyToken.tokenUri},
          std::pair{QStringLiteral("journal token URI"), spec.journalToken.tokenUri}}) {
        if (uri.isEmpty())
            return field(name, site::tr("name the token by its PKCS#11 URI (pkcs11:token=...)."));
        if (auto s = hsm::Pkcs11Uri::checkTokenUri(uri); !s)
            return field(name, s.error().message);
    }
    for (const auto& [name, role] : {std::pair{QStringLiteral("key token module"), &spec.keyToken},
                                     std::pair{QStringLiteral("journal token module"), &spec.journalToken}}) {
        if (role->module.isEmpty() && !role->initArgs.isEmpty())
            return field(name,
                         site::tr("its parameters are given, but not the module: name the module too (the "
                                  "cards' module's parameters are the card module's own)."));
        if (role->module.isEmpty() && !role->functionList.isEmpty())
            return field(name,
                         site::tr("its entry point is given, but not the module: name the module too."));
        if (auto s = hsm::Module::checkEntryPoint(role->functionList); !s)
            return field(name, s.error().message);
    }
    if (spec.keyTokenUserPin.empty())
        return field(QStringLiteral("key token PIN"), site::tr("enter the key token's current user PIN."));
    if (spec.journalTokenPin.empty())
        return field(QStringLiteral("journal token PIN"), site::tr("enter the journal token's user PIN."));
    int custodians = 0;
    for (qsizetype i = 0; i < spec.cards.size(); ++i) {
        const SiteCard& c = spec.cards[i];
        const QString which = site::tr("card %1").arg(i + 1);
        if (c.holder.trimmed().isEmpty())
            return field(which, site::tr("name its holder."));
        if (!policy::parseRole(c.role))
            return field(
                which,
                site::tr("role \"%1\" is not one of custodian, reviewer, responder, operator.").arg(c.role));
        if (auto s = hsm::Pkcs11Uri::checkTokenUri(c.tokenUri); !s)
            return field(which, s.error().message);
        if (c.pin.empty())
            return field(which, site::tr("enter %1's PIN.").arg(c.holder));
        for (qsizetype j = 0; j < i; ++j)
            if (spec.cards[j].tokenUri == c.tokenUri)
                return field(which, site::tr("the same card (%1) is listed twice.").arg(c.tokenUri));
        if (c.role == QLatin1String("custodian"))
            ++custodians;
    }
    if (spec.quorumK < 1 || custodians < spec.quorumK || custodians > 255)
        return field(QStringLiteral("k"),
                     site::tr("k = %1 needs at least k custodian cards (n >= k); %2 are listed.")
                         .arg(spec.quorumK)
                         .arg(custodians));
    // The profile's own rule (production: dual control), where every quorum is checked.
    if (auto q = policy::checkQuorum(*profile, spec.quorumK, custodians); !q)
        return Error{q.error().code, site::tr("%1: %2").arg(QStringLiteral("k"), q.error().message), 0,
                     false};
    return {};
}

Result<std::unique_ptr<Workspace>>
createSite(SiteSpec spec, const std::function<void(const QString&)>& progress, QString* warning) {
    const auto say = [&progress](const QString& s) {
        if (progress)
            progress(s);
    };
    if (auto s = checkSpec(spec); !s)
        return s.error();
    spec.dir = QDir(spec.dir).absolutePath();
    say(site::tr("Loading the PKCS#11 modules"));
    auto modules = loadModules(spec);
    if (!modules)
        return modules.error();

    // The tokens, each selected by its URI: one token each, none used twice.
    say(site::tr("Checking the tokens and every PIN"));
    auto keyToken = hsm::Pkcs11Uri::selectToken(*modules->key, spec.keyToken.tokenUri);
    if (!keyToken)
        return named(site::tr("The key token URI %1").arg(spec.keyToken.tokenUri), keyToken.error());
    auto journalToken = hsm::Pkcs11Uri::selectToken(*modules->journal, spec.journalToken.tokenUri);
    if (!journalToken)
        return named(site::tr("The journal token URI %1").arg(spec.journalToken.tokenUri),
                     journalToken.error());
    if (sameToken(*modules->key, *keyToken, *modules->journal, *journalToken))
        return fail(ErrorCode::InvalidInput,
                    site::tr("The key token and the journal token are the same token (%1): the journal "
                             "token's PIN is kept in the workspace, so it must not open the key token.")
                        .arg(keyToken->label));
    QVector<Workspace::Enrolment> people;
    QVector<quorum::CardLogin> custodians;
    QVector<hsm::TokenInfo> cardTokens;
    std::vector<std::unique_ptr<hsm::Session>> cardSessions; // closed (and so logged out) on return
    for (const SiteCard& c : spec.cards) {
        auto token = hsm::Pkcs11Uri::selectToken(*modules->cards, c.tokenUri);
        if (!token)
            return named(site::tr("The card of %1 (%2)").arg(c.holder, c.tokenUri), token.error());
        for (const hsm::TokenInfo& other : cardTokens)
            if (other.slotId == token->slotId)
                return fail(
                    ErrorCode::InvalidInput,
                    site::tr("The card of %1 (%2) is a card listed before it.").arg(c.holder, c.tokenUri));
        if (sameToken(*modules->cards, *token, *modules->key, *keyToken) ||
            sameToken(*modules->cards, *token, *modules->journal, *journalToken))
            return fail(ErrorCode::InvalidInput,
                        site::tr("The card of %1 (%2) is the key token or the journal token.")
                            .arg(c.holder, c.tokenUri));
        cardTokens.push_back(*token);
        // Logged in here and kept so until its key pair is ready (below): one login per card.
        auto session = modules->cards->openSession(token->slotId, true);
        if (!session)
            return named(site::tr("The card of %1").arg(c.holder), session.error());
        if (auto l = (*session)->loginCheckingPin(c.pin); !l)
            return named(site::tr("The card of %1 (\"%2\")").arg(c.holder, token->label), l.error());
        cardSessions.push_back(std::move(*session));
        people.push_back({c.holder, c.role, token->serial, kCardKeyId, c.pin});
        if (c.role == QLatin1String("custodian"))
            custodians.push_back({token->serial, c.pin});
    }
    // The journal token's PIN, and that it holds no journal key yet, before anything is made.
    if (auto s = journal::JournalSigner::checkFree(*modules->journal, *journalToken, spec.journalTokenPin);
        !s)
        return s.error();

    // The PINs Symbolon will set must fit the token (a token that states no limit, 0, is taken at
    // its word when C_SetPIN answers).
    if (keyToken->maxPinLength != 0 && (quorum::kKeyTokenPinLength > keyToken->maxPinLength ||
                                        quorum::kKeyTokenPinLength < keyToken->minPinLength))
        return fail(ErrorCode::Token,
                    site::tr("The key token \"%1\" takes PINs of %2 to %3 characters, but the PINs Symbolon "
                             "sets and splits among the custodians are %4 characters long (128 random bits). "
                             "Raise the token's PIN length limit, or use a token that allows it.")
                        .arg(keyToken->label)
                        .arg(keyToken->minPinLength)
                        .arg(keyToken->maxPinLength)
                        .arg(quorum::kKeyTokenPinLength));
    // The key token's PINs, before anything is made (adopt checks them again before changing them).
    if (auto s = checkPin(*modules->key, *keyToken, spec.keyTokenUserPin, false); !s)
        return named(site::tr("The key token \"%1\"").arg(keyToken->label), s.error());
    if (!spec.keyTokenSoPin.empty())
        if (auto s = checkPin(*modules->key, *keyToken, spec.keyTokenSoPin, true); !s)
            return named(site::tr("The key token \"%1\" (SO PIN)").arg(keyToken->label), s.error());

    // Each card's key pair: the one it has, or one generated on the card now (and removed again
    // when the creation then fails).
    say(site::tr("Preparing the cards' key pairs"));
    QVector<QPair<qsizetype, QByteArray>> generatedOn; // card, public key made
    const auto removeGeneratedCardKeys = [&]() {
        for (const auto& [i, spki] : std::as_const(generatedOn)) {
            auto session = modules->cards->openSession(cardTokens[i].slotId, true);
            if (!session || !(*session)->loginCheckingPin(spec.cards[i].pin))
                continue;
            // Only the pair made here: the same card, the same public key.
            auto now = modules->cards->tokenInfo(cardTokens[i].slotId);
            auto key = hsm::EcKeyPair::find(**session, kCardKeyId);
            if (now && now->serial == cardTokens[i].serial && key && key->publicKeyDer() == spki)
                (void)key->destroy(**session);
            (void)(*session)->logout();
        }
    };
    for (qsizetype i = 0; i < people.size(); ++i) {
        hsm::Session& session = *cardSessions[static_cast<std::size_t>(i)];
        // The card's key pair, or a new one only where the card holds no key object with its id
        // (a card that cannot say, or holds half a pair, is refused: never a second pair).
        auto has = hsm::EcKeyPair::exists(session, kCardKeyId);
        auto key =
            !has   ? Result<hsm::EcKeyPair>(has.error())
            : *has ? hsm::EcKeyPair::find(session, kCardKeyId)
                   : hsm::EcKeyPair::generate(
                         session, QStringLiteral("Symbolon card key (%1)").arg(people[i].holder), kCardKeyId);
        (void)session.logout();
        if (!key) {
            removeGeneratedCardKeys();
            return named(site::tr("The card of %1 cannot make its EC P-256 key pair").arg(people[i].holder),
                         key.error());
        }
        if (has && !*has)
            generatedOn.push_back({i, key->publicKeyDer()});
    }

    say(site::tr("Generating the journal signing key on the journal token"));
    auto journalKey =
        journal::JournalSigner::enrolExisting(*modules->journal, *journalToken, spec.journalTokenPin);
    if (!journalKey) {
        removeGeneratedCardKeys();
        return journalKey.error();
    }
    // Undone when a later step fails: the workspace folder (made here, see checkSpec), the
    // journal key, and the key pairs generated on the cards above.
    const auto undo = [&](std::unique_ptr<Workspace> ws, const Error& e) -> Error {
        ws.reset(); // closes the database and releases the folder's lock
        if (spec.embeddedTokenStore.isEmpty())
            QDir(spec.dir).removeRecursively();
        else // the demo's: its token store stays (demo create --fresh starts again)
            for (const QString& f : QDir(spec.dir).entryList(QDir::Files | QDir::Hidden))
                if (f != QLatin1String("softhsm2.conf"))
                    QFile::remove(QDir(spec.dir).filePath(f));
        auto session = modules->journal->openSession(journalToken->slotId, true);
        if (session && (*session)->loginCheckingPin(spec.journalTokenPin)) {
            // Only the key made here (the same public key).
            if (auto key = hsm::EcKeyPair::find(**session, journal::JournalSigner::keyId());
                key && key->publicKeyDer() == journalKey->publicKey)
                (void)key->destroy(**session);
            (void)(*session)->logout();
        }
        removeGeneratedCardKeys();
        return e;
    };
    WorkspaceConfig config;
    config.name = spec.name.trimmed();
    config.profile = spec.profile;
    config.fipsDeclaration = spec.fipsDeclaration;
    config.modulePath = spec.cardModule;
    config.moduleInitArgs = spec.cardModuleInitArgs;
    config.embeddedTokenStore = spec.embeddedTokenStore;
    // The tokens as selected, by their full URIs (label, serial, manufacturer, model), not as typed.
    config.keyTokenModule = spec.keyToken;
    config.keyTokenModule.tokenUri = keyToken->uri;
    config.journalTokenModule = spec.journalToken;
    config.journalTokenModule.tokenUri = journalToken->uri;
    config.keyTokenLabel = keyToken->label;
    config.keyTokenSerial = keyToken->serial;
    config.quorumK = spec.quorumK;
    config.quorumN = static_cast<int>(custodians.size());
    config.keyTokenSoPinShared = !spec.keyTokenSoPin.empty();
    config.createdAt = QDateTime::currentDateTimeUtc();

    say(site::tr("Creating the encrypted workspace (site register version 1)"));
    auto ws = Workspace::create(spec.dir, config, people, &*journalKey, spec.machine);
    if (!ws)
        return undo(nullptr, ws.error());

    say(site::tr("Taking over the key token's PIN and splitting it %1-of-%2 onto the custodians' cards")
            .arg(config.quorumK)
            .arg(config.quorumN));
    // Journaled before a PIN changes: a kill from here on leaves a record of what was under way.
    if (auto e = (*ws)->recordUnsigned(
            QStringLiteral("key-token.enrolling"), keyToken->uri,
            QJsonObject{{QStringLiteral("label"), keyToken->label},
                        {QStringLiteral("serial"), keyToken->serial},
                        {QStringLiteral("quorum"),
                         QStringLiteral("%1 of %2").arg(config.quorumK).arg(config.quorumN)},
                        {QStringLiteral("so_pin_taken_over"), !spec.keyTokenSoPin.empty()}});
        !e)
        return undo(std::move(*ws), e.error());
    bool tokenChanged = false;
    auto enrolled =
        quorum::KeyTokenEnrolment::adopt(*modules->key, *keyToken, spec.keyTokenUserPin, spec.keyTokenSoPin,
                                         *modules->cards, custodians, config.quorumK, &tokenChanged);
    if (!enrolled && tokenChanged) {
        // The token may hold a PIN only the cards' shares rebuild: the site is kept, with its record.
        (void)(*ws)->record(QStringLiteral("key-token.enrolment_incomplete"), keyToken->uri,
                            QJsonObject{{QStringLiteral("error"), enrolled.error().message}});
        return Error{
            enrolled.error().code,
            site::tr("%1 The site folder %2 is kept with this in its journal: a quorum of the custodians' "
                     "cards can log the key token in if it took the new PIN.")
                .arg(enrolled.error().message, spec.dir),
            enrolled.error().ckrv, enrolled.error().hasCkrv};
    }
    if (!enrolled)
        return undo(std::move(*ws), enrolled.error());
    QJsonArray shares;
    for (const auto& [serial, index] : enrolled->shareIndexes)
        shares.append(
            QJsonObject{{QStringLiteral("card_serial"), serial}, {QStringLiteral("share_index"), index}});
    auto recorded = (*ws)->recordUnsigned(
        QStringLiteral("key-token.enrolled"), keyToken->uri,
        QJsonObject{
            {QStringLiteral("label"), keyToken->label},
            {QStringLiteral("serial"), keyToken->serial},
            {QStringLiteral("quorum"), QStringLiteral("%1 of %2").arg(config.quorumK).arg(config.quorumN)},
            {QStringLiteral("pin"), QStringLiteral("taken over: random, split; never displayed")},
            {QStringLiteral("so_pin"), spec.keyTokenSoPin.empty()
                                           ? QStringLiteral("not given: kept by the HSM administrator")
                                           : QStringLiteral("taken over: random, split")},
            {QStringLiteral("shares"), shares}});
    if (!recorded) {
        // Not recorded: the site is not made. The key token and the cards go back as they were.
        const Status back = quorum::KeyTokenEnrolment::giveBack(
            *modules->key, *enrolled, spec.keyTokenUserPin, spec.keyTokenSoPin, *modules->cards, custodians);
        if (!back)
            return Error{recorded.error().code,
                         site::tr("%1 Putting the key token's PINs back failed too (%2): its PIN is in the "
                                  "custodians' cards' shares.")
                             .arg(recorded.error().message, back.error().message),
                         recorded.error().ckrv, recorded.error().hasCkrv};
        return undo(std::move(*ws), recorded.error());
    }
    // The site is made. A checkpoint that cannot be signed now is signed at the next operation
    // (the opener's card co-signs what it never did): said, not undone.
    if (auto signedNow = (*ws)->checkpoint(); !signedNow && warning)
        *warning =
            site::tr("The site is made, but its newest journal entries are not signed yet: %1 They are "
                     "signed at the next operation.")
                .arg(signedNow.error().message);
    return std::move(*ws);
}

} // namespace symbolon::site
