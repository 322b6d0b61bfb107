#include "workspace/Workspace.h"

#include "common/StrictJson.h"
#include "hsm/EcKeyPair.h"
#include "hsm/EmbeddedTokenStore.h"
#include "hsm/Module.h"
#include "hsm/Pkcs11Uri.h"
#include "hsm/Session.h"
#include "journal/CheckpointStore.h"
#include "journal/Timestamp.h"
#include "journal/TimestampStore.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/JournalCards.h"
#include "workspace/JournalPinStore.h"
#include "workspace/JournalWitness.h"
#include "workspace/KeyTokenShareStore.h"
#include "workspace/PeopleStore.h"
#include "workspace/RegisterAnchor.h"
#include "workspace/SiteRegisterStore.h"
#include "workspace/WorkspaceSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTime>

#include <cstdio>

namespace symbolon::workspace {

using store::Database;
using store::Transaction;

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

Result<QJsonDocument> readJsonFile(const QString& path) {
    QFile f(path);
    if (!f.exists())
        return fail(ErrorCode::NotFound,
                    workspace::tr("%1 is missing: is this a Symbolon workspace folder?").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, workspace::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    QJsonParseError err{};
    const QByteArray bytes = f.read(4 * 1024 * 1024);
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput, workspace::tr("%1 is not valid JSON at byte %2: %3")
                                                 .arg(path)
                                                 .arg(err.offset)
                                                 .arg(err.errorString()));
    if (const json::Duplicate d = json::findDuplicateKey(bytes); d.found())
        return fail(ErrorCode::InvalidInput, workspace::tr("%1, line %2: %3.")
                                                 .arg(path)
                                                 .arg(json::lineOf(bytes, d.offset))
                                                 .arg(json::duplicateKeyMessage(d)));
    return doc;
}

Status writeJsonFile(const QString& path, const QJsonDocument& doc) {
    QSaveFile f(path); // atomic: a crash leaves the old file or the new one, never half
    if (!f.open(QIODevice::WriteOnly) || f.write(doc.toJson(QJsonDocument::Indented)) < 0 || !f.commit())
        return fail(ErrorCode::Io, workspace::tr("%1 cannot be written: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

Workspace::~Workspace() {
    // Entries an interrupted operation left unsigned are co-signed before the card is let go:
    // otherwise they would await this person's card, and every other holder's open would be
    // read-only until then.
    if (m_card && m_signer && m_health.ok() && m_registerAlarm.isEmpty())
        (void)checkpoint();
    if (m_card) {
        m_card->releaseKeptLogin();
        (void)m_card->logout();
    }
}

QString Workspace::databasePath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("workspace.db"));
}

QString Workspace::checkpointFilePath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("journal-checkpoints.jsonl"));
}

QString Workspace::journalKeyPath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("journal-signing-key.pem"));
}

Result<WorkspaceConfig> Workspace::readConfig(const QString& dir) {
    auto doc = readJsonFile(QDir(dir).filePath(QStringLiteral("workspace.json")));
    if (!doc)
        return doc.error();
    return WorkspaceConfig::fromJson(doc->object());
}

Status Workspace::writeJsonAtomically(const QString& path, const QJsonDocument& doc) {
    return writeJsonFile(path, doc);
}

Result<QVector<Keyslot>> Workspace::readKeyslots(const QString& dir) {
    return readKeyslotsAt(QDir(dir).filePath(QStringLiteral("keyslots.json")));
}

Result<QVector<Keyslot>> Workspace::readKeyslotsAt(const QString& path) {
    auto doc = readJsonFile(path);
    if (!doc)
        return doc.error();
    QVector<Keyslot> out;
    for (const QJsonValue& v : doc->object().value(QStringLiteral("keyslots")).toArray()) {
        auto k = Keyslot::fromJson(v.toObject());
        if (!k)
            return k.error();
        out.push_back(*k);
    }
    if (out.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("keyslots.json holds no keyslot: nobody can open this workspace."));
    return out;
}

namespace {
// A module by reference (p11-kit name or path), under this machine's rules (hsm::ModuleRegistry),
// refused before loading when its file's SHA-256 is not the recorded one.
Result<std::shared_ptr<hsm::Module>> loadChecked(const QString& reference, const QString& recordedSha256,
                                                 const QString& initArgs, const QString& functionList,
                                                 const MachineSettings& machine,
                                                 hsm::ModuleRegistry::Resolved* resolvedOut) {
    auto resolved = hsm::ModuleRegistry::resolve(reference, machine.developmentModules);
    if (!resolved)
        return resolved.error();
    const QString sha256 = QString::fromLatin1(resolved->sha256.toHex());
    if (!recordedSha256.isEmpty() && recordedSha256 != sha256 && !machine.developmentModules)
        return fail(
            ErrorCode::PolicyRefused,
            workspace::tr("The PKCS#11 module %1 is refused before loading: its SHA-256 is %2, but the "
                          "site register records %3. Restore the module the site registered, or have "
                          "the custodians record the new one through a site register change.")
                .arg(resolved->library, sha256, recordedSha256));
    auto module = hsm::Module::load(resolved->library, initArgs, functionList);
    if (!module)
        return module.error();
    if (resolvedOut)
        *resolvedOut = *resolved;
    return module;
}
} // namespace

Result<std::shared_ptr<hsm::Module>> Workspace::loadModule(const QString& dir, const WorkspaceConfig& config,
                                                           const MachineSettings& machine,
                                                           hsm::ModuleRegistry::Resolved* resolvedOut) {
    if (!config.embeddedTokenStore.isEmpty()) {
        // Written on every open with the absolute path, so that the folder can be moved.
        const QString storeDir = QDir(dir).absoluteFilePath(config.embeddedTokenStore);
        if (!QFileInfo(storeDir).isDir())
            return fail(ErrorCode::NotFound,
                        workspace::tr("The workspace's token store %1 is missing.").arg(storeDir));
        if (auto s = hsm::EmbeddedTokenStore::prepare(
                storeDir, QDir(dir).absoluteFilePath(QStringLiteral("softhsm2.conf")));
            !s)
            return s.error();
    }
    const bool machineModule = config.embeddedTokenStore.isEmpty() && !machine.modulePath.isEmpty();
    const QString reference = machineModule ? machine.modulePath : config.modulePath;
    return loadChecked(reference, config.moduleSha256, config.moduleInitArgs, QString(), machine,
                       resolvedOut);
}

Result<std::shared_ptr<hsm::Module>> Workspace::loadRoleModule(const RoleModule& role,
                                                               const std::shared_ptr<hsm::Module>& cards,
                                                               const MachineSettings& machine,
                                                               hsm::ModuleRegistry::Resolved* resolvedOut) {
    if (role.module.isEmpty())
        return cards;
    return loadChecked(role.module, role.sha256, role.initArgs, role.functionList, machine, resolvedOut);
}

Result<hsm::TokenInfo> Workspace::selectToken(const hsm::Module& module, const QString& uri,
                                              const QString& serial) {
    if (!uri.isEmpty())
        return hsm::Pkcs11Uri::selectToken(module, uri);
    return module.findTokenBySerial(serial);
}

Result<std::shared_ptr<hsm::Module>> Workspace::keyTokenModule() const {
    if (!m_keyTokenModule)
        return m_keyTokenModuleError;
    return m_keyTokenModule;
}

