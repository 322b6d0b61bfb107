#include "ceremony/KekRollover.h"

#include "ceremony/ChunkRamp.h"
#include "ceremony/KekRing.h"
#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/KeyWrap.h"
#include "hsm/Module.h"
#include "hsm/ParallelSessions.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"
#include "hsm/SessionPool.h"
#include "hsm/SessionTuner.h"
#include "journal/JournalQuery.h"
#include "journal/JournalStore.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <functional>
#include <optional>
#include <thread>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::ceremony", s, disambiguation, n);
}

hsm::SecretKeyRole roleOf(keys::Kek kek) {
    return kek == keys::Kek::Dco ? hsm::SecretKeyRole::DcoKey : hsm::SecretKeyRole::SharedKey;
}

struct MovedChunk {
    QVector<keys::KekVersionStore::Moved> moved;
    qint64 lastId = 0;
    QString firstDevice, lastDevice;
    QStringList fallbacks;
};

QString describe(const keys::PackageToMove& p) {
    return p.client ? ceremony::tr("key record %1 (device %2, %3 of client %4)")
                          .arg(p.id)
                          .arg(p.deviceId, p.kind)
                          .arg(p.client)
                    : ceremony::tr("key record %1 (device %2, %3)").arg(p.id).arg(p.deviceId, p.kind);
}

Error about(const keys::PackageToMove& p, const Error& e) {
    return Error{e.code, QStringLiteral("%1: %2").arg(describe(p), e.message), e.ckrv, e.hasCkrv};
}

// One package moved from `from` to `to` inside the token, its KCV checked before and after.
Result<QByteArray> movePackage(hsm::Session& s, const hsm::Capabilities& caps, policy::PolicyProfile profile,
                               const KekKey& from, const KekKey& to, const keys::PackageToMove& p,
                               QStringList& fallbacks) {
    const hsm::SecretKeyAttributes attrs = hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, profile);
    auto note = [&](const hsm::PathDecision& path) {
        if (path.fallback() && !fallbacks.contains(path.describe()))
            fallbacks << path.describe();
    };
    auto before =
        hsm::KeyWrap::unpackage(s, caps, profile, from.key, p.package, attrs, QString(), QByteArray());
    if (!before)
        return about(p, before.error());
    hsm::ScopedSecretKey held{s, before->key};
    note(before->path);
    auto kcvBefore = held.key.labelledKcv(s, caps, dlms::KcvMethod::Cmac5B);
    if (!kcvBefore)
        return about(p, kcvBefore.error());
    if (*kcvBefore != p.kcv)
        return fail(ErrorCode::Crypto,
                    ceremony::tr("%1: its package opens under %2 to KCV %3, but the record says %4. The "
                                 "package was altered or is not under this version. The rollover stopped "
                                 "before this chunk was committed; nothing of it changed. Treat it as an "
                                 "incident and compare the record with the journal and the evidence packs.")
                        .arg(describe(p), from.name(), *kcvBefore, p.kcv));
    auto packaged = hsm::KeyWrap::package(s, caps, to.key, held.key);
    if (!packaged)
        return about(p, packaged.error());
    auto after =
        hsm::KeyWrap::unpackage(s, caps, profile, to.key, packaged->package, attrs, QString(), QByteArray());
    if (!after)
        return about(p, after.error());
    hsm::ScopedSecretKey check{s, after->key};
    note(after->path);
    auto kcvAfter = check.key.labelledKcv(s, caps, dlms::KcvMethod::Cmac5B);
    if (!kcvAfter)
        return about(p, kcvAfter.error());
    if (*kcvAfter != p.kcv)
        return fail(ErrorCode::Crypto,
                    ceremony::tr("%1: the new package under %2 opens to KCV %3, not %4. The key token did "
                                 "not package the key it was given; nothing of this chunk was committed.")
                        .arg(describe(p), to.name(), *kcvAfter, p.kcv));
    return packaged->package;
}

