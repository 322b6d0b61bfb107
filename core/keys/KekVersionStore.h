#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace symbolon::store {
class Database;
}

namespace symbolon::keys {

// The two KEKs of the key hierarchy (DESIGN.md): the database's words ("DCO Key", "Shared Key").
enum class Kek { Dco, Shared };
QString kekCode(Kek k);   // "DCO Key" / "Shared Key": key_records.kek
QString kekOption(Kek k); // "dco" / "shared": the CLI's --kek
std::optional<Kek> parseKekOption(const QString& text);
std::optional<Kek> parseKekCode(const QString& text);

// A KEK version's life (issue #20, CKMP (b)(iii) and (d)(vi)): active (new packages go under it;
// exactly one per KEK), retiring (a rollover is moving its packages to the active version; still
// read), retired (no package refers to it; still in the HSM for reading what others hold, such as
// an S1SP's older exports), destroyed (C_DestroyObject under a quorum; recorded with its KCV).
enum class KekVersionState { Active, Retiring, Retired, Destroyed };
QString kekVersionStateCode(KekVersionState s); // "active", ...
QString kekVersionStateName(KekVersionState s); // for people

// The token object of a version: version 1 keeps the labels Symbolon has always used
// ("Symbolon DCO Key", id "symbolon-dco-key"); version n ≥ 2 carries it in both
// ("Symbolon DCO Key v2", "symbolon-dco-key-v2").
QString kekLabel(Kek k, int version);
QByteArray kekObjectId(Kek k, int version);
// "DCO Key v2" (version 1: "DCO Key v1"), for messages, journal targets and the Key States view.
QString kekVersionName(Kek k, int version);

struct KekVersion {
    Kek kek = Kek::Dco;
    int version = 1;
    QString label;
    QByteArray objectId;
    QString kcv; // labelled CMAC-5B, computed inside the HSM when the version was recorded
    KekVersionState state = KekVersionState::Active;
    qint64 packages = 0; // key records packaged under it (kept by triggers in every transaction)
    QDateTime createdAt, stateChangedAt;
    qint64 journalSeq = 0; // the entry that recorded it (0: recorded at the upgrade to schema 9)
    QString pmaReference;  // the rollover's PMA instruction that made it (empty for version 1)
};

// A rollover of one KEK from one version to the next: every package under `from` re-packaged
// under `to` inside the HSM, chunk by chunk. `cursor` is the highest key_records.id whose package
// is settled: every record up to it is under `to` (or was never under `from`).
struct KekRollover {
    qint64 id = 0;
    Kek kek = Kek::Dco;
    int from = 0, to = 0;
    QString pmaGround, pmaReference;
    bool completed = false;
    qint64 cursor = 0;
    qint64 packagesDone = 0, packagesTotal = 0;
    int chunks = 0;
    QDateTime startedAt;
    std::optional<QDateTime> finishedAt;
};

// One package to move, as read from key_records.
struct PackageToMove {
    qint64 id = 0;
    QString deviceId, kind;
    int client = 0;
    QByteArray package;
    QString kcv; // the key's labelled KCV, recorded when it was packaged
};

// Owner of kek_versions and kek_rollovers (schema 9: workspace/WorkspaceSchema.cpp), and of key_records'
// package columns while a rollover moves them. The database itself refuses a package under a version that is
// not active (a trigger), so nothing new is ever packaged under a retiring version, whatever the code does.
class KekVersionStore {
public:
    [[nodiscard]] static Result<QVector<KekVersion>> all(store::Database& db);
    [[nodiscard]] static Result<QVector<KekVersion>> of(store::Database& db, Kek kek);
    [[nodiscard]] static Result<std::optional<KekVersion>> find(store::Database& db, Kek kek, int version);
    // Exact count from key_records (not the trigger's): for destroying, which must be sure.
    [[nodiscard]] static Result<qint64> countPackages(store::Database& db, Kek kek, int version);

    // Each in the caller's transaction.
    [[nodiscard]] static Status add(store::Database& db, const KekVersion& v, qint64 now);
    [[nodiscard]] static Status setState(store::Database& db, Kek kek, int version, KekVersionState from,
                                         KekVersionState to, qint64 now);

    [[nodiscard]] static Result<std::optional<KekRollover>> runningRollover(store::Database& db, Kek kek);
    [[nodiscard]] static Result<QVector<KekRollover>> rollovers(store::Database& db);
    [[nodiscard]] static Result<qint64> startRollover(store::Database& db, const KekRollover& r,
                                                      qint64 journalSeq, qint64 now);
    // Up to `limit` packages under `from` after the cursor, in id order.
    [[nodiscard]] static Result<QVector<PackageToMove>> nextPackages(store::Database& db, Kek kek, int from,
                                                                     qint64 after, int limit);
    struct Moved {
        qint64 keyId = 0;
        QByteArray package; // the same key, packaged under `to`
    };
    // A chunk's packages moved: refused unless every record is still under `from` (the caller's
    // transaction is then rolled back, so nothing changes).
    [[nodiscard]] static Status movePackages(store::Database& db, Kek kek, int from, int to,
                                             const QString& toKcv, const QVector<Moved>& moved);
    [[nodiscard]] static Status advanceRollover(store::Database& db, qint64 rollover, qint64 cursor,
                                                qint64 moved, qint64 now);
    [[nodiscard]] static Status completeRollover(store::Database& db, qint64 rollover, qint64 now);
};

} // namespace symbolon::keys