Result<hsm::TokenInfo> Workspace::keyToken() const {
    auto module = keyTokenModule();
    if (!module)
        return module.error();
    auto token = selectToken(**module, m_keyTokenUri, m_config.keyTokenSerial);
    // Whatever the URI, the token must be the one the register names: a card relabelled to match
    // a URI never receives the quorum's rebuilt PIN.
    if (token && (token->serial != m_config.keyTokenSerial || token->label != m_config.keyTokenLabel))
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("The token %1 (\"%2\") is not the key token the site register names (%3, "
                                  "\"%4\"): the quorum's PIN is not sent to it.")
                        .arg(token->serial, token->label, m_config.keyTokenSerial, m_config.keyTokenLabel));
    return token;
}

Result<std::unique_ptr<hsm::Session>> Workspace::openKeyTokenSession(bool readWrite) const {
    auto token = keyToken();
    if (!token)
        return token.error();
    return m_keyTokenModule->openSession(token->slotId, readWrite);
}

QVector<std::shared_ptr<hsm::Module>> Workspace::modules() const {
    QVector<std::shared_ptr<hsm::Module>> out;
    for (const auto& m : {m_module, m_keyTokenModule, m_journalModule})
        if (m && !out.contains(m))
            out.push_back(m);
    return out;
}