// The HSM work of one chunk on the worker sessions (never the database): each takes the next
// package not yet taken; the results come out in record order whatever session did them.
Result<MovedChunk> moveChunk(const std::vector<hsm::Session*>& sessions, const hsm::Capabilities& caps,
                             policy::PolicyProfile profile, const KekKey& from, const KekKey& to,
                             const QVector<keys::PackageToMove>& in) {
    QVector<QByteArray> packages(in.size());
    std::vector<QStringList> fallbacks(sessions.size());
    std::atomic<std::size_t> workerNo{0};
    const Status done = hsm::forEachOnSessions(sessions, in.size(), [&](hsm::Session& session) {
        QStringList& mine = fallbacks[workerNo++];
        return [&](qsizetype i) -> Status {
            auto moved = movePackage(session, caps, profile, from, to, in[i], mine);
            if (!moved)
                return moved.error();
            packages[i] = std::move(*moved);
            return {};
        };
    });
    if (!done)
        return done.error();
    MovedChunk out;
    out.moved.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i)
        out.moved.push_back({in[i].id, std::move(packages[i])});
    if (!in.isEmpty()) {
        out.firstDevice = in.constFirst().deviceId;
        out.lastDevice = in.constLast().deviceId;
        out.lastId = in.constLast().id;
    }
    for (const QStringList& f : fallbacks)
        for (const QString& one : f)
            if (!out.fallbacks.contains(one))
                out.fallbacks << one;
    return out;
}

// The newest journal entry `action` of a rollover of `kek` whose details match: the journal,
// signed and co-signed by the cards, is what an insider with the database key cannot rewrite
// unseen (issue #15), so the decisions that cannot be undone rest on it.
Result<std::optional<journal::JournalEntry>>
rolloverEntry(store::Database& db, const QString& action, keys::Kek kek,
              const std::function<bool(const QJsonObject& details)>& matches) {
    journal::JournalFilter f;
    f.actionPrefix = action;
    auto entries = journal::JournalQuery(db).page(f, 0, 100000, journal::JournalQuery::Order::NewestFirst);
    if (!entries)
        return entries.error();
    for (const journal::JournalEntry& e : *entries) {
        if (e.action != action)
            continue;
        const QJsonObject d = QJsonDocument::fromJson(e.detailsJson).object();
        if (d.value(QStringLiteral("kek")).toString() == keys::kekCode(kek) && matches(d))
            return std::optional<journal::JournalEntry>(e);
    }
    return std::optional<journal::JournalEntry>();
}

// ... whose `side` ("from" or "to") is `version`.
Result<std::optional<journal::JournalEntry>> rolloverEntry(store::Database& db, const QString& action,
                                                           keys::Kek kek, const QString& side, int version) {
    return rolloverEntry(db, action, kek, [&](const QJsonObject& d) {
        return d.value(side).toObject().value(QStringLiteral("version")).toInt() == version;
    });
}

Result<qint64> startedEntry(store::Database& db, keys::Kek kek, int version) {
    auto e = rolloverEntry(db, QStringLiteral("ceremony.kek-rollover.started"), kek, QStringLiteral("to"),
                           version);
    if (!e)
        return e.error();
    return *e ? (*e)->seq : qint64(0);
}

QJsonObject versionJson(const KekKey& k) {
    return {{QStringLiteral("version"), k.version}, {QStringLiteral("kcv"), k.kcv}};
}

