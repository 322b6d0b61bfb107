#pragma once

#include "common/Result.h"
#include "rekey/BlastRadius.h"
#include "rekey/RekeyRequest.h"
#include "rekey/RekeyRunState.h"

#include <QDateTime>
#include <QVector>

namespace symbolon::store {
class Database;
} // namespace symbolon::store
namespace symbolon::workspace {
class Workspace;
} // namespace symbolon::workspace

namespace symbolon::rekey {

// A planned run as stored in rekey_runs.
struct RekeyRun {
    qint64 id = 0;
    QDateTime createdAt;
    QString createdBy;
    RekeyKinds kinds;
    QJsonObject selection;
    QJsonObject justification;
    qint64 deviceCount = 0;
    QString planDigest; // SHA-256 (hex) of kinds, justification and every device id: what the quorum signs
    RunState state = RunState::Planned;
    qint64 journalSeq = 0;

    [[nodiscard]] static Result<RekeyRun> load(store::Database& db, qint64 id);
    QString title() const; // "Re-key run 3: AK+GUEK on 5,000 devices"
    // What the quorum signs to execute (or resume) this run: the console and the CLI both send
    // this request (ceremony::CeremonyPlan::rekeyDetails).
    QJsonObject quorumRequest() const;
};

// Plan: select devices, check each against the policy, show the blast radius; create the run
// (its devices and the journal entry in one transaction) only when nothing is refused.
class RekeyPlanner {
public:
    struct Preview {
        BlastRadius radius;
        QVector<qint64> devices; // row ids of the allowed devices, ascending
        QStringList deviceIds;   // the same, canonical ids
    };
    // Read-only. Refusals: unknown ids in the list; no current MK (not migrated); keys already in
    // flight (an earlier run's new keys not yet active); in an open run; rotation done and no PMA
    // instruction (CKMP (d)(vi)); G2.44 token rule under production.
    [[nodiscard]] static Result<Preview> preview(workspace::Workspace& ws, const RekeyRequest& request,
                                                 const QDateTime& now);
    // The digest a plan is approved under: its kinds, its justification and every device id
    // (ascending row ids), so that `rekey check` can recompute it from what is stored.
    static QString planDigest(const RekeyKinds& kinds, const QJsonObject& justification,
                              const QStringList& deviceIds);
    // Needs PlanReKey. Refuses when the preview refuses any device or selects none.
    [[nodiscard]] static Result<RekeyRun> create(workspace::Workspace& ws, const RekeyRequest& request,
                                                 const QDateTime& now);
};

} // namespace symbolon::rekey