Result<QVector<Workspace::Card>> Workspace::cards(const QString& dir, const MachineSettings& machine) {
    auto config = readConfig(dir);
    if (!config)
        return config.error();
    auto slots = readKeyslots(dir);
    if (!slots)
        return slots.error();
    // The embedded store's guard may rewrite token files when it first loads in a process: not
    // while another process has the workspace open (refused here, before any PIN is asked for).
    std::unique_ptr<WorkspaceLock> reading;
    if (!config->embeddedTokenStore.isEmpty() && !hsm::EmbeddedTokenStore::isPrepared()) {
        auto lock = WorkspaceLock::acquire(dir, WorkspaceLock::Mode::Exclusive);
        if (!lock)
            return lock.error();
        reading = std::move(*lock);
    }
    auto module = loadModule(dir, *config, machine);
    if (!module)
        return module.error();
    auto tokens = (*module)->tokens();
    if (!tokens)
        return tokens.error();
    QVector<Card> out;
    for (const Keyslot& k : *slots) {
        Card c;
        c.keyslot = k;
        for (const hsm::TokenInfo& t : *tokens)
            if (t.serial == k.tokenSerial) {
                c.present = true;
                c.token = t;
            }
        out.push_back(c);
    }
    return out;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& dir, const QString& cardSerial,
                                                   const SecureBytes& pin, const MachineSettings& machine) {
    auto config = readConfig(dir);
    if (!config)
        return config.error();
    auto slots = readKeyslots(dir);
    if (!slots)
        return slots.error();
    const Keyslot* slot = nullptr;
    for (const Keyslot& k : *slots)
        if (k.tokenSerial == cardSerial)
            slot = &k;
    if (!slot)
        return fail(
            ErrorCode::NotFound,
            workspace::tr(
                "The card with serial %1 has no keyslot in this workspace: ask a custodian to enrol it.")
                .arg(cardSerial));
    if (!QFileInfo::exists(databasePath(dir)))
        return fail(ErrorCode::NotFound,
                    workspace::tr("The workspace database %1 is missing.").arg(databasePath(dir)));
    if (QFileInfo(databasePath(dir)).size() == 0) // refused before any PIN reaches a card
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("The workspace database %1 is empty (0 bytes): it was truncated or "
                                  "replaced. Restore the workspace from its backup; nothing was changed.")
                        .arg(databasePath(dir)));
    if (pin.empty())
        return fail(ErrorCode::PinIncorrect, workspace::tr("Enter the card's PIN."));
    auto lock = WorkspaceLock::acquire(dir, WorkspaceLock::Mode::Exclusive); // before any token is touched
    if (!lock)
        return lock.error();

    hsm::ModuleRegistry::Resolved moduleInfo;
    auto module = loadModule(dir, *config, machine, &moduleInfo);
    if (!module)
        return module.error();
    auto token = (*module)->findTokenBySerial(cardSerial);
    if (!token)
        return token.error();
    if (token->pinLocked)
        return fail(ErrorCode::PinLocked,
                    workspace::tr("The PIN of card \"%1\" is locked: its security officer must unblock it.")
                        .arg(token->label));
    auto session = (*module)->openSession(token->slotId, true);
    if (!session)
        return session.error();
    if (auto s = (*session)->loginCheckingPin(pin); !s)
        return s.error();
    // The card stays logged in until its register anchor is checked (and moved on), below, and
    // then for as long as the workspace is open, to co-sign checkpoints.
    struct LogoutOnExit {
        hsm::Session& card;
        bool kept = false; // handed to the workspace, which co-signs checkpoints with it
        ~LogoutOnExit() {
            if (!kept)
                (void)card.logout();
        }
    } logoutOnExit{**session};
    auto keyPair = hsm::EcKeyPair::find(**session, slot->keyId);
    auto dbKey = keyPair ? slot->open(**session, *keyPair) : Result<SecureBytes>(keyPair.error());
    if (!dbKey)
        return dbKey.error();

    auto db = Database::open(databasePath(dir), *dbKey, Database::Mode::OpenExisting);
    bool openedWithNext = false;
    if (!db && db.error().code == ErrorCode::WrongKey && QFileInfo::exists(keyslotsNextPath(dir))) {
        // A database key change killed after the new database took the old one's place and
        // before keyslots.json followed (WorkspaceDatabaseKey.cpp): the new keyslots open it.
        auto nextSlots = readKeyslotsAt(keyslotsNextPath(dir));
        const Keyslot* nextSlot = nullptr;
        if (nextSlots)
            for (const Keyslot& k : *nextSlots)
                if (k.tokenSerial == cardSerial && k.fingerprint() == slot->fingerprint())
                    nextSlot = &k;
        auto nextKey =
            nextSlot && keyPair ? nextSlot->open(**session, *keyPair) : Result<SecureBytes>(db.error());
        auto nextDb = nextKey ? Database::open(databasePath(dir), *nextKey, Database::Mode::OpenExisting)
                              : Result<std::unique_ptr<Database>>(db.error());
        if (nextDb) {
            openedWithNext = true; // keyslots.json follows once the open checks out
            dbKey = std::move(nextKey);
            db = std::move(nextDb);
        }
    }
    if (!db)
        return db.error();
    if (auto s = workspaceSchema().migrate(**db); !s)
        return s.error();

    // The site register: who is who and the safety settings, checked against this card's anchor.
    QString malformed;
    auto chain = SiteRegisterStore::chain(**db, &malformed);
    if (!chain)
        return chain.error();
    QString alarm;
    bool registerTrusted = false;
    QStringList notices;
    ChainCheck check = verifyRegisterChain(*chain);
    if (check.ok && !malformed.isEmpty()) // the versions before it verify; it cannot
        check = ChainCheck{false, int(chain->size()) + 1, malformed};
    const QString site = RegisterAnchor::siteId(*chain);
    if (chain->isEmpty()) {
        alarm =
            !malformed.isEmpty()
                ? malformed
                : workspace::tr("This workspace holds no site register (an earlier Symbolon made it): names, "
                                "roles and safety settings cannot be checked. Create a new workspace.");
    } else if (!check.ok) {
        alarm = check.problem;
        // Who is who and the settings come from the last version that verifies: a forged later
        // version never takes effect, not even for the forger. When none verifies, the keyslots'
        // names are shown, read-only.
        chain->resize(check.badVersion - 1);
    }
    SiteRegister head;
    QString cardsModuleArgsDiffer; // the cards' module instance is then not used for the tokens
    if (chain->isEmpty()) {
        auto who = PeopleStore::byKeyFingerprint(**db, slot->fingerprint());
        if (!who)
            return who.error();
        if (!*who || (*who)->holder != slot->holder || (*who)->role != slot->role)
            return fail(ErrorCode::PolicyRefused,
                        workspace::tr("The keyslot of %1 does not match the people enrolled in the workspace "
                                      "database.")
                            .arg(slot->holder));
    } else {
        head = chain->back().doc;
        if (check.ok) {
            auto anchor = RegisterAnchor::read(**session, site);
            if (!anchor)
                return anchor.error();
            if (!*anchor)
                alarm = workspace::tr("Card \"%1\" holds no anchor for this site's register (site %2): the "
                                      "register was replaced from version 1, or the card was never enrolled "
                                      "here.")
                            .arg(token->label, site);
            else if (const QString p = RegisterAnchor::problemWith(*chain, **anchor); !p.isEmpty())
                alarm = workspace::tr("The site register was changed behind this card's back: %1.").arg(p);
            else {
                registerTrusted = true;
                if ((*anchor)->version < head.version) {
                    if (auto w = RegisterAnchor::write(**session, site, {head.version, head.digestHex()}); !w)
                        notices << workspace::tr("This card's register anchor could not be moved on to "
                                                 "version %1: %2")
                                       .arg(head.version)
                                       .arg(w.error().message);
                }
            }
        }
        const RegisteredCard* me = head.cardBySerial(cardSerial);
        if (!me || !me->isActive() || me->fingerprint() != slot->fingerprint())
            return fail(ErrorCode::PolicyRefused,
                        workspace::tr("Card \"%1\" (serial %2) is not an active card of this site's register "
                                      "(version %3)%4: ask the custodians to enrol it.")
                            .arg(token->label, cardSerial)
                            .arg(head.version)
                            .arg(alarm.isEmpty() ? QString() : QStringLiteral(". ") + alarm));
        // Settings workspace.json mirrors: the register's win; a difference is shown, never used.
        const SiteSettings& r = head.settings;
        auto differs = [&notices](const QString& field, const QString& file, const QString& reg) {
            if (file != reg)
                notices << workspace::tr(
                               "workspace.json says %1 = \"%2\", but the site register says \"%3\": "
                               "the register's value is used.")
                               .arg(field, file, reg);
        };
        differs(QStringLiteral("profile"), config->profile, r.profile);
        differs(QStringLiteral("quorum"),
                QStringLiteral("%1 of %2").arg(config->quorumK).arg(config->quorumN),
                QStringLiteral("%1 of %2").arg(r.quorumK).arg(r.quorumN));
        differs(QStringLiteral("key_token.serial"), config->keyTokenSerial, r.keyTokenSerial);
        differs(QStringLiteral("journal_token.serial"), config->journalTokenSerial, r.journalTokenSerial);
        differs(QStringLiteral("journal_token.key_fingerprint"), config->journalKeyFingerprint,
                r.journalKeyFingerprint);
        differs(QStringLiteral("pkcs11_module"), config->modulePath, r.module);
        const auto roleJson = [](const RoleModule& m) {
            return m.isSet() ? QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact))
                             : QString();
        };
        differs(QStringLiteral("key_token_module"), roleJson(config->keyTokenModule),
                roleJson(r.keyTokenModule));
        differs(QStringLiteral("journal_token_module"), roleJson(config->journalTokenModule),
                roleJson(r.journalTokenModule));
        // The cards' module was loaded with workspace.json's parameters (before the register
        // could be read): the register's must be the same, or nothing rides on that instance.
        if (config->moduleInitArgs != r.moduleInitArgs) {
            const QString why =
                workspace::tr("the cards' PKCS#11 module was initialised with the parameters \"%1\" from "
                              "workspace.json, but the site register records \"%2\"")
                    .arg(config->moduleInitArgs, r.moduleInitArgs);
            cardsModuleArgsDiffer = why;
            if (!config->isDevelopment() && alarm.isEmpty())
                alarm =
                    workspace::tr("Custodial actions are refused under the production profile: %1.").arg(why);
            else if (config->isDevelopment())
                notices << workspace::tr("Development: %1.").arg(why);
        }
        r.applyTo(*config);
        // The module: the one registered, and from root's hands under the production profile.
        const QString loadedSha = QString::fromLatin1(moduleInfo.sha256.toHex());
        const bool production = !config->isDevelopment();
        QString moduleProblem;
        if (moduleInfo.development)
            moduleProblem =
                workspace::tr("the PKCS#11 module %1 was loaded by path as a development module (not "
                              "registered with p11-kit, or changeable by others than root)")
                    .arg(moduleInfo.library);
        else if (!r.moduleSha256.isEmpty() && loadedSha != r.moduleSha256)
            moduleProblem =
                workspace::tr("the PKCS#11 module %1 has SHA-256 %2, but the site register records %3")
                    .arg(moduleInfo.library, loadedSha, r.moduleSha256);
        if (!moduleProblem.isEmpty()) {
            if (production && alarm.isEmpty())
                alarm = workspace::tr("Custodial actions are refused under the production profile: %1.")
                            .arg(moduleProblem);
            else if (!production)
                notices << workspace::tr("Development: %1.").arg(moduleProblem);
        }
    }

    // The key token's and the journal token's modules: the register's (loaded only now that it
    // is read), else the cards'. A key token module that does not load leaves the workspace
    // open (reading, single-person work) and fails each quorum action with its sentence.
    hsm::ModuleRegistry::Resolved keyModuleInfo, journalModuleInfo;
    const auto roleModule = [&](const RoleModule& role,
                                hsm::ModuleRegistry::Resolved* info) -> Result<std::shared_ptr<hsm::Module>> {
        // Role modules come from the register only: a workspace without one (made before it)
        // has none, and workspace.json never names one.
        if (chain->isEmpty() && role.isSet())
            return fail(ErrorCode::PolicyRefused,
                        workspace::tr("workspace.json names a module for a token, but this workspace has no "
                                      "site register to confirm it: it is not loaded."));
        if (role.module.isEmpty() && !cardsModuleArgsDiffer.isEmpty())
            return fail(ErrorCode::PolicyRefused, workspace::tr("Not used: %1.").arg(cardsModuleArgsDiffer));
        return loadRoleModule(role, *module, machine, info);
    };
    auto keyModule = roleModule(config->keyTokenModule, &keyModuleInfo);
    auto journalModule = roleModule(config->journalTokenModule, &journalModuleInfo);
    if (!keyModule)
        notices << workspace::tr("The key token's PKCS#11 module did not load: %1")
                       .arg(keyModule.error().message);
    // A token's own module: registered, from root's hands, and the file the register recorded.
    for (const auto& [role, info] : {std::pair{&config->keyTokenModule, &keyModuleInfo},
                                     std::pair{&config->journalTokenModule, &journalModuleInfo}}) {
        if (role->module.isEmpty() || info->library.isEmpty())
            continue;
        const QString loaded = QString::fromLatin1(info->sha256.toHex());
        QString problem;
        if (info->development)
            problem = workspace::tr("the PKCS#11 module %1 was loaded by path as a development module (not "
                                    "registered with p11-kit, or changeable by others than root)")
                          .arg(info->library);
        else if (!role->sha256.isEmpty() && loaded != role->sha256)
            problem = workspace::tr("the PKCS#11 module %1 has SHA-256 %2, but the site register records %3")
                          .arg(info->library, loaded, role->sha256);
        if (problem.isEmpty())
            continue;
        const QString notice = workspace::tr("Development: %1.").arg(problem);
        if (!config->isDevelopment() && alarm.isEmpty())
            alarm =
                workspace::tr("Custodial actions are refused under the production profile: %1.").arg(problem);
        else if (config->isDevelopment() && !notices.contains(notice))
            notices << notice;
    }

    // This machine's token choices (MachineSettings), for HSM workspaces only.
    QJsonObject machineApplied;
    const bool onHsm = config->embeddedTokenStore.isEmpty();
    QString keyTokenUri = config->keyTokenModule.tokenUri;
    if (onHsm && !machine.modulePath.isEmpty() && machine.modulePath != config->modulePath)
        machineApplied.insert(QStringLiteral("module"), machine.modulePath);
    if (onHsm && !machine.keyTokenUri.isEmpty() && keyModule) {
        auto key = hsm::Pkcs11Uri::selectToken(**keyModule, machine.keyTokenUri);
        if (!key)
            return Error{key.error().code,
                         workspace::tr("The key token URI in Settings (%1) selects no single token: %2")
                             .arg(machine.keyTokenUri, key.error().message),
                         key.error().ckrv, key.error().hasCkrv};
        // NSS softoken's tokens share one serial: the label tells them apart.
        if (!chain->isEmpty() &&
            (key->serial != head.settings.keyTokenSerial || key->label != head.settings.keyTokenLabel)) {
            // The rebuilt key token PIN must reach the registered token, not one Settings names.
            const QString why =
                workspace::tr("the key token URI in Settings (%1) selects token %2, but the site "
                              "register names %3")
                    .arg(machine.keyTokenUri, QStringLiteral("%1 (\"%2\")").arg(key->serial, key->label),
                         QStringLiteral("%1 (\"%2\")")
                             .arg(head.settings.keyTokenSerial, head.settings.keyTokenLabel));
            if (!config->isDevelopment() && alarm.isEmpty())
                alarm =
                    workspace::tr("Custodial actions are refused under the production profile: %1.").arg(why);
            else if (config->isDevelopment())
                notices << workspace::tr("Development: %1.").arg(why);
        }
        config->keyTokenSerial = key->serial;
        config->keyTokenLabel = key->label;
        keyTokenUri = machine.keyTokenUri;
        machineApplied.insert(QStringLiteral("key_token_uri"), machine.keyTokenUri);
        machineApplied.insert(QStringLiteral("key_token_serial"), key->serial);
    }
    QString journalTokenUri = config->journalTokenModule.tokenUri;
    if (onHsm && !machine.journalTokenUri.isEmpty() && !config->journalTokenSerial.isEmpty() &&
        journalModule) {
        auto journalToken = hsm::Pkcs11Uri::selectToken(**journalModule, machine.journalTokenUri);
        if (!journalToken)
            return Error{journalToken.error().code,
                         workspace::tr("The journal token URI in Settings (%1) selects no single token: %2")
                             .arg(machine.journalTokenUri, journalToken.error().message),
                         journalToken.error().ckrv, journalToken.error().hasCkrv};
        config->journalTokenSerial = journalToken->serial;
        journalTokenUri = machine.journalTokenUri;
        machineApplied.insert(QStringLiteral("journal_token_uri"), machine.journalTokenUri);
        machineApplied.insert(QStringLiteral("journal_token_serial"), journalToken->serial);
    }
    if (!machine.tsaUrl.isEmpty())
        machineApplied.insert(QStringLiteral("tsa_url"), machine.tsaUrl);

    std::unique_ptr<Workspace> ws(new Workspace());
    ws->m_dir = QDir(dir).absolutePath();
    ws->m_config = *config;
    ws->m_machine = machine;
    if (chain->isEmpty())
        ws->m_identity =
            Identity{slot->holder, slot->role, token->label, slot->tokenSerial, slot->fingerprint()};
    else {
        const RegisteredCard* me = head.cardBySerial(cardSerial);
        ws->m_identity = Identity{me->holder, me->role, token->label, slot->tokenSerial, slot->fingerprint()};
    }
    ws->m_registerChain = *chain;
    ws->m_register = head;
    ws->m_registerAlarm = alarm;
    ws->m_registerTrusted = registerTrusted;
    ws->m_notices = notices;
    ws->m_moduleInfo = moduleInfo;
    ws->m_dbKey = std::move(*dbKey);
    ws->m_module = *module;
    if (keyModule)
        ws->m_keyTokenModule = *keyModule;
    else
        ws->m_keyTokenModuleError = keyModule.error();
    ws->m_keyTokenUri = keyTokenUri;
    if (journalModule)
        ws->m_journalModule = *journalModule;
    ws->m_db = std::move(*db);
    ws->readShareHolding();
    ws->m_journal = std::make_unique<journal::JournalStore>(*ws->m_db);
    ws->m_lock = std::move(*lock);
    QString journalTokenProblem; // a workspace without its journal token opens read-only (health())
    if (!config->journalTokenSerial.isEmpty()) {
        auto journalToken = journalModule
                                ? selectToken(**journalModule, journalTokenUri, config->journalTokenSerial)
                                : Result<hsm::TokenInfo>(journalModule.error());
        // The PIN is sealed to the opener's card (issue #15); a register-less workspace (read-only
        // with an alarm) still has the clear row of before.
        auto signer = !journalToken
                          ? Result<std::unique_ptr<journal::JournalSigner>>(Error::make(
                                journalToken.error().code,
                                workspace::tr("The journal token is not present, so checkpoints cannot be "
                                              "signed: %1")
                                    .arg(journalToken.error().message)))
                          : openJournalSigner(**journalModule, *journalToken, *ws->m_db,
                                              chain->isEmpty() ? nullptr : session->get(), slot->keyId,
                                              slot->tokenSerial, slot->fingerprint(),
                                              chain->isEmpty() || head.settings.journalTokenSerial.isEmpty()
                                                  ? config->journalTokenSerial
                                                  : head.settings.journalTokenSerial,
                                              ws->m_pinState);
        if (!signer)
            journalTokenProblem = signer.error().message;
        else if (!config->journalKeyFingerprint.isEmpty() &&
                 (*signer)->fingerprint() != config->journalKeyFingerprint)
            journalTokenProblem =
                workspace::tr("The journal token %1 holds a different signing key (%2) from this "
                              "workspace's (%3): its checkpoints would not verify. Check the journal "
                              "token URI in Settings.")
                    .arg(config->journalTokenSerial, (*signer)->fingerprint(), config->journalKeyFingerprint);
        else
            ws->m_signer = std::move(*signer);
    }
    // The opener's card: its journal witness is checked, then it co-signs every checkpoint.
    QString witnessProblem;
    if (!chain->isEmpty()) {
        ws->m_site = site;
        auto witness = JournalWitness::read(**session, site);
        if (!witness)
            witnessProblem = witness.error().message;
        else if (*witness) {
            ws->m_witnessSeq = (*witness)->seq;
            auto problem = JournalWitness::problemIn(*ws->m_journal, **witness, ws->m_identity.actor());
            if (!problem)
                return problem.error();
            witnessProblem = *problem;
        }
        ws->m_cardKeyId = slot->keyId;
        ws->m_card = std::move(*session);
        ws->m_card->keepLoggedIn();
        logoutOnExit.kept = true;
    }
    ws->m_health = WorkspaceHealth::check(*ws, journalTokenProblem, witnessProblem);
    if (!ws->m_health.ok())
        return ws; // read-only: nothing is journaled or signed on a workspace that fails its checks
    // keyslots.json follows the trusted register (a change that was killed before it was written).
    if (ws->m_registerTrusted && !ws->m_registerChain.isEmpty())
        if (auto k = ws->syncKeyslots(ws->m_register, false); !k)
            ws->m_notices << workspace::tr("keyslots.json could not follow register version %1: %2")
                                 .arg(ws->m_register.version)
                                 .arg(k.error().message);
    if (auto p = ws->settleJournalPin(); !p)
        ws->m_notices
            << workspace::tr("The journal token's PIN could not be settled: %1").arg(p.error().message);
    ws->m_openedWithNextKeyslots = openedWithNext;
    if (auto k = ws->settleDatabaseKey(); !k)
        ws->m_notices << workspace::tr("The database key could not be changed: %1").arg(k.error().message);
    if (!ws->m_health.ok())
        return ws; // read-only with the alarm settling raised; nothing is journaled
    QJsonObject openedDetails{{QStringLiteral("card_label"), token->label},
                              {QStringLiteral("card_serial"), token->serial}};
    if (!machineApplied.isEmpty())
        openedDetails.insert(QStringLiteral("machine_settings"), machineApplied);
    openedDetails.insert(
        QStringLiteral("pkcs11_module"),
        QJsonObject{{QStringLiteral("library"), moduleInfo.library},
                    {QStringLiteral("registered_as"), moduleInfo.name},
                    {QStringLiteral("sha256"), QString::fromLatin1(moduleInfo.sha256.toHex())},
                    {QStringLiteral("development"), moduleInfo.development}});
    if (!chain->isEmpty())
        openedDetails.insert(QStringLiteral("site_register"),
                             QJsonObject{{QStringLiteral("version"), head.version},
                                         {QStringLiteral("digest"), head.digestHex()}});
    if (ws->m_health.awaiting() > 0) {
        // Entries in the opener's name their card never co-signed: shown to them, recorded here,
        // and covered by this open's checkpoint.
        const QString range =
            ws->m_health.awaitingFrom() == ws->m_health.awaitingTo()
                ? QStringLiteral("#%1").arg(ws->m_health.awaitingFrom())
                : QStringLiteral("#%1–#%2").arg(ws->m_health.awaitingFrom()).arg(ws->m_health.awaitingTo());
        notices << workspace::tr("Journal entries %1 name you but your card never co-signed them: a process "
                                 "of yours stopped before signing, or someone else wrote them in your name. "
                                 "Check them in the Journal view; your card co-signs them now.")
                       .arg(range);
        ws->m_notices << notices.last();
        openedDetails.insert(QStringLiteral("cosigned_at_open"),
                             QJsonObject{{QStringLiteral("from"), ws->m_health.awaitingFrom()},
                                         {QStringLiteral("to"), ws->m_health.awaitingTo()},
                                         {QStringLiteral("entries"), ws->m_health.awaiting()}});
    }
    if (!alarm.isEmpty())
        openedDetails.insert(QStringLiteral("alarm"), alarm);
    if (!notices.isEmpty())
        openedDetails.insert(QStringLiteral("notices"), QJsonArray::fromStringList(notices));
    auto opened = ws->record(QStringLiteral("workspace.opened"), QStringLiteral("workspace"), openedDetails);
    if (!opened)
        return opened.error();
    if (const QStringList restoredTokens = hsm::EmbeddedTokenStore::restoredNotJournaled();
        !restoredTokens.isEmpty()) {
        auto restored = ws->record(
            QStringLiteral("tokenstore.restored"), QStringLiteral("workspace"),
            QJsonObject{{QStringLiteral("tokens"), QJsonArray::fromStringList(restoredTokens)},
                        {QStringLiteral("cause"),
                         QStringLiteral("token.object left half-written by a killed process; restored from "
                                        "its safety copy")}});
        if (!restored)
            return restored.error();
        hsm::EmbeddedTokenStore::markRestoredJournaled();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& dir, const WorkspaceConfig& configIn,
                                                     const QVector<Enrolment>& people,
                                                     const journal::JournalSigner::Enrolled* journalToken,
                                                     const MachineSettings& machine) {
    WorkspaceConfig config = configIn;
    if (journalToken) {
        config.journalTokenSerial = journalToken->serial;
        config.journalKeyFingerprint = QString::fromLatin1(
            QCryptographicHash::hash(journalToken->publicKey, QCryptographicHash::Sha256).toHex());
    }
    if (people.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("A workspace needs at least one enrolled person."));
    if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("workspace.json"))))
        return fail(ErrorCode::AlreadyExists, workspace::tr("%1 is already a workspace.").arg(dir));
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, workspace::tr("The folder %1 cannot be created.").arg(dir));
    auto lock = WorkspaceLock::acquire(dir, WorkspaceLock::Mode::Exclusive);
    if (!lock)
        return lock.error();
    hsm::ModuleRegistry::Resolved moduleInfo;
    config.moduleSha256.clear(); // recorded from the file loaded now
    MachineSettings creating;    // the new config's modules, never Settings' overrides
    creating.developmentModules = machine.developmentModules;
    auto module = loadModule(dir, config, creating, &moduleInfo); // the module the new config names
    if (!module)
        return module.error();
    config.moduleSha256 = QString::fromLatin1(moduleInfo.sha256.toHex());
    std::shared_ptr<hsm::Module> roleModules[2];
    RoleModule* roles[2] = {&config.keyTokenModule, &config.journalTokenModule};
    for (int i = 0; i < 2; ++i) {
        roles[i]->sha256.clear(); // recorded from the file loaded now
        hsm::ModuleRegistry::Resolved info;
        auto m = loadRoleModule(*roles[i], *module, creating, &info);
        if (!m)
            return m.error();
        roleModules[i] = *m;
        if (!roles[i]->module.isEmpty())
            roles[i]->sha256 = QString::fromLatin1(info.sha256.toHex());
    }

    SecureBytes dbKey = SecureBytes::random(32);
    QVector<Keyslot> slots;
    QVector<unsigned long> slotIds;
    for (const Enrolment& p : people) {
        auto token = (*module)->findTokenBySerial(p.tokenSerial);
        if (!token)
            return token.error();
        auto session = (*module)->openSession(token->slotId, false);
        if (!session)
            return session.error();
        auto keyPair = hsm::EcKeyPair::find(**session, p.keyId);
        if (!keyPair)
            return keyPair.error();
        auto slot = Keyslot::create(p.holder, p.role, token->label, token->serial, p.keyId,
                                    keyPair->publicKeyDer(), dbKey);
        if (!slot)
            return slot.error();
        slots.push_back(*slot);
        slotIds.push_back(token->slotId);
    }

    // Site register version 1: the settings and cards, signed by the enrolled custodians' cards,
    // each of which keeps it as its anchor.
    RegisterVersion genesis;
    genesis.doc.version = 1;
    genesis.doc.madeAt = QDateTime::currentDateTimeUtc();
    genesis.doc.madeAt.setTime(QTime(genesis.doc.madeAt.time().hour(), genesis.doc.madeAt.time().minute(),
                                     genesis.doc.madeAt.time().second()));
    genesis.doc.madeBy = Identity{slots[0].holder, slots[0].role, slots[0].tokenLabel, slots[0].tokenSerial,
                                  slots[0].fingerprint()}
                             .actor();
    genesis.doc.reason = QStringLiteral("site created");
    genesis.doc.settings = SiteSettings{config.profile,
                                        config.fipsDeclaration,
                                        config.quorumK,
                                        config.quorumN,
                                        config.keyTokenLabel,
                                        config.keyTokenSerial,
                                        config.journalTokenSerial,
                                        config.journalKeyFingerprint,
                                        config.modulePath,
                                        config.moduleSha256};
    // Every checkpoint co-signed by a card (#15); without a journal token there are no checkpoints.
    genesis.doc.settings.journalCardSignatures = journalToken != nullptr;
    genesis.doc.settings.moduleInitArgs = config.moduleInitArgs;
    genesis.doc.settings.keyTokenModule = config.keyTokenModule;
    genesis.doc.settings.journalTokenModule = config.journalTokenModule;
    genesis.doc.settings.keyTokenSoPinShared = config.keyTokenSoPinShared;
    for (const Keyslot& k : slots)
        genesis.doc.cards.push_back(RegisteredCard{k.holder, k.role, k.tokenSerial, k.tokenLabel, k.keyId,
                                                   k.publicKey, QStringLiteral("active")});
    const QString site = RegisterAnchor::siteId({genesis});
    if (people[0].pin.empty())
        return fail(ErrorCode::PinIncorrect,
                    workspace::tr("The PIN of %1's card is needed: the journal's first entry names %1, and "
                                  "their card co-signs it.")
                        .arg(people[0].holder));
    // The first person's card stays logged in: the journal's first entry names them, and the
    // workspace returned here co-signs its checkpoints with it.
    std::unique_ptr<hsm::Session> creatorCard;
    struct LogoutUnlessKept {
        std::unique_ptr<hsm::Session>& card;
        ~LogoutUnlessKept() {
            if (card)
                (void)card->logout();
        }
    } creatorLogout{creatorCard};
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (people[i].pin.empty())
            continue;
        auto session = (*module)->openSession(slotIds[i], true);
        if (!session)
            return session.error();
        if (auto s = (*session)->loginCheckingPin(people[i].pin); !s)
            return s.error();
        auto keyPair = hsm::EcKeyPair::find(**session, people[i].keyId);
        auto signature =
            keyPair ? keyPair->sign(**session, genesis.doc.canonical()) : Result<QByteArray>(keyPair.error());
        Status anchored = signature ? RegisterAnchor::write(**session, site, {1, genesis.doc.digestHex()})
                                    : Status(signature.error());
        if (i == 0 && anchored) {
            creatorCard = std::move(*session);
        } else
            (void)(*session)->logout();
        if (!anchored)
            return anchored.error();
        genesis.signatures.push_back({slots[i].tokenSerial, slots[i].fingerprint(), *signature});
    }
    if (const ChainCheck check = verifyRegisterChain({genesis}); !check.ok)
        return fail(
            ErrorCode::PolicyRefused,
            workspace::tr("The site cannot be created: %1 Version 1 must be signed by the cards of %2 "
                          "custodians, with their PINs.")
                .arg(check.problem)
                .arg(config.quorumK));

    auto db = Database::open(databasePath(dir), dbKey, Database::Mode::Create);
    if (!db)
        return db.error();
    Transaction tx(**db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = workspaceSchema().create(**db); !s)
        return s.error();
    if (auto s = PeopleStore::enrol(**db, slots); !s)
        return s.error();
    if (auto s = SiteRegisterStore::add(**db, genesis); !s)
        return s.error();
    QJsonArray enrolled;
    for (const Keyslot& k : slots) {
        enrolled.append(QJsonObject{{QStringLiteral("holder"), k.holder},
                                    {QStringLiteral("role"), k.role},
                                    {QStringLiteral("card_serial"), k.tokenSerial},
                                    {QStringLiteral("key_fingerprint"), k.fingerprint()}});
    }
    if (journalToken) { // sealed to every card (issue #15), never a clear row
        auto seals = JournalPinStore::seal(journalToken->pin, 1, false, genesis.doc.cards,
                                           genesis.doc.settings.journalTokenSerial.isEmpty()
                                               ? config.journalTokenSerial
                                               : genesis.doc.settings.journalTokenSerial);
        if (!seals)
            return seals.error();
        if (auto s = JournalPinStore::add(**db, *seals); !s)
            return s.error();
    }
    std::unique_ptr<Workspace> ws(new Workspace());
    ws->m_dir = QDir(dir).absolutePath();
    ws->m_config = config;
    ws->m_identity = Identity{slots[0].holder, slots[0].role, slots[0].tokenLabel, slots[0].tokenSerial,
                              slots[0].fingerprint()};
    ws->m_dbKey = std::move(dbKey);
    ws->m_module = *module;
    ws->m_keyTokenModule = roleModules[0];
    ws->m_keyTokenUri = config.keyTokenModule.tokenUri;
    ws->m_journalModule = roleModules[1];
    ws->m_machine = creating;
    ws->m_moduleInfo = moduleInfo;
    ws->m_registerChain = {genesis};
    ws->m_register = genesis.doc;
    ws->m_registerTrusted = true;
    ws->m_site = site;
    ws->m_cardKeyId = creatorCard ? people[0].keyId : QByteArray();
    ws->m_card = std::move(creatorCard);
    if (ws->m_card)
        ws->m_card->keepLoggedIn();
    ws->m_db = std::move(*db);
    ws->m_journal = std::make_unique<journal::JournalStore>(*ws->m_db);
    ws->m_lock = std::move(*lock);
    auto created = ws->m_journal->append(
        {ws->m_identity.actor(), ws->m_identity.role, QStringLiteral("workspace.created"),
         QStringLiteral("workspace"),
         QJsonObject{{QStringLiteral("name"), config.name},
                     {QStringLiteral("profile"), config.profile},
                     {QStringLiteral("people"), enrolled},
                     {QStringLiteral("journal_key_fingerprint"), config.journalKeyFingerprint},
                     {QStringLiteral("site_register"),
                      QJsonObject{{QStringLiteral("version"), 1},
                                  {QStringLiteral("digest"), genesis.doc.digestHex()},
                                  {QStringLiteral("signed_by"), int(genesis.signatures.size())}}},
                     {QStringLiteral("quorum"),
                      QStringLiteral("%1 of %2").arg(config.quorumK).arg(config.quorumN)}}});
    if (!created)
        return created.error();
    if (auto s = tx.commit(); !s)
        return s.error();

    // Config and keyslots are written after the database commits: a crash before this point
    // leaves no workspace.json, so the folder is not taken for a workspace.
    QJsonArray slotArray;
    for (const Keyslot& k : slots)
        slotArray.append(k.toJson());
    if (auto s = writeJsonFile(QDir(dir).filePath(QStringLiteral("keyslots.json")),
                               QJsonDocument(QJsonObject{{QStringLiteral("keyslots"), slotArray}}));
        !s)
        return s.error();
    if (journalToken) {
        QSaveFile pem(journalKeyPath(dir));
        if (!pem.open(QIODevice::WriteOnly) ||
            pem.write(journal::JournalSigner::publicKeyPem(journalToken->publicKey)) < 0 || !pem.commit())
            return fail(
                ErrorCode::Io,
                workspace::tr("%1 cannot be written: %2").arg(journalKeyPath(dir), pem.errorString()));
        auto token =
            selectToken(*ws->m_journalModule, config.journalTokenModule.tokenUri, journalToken->serial);
        auto signer = token ? journal::JournalSigner::open(*ws->m_journalModule, *token, journalToken->pin)
                            : Result<std::unique_ptr<journal::JournalSigner>>(token.error());
        if (!signer)
            return signer.error();
        ws->m_signer = std::move(*signer);
        ws->m_pinState = {1, false, false};
        if (auto s = ws->checkpoint(); !s)
            return s.error();
    }
    if (auto s = writeJsonFile(QDir(dir).filePath(QStringLiteral("workspace.json")),
                               QJsonDocument(config.toJson()));
        !s)
        return s.error();
    return ws;
}