Status commitChunk(workspace::Workspace& ws, const CeremonyContext& ctx, const keys::KekRollover& r,
                   int chunkNo, const MovedChunk& chunk, const KekKey& from, const KekKey& to) {
    store::Database& db = ws.db();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    QJsonObject details{{QStringLiteral("rollover"), r.id},
                        {QStringLiteral("kek"), keys::kekCode(r.kek)},
                        {QStringLiteral("chunk"), chunkNo},
                        {QStringLiteral("packages"), static_cast<int>(chunk.moved.size())},
                        {QStringLiteral("first_key_record"), chunk.moved.constFirst().keyId},
                        {QStringLiteral("last_key_record"), chunk.lastId},
                        {QStringLiteral("from"), versionJson(from)},
                        {QStringLiteral("to"), versionJson(to)},
                        {QStringLiteral("kcvs_checked"), QStringLiteral("before and after, every package")},
                        {QStringLiteral("pma_reference"), r.pmaReference},
                        {QStringLiteral("approvals"), QJsonArray::fromStringList(ctx.approvals)},
                        {QStringLiteral("fallback"), QJsonArray::fromStringList(chunk.fallbacks)}};
    auto entry = ws.journal().append({ctx.actor, ctx.role, QStringLiteral("ceremony.kek-rollover.chunk"),
                                      QStringLiteral("%1 → v%2: %3..%4")
                                          .arg(from.name())
                                          .arg(to.version)
                                          .arg(chunk.firstDevice, chunk.lastDevice),
                                      details});
    if (!entry)
        return entry.error();
    if (auto s =
            keys::KekVersionStore::movePackages(db, r.kek, from.version, to.version, to.kcv, chunk.moved);
        !s)
        return s;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (auto s = keys::KekVersionStore::advanceRollover(db, r.id, chunk.lastId, chunk.moved.size(), now); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    return ws.checkpoint();
}

// The new version: generated in the HSM, then recorded (active), the old one retiring, the
// rollover row and its journal entry, in one transaction. An object under the new label without a
// record can only be left by a start killed before this commit: nothing is packaged under it (the
// database refuses a package under an unrecorded version), so it is destroyed and made again.
Result<keys::KekRollover> startRollover(workspace::Workspace& ws, hsm::Session& s,
                                        const hsm::Capabilities& caps, const CeremonyContext& ctx,
                                        const KekRollover::Options& o, const KekKey& from,
                                        CeremonyRecord& rec) {
    store::Database& db = ws.db();
    auto versions = keys::KekVersionStore::of(db, o.kek);
    if (!versions)
        return versions.error();
    int to = from.version + 1;
    qint64 total = 0;
    for (const keys::KekVersion& v : *versions) {
        to = std::max(to, v.version + 1); // a version number is never used twice
        if (v.version == from.version)
            total = v.packages;
    }
    const QString label = keys::kekLabel(o.kek, to);
    const QByteArray id = keys::kekObjectId(o.kek, to);
    for (;;) {
        auto left = hsm::SecretKey::findByLabel(s, label);
        if (!left && left.error().code == ErrorCode::NotFound)
            break;
        if (!left)
            return left.error(); // several, or the token failing: nothing is made or destroyed
        // Left by an interrupted start only if the journal never recorded that start: its entry
        // commits with the version's record, so an entry without a record means the records
        // were rolled back, and the object may hold packages somewhere. Then nothing is touched.
        if (auto started = startedEntry(db, o.kek, to); !started)
            return started.error();
        else if (*started > 0)
            return fail(
                ErrorCode::Crypto,
                ceremony::tr("The journal records that a rollover to %1 started (entry #%2), but the "
                             "workspace has no record of that version: its KEK records were rolled back "
                             "or altered. Nothing was done: compare the workspace with the evidence "
                             "packs and the journal before any ceremony runs.")
                    .arg(keys::kekVersionName(o.kek, to))
                    .arg(*started));
        if (auto d = left->destroy(s); !d)
            return d.error();
        rec.notes << ceremony::tr(
                         "\"%1\" was on the key token without a record: left by a rollover start that "
                         "was interrupted before it committed. Nothing was packaged under it; it was "
                         "destroyed and made again.")
                         .arg(label);
    }
    auto made = hsm::SecretKey::generate(s, hsm::secretKeyAttributes(roleOf(o.kek), ctx.profile), label, id);
    if (!made)
        return made.error();
    hsm::ScopedSecretKey undo{s, *made};
    auto kcv = made->labelledKcv(s, caps, dlms::KcvMethod::Cmac5B);
    if (!kcv)
        return kcv.error();
    auto ecb = made->labelledKcv(s, caps, dlms::KcvMethod::Ecb3B);
    if (!ecb)
        return ecb.error();
    rec.addKcv(keys::kekVersionName(o.kek, to), *kcv);
    rec.addKcv(keys::kekVersionName(o.kek, to), *ecb);

    store::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto entry = ws.journal().append(
        {ctx.actor, ctx.role, QStringLiteral("ceremony.kek-rollover.started"),
         QStringLiteral("%1 → v%2").arg(from.name()).arg(to),
         QJsonObject{{QStringLiteral("kek"), keys::kekCode(o.kek)},
                     {QStringLiteral("from"), versionJson(from)},
                     {QStringLiteral("to"), QJsonObject{{QStringLiteral("version"), to},
                                                        {QStringLiteral("label"), label},
                                                        {QStringLiteral("kcv"), *kcv},
                                                        {QStringLiteral("kcv_ecb"), *ecb}}},
                     {QStringLiteral("packages"), total},
                     {QStringLiteral("pma_ground"), policy::pmaGroundCode(o.instruction.ground)},
                     {QStringLiteral("pma_reference"), o.instruction.reference},
                     {QStringLiteral("approvals"), QJsonArray::fromStringList(ctx.approvals)}}});
    if (!entry)
        return entry.error();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (auto st = keys::KekVersionStore::setState(db, o.kek, from.version, keys::KekVersionState::Active,
                                                  keys::KekVersionState::Retiring, now);
        !st)
        return st.error();
    keys::KekVersion v;
    v.kek = o.kek;
    v.version = to;
    v.label = label;
    v.objectId = id;
    v.kcv = *kcv;
    v.journalSeq = entry->seq;
    v.pmaReference = o.instruction.reference;
    if (auto st = keys::KekVersionStore::add(db, v, now); !st)
        return st.error();
    keys::KekRollover r;
    r.kek = o.kek;
    r.from = from.version;
    r.to = to;
    r.pmaGround = policy::pmaGroundCode(o.instruction.ground);
    r.pmaReference = o.instruction.reference;
    r.packagesTotal = total;
    auto rid = keys::KekVersionStore::startRollover(db, r, entry->seq, now);
    if (!rid)
        return rid.error();
    r.id = *rid;
    if (auto st = tx.commit(); !st)
        return st.error();
    undo.key = hsm::SecretKey(); // recorded: kept
    if (auto st = ws.checkpoint(); !st)
        return st.error();
    return r;
}

Status finishRollover(workspace::Workspace& ws, const CeremonyContext& ctx, const keys::KekRollover& r,
                      const KekKey& from, const KekKey& to) {
    store::Database& db = ws.db();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    auto left = keys::KekVersionStore::countPackages(db, r.kek, r.from);
    if (!left)
        return left.error();
    if (*left != 0)
        return fail(ErrorCode::Internal,
                    ceremony::tr("%n package(s) are still under %1 after the last chunk: the rollover stays "
                                 "running. Run it again.",
                                 nullptr, int(*left))
                        .arg(from.name()));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto entry = ws.journal().append(
        {ctx.actor, ctx.role, QStringLiteral("ceremony.kek-rollover.completed"),
         QStringLiteral("%1 → v%2").arg(from.name()).arg(to.version),
         QJsonObject{{QStringLiteral("rollover"), r.id},
                     {QStringLiteral("kek"), keys::kekCode(r.kek)},
                     {QStringLiteral("from"), versionJson(from)},
                     {QStringLiteral("to"), versionJson(to)},
                     {QStringLiteral("packages_left_under_old_version"), 0},
                     {QStringLiteral("pma_reference"), r.pmaReference},
                     {QStringLiteral("approvals"), QJsonArray::fromStringList(ctx.approvals)}}});
    if (!entry)
        return entry.error();
    if (auto s = keys::KekVersionStore::completeRollover(db, r.id, now); !s)
        return s;
    if (auto s = keys::KekVersionStore::setState(db, r.kek, r.from, keys::KekVersionState::Retiring,
                                                 keys::KekVersionState::Retired, now);
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    return ws.checkpoint();
}
} // namespace

Status KekRollover::precheck(workspace::Workspace& ws, const Options& o) {
    auto running = keys::KekVersionStore::runningRollover(ws.db(), o.kek);
    if (!running)
        return running.error();
    if (*running) {
        if (!o.instruction.reference.isEmpty() && o.instruction.reference != (*running)->pmaReference)
            return fail(
                ErrorCode::PolicyRefused,
                ceremony::tr("A rollover of the %1 under PMA instruction %2 is not finished: resume it "
                             "under that same reference (or give none). A second rollover starts only "
                             "after it.")
                    .arg(keys::kekCode(o.kek), (*running)->pmaReference));
        return {};
    }
    if (auto s = o.instruction.validate(); !s)
        return fail(
            ErrorCode::PolicyRefused,
            ceremony::tr("A KEK rollover needs the SMKI PMA's instruction: its ground (major-incident "
                         "or control-shortfall) and its reference (CKMP (b)(iii), (d)(vi)). %1")
                .arg(s.error().message));
    // One instruction, one rollover: running the same command again after a rollover completed
    // (a kill after its last commit, a second click) must not start a second full pass.
    auto done = rolloverEntry(
        ws.db(), QStringLiteral("ceremony.kek-rollover.completed"), o.kek, [&](const QJsonObject& d) {
            return d.value(QStringLiteral("pma_reference")).toString() == o.instruction.reference;
        });
    if (!done)
        return done.error();
    if (*done) {
        const QJsonObject d = QJsonDocument::fromJson((*done)->detailsJson).object();
        return fail(
            ErrorCode::AlreadyExists,
            ceremony::tr("The rollover of the %1 under PMA instruction %2 completed (journal entry "
                         "#%3, at %4): every package is under v%5. Another rollover needs a new "
                         "instruction. Nothing was changed.")
                .arg(keys::kekCode(o.kek), o.instruction.reference)
                .arg((*done)->seq)
                .arg((*done)->timeText())
                .arg(d.value(QStringLiteral("to")).toObject().value(QStringLiteral("version")).toInt()));
    }
    return {};
}

Result<CeremonyRecord> KekRollover::run(workspace::Workspace& ws, hsm::Session& keyToken,
                                        const CeremonyContext& ctx, const Options& o) {
    CeremonyRecord rec = CeremonyRecord::begin(QStringLiteral("kek-rollover"), ctx);
    if (auto s = ws.require(policy::Permission::RunCeremony); !s)
        return s.error();
    if (o.chunkSize < 1 || o.chunkSize > 100000)
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The chunk size must be between 1 and 100000 packages."));
    if (o.workers < 0 || o.workers > hsm::SessionPool::kMaxSessions)
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The number of worker sessions must be between 1 and 64, or automatic."));
    if (auto s = precheck(ws, o); !s)
        return s.error();
    auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
    if (!caps)
        return caps.error();
    for (hsm::KeyOperation op :
         {hsm::KeyOperation::EcbUnpackage, hsm::KeyOperation::EcbPackage, hsm::KeyOperation::KcvCmac5B}) {
        auto path = caps->require(op, ctx.profile);
        if (!path)
            return path.error();
        rec.paths << path->describe();
        if (path->fallback())
            rec.fallbacks << path->describe();
    }
    store::Database& db = ws.db();
    auto ring = KekRing::load(ws, keyToken, *caps, {o.kek}, KekRing::Use::Rollover);
    if (!ring)
        return ring.error();
    auto running = keys::KekVersionStore::runningRollover(db, o.kek);
    if (!running)
        return running.error();
    keys::KekRollover r;
    bool resumed = false;
    if (*running) {
        r = **running;
        resumed = true;
    } else {
        auto started = startRollover(ws, keyToken, *caps, ctx, o, ring->active(o.kek), rec);
        if (!started)
            return started.error();
        r = *started;
        ring = KekRing::load(ws, keyToken, *caps, {o.kek}, KekRing::Use::Rollover);
        if (!ring)
            return ring.error();
    }
    const KekKey* from = ring->readable(o.kek, r.from);
    const KekKey* to = ring->readable(o.kek, r.to);
    if (!from || !to || r.from >= r.to || ring->active(o.kek).version != r.to)
        return fail(ErrorCode::Internal,
                    ceremony::tr("Rollover %1 names %2 and v%3, but they are not the retiring and the active "
                                 "version. Nothing was done.")
                        .arg(r.id)
                        .arg(keys::kekVersionName(o.kek, r.from))
                        .arg(r.to));
    rec.addKcv(from->name(), from->kcv);
    if (resumed)
        rec.addKcv(to->name(), to->kcv);

    auto pending = keys::KekVersionStore::find(db, o.kek, r.from);
    if (!pending)
        return pending.error();
    RolloverProgress progress;
    progress.total = *pending ? (*pending)->packages : 0;
    QElapsedTimer timer;
    timer.start();
    qint64 after = r.cursor;
    int readsSoFar = 0;
    hsm::SessionPool pool(keyToken);
    hsm::SessionTuner tuner(o.workers, hsm::SessionPool::kMaxSessions);
    bool cancelled = false, rescanned = false;
    QStringList fallbacks;
    // Pipelined: while the key token's session moves chunk k+1 on its own thread, this thread
    // commits chunk k (the database connection is only used here). Cancelling or an error
    // discards the chunk in flight: its packages stay under the old version.
    std::optional<MovedChunk> toCommit;
    auto commitPending = [&]() -> Status {
        if (!toCommit)
            return {};
        if (auto s = commitChunk(ws, ctx, r, r.chunks + 1, *toCommit, *from, *to); !s)
            return s;
        ++r.chunks;
        r.cursor = toCommit->lastId;
        progress.done += toCommit->moved.size();
        ++progress.chunks;
        for (const QString& f : toCommit->fallbacks)
            if (!fallbacks.contains(f))
                fallbacks << f;
        toCommit.reset();
        return {};
    };
    auto reportProgress = [&] {
        progress.elapsedSecs = timer.elapsed() / 1000.0;
        if (o.progress && !o.progress(progress))
            cancelled = true;
    };
    while (!cancelled) {
        auto chunk = keys::KekVersionStore::nextPackages(db, o.kek, r.from, after,
                                                         rampedChunkSize(o.chunkSize, readsSoFar++));
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty()) {
            // Every record behind the cursor is under the new version, unless someone changed the
            // records or the cursor: then one more pass from the start, so that the rollover can
            // always finish, and nothing is skipped.
            if (rescanned)
                break;
            if (toCommit) {
                if (auto s = commitPending(); !s)
                    return s.error();
                reportProgress();
                if (cancelled)
                    break;
            }
            auto left = keys::KekVersionStore::countPackages(db, o.kek, r.from);
            if (!left)
                return left.error();
            if (*left == 0)
                break;
            rescanned = true;
            after = 0;
            rec.notes << ceremony::tr(
                             "%n package(s) under %1 were behind the rollover's position (the records "
                             "were changed since): moved on a second pass.",
                             nullptr, int(*left))
                             .arg(from->name());
            continue;
        }
        after = chunk->constLast().id;
        auto sessions = pool.growTo(tuner.next());
        if (!sessions)
            return sessions.error();
        tuner.granted(*sessions);
        Result<MovedChunk> next = fail(ErrorCode::Internal, QString());
        qint64 hsmNsecs = 0;
        const qint64 chunkPackages = chunk->size();
        std::thread hsmWork([&, in = std::move(*chunk), onSessions = pool.first(*sessions)] {
            QElapsedTimer phase;
            phase.start();
            next = moveChunk(onSessions, *caps, ctx.profile, *from, *to, in);
            hsmNsecs = phase.nsecsElapsed();
        });
        const bool hadChunk = toCommit.has_value();
        const Status committed = commitPending();
        hsmWork.join();
        if (!committed)
            return committed.error();
        if (hadChunk)
            reportProgress();
        if (!next)
            return next.error();
        tuner.observe(*sessions, chunkPackages, hsmNsecs);
        if (cancelled)
            break;
        toCommit = std::move(*next);
    }
    if (!cancelled && toCommit) {
        if (auto s = commitPending(); !s)
            return s.error();
        reportProgress();
    }
    bool completed = false;
    if (!cancelled) {
        if (auto s = finishRollover(ws, ctx, r, *from, *to); !s)
            return s.error();
        completed = true;
    }
    rec.cancelled = !completed;
    for (const QString& f : fallbacks)
        if (!rec.fallbacks.contains(f))
            rec.fallbacks << f;
    rec.extra.insert(QStringLiteral("kek"), keys::kekCode(o.kek));
    rec.extra.insert(QStringLiteral("rollover"), r.id);
    rec.extra.insert(QStringLiteral("from_version"), r.from);
    rec.extra.insert(QStringLiteral("to_version"), r.to);
    rec.extra.insert(QStringLiteral("pma_reference"), r.pmaReference);
    rec.extra.insert(QStringLiteral("resumed"), resumed);
    rec.extra.insert(QStringLiteral("packages_moved"), progress.done);
    rec.extra.insert(QStringLiteral("packages_remaining"), progress.total - progress.done);
    rec.extra.insert(QStringLiteral("chunks"), progress.chunks);
    rec.extra.insert(QStringLiteral("workers"), tuner.next());
    rec.extra.insert(QStringLiteral("worker_sessions_chosen"), tuner.trail());
    if (!pool.limitNote().isEmpty())
        rec.notes << pool.limitNote();
    rec.extra.insert(QStringLiteral("packages_per_second"), qRound(progress.rate() * 10) / 10.0);
    rec.extra.insert(QStringLiteral("completed"), completed);
    if (completed)
        rec.notes << ceremony::tr("Every package is under %1; %2 is retired: it stays on the key token for "
                                  "reading until a quorum destroys it.")
                         .arg(to->name(), from->name());
    if (o.kek == keys::Kek::Shared && completed)
        rec.notes << ceremony::tr(
                         "Export the new Shared Key to each S1SP, and export their GUEK packages again: "
                         "they are now under %1.")
                         .arg(to->name());
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    return rec;
}

