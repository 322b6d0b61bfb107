#include "keys/KekVersionStore.h"

#include "store/BatchInsert.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

namespace symbolon::keys {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::keys", s);
}

const char* kVersionColumns = "SELECT kek, version, label, object_id, kcv, state, packages, created_at, "
                              "state_changed_at, journal_seq, pma_reference FROM kek_versions ";

KekVersion versionFrom(const store::Statement& r) {
    KekVersion v;
    v.kek = parseKekCode(r.text(0)).value_or(Kek::Dco);
    v.version = int(r.int64(1));
    v.label = r.text(2);
    v.objectId = r.blob(3);
    v.kcv = r.text(4);
    const QString state = r.text(5);
    for (KekVersionState s : {KekVersionState::Active, KekVersionState::Retiring, KekVersionState::Retired,
                              KekVersionState::Destroyed})
        if (state == kekVersionStateCode(s))
            v.state = s;
    v.packages = r.int64(6);
    v.createdAt = QDateTime::fromSecsSinceEpoch(r.int64(7), Qt::UTC);
    v.stateChangedAt = QDateTime::fromSecsSinceEpoch(r.int64(8), Qt::UTC);
    v.journalSeq = r.int64(9);
    v.pmaReference = r.text(10);
    return v;
}

const char* kRolloverColumns = "SELECT id, kek, from_version, to_version, pma_ground, pma_reference, state, "
                               "cursor, packages_done, packages_total, chunks, started_at, finished_at "
                               "FROM kek_rollovers ";

KekRollover rolloverFrom(const store::Statement& r) {
    KekRollover o;
    o.id = r.int64(0);
    o.kek = parseKekCode(r.text(1)).value_or(Kek::Dco);
    o.from = int(r.int64(2));
    o.to = int(r.int64(3));
    o.pmaGround = r.text(4);
    o.pmaReference = r.text(5);
    o.completed = r.text(6) == QLatin1String("completed");
    o.cursor = r.int64(7);
    o.packagesDone = r.int64(8);
    o.packagesTotal = r.int64(9);
    o.chunks = int(r.int64(10));
    o.startedAt = QDateTime::fromSecsSinceEpoch(r.int64(11), Qt::UTC);
    if (!r.isNull(12))
        o.finishedAt = QDateTime::fromSecsSinceEpoch(r.int64(12), Qt::UTC);
    return o;
}

Status changedOne(store::Database& db, const QString& what) {
    if (db.changes() != 1)
        return fail(ErrorCode::Database, what);
    return {};
}
} // namespace

QString kekCode(Kek k) {
    return k == Kek::Dco ? QStringLiteral("DCO Key") : QStringLiteral("Shared Key");
}

QString kekOption(Kek k) {
    return k == Kek::Dco ? QStringLiteral("dco") : QStringLiteral("shared");
}

