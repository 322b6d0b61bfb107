#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "hsm/ModuleRegistry.h"
#include "hsm/TokenInfo.h"
#include "journal/JournalSigner.h"
#include "journal/JournalStore.h"
#include "journal/JournalVerifier.h"
#include "policy/Role.h"
#include "workspace/Identity.h"
#include "workspace/KeyTokenTurnover.h"
#include "workspace/Keyslot.h"
#include "workspace/MachineSettings.h"
#include "workspace/SiteRegister.h"
#include "workspace/WorkspaceConfig.h"
#include "workspace/WorkspaceHealth.h"
#include "workspace/WorkspaceLock.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace symbolon::hsm {
class Module;
}

namespace symbolon::store {
class Database;
}

namespace symbolon::hsm {
class Session;
class EcKeyPair;
} // namespace symbolon::hsm

namespace symbolon::workspace {

// A workspace is a folder:
//   workspace.json   WorkspaceConfig (no secrets)
//   keyslots.json    one Keyslot per authorised person (the database key wrapped to their card)
//   workspace.db     SQLCipher: people, inventory, key records, the journal
//   tokens/          (demo) the embedded SoftHSM2 token store; softhsm2.conf is written on open
class Workspace {
public:
    ~Workspace();

    // A card that can open this workspace, and whether it is present now.
    struct Card {
        Keyslot keyslot;
        bool present = false;
        hsm::TokenInfo token; // valid when present
    };

    [[nodiscard]] static Result<WorkspaceConfig> readConfig(const QString& dir);
    [[nodiscard]] static Result<QVector<Keyslot>> readKeyslots(const QString& dir);
    [[nodiscard]] static Result<QVector<Keyslot>> readKeyslotsAt(const QString& path);
    // Loads the PKCS#11 module: this machine's (MachineSettings) for an HSM workspace, else the
    // one workspace.json names. Code comes from the machine: the module must be registered with
    // p11-kit and only root may be able to change it (hsm::ModuleRegistry), unless this machine
    // allows development modules; its SHA-256 must equal the one workspace.json mirrors from the
    // site register (refused before loading, naming both). `resolved` says what was loaded.
    [[nodiscard]] static Result<std::shared_ptr<hsm::Module>>
    loadModule(const QString& dir, const WorkspaceConfig& config, const MachineSettings& machine,
               hsm::ModuleRegistry::Resolved* resolved = nullptr);
    // The key token's or the journal token's own module (issue #18): the same rules (registered
    // with p11-kit, or this machine's development opt-in; the registered SHA-256), loaded with
    // its C_Initialize parameters. An unset role is served by `cards`, the cards' module.
    [[nodiscard]] static Result<std::shared_ptr<hsm::Module>>
    loadRoleModule(const RoleModule& role, const std::shared_ptr<hsm::Module>& cards,
                   const MachineSettings& machine, hsm::ModuleRegistry::Resolved* resolved = nullptr);
    // The token a role names in its module: by RFC 7512 URI when one is given (NSS softoken's
    // tokens share one serial), else by serial.
    [[nodiscard]] static Result<hsm::TokenInfo> selectToken(const hsm::Module& module, const QString& uri,
                                                            const QString& serial);
    [[nodiscard]] static Result<QVector<Card>> cards(const QString& dir, const MachineSettings& machine);
    // The same cards with holder and role as the open workspace's site register names them
    // (keyslots.json only mirrors them): what an open console shows.
    QVector<Card> withRegisterNames(QVector<Card> cards) const;

    // Opens with a card (by serial) and its PIN. A wrong PIN, a card with no keyslot, a missing
    // or corrupted database each fail with a precise message and change nothing.
    // machine: this machine's Settings (MachineSettings::load()); every front end passes them.
    // Holds the workspace's writer lock (WorkspaceLock) until closed: a second open anywhere is
    // refused with ErrorCode::Busy naming the holder. A workspace that fails its checks
    // (WorkspaceHealth) still opens, read-only: see health().
    [[nodiscard]] static Result<std::unique_ptr<Workspace>> open(const QString& dir,
                                                                 const QString& cardSerial,
                                                                 const SecureBytes& pin,
                                                                 const MachineSettings& machine);

