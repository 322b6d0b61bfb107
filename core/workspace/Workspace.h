#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "hsm/SoftHsmStoreGuard.h"
#include "hsm/TokenInfo.h"
#include "journal/Journal.h"
#include "journal/JournalSigner.h"
#include "journal/JournalVerifier.h"
#include "policy/Role.h"
#include "workspace/Identity.h"
#include "workspace/Keyslot.h"
#include "workspace/WorkspaceConfig.h"

#include <QString>
#include <QVector>

#include <memory>

namespace symbolon::hsm {
class Module;
}

namespace symbolon::workspace {

class Database;

// A workspace is a folder:
//   workspace.json   WorkspaceConfig (no secrets)
//   keyslots.json    one Keyslot per authorised person (the database key wrapped to their card)
//   workspace.db     SQLCipher: people, inventory, key records, the journal
//   tokens/          (demo) the embedded SoftHSM2 token store; softhsm2.conf is written on open
class Workspace {
public:
    ~Workspace();

    // This machine's choices, which win over workspace.json for workspaces that keep their keys
    // on an HSM (not for an embedded SoftHSM2 store): the PKCS#11 module's path here, and RFC 7512
    // URIs selecting the key token and the journal token (an HSM partition's serial differs
    // between sites). Empty: as workspace.json says. Set once by the console from its Settings;
    // what was applied is recorded in the workspace.opened journal entry.
    struct MachineSettings {
        QString modulePath;
        QString keyTokenUri;
        QString journalTokenUri;
    };
    static void setMachineSettings(const MachineSettings& settings);
    static MachineSettings machineSettings();

    // A card that can open this workspace, and whether it is present now.
    struct Card {
        Keyslot keyslot;
        bool present = false;
        hsm::TokenInfo token; // valid when present
    };

    [[nodiscard]] static Result<WorkspaceConfig> readConfig(const QString& dir);
    [[nodiscard]] static Result<QVector<Keyslot>> readKeyslots(const QString& dir);
    // Loads the configured PKCS#11 module (pointing SoftHSM2 at the embedded store first).
    [[nodiscard]] static Result<std::shared_ptr<hsm::Module>> loadModule(const QString& dir,
                                                                         const WorkspaceConfig& config);
    [[nodiscard]] static Result<QVector<Card>> cards(const QString& dir);
    // What securing the embedded token store found when this process first loaded it, and a
    // sentence for a custodian when a token in it is damaged beyond repair (else empty).
    static const hsm::SoftHsmStoreGuard::Report& tokenStoreReport();
    static QString tokenStoreNotice();

    // Opens with a card (by serial) and its PIN. A wrong PIN, a card with no keyslot, a missing
    // or corrupted database each fail with a precise message and change nothing.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>>
    open(const QString& dir, const QString& cardSerial, const SecureBytes& pin);

    struct Enrolment {
        QString holder;
        QString role;
        QString tokenSerial;
        QByteArray keyId; // the card's EC P-256 key pair
    };
    // With a journal token (JournalSigner::enrol), checkpoints are signed from the first entry on.
    // Creates the folder's config, keyslots and database. Public keys are read from the cards
    // (no PIN needed). The first person is the creator, named in the first journal entry.
    [[nodiscard]] static Result<std::unique_ptr<Workspace>>
    create(const QString& dir, const WorkspaceConfig& config, const QVector<Enrolment>& people,
           const journal::JournalSigner::Enrolled* journalToken = nullptr);

    QString dir() const { return m_dir; }
    const WorkspaceConfig& config() const { return m_config; }
    const Identity& identity() const { return m_identity; }
    Database& db() { return *m_db; }
    journal::Journal& journal() { return *m_journal; }
    std::shared_ptr<hsm::Module> module() const { return m_module; }

    // The role of whoever opened the workspace must allow this (policy/Role.h); the refusal
    // names the role and the action.
    [[nodiscard]] Status require(policy::Permission permission) const;

    // A further connection (e.g. for the UI's reader thread). Read-only unless asked.
    [[nodiscard]] Result<std::unique_ptr<Database>> openConnection(bool readOnly = true) const;
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
    // Signs a document the workspace issues (instruction batch, key export) with the journal
    // signing key; the same public key verifies checkpoints and documents.
    [[nodiscard]] Result<QByteArray> signDocument(const QByteArray& data);
    QByteArray signingPublicKey() const;
    // Verifies the whole journal against the journal signing key (workspace's PEM, or the one
    // given), the database's checkpoints and the sidecar.
    [[nodiscard]] journal::VerificationReport verifyJournal(const QByteArray& publicKeySpki = {},
                                                            const std::function<void(qint64)>& progress = {});
    // The same check through another connection to this workspace's database (e.g. a read-only
    // one on a worker thread, so that the GUI keeps the workspace's own connection).
    [[nodiscard]] static journal::VerificationReport
    verifyJournalOn(Database& db, const QString& dir, const WorkspaceConfig& config,
                    const QByteArray& publicKeySpki = {}, const std::function<void(qint64)>& progress = {});

private:
    Workspace() = default;
    QString m_dir;
    WorkspaceConfig m_config;
    Identity m_identity;
    SecureBytes m_dbKey; // kept in locked memory for further connections; wiped on close
    std::shared_ptr<hsm::Module> m_module;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<journal::JournalSigner> m_signer;
    qint64 m_lastCheckpointSeq = 0;
};

} // namespace symbolon::workspace