Status Workspace::require(policy::Permission permission) const {
    const auto role = policy::parseRole(m_identity.role);
    if (!role)
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("The role \"%1\" of %2 is unknown: nothing is allowed.")
                        .arg(m_identity.role, m_identity.holder));
    if (auto s = policy::requirePermission(*role, permission); !s)
        return s;
    if (auto s = m_health.gate(permission); !s) // fail closed (WorkspaceHealth)
        return s;
    using policy::Permission;
    const bool reading = permission == Permission::OpenWorkspace ||
                         permission == Permission::BrowseInventory ||
                         permission == Permission::BrowseJournal || permission == Permission::VerifyJournal ||
                         permission == Permission::ExportEvidence;
    if (!reading && !m_registerAlarm.isEmpty())
        return fail(
            ErrorCode::PolicyRefused,
            workspace::tr("This workspace is open read-only: %1 You can still read, verify and export.")
                .arg(m_registerAlarm));
    return {};
}

QVector<Workspace::Card> Workspace::withRegisterNames(QVector<Card> cards) const {
    for (Card& c : cards)
        if (const RegisteredCard* r = m_register.cardBySerial(c.keyslot.tokenSerial)) {
            c.keyslot.holder = r->holder;
            c.keyslot.role = r->isActive() ? r->role : r->role + QStringLiteral(" (revoked)");
        }
    return cards;
}