    struct Enrolment {
        QString holder;
        QString role;
        QString tokenSerial;
        QByteArray keyId; // the card's EC P-256 key pair
        // The card's PIN: with it, the card signs site register version 1 and keeps its anchor
        // (RegisterAnchor). At least k custodians' cards must sign, and the first person's PIN
        // is always needed: their card co-signs the journal's first checkpoint.
        SecureBytes pin;
    };
    // With a journal token (JournalSigner::enrol), checkpoints are signed from the first entry on.
    // Creates the folder's config, keyslots and database. Public keys are read from the cards
    // (no PIN needed). The first person is the creator, named in the first journal entry.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>>
    create(const QString& dir, const WorkspaceConfig& config, const QVector<Enrolment>& people,
           const journal::JournalSigner::Enrolled* journalToken = nullptr,
           const MachineSettings& machine = {});

    QString dir() const { return m_dir; }
    const WorkspaceConfig& config() const { return m_config; }
    const Identity& identity() const { return m_identity; }
    // This machine's Settings the workspace was opened with (for further module loads: cards()).
    const MachineSettings& machine() const { return m_machine; }
    store::Database& db() { return *m_db; }
    journal::JournalStore& journal() { return *m_journal; }
    // The cards' module (and the key and journal tokens' where they have none of their own).
    std::shared_ptr<hsm::Module> module() const { return m_module; }
    // The key token's module and the token in it (issue #18); a module that did not load at
    // open is an error here, with its sentence.
    [[nodiscard]] Result<std::shared_ptr<hsm::Module>> keyTokenModule() const;
    [[nodiscard]] Result<hsm::TokenInfo> keyToken() const;
    [[nodiscard]] Result<std::unique_ptr<hsm::Session>> openKeyTokenSession(bool readWrite) const;
    // Every module this workspace loaded, cards' first, each once (the HSM view lists their tokens).
    QVector<std::shared_ptr<hsm::Module>> modules() const;
    // What open found wrong (the journal, its files, its token, the database file); when not ok,
    // the workspace is read-only and nothing was journaled at open.
    const WorkspaceHealth& health() const { return m_health; }

    // The role of whoever opened the workspace must allow this (policy/Role.h); the refusal
    // names the role and the action. While health() is not ok (fail closed) or registerAlarm() is
    // set, only reading is allowed (open, browse, verify, export); the refusal names what is wrong.
    [[nodiscard]] Status require(policy::Permission permission) const;

    // The site register (issue #14): the verified chain's newest version. Names, roles, approvers
    // and the safety settings (config() carries them) come from here, never from the files that
    // mirror it.
    const SiteRegister& siteRegister() const { return m_register; }
    const QVector<RegisterVersion>& siteRegisterChain() const { return m_registerChain; }
    // Every card any version of the register enrolled (newest entry per key), for checking old
    // approvals.
    QVector<RegisteredCard> registeredCards() const;
    // Why this workspace is open read-only: the register does not verify, does not contain what
    // the opener's card last saw, or the module is not the one registered. Empty when all is well.
    QString registerAlarm() const { return m_registerAlarm; }
    // Things the banner shows that are not alarms: a development module loaded by path, a
    // workspace.json that differs from the register it mirrors.
    QStringList notices() const { return m_notices; }
    const hsm::ModuleRegistry::Resolved& moduleInfo() const { return m_moduleInfo; }
    // Adds a site register version that k custodians signed (SiteRegisterChange), journals it
    // with what changed, and applies it (config(), the mirror in workspace.json). `reshared`: the
    // key token's PINs were re-shared for it; its generation becomes current in the same
    // transaction, and its details go into the journal entry.
    // Where each card's share of the key token's PINs lives (issue #18), read at open and after
    // each register change: card serial → generation (0: on the card, from the enrolment).
    struct ShareHolding {
        int currentGeneration = 0;
        int pendingGeneration = 0;  // an interrupted re-share the next quorum undoes
        QHash<QString, int> byCard; // cards with a share of the current generation in the workspace
    };
    const ShareHolding& shareHolding() const { return m_shareHolding; }

    // keyslots.json follows the register: a keyslot for each active card (made from the card's
    // public key, no card needed) and, with removeRevoked, none for a revoked one. After each
    // register change (removing), and at each open of a trusted register (adding only: a register
    // only the opener's own card trusts must not lock the other card holders out of the alarm).
    [[nodiscard]] Status syncKeyslots(const SiteRegister& reg, bool removeRevoked);
    [[nodiscard]] Status addRegisterVersion(const RegisterVersion& version, const QJsonArray& approvals,
                                            const KeyTokenTurnover::Done* reshared = nullptr);