Status KekRollover::destroyPrecheck(workspace::Workspace& ws, keys::Kek kek, int version) {
    auto v = keys::KekVersionStore::find(ws.db(), kek, version);
    if (!v)
        return v.error();
    const QString name = keys::kekVersionName(kek, version);
    if (!*v)
        return fail(ErrorCode::NotFound, ceremony::tr("The workspace has no %1.").arg(name));
    switch ((*v)->state) {
    case keys::KekVersionState::Active:
        return fail(ErrorCode::PolicyRefused,
                    ceremony::tr("%1 is the active version: new packages go under it. Roll the KEK over "
                                 "first; nothing was changed.")
                        .arg(name));
    case keys::KekVersionState::Retiring:
        return fail(ErrorCode::PolicyRefused,
                    ceremony::tr("%1 is retiring: a rollover is still moving its %n package(s). Finish the "
                                 "rollover first; nothing was changed.",
                                 nullptr, int((*v)->packages))
                        .arg(name));
    case keys::KekVersionState::Destroyed:
        return fail(ErrorCode::AlreadyExists, ceremony::tr("%1 was destroyed already.").arg(name));
    case keys::KekVersionState::Retired:
        break;
    }
    auto n = keys::KekVersionStore::countPackages(ws.db(), kek, version);
    if (!n)
        return n.error();
    if (*n > 0)
        return fail(ErrorCode::PolicyRefused,
                    ceremony::tr("%n package(s) are still under %1: it cannot be destroyed while any package "
                                 "refers to it. Nothing was changed.",
                                 nullptr, int(*n))
                        .arg(name));
    // What cannot be undone rests on the journal, not on the records an insider with the database
    // key can write: a rollover away from this version, with this KCV, must have completed.
    auto completed = rolloverEntry(ws.db(), QStringLiteral("ceremony.kek-rollover.completed"), kek,
                                   QStringLiteral("from"), version);
    if (!completed)
        return completed.error();
    if (!*completed)
        return fail(
            ErrorCode::PolicyRefused,
            ceremony::tr("The journal records no completed rollover away from %1, so nothing shows that "
                         "no package is under it: it is not destroyed. Nothing was changed.")
                .arg(name));
    const QString journalKcv = QJsonDocument::fromJson((*completed)->detailsJson)
                                   .object()
                                   .value(QStringLiteral("from"))
                                   .toObject()
                                   .value(QStringLiteral("kcv"))
                                   .toString();
    if (journalKcv != (*v)->kcv)
        return fail(
            ErrorCode::Crypto,
            ceremony::tr("The journal's entry #%1 retired %2 with KCV %3, but the workspace records %4: "
                         "its KEK records were altered. Nothing was destroyed.")
                .arg((*completed)->seq)
                .arg(name, journalKcv, (*v)->kcv));
    return {};
}