QVector<RegisteredCard> Workspace::registeredCards() const {
    QVector<RegisteredCard> out;
    for (auto v = m_registerChain.crbegin(); v != m_registerChain.crend(); ++v)
        for (const RegisteredCard& c : v->doc.cards) {
            bool seen = false;
            for (const RegisteredCard& o : out)
                seen = seen || o.publicKey == c.publicKey;
            if (!seen)
                out.push_back(c);
        }
    return out;
}

void Workspace::applyRegister(const SiteRegister& reg) {
    m_register = reg;
    reg.settings.applyTo(m_config);
    if (const RegisteredCard* me = reg.cardBySerial(m_identity.tokenSerial)) {
        m_identity.holder = me->holder;
        m_identity.role = me->role;
    }
}

Status Workspace::addRegisterVersion(const RegisterVersion& version, const QJsonArray& approvals,
                                     const KeyTokenTurnover::Done* reshared) {
    if (!m_health.ok()) // fail closed
        return fail(ErrorCode::PolicyRefused, m_health.refusal());
    if (!m_registerTrusted)
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("The site register cannot be changed while it is not trusted: %1")
                        .arg(m_registerAlarm));
    QVector<RegisterVersion> next = m_registerChain;
    next.push_back(version);
    if (const ChainCheck check = verifyRegisterChain(next); !check.ok)
        return fail(ErrorCode::PolicyRefused, check.problem);
    const SiteRegister before = m_register;
    if (version.doc.changesShareHoldersFrom(before) && !reshared)
        return fail(
            ErrorCode::PolicyRefused,
            workspace::tr("This register version changes who holds the shares of the key token's PINs, "
                          "or k, without re-sharing them. Nothing was changed."));
    {
        Transaction tx(*m_db);
        if (auto s = tx.begin(); !s)
            return s;
        if (auto s = SiteRegisterStore::add(*m_db, version); !s)
            return s;
        if (reshared)
            if (auto s = KeyTokenShareStore::promote(*m_db, reshared->generation); !s)
                return s;
        QJsonObject pinDetails;
        if (auto s = sealJournalPinInTransaction(version.doc, pinDetails); !s)
            return s;
        QJsonObject details{
            {QStringLiteral("version"), version.doc.version},
            {QStringLiteral("digest"), version.doc.digestHex()},
            {QStringLiteral("previous"), version.doc.previous},
            {QStringLiteral("reason"), version.doc.reason},
            {QStringLiteral("changes"), QJsonArray::fromStringList(version.doc.changesFrom(before))},
            {QStringLiteral("before"), before.toJson()},
            {QStringLiteral("after"), version.doc.toJson()},
            {QStringLiteral("approvals"), approvals}};
        if (reshared)
            details.insert(QStringLiteral("key_token_shares"), reshared->details);
        if (!pinDetails.isEmpty())
            details.insert(QStringLiteral("journal_token_pin"), pinDetails);
        auto e =
            m_journal->append({m_identity.actor(), m_identity.role, QStringLiteral("site.register_changed"),
                               QStringLiteral("site"), details});
        if (!e)
            return e.error();
        if (auto s = tx.commit(); !s)
            return s;
    }
    m_pinChange.reset(); // made current: the old PIN it kept for an undo is wiped
    m_registerChain = next;
    applyRegister(version.doc);
    readShareHolding();
    // The mirror: workspace.json follows the register (a failure here changes nothing that counts).
    if (auto file = readConfig(m_dir)) {
        WorkspaceConfig mirror = *file;
        version.doc.settings.applyTo(mirror);
        mirror.modulePath = version.doc.settings.module;
        (void)writeJsonFile(QDir(m_dir).filePath(QStringLiteral("workspace.json")),
                            QJsonDocument(mirror.toJson()));
    }
    if (auto s = syncKeyslots(version.doc, true); !s)
        m_notices << workspace::tr("keyslots.json could not follow register version %1: %2")
                         .arg(version.doc.version)
                         .arg(s.error().message);
    if (version.doc.takesCardsOutFrom(before))
        if (auto k = changeDatabaseKey(
                workspace::tr("register version %1 took a card out").arg(version.doc.version));
            !k)
            m_notices << (m_keyChangeNotice =
                              workspace::tr("The register change was made, but the database key "
                                            "was not changed: %1 The next open changes it.")
                                  .arg(k.error().message));
    return checkpoint();
}