    // The journal token's PIN (issue #15) is sealed to every active card of the register
    // (JournalPinStore), never kept as a clear row. When a register change takes a card out,
    // the PIN is changed first: a new one sealed ("pending") to the next register's active
    // cards and committed, then set on the token (C_SetPIN). addRegisterVersion makes it current
    // in the change's own transaction and journals it; undoJournalPinChange() puts the old PIN
    // back when the change fails. A kill in between is settled at the next open (the token
    // says which PIN it takes). A change that only adds cards seals the current PIN to them.
    struct JournalPinChange {
        int generation = 0;
        QJsonObject details; // the register change's journal entry carries it
    };
    [[nodiscard]] Result<JournalPinChange> changeJournalPin(const SiteRegister& next, const QString& reason);
    [[nodiscard]] Status undoJournalPinChange();

    // The database key changes when a register version takes a card out (addRegisterVersion
    // calls this after the change commits; a writable open does it when it finds it not done): a
    // new random key, keyslots for the active cards only, the database copied under it and
    // renamed over the old file (WorkspaceDatabaseKey.cpp says why each step is crash-safe). A
    // leaver's copy of the old key then opens nothing current. Journaled in the new database
    // (workspace.database_key_changed).
    [[nodiscard]] Status changeDatabaseKey(const QString& reason);
    // Whether a register version took a card out since the database key last changed: the change
    // found other connections open (the console's readers) and left it to be made once they close.
    [[nodiscard]] Result<bool> databaseKeyChangeOwed() const;
    // Makes that change now (the caller has closed its other connections); nothing when none is owed.
    [[nodiscard]] Status changeDatabaseKeyIfOwed();
    static QString keyslotsNextPath(const QString& dir);
    static QString databaseRekeyPath(const QString& dir);

    // A further connection (e.g. for the UI's reader thread). Read-only unless asked.
    [[nodiscard]] Result<std::unique_ptr<store::Database>> openConnection(bool readOnly = true) const;
    // Appends one journal entry in its own transaction (single-step actions), then signs the
    // head (checkpoint()). An error may come from the signing, after the entry was committed.
    [[nodiscard]] Result<journal::JournalEntry> record(const QString& action, const QString& target,
                                                       const QJsonObject& details);
    // The same without the checkpoint, for a caller that must tell "not recorded" from "recorded
    // but not signed" (a ceremony's outcome): it calls checkpoint() itself.
    [[nodiscard]] Result<journal::JournalEntry> recordUnsigned(const QString& action, const QString& target,
                                                               const QJsonObject& details);

    static QString databasePath(const QString& dir);
    static QString checkpointFilePath(const QString& dir);
    static QString journalKeyPath(const QString& dir);