std::optional<Kek> parseKekOption(const QString& text) {
    for (Kek k : {Kek::Dco, Kek::Shared})
        if (text.trimmed().compare(kekOption(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

std::optional<Kek> parseKekCode(const QString& text) {
    for (Kek k : {Kek::Dco, Kek::Shared})
        if (text == kekCode(k))
            return k;
    return std::nullopt;
}

QString kekVersionStateCode(KekVersionState s) {
    switch (s) {
    case KekVersionState::Active:
        return QStringLiteral("active");
    case KekVersionState::Retiring:
        return QStringLiteral("retiring");
    case KekVersionState::Retired:
        return QStringLiteral("retired");
    case KekVersionState::Destroyed:
        return QStringLiteral("destroyed");
    }
    return {};
}

QString kekVersionStateName(KekVersionState s) {
    switch (s) {
    case KekVersionState::Active:
        return keys::tr("active: new packages go under it");
    case KekVersionState::Retiring:
        return keys::tr("retiring: a rollover is moving its packages");
    case KekVersionState::Retired:
        return keys::tr("retired: no package refers to it");
    case KekVersionState::Destroyed:
        return keys::tr("destroyed in the HSM");
    }
    return {};
}

QString kekLabel(Kek k, int version) {
    const QString base =
        k == Kek::Dco ? QStringLiteral("Symbolon DCO Key") : QStringLiteral("Symbolon Shared Key");
    return version <= 1 ? base : QStringLiteral("%1 v%2").arg(base).arg(version);
}

QByteArray kekObjectId(Kek k, int version) {
    const QByteArray base =
        k == Kek::Dco ? QByteArrayLiteral("symbolon-dco-key") : QByteArrayLiteral("symbolon-shared-key");
    return version <= 1 ? base : base + "-v" + QByteArray::number(version);
}

QString kekVersionName(Kek k, int version) {
    return QStringLiteral("%1 v%2").arg(kekCode(k)).arg(version);
}

Result<QVector<KekVersion>> KekVersionStore::all(store::Database& db) {
    auto st = db.prepare((QByteArray(kVersionColumns) + "ORDER BY kek, version;").constData());
    if (!st)
        return st.error();
    QVector<KekVersion> out;
    if (auto s = st->forEachRow([&](const store::Statement& r) { out.push_back(versionFrom(r)); }); !s)
        return s.error();
    return out;
}

Result<QVector<KekVersion>> KekVersionStore::of(store::Database& db, Kek kek) {
    auto st = db.prepare((QByteArray(kVersionColumns) + "WHERE kek = ?1 ORDER BY version;").constData());
    if (!st)
        return st.error();
    st->bind(1, kekCode(kek));
    QVector<KekVersion> out;
    if (auto s = st->forEachRow([&](const store::Statement& r) { out.push_back(versionFrom(r)); }); !s)
        return s.error();
    return out;
}

Result<std::optional<KekVersion>> KekVersionStore::find(store::Database& db, Kek kek, int version) {
    auto versions = of(db, kek);
    if (!versions)
        return versions.error();
    for (const KekVersion& v : *versions)
        if (v.version == version)
            return std::optional<KekVersion>(v);
    return std::optional<KekVersion>();
}

Result<qint64> KekVersionStore::countPackages(store::Database& db, Kek kek, int version) {
    auto st = db.prepare("SELECT count(*) FROM key_records WHERE kek = ?1 AND kek_version = ?2;");
    if (!st)
        return st.error();
    st->bind(1, kekCode(kek)).bind(2, version);
    qint64 n = 0;
    if (auto s = st->forEachRow([&](const store::Statement& r) { n = r.int64(0); }); !s)
        return s.error();
    return n;
}

Status KekVersionStore::add(store::Database& db, const KekVersion& v, qint64 now) {
    auto st = db.prepare("INSERT INTO kek_versions(kek, version, label, object_id, kcv, state, packages, "
                         "created_at, state_changed_at, journal_seq, pma_reference) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?7, ?8, ?9);");
    if (!st)
        return st.error();
    st->bind(1, kekCode(v.kek))
        .bind(2, v.version)
        .bind(3, v.label)
        .bind(4, v.objectId)
        .bind(5, v.kcv)
        .bind(6, kekVersionStateCode(v.state))
        .bind(7, now)
        .bind(8, v.journalSeq)
        .bind(9, v.pmaReference);
    return st->run();
}

Status KekVersionStore::setState(store::Database& db, Kek kek, int version, KekVersionState from,
                                 KekVersionState to, qint64 now) {
    auto st = db.prepare("UPDATE kek_versions SET state = ?1, state_changed_at = ?2 "
                         "WHERE kek = ?3 AND version = ?4 AND state = ?5;");
    if (!st)
        return st.error();
    st->bind(1, kekVersionStateCode(to))
        .bind(2, now)
        .bind(3, kekCode(kek))
        .bind(4, version)
        .bind(5, kekVersionStateCode(from));
    if (auto s = st->run(); !s)
        return s;
    return changedOne(db, keys::tr("%1 is no longer %2: another session changed it. Nothing was changed.")
                              .arg(kekVersionName(kek, version), kekVersionStateCode(from)));
}

Result<std::optional<KekRollover>> KekVersionStore::runningRollover(store::Database& db, Kek kek) {
    auto st =
        db.prepare((QByteArray(kRolloverColumns) + "WHERE kek = ?1 AND state = 'running';").constData());
    if (!st)
        return st.error();
    st->bind(1, kekCode(kek));
    std::optional<KekRollover> out;
    if (auto s = st->forEachRow([&](const store::Statement& r) { out = rolloverFrom(r); }); !s)
        return s.error();
    return out;
}

Result<QVector<KekRollover>> KekVersionStore::rollovers(store::Database& db) {
    auto st = db.prepare((QByteArray(kRolloverColumns) + "ORDER BY id;").constData());
    if (!st)
        return st.error();
    QVector<KekRollover> out;
    if (auto s = st->forEachRow([&](const store::Statement& r) { out.push_back(rolloverFrom(r)); }); !s)
        return s.error();
    return out;
}

Result<qint64> KekVersionStore::startRollover(store::Database& db, const KekRollover& r, qint64 journalSeq,
                                              qint64 now) {
    auto st =
        db.prepare("INSERT INTO kek_rollovers(kek, from_version, to_version, pma_ground, pma_reference, "
                   "state, packages_total, started_at, journal_seq) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, 'running', ?6, ?7, ?8);");
    if (!st)
        return st.error();
    st->bind(1, kekCode(r.kek))
        .bind(2, r.from)
        .bind(3, r.to)
        .bind(4, r.pmaGround)
        .bind(5, r.pmaReference)
        .bind(6, r.packagesTotal)
        .bind(7, now)
        .bind(8, journalSeq);
    if (auto s = st->run(); !s)
        return s.error();
    return db.lastInsertRowId();
}

Result<QVector<PackageToMove>> KekVersionStore::nextPackages(store::Database& db, Kek kek, int from,
                                                             qint64 after, int limit) {
    // By rowid from the cursor: during a rollover nearly every record ahead of it is to move.
    auto st = db.prepare("SELECT k.id, d.device_id, k.kind, k.client, k.package, k.kcv FROM key_records k "
                         "JOIN devices d ON d.id = k.device "
                         "WHERE k.id > ?1 AND k.kek = ?2 AND k.kek_version = ?3 ORDER BY k.id LIMIT ?4;");
    if (!st)
        return st.error();
    st->bind(1, after).bind(2, kekCode(kek)).bind(3, from).bind(4, limit);
    QVector<PackageToMove> out;
    out.reserve(limit);
    if (auto s = st->forEachRow([&](const store::Statement& r) {
            out.push_back({r.int64(0), r.text(1), r.text(2), int(r.int64(3)), r.blob(4), r.text(5)});
        });
        !s)
        return s.error();
    return out;
}

Status KekVersionStore::movePackages(store::Database& db, Kek kek, int from, int to, const QString& toKcv,
                                     const QVector<Moved>& moved) {
    // One UPDATE for the chunk, from a temporary table: a statement on key_records opens a
    // statement journal (its triggers can abort), and one per package cost 40 µs each, a third
    // of a rollover's commit time.
    if (auto s =
            db.exec("CREATE TEMP TABLE IF NOT EXISTS kek_moves (id INTEGER PRIMARY KEY, package BLOB NOT "
                    "NULL); DELETE FROM temp.kek_moves;");
        !s)
        return s;
    {
        store::BatchInsert rows(db, "INSERT INTO temp.kek_moves(id, package)", 2);
        for (const Moved& m : moved) {
            if (m.package.size() != 16)
                return fail(ErrorCode::Internal, keys::tr("Key record %1: a package is 16 bytes, not %2.")
                                                     .arg(m.keyId)
                                                     .arg(m.package.size()));
            if (auto s = rows.add({m.keyId, m.package}); !s)
                return s;
        }
        if (auto s = rows.flush(); !s)
            return s;
    }
    auto st =
        db.prepare("UPDATE key_records SET package = (SELECT package FROM temp.kek_moves m WHERE m.id = "
                   "key_records.id), kek_version = ?1, kek_kcv = ?2 WHERE id IN (SELECT id FROM "
                   "temp.kek_moves) AND kek = ?3 AND kek_version = ?4;");
    if (!st)
        return st.error();
    const QString code = kekCode(kek);
    st->bind(1, to).bind(2, toKcv).bind(3, code).bind(4, from);
    if (auto s = st->run(); !s)
        return s;
    if (db.changes() != moved.size())
        return fail(
            ErrorCode::Database,
            keys::tr("%1 of the chunk's %2 key records are no longer under %3: another session moved them. "
                     "This chunk was not committed.")
                .arg(moved.size() - db.changes())
                .arg(moved.size())
                .arg(kekVersionName(kek, from)));
    if (auto s = db.exec("DELETE FROM temp.kek_moves;"); !s)
        return s;
    auto counts =
        db.prepare("UPDATE kek_versions SET packages = packages + (CASE version WHEN ?2 THEN -?4 ELSE ?4 "
                   "END) WHERE kek = ?1 AND version IN (?2, ?3);");
    if (!counts)
        return counts.error();
    counts->bind(1, code).bind(2, from).bind(3, to).bind(4, qint64(moved.size()));
    if (auto s = counts->run(); !s)
        return s;
    if (db.changes() != 2)
        return fail(ErrorCode::Database, keys::tr("%1 or v%2 has no record: this chunk was not committed.")
                                             .arg(kekVersionName(kek, from))
                                             .arg(to));
    return {};
}

Status KekVersionStore::advanceRollover(store::Database& db, qint64 rollover, qint64 cursor, qint64 moved,
                                        qint64 now) {
    Q_UNUSED(now);
    auto st =
        db.prepare("UPDATE kek_rollovers SET cursor = max(cursor, ?1), packages_done = packages_done + ?2, "
                   "chunks = chunks + 1 WHERE id = ?3 AND state = 'running';");
    if (!st)
        return st.error();
    st->bind(1, cursor).bind(2, moved).bind(3, rollover);
    if (auto s = st->run(); !s)
        return s;
    return changedOne(db,
                      keys::tr("Rollover %1 is no longer running: another session finished it. This chunk "
                               "was not committed.")
                          .arg(rollover));
}

Status KekVersionStore::completeRollover(store::Database& db, qint64 rollover, qint64 now) {
    auto st = db.prepare("UPDATE kek_rollovers SET state = 'completed', finished_at = ?1 WHERE id = ?2 AND "
                         "state = 'running';");
    if (!st)
        return st.error();
    st->bind(1, now).bind(2, rollover);
    if (auto s = st->run(); !s)
        return s;
    return changedOne(db, keys::tr("Rollover %1 is no longer running.").arg(rollover));
}

} // namespace symbolon::keys