void Workspace::readShareHolding() {
    m_shareHolding = {};
    auto all = KeyTokenShareStore::all(*m_db);
    if (!all)
        return; // shown as "on the card": the quorum reads the store itself
    for (const StoredShare& s : std::as_const(*all)) {
        if (s.pending) {
            m_shareHolding.pendingGeneration = s.generation;
        } else {
            m_shareHolding.currentGeneration = s.generation;
            m_shareHolding.byCard.insert(s.cardSerial, s.generation);
        }
    }
}

Status Workspace::syncKeyslots(const SiteRegister& reg, bool removeRevoked) {
    auto current = readKeyslots(m_dir);
    QVector<Keyslot> kept;
    if (!removeRevoked && current) // every keyslot stays; only the missing ones are added
        for (const Keyslot& k : *current) {
            const RegisteredCard* card = reg.cardBySerial(k.tokenSerial);
            if (!card || !card->isActive() || card->fingerprint() != k.fingerprint())
                kept.push_back(k);
        }
    for (const RegisteredCard& card : reg.cards) {
        if (!card.isActive())
            continue; // a revoked card's keyslot is removed: it no longer opens the workspace
        const Keyslot* existing = nullptr;
        if (current)
            for (const Keyslot& k : *current)
                if (k.tokenSerial == card.cardSerial && k.fingerprint() == card.fingerprint())
                    existing = &k;
        if (existing) {
            kept.push_back(*existing);
            continue;
        }
        auto slot = Keyslot::create(card.holder, card.role, card.cardLabel, card.cardSerial, card.keyId,
                                    card.publicKey, m_dbKey);
        if (!slot)
            return slot.error();
        kept.push_back(*slot);
    }
    const auto ids = [](const QVector<Keyslot>& slots) {
        QStringList out;
        for (const Keyslot& k : slots)
            out << k.tokenSerial + QLatin1Char(' ') + k.fingerprint();
        out.sort();
        return out;
    };
    const auto same = [&] { return current && ids(*current) == ids(kept); };
    if (same())
        return {};
    QJsonArray slotArray;
    for (const Keyslot& k : std::as_const(kept))
        slotArray.append(k.toJson());
    return writeJsonFile(QDir(m_dir).filePath(QStringLiteral("keyslots.json")),
                         QJsonDocument(QJsonObject{{QStringLiteral("keyslots"), slotArray}}));
}

