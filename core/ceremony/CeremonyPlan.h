#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace symbolon::workspace {
struct WorkspaceConfig;
}

namespace symbolon::ceremony {

enum class CeremonyKind {
    GenerateKeks,
    TransportKey,
    ExportSharedKey,
    ImportSharedKey,
    MigrationUnwrap,
    ReKey,
    ReadinessCheck, // issue #19: every operation tried on scratch objects (hsm::ReadinessCheck)
    RolloverKek,    // issue #20: a new KEK version, every package moved to it (KekRollover)
    DestroyKek,     // issue #20: a retired KEK version destroyed in the HSM
};

// One ceremony as the quorum is asked to authorise it: the quorum action's name and parameters
// that say exactly what will be done. The CLI and the console build the same plan, so the same
// request is signed whichever one a custodian uses.
struct CeremonyPlan {
    CeremonyKind kind = CeremonyKind::GenerateKeks;
    QString transportKeyLabel; // Transport Key: the label to create; export/import/migrate: the one to use
    int components = 2;        // Transport Key: 2 or 3
    QString packageFile;       // export: where it will be written; import: the file
    QString packageKcv;        // import: the Shared Key KCV the (verified) package states
    int chunkSize = 500;       // migration, re-key
    qint64 rekeyRun = 0;       // re-key: the planned run executed (or resumed)
    QJsonObject rekeyDetails;  // re-key: kinds, devices, plan digest, justification — what is signed
    int workers = 0;           // re-key, migration: worker sessions (0: chosen from measured throughput)
    QString kek;               // KEK rollover and destroy: "dco" or "shared" (keys::kekOption)
    int kekVersion = 0;        // rollover: the version retiring; destroy: the version destroyed
    QString pmaGround, pmaReference; // rollover: the SMKI PMA's instruction
    qint64 packages = 0;             // rollover: the packages under the retiring version (what moves)
    bool resume = false;             // rollover: an interrupted rollover goes on (no new version)
    // Where key material will pass through host memory on this key token, and how much
    // (CeremonyPaths::disclose): signed with the request, so approvers see it before they sign.
    QStringList hostMemory;

    QString action() const;  // "ceremony.generate-keks", ...
    QString title() const;   // "Generate the KEKs", for people
    QString kekName() const; // "DCO Key" / "Shared Key" for kek
    // Everything the action will do, as the custodians read it before approving.
    QJsonObject parameters(const workspace::WorkspaceConfig& config) const;
    // "key: value" lines of parameters(), in a stable order.
    static QString parametersText(const QJsonObject& parameters);
};

} // namespace symbolon::ceremony