Result<CeremonyRecord> KekRollover::destroy(workspace::Workspace& ws, hsm::Session& keyToken,
                                            const CeremonyContext& ctx, keys::Kek kek, int version) {
    CeremonyRecord rec = CeremonyRecord::begin(QStringLiteral("kek-destroy"), ctx);
    if (auto s = ws.require(policy::Permission::RunCeremony); !s)
        return s.error();
    if (auto s = destroyPrecheck(ws, kek, version); !s)
        return s.error();
    auto recorded = keys::KekVersionStore::find(ws.db(), kek, version);
    if (!recorded)
        return recorded.error();
    if (!*recorded)
        return fail(ErrorCode::NotFound,
                    ceremony::tr("The workspace has no %1.").arg(keys::kekVersionName(kek, version)));
    auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
    if (!caps)
        return caps.error();
    // The version that replaced it is on the token, matches its record and is the highest: the
    // packages are readable without this one.
    auto ring = KekRing::load(ws, keyToken, *caps, {kek});
    if (!ring)
        return ring.error();
    const KekKey& active = ring->active(kek);
    if (active.version <= version)
        return fail(ErrorCode::Internal,
                    ceremony::tr("%1 is not older than the active %2: nothing was destroyed.")
                        .arg(keys::kekVersionName(kek, version), active.name()));
    const QString name = keys::kekVersionName(kek, version);
    const QString label = keys::kekLabel(kek, version);
    auto present = hsm::SecretKey::exists(keyToken, label);
    if (!present)
        return present.error();
    if (*present) {
        auto key = KekRing::check(keyToken, *caps, **recorded);
        if (!key)
            return key.error();
        if (auto s = key->key.destroy(keyToken); !s)
            return s.error();
        rec.notes << ceremony::tr("\"%1\" destroyed in the HSM (C_DestroyObject); its label, id and KCV were "
                                  "checked first.")
                         .arg(label);
    } else {
        rec.notes << ceremony::tr("\"%1\" was no longer on the key token (a destroy interrupted after "
                                  "C_DestroyObject); the record now says so.")
                         .arg(label);
    }
    rec.addKcv(name, (*recorded)->kcv);
    // The destruction and its KCV are journaled with the state change: a kill before the quorum's
    // entry cannot leave a destroyed version without a record of what it was.
    store::Database& db = ws.db();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto entry = ws.journal().append(
        {ctx.actor, ctx.role, QStringLiteral("kek.version-destroyed"), name,
         QJsonObject{{QStringLiteral("kek"), keys::kekCode(kek)},
                     {QStringLiteral("version"), version},
                     {QStringLiteral("label"), label},
                     {QStringLiteral("kcv"), (*recorded)->kcv},
                     {QStringLiteral("on_token"), *present},
                     {QStringLiteral("active"), active.name()},
                     {QStringLiteral("approvals"), QJsonArray::fromStringList(ctx.approvals)}}});
    if (!entry)
        return entry.error();
    if (auto s = keys::KekVersionStore::setState(db, kek, version, keys::KekVersionState::Retired,
                                                 keys::KekVersionState::Destroyed,
                                                 QDateTime::currentSecsSinceEpoch());
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    rec.extra.insert(QStringLiteral("kek"), keys::kekCode(kek));
    rec.extra.insert(QStringLiteral("version"), version);
    rec.extra.insert(QStringLiteral("label"), label);
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    return rec;
}

} // namespace symbolon::ceremony