Result<std::unique_ptr<Database>> Workspace::openConnection(bool readOnly) const {
    const std::lock_guard<std::mutex> lock(m_connectionMutex);
    auto db = Database::open(databasePath(m_dir), m_dbKey,
                             readOnly ? Database::Mode::ReadOnly : Database::Mode::OpenExisting);
    if (db) { // counted while open: the database key is not changed under them
        ++*m_connections;
        (*db)->setOnClose([count = m_connections] { --*count; });
    }
    return db;
}

Result<journal::JournalEntry> Workspace::recordUnsigned(const QString& action, const QString& target,
                                                        const QJsonObject& details) {
    if (!m_health.ok()) // fail closed: nothing is written to a workspace that fails its checks
        return fail(ErrorCode::PolicyRefused, m_health.refusal());
    Transaction tx(*m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto e = m_journal->append({m_identity.actor(), m_identity.role, action, target, details});
    if (!e)
        return e.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<journal::JournalEntry> Workspace::record(const QString& action, const QString& target,
                                                const QJsonObject& details) {
    auto e = recordUnsigned(action, target, details);
    if (!e)
        return e;
    if (auto s = checkpoint(); !s)
        return s.error();
    return e;
}

Status Workspace::checkpoint() {
    if (!m_signer || !m_journal) // no journal: its database did not reopen after a key change
        return {};
    auto head = m_journal->head();
    if (!head)
        return head.error();
    if (head->seq == 0 || head->seq == m_lastCheckpointSeq)
        return {};
    auto c = m_signer->sign(head->seq, head->hash);
    if (!c)
        return c.error();
    if (m_card) { // the acting person's card co-signs (issue #15)
        auto cardKey = hsm::EcKeyPair::find(*m_card, m_cardKeyId);
        auto cardSignature =
            cardKey ? cardKey->sign(*m_card, c->cardCanonical()) : Result<QByteArray>(cardKey.error());
        if (!cardSignature)
            return Error{cardSignature.error().code,
                         workspace::tr("The card of %1 could not co-sign the journal (was it removed, or "
                                       "logged out by a wrong PIN?): %2 The action is recorded; close and "
                                       "reopen the workspace with the card to sign it.")
                             .arg(m_identity.actor(), cardSignature.error().message),
                         cardSignature.error().ckrv, cardSignature.error().hasCkrv};
        c->cardFingerprint = m_identity.fingerprint;
        c->cardSignature = *cardSignature;
    }
    journal::CheckpointStore store(*m_db, checkpointFilePath(m_dir));
    if (auto s = store.add(*c); !s)
        return s;
    m_lastCheckpointSeq = head->seq;
    // Issue #15: a trusted timestamp; without one, said, not fatal. After a failure the TSA is not
    // asked again for a minute (OpenSSL waits out its timeout on a refused connection), so a TSA
    // that is down costs a long operation one timeout, not one per chunk.
    if (!m_machine.tsaUrl.isEmpty() && m_tsaQuietUntil.hasExpired()) {
        const QByteArray imprint = journal::Timestamp::imprintOf(*c);
        auto token = journal::Timestamp::request(m_machine.tsaUrl, imprint, 5);
        const Status kept =
            token ? journal::TimestampStore::add(*m_db, {c->seq, imprint, *token, m_machine.tsaUrl})
                  : Status(token.error());
        if (!kept)
            m_tsaQuietUntil = QDeadlineTimer(60 * 1000);
        if (!kept && !m_timestampWarned) {
            m_timestampWarned = true;
            m_notices << workspace::tr(
                             "Checkpoint #%1 has no trusted timestamp (%2): journal verify --tsa-cert "
                             "will name the entries it leaves unstamped.")
                             .arg(c->seq)
                             .arg(kept.error().message);
        }
    }
    if (m_card && !m_site.isEmpty())
        if (auto s = JournalWitness::write(*m_card, m_site, {head->seq, head->hash}); !s)
            return Error{s.error().code,
                         workspace::tr("The action is recorded and signed, but the card of %1 could not keep "
                                       "the journal's head as its witness: %2")
                             .arg(m_identity.actor(), s.error().message),
                         s.error().ckrv, s.error().hasCkrv};
    return {};
}

journal::VerificationReport Workspace::verifyJournal(const QByteArray& publicKeySpki,
                                                     const std::function<void(qint64)>& progress,
                                                     const QString& awaitingActor) {
    return verifyJournalOn(*m_db, m_dir, m_config, publicKeySpki, progress, awaitingActor);
}

journal::VerificationReport Workspace::verifyJournalOn(Database& db, const QString& dir,
                                                       const WorkspaceConfig& config,
                                                       const QByteArray& publicKeySpki,
                                                       const std::function<void(qint64)>& progress,
                                                       const QString& awaitingActor) {
    journal::VerificationReport failed;
    journal::JournalVerifier::Input in;
    in.progress = progress;
    in.publicKey = publicKeySpki;
    in.awaitingActor = awaitingActor;
    if (in.publicKey.isEmpty() && !config.journalTokenSerial.isEmpty()) {
        QFile pem(journalKeyPath(dir));
        if (!pem.open(QIODevice::ReadOnly)) {
            failed.problem = workspace::tr("The journal signing key %1 cannot be read: %2")
                                 .arg(pem.fileName(), pem.errorString());
            return failed;
        }
        in.publicKey = journal::JournalSigner::spkiFromPem(pem.readAll());
        if (in.publicKey.isEmpty()) {
            failed.problem = workspace::tr("%1 is not a PEM public key.").arg(pem.fileName());
            return failed;
        }
    }
    journal::CheckpointStore store(db, checkpointFilePath(dir));
    auto fromDb = store.fromDatabase();
    auto fromFile = store.fromSidecar();
    if (!fromDb || !fromFile) {
        failed.problem = !fromDb ? fromDb.error().message : fromFile.error().message;
        return failed;
    }
    in.databaseCheckpoints = *fromDb;
    in.externalCheckpoints = *fromFile;
    // The cards whose co-signatures count: every card of every register version that verifies
    // (a forged version enrols nobody). Version 1, signed by k custodians, says whether every
    // person's entries must carry their card's signature.
    auto chain = SiteRegisterStore::chain(db, nullptr);
    if (!chain) {
        failed.problem = chain.error().message;
        return failed;
    }
    if (const ChainCheck check = verifyRegisterChain(*chain); !chain->isEmpty() && !check.ok)
        chain->resize(qMax(0, check.badVersion - 1));
    addJournalCards(*chain, in);
    // Rows read here, decoded and hashed on the verifier's worker threads (issue #21).
    if (Status read = journal::JournalStore(db).readInto(in); !read) {
        failed.problem = read.error().message;
        return failed;
    }
    return journal::JournalVerifier::verify(std::move(in));
}

Result<QByteArray> Workspace::signDocument(const QByteArray& data) {
    if (!m_signer)
        return fail(ErrorCode::PolicyRefused,
                    QCoreApplication::translate("symbolon::workspace",
                                                "This workspace has no journal signing token, so it cannot "
                                                "sign the documents it issues."));
    return m_signer->signData(data);
}

QByteArray Workspace::signingPublicKey() const {
    return m_signer ? m_signer->publicKey() : QByteArray();
}

} // namespace symbolon::workspace