    // Signs the chain head (if it moved since the last checkpoint) into the database and the
    // sidecar file. Called after every custodial operation; bulk work calls it every chunk.
    [[nodiscard]] Status checkpoint();
    bool signsCheckpoints() const { return m_signer != nullptr; }
    // True while the opener's card is logged in and co-signs checkpoints.
    bool cardCosigns() const { return m_card != nullptr; }
    // The entry the opener's card had last co-signed, checked at open (its journal witness); 0
    // when the card held none for this site.
    qint64 witnessSeqAtOpen() const { return m_witnessSeq; }
    // Signs a document the workspace issues (instruction batch, key export) with the journal
    // signing key; the same public key verifies checkpoints and documents.
    [[nodiscard]] Result<QByteArray> signDocument(const QByteArray& data);
    QByteArray signingPublicKey() const;
    // Verifies the whole journal against the journal signing key (workspace's PEM, or the one
    // given), the database's checkpoints and the sidecar.
    // awaitingActor: see JournalVerifier::Input (the health check at open passes the opener).
    [[nodiscard]] journal::VerificationReport verifyJournal(const QByteArray& publicKeySpki = {},
                                                            const std::function<void(qint64)>& progress = {},
                                                            const QString& awaitingActor = {});
    // The same check through another connection to this workspace's database (e.g. a read-only
    // one on a worker thread, so that the GUI keeps the workspace's own connection).
    [[nodiscard]] static journal::VerificationReport
    verifyJournalOn(store::Database& db, const QString& dir, const WorkspaceConfig& config,
                    const QByteArray& publicKeySpki = {}, const std::function<void(qint64)>& progress = {},
                    const QString& awaitingActor = {});

private:
    Workspace() = default;
    static const char* const kLegacyJournalPinKey; // meta row before issue #15's change
    struct JournalPinState {
        int generation = 0;   // of the seal the signer was opened with (0: the clear row)
        bool pending = false; // a pending seal: the token took a change a kill interrupted
        bool legacy = false;  // the clear meta row
    };
    [[nodiscard]] static Result<std::unique_ptr<journal::JournalSigner>>
    openJournalSigner(hsm::Module& module, const hsm::TokenInfo& token, store::Database& db,
                      hsm::Session* card, const QByteArray& cardKeyId, const QString& cardSerial,
                      const QString& cardFingerprint, const QString& journalTokenSerial,
                      JournalPinState& state);
    [[nodiscard]] Result<SecureBytes> currentJournalPin();
    QString journalPinTokenSerial() const; // bound into each seal
    // In a register change's transaction: the pending change made current, or the current PIN
    // sealed to cards that lack it. `details` is set when something was done.
    [[nodiscard]] Status sealJournalPinInTransaction(const SiteRegister& next, QJsonObject& details);
    // After a writable open: settles an interrupted change, retires the clear row.
    [[nodiscard]] Status settleJournalPin();
    // QSaveFile: a crash leaves the old file or the new one (workspace.json, keyslots).
    [[nodiscard]] static Status writeJsonAtomically(const QString& path, const QJsonDocument& doc);
    // The newest register version that took a card out (0: none).
    int lastVersionTakingCardsOut() const;
    // The register version the last workspace.database_key_changed entry was for (0: none).
    [[nodiscard]] Result<int> databaseKeyChangedFor() const;
    // changeDatabaseKey() for the newest version that took a card out (databaseKeyChangeOwed()).
    [[nodiscard]] Status changeOwedDatabaseKey();
    QString m_keyChangeNotice;             // "not changed": withdrawn when a later try changes it
    bool m_openedWithNextKeyslots = false; // a key change killed after its swap; settled at open
    std::shared_ptr<std::atomic<int>> m_connections = std::make_shared<std::atomic<int>>(0);
    // openConnection() and changeDatabaseKey() exclude each other: no connection opens between
    // the key change's count of the others and its swap, nor reads the key while it is replaced.
    mutable std::mutex m_connectionMutex;
    int extraConnections() const { return m_connections->load(); }
    // After a writable open: removes what a killed key change left; changes the key if a card
    // was taken out since it last changed.
    [[nodiscard]] Status settleDatabaseKey();
    struct PinChangeUndo {
        SecureBytes from;
        SecureBytes to;
        int generation = 0;
        QJsonObject details;
    };
    std::optional<PinChangeUndo> m_pinChange;
    bool m_timestampWarned = false;    // one notice for checkpoints the TSA did not stamp
    QDeadlineTimer m_tsaQuietUntil{0}; // expired until a failure: the TSA is then not asked for a while
    JournalPinState m_pinState;
    std::unique_ptr<WorkspaceLock> m_lock; // first: released after everything else has closed
    WorkspaceHealth m_health;
    QString m_dir;
    WorkspaceConfig m_config;
    MachineSettings m_machine;
    Identity m_identity;
    SecureBytes m_dbKey; // kept in locked memory for further connections; wiped on close
    std::shared_ptr<hsm::Module> m_module;
    std::shared_ptr<hsm::Module> m_keyTokenModule; // null: m_keyTokenModuleError says why
    Error m_keyTokenModuleError;
    QString m_keyTokenUri; // Settings' or the register's; empty: by serial
    std::shared_ptr<hsm::Module> m_journalModule;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<journal::JournalStore> m_journal;
    std::unique_ptr<journal::JournalSigner> m_signer;
    // The opener's card, kept logged in while the workspace is open: it co-signs every
    // checkpoint and keeps the newest head it signed as its journal witness (issue #15).
    std::unique_ptr<hsm::Session> m_card;
    QByteArray m_cardKeyId; // found again at each checkpoint: a logout (approvals) drops handles
    QString m_site;         // RegisterAnchor::siteId: names the card's witness object
    qint64 m_witnessSeq = 0;
    qint64 m_lastCheckpointSeq = 0;
    QVector<RegisterVersion> m_registerChain;
    SiteRegister m_register;
    QString m_registerAlarm;
    bool m_registerTrusted = false;
    QStringList m_notices;
    ShareHolding m_shareHolding;
    void readShareHolding();
    hsm::ModuleRegistry::Resolved m_moduleInfo;
    void applyRegister(const SiteRegister& reg);
};

} // namespace symbolon::workspace
