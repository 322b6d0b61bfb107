#include "rekey/RekeyEngine.h"

#include "ceremony/ChunkRamp.h"
#include "ceremony/KekRing.h"
#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/Module.h"
#include "hsm/ParallelSessions.h"
#include "hsm/Session.h"
#include "hsm/SessionPool.h"
#include "hsm/SessionTuner.h"
#include "journal/JournalStore.h"
#include "keys/KeyRecords.h"
#include "rekey/DeviceRekeyer.h"
#include "rekey/KeyStateStore.h"
#include "rekey/RekeyPlanner.h"
#include "rekey/RekeyRunStore.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>
#include <thread>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}

Status setRunState(store::Database& db, qint64 run, RunState state) {
    return RekeyRunStore(db).setState(run, state);
}

// Reads the next chunk of pending devices with their current keys.
Result<QVector<DeviceInput>> readChunk(store::Database& db, qint64 run, qint64 after, int limit) {
    auto pending = RekeyRunStore(db).pending(run, after, limit);
    if (!pending)
        return pending.error();
    QVector<DeviceInput> out;
    for (const RekeyRunStore::PendingDevice& p : *pending) {
        DeviceInput d;
        d.row = p.row;
        d.deviceId = p.deviceId;
        d.systemTitle = p.systemTitle;
        out.push_back(d);
    }
    KeyStateStore keys(db);
    const QString migrated = KeyStateStore::stateText(policy::KeyState::Migrated);
    const QString active = KeyStateStore::stateText(policy::KeyState::Active);
    for (DeviceInput& d : out) {
        auto records = keys.keysOfDeviceRow(d.row);
        if (!records)
            return records.error();
        for (const KeyStateStore::DeviceKey& k : *records) {
            const KeySlot slot{k.kind, k.client};
            const QString key = DeviceRekeyer::slotKey(slot);
            d.nextGeneration[key] = std::max(d.nextGeneration.value(key, 1), k.generation + 1);
            const bool current = k.state == migrated || k.state == active;
            if (current && slot.kind == QLatin1String("MK")) {
                d.mkPackage = k.package;
                d.mkKekVersion = k.kekVersion;
                d.mkKcv = k.kcv;
            }
        }
    }
    return out;
}

// The HSM work of a chunk on the worker sessions: each takes the next device not yet taken.
Result<QVector<DeviceOutput>> rekeyChunk(const QVector<DeviceInput>& devices,
                                         const std::vector<hsm::Session*>& sessions,
                                         const hsm::Capabilities& caps, policy::PolicyProfile profile,
                                         const RunKeks& keks, const RekeyKinds& kinds) {
    QVector<DeviceOutput> outputs(devices.size());
    const Status done = hsm::forEachOnSessions(sessions, devices.size(), [&](hsm::Session& session) {
        return
            [&, rekeyer = DeviceRekeyer(session, caps, profile, keks, kinds)](qsizetype i) mutable -> Status {
                const DeviceInput& d = devices[i];
                if (d.mkPackage.isEmpty()) {
                    outputs[i].row = d.row;
                    outputs[i].deviceId = d.deviceId;
                    outputs[i].failure = rekey::tr("it has no current master key record");
                    return {};
                }
                auto r = rekeyer.rekey(d);
                if (!r)
                    return r.error();
                outputs[i] = std::move(*r);
                return {};
            };
    });
    if (!done)
        return done.error();
    return outputs;
}

Status commitChunk(workspace::Workspace& ws, const ceremony::CeremonyContext& ctx, qint64 run, int chunk,
                   const QVector<DeviceOutput>& outputs, const RunKeks& keks, const QStringList& paths) {
    store::Database& db = ws.db();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    qint64 keysGenerated = 0;
    QJsonArray failed;
    QStringList fallbacks;
    for (const DeviceOutput& o : outputs) {
        keysGenerated += o.keys.size();
        if (!o.failure.isEmpty())
            failed.append(
                QJsonObject{{QStringLiteral("device"), o.deviceId}, {QStringLiteral("reason"), o.failure}});
        for (const QString& f : o.fallbacks)
            if (!fallbacks.contains(f))
                fallbacks << f;
    }
    const QString first = outputs.constFirst().deviceId, last = outputs.constLast().deviceId;
    QJsonObject details{{QStringLiteral("run"), run},
                        {QStringLiteral("chunk"), chunk},
                        {QStringLiteral("devices"), static_cast<int>(outputs.size())},
                        {QStringLiteral("first_device"), first},
                        {QStringLiteral("last_device"), last},
                        {QStringLiteral("keys_generated"), keysGenerated},
                        {QStringLiteral("failed"), failed},
                        {QStringLiteral("dco_key_kcv"), keks.dcoKcv},
                        {QStringLiteral("shared_key_kcv"), keks.sharedKcv},
                        {QStringLiteral("dco_key_version"), keks.dcoVersion},
                        {QStringLiteral("shared_key_version"), keks.sharedVersion},
                        {QStringLiteral("paths"), QJsonArray::fromStringList(paths)},
                        {QStringLiteral("approvals"), QJsonArray::fromStringList(ctx.approvals)},
                        {QStringLiteral("fallback"), QJsonArray::fromStringList(fallbacks)}};
    auto entry = ws.journal().append({ctx.actor, ctx.role, QStringLiteral("rekey.chunk"),
                                      QStringLiteral("run %1: %2..%3").arg(run).arg(first, last), details});
    if (!entry)
        return entry.error();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        // Many rows per statement (BatchInsert.h: SQLite's statement journal under v5's trigger).
        keys::KeyRecords records(db);
        RekeyRunStore runs(db);
        for (const DeviceOutput& o : outputs) {
            for (const NewKey& k : o.keys)
                if (auto s = records.add(policy::KeyState::Generated,
                                         {o.row, k.slot.kind, k.slot.client, k.generation, k.package, k.kek,
                                          k.kekKcv, k.kcv, k.kekVersion, entry->seq, run},
                                         now);
                    !s)
                    return s;
            QByteArray instructionJson;
            if (o.failure.isEmpty()) {
                auto instruction = DeviceRekeyer::instruction(o);
                if (!instruction)
                    return instruction.error();
                instructionJson = QJsonDocument(*instruction).toJson(QJsonDocument::Compact);
            }
            if (auto s = runs.commit(run, o.row, chunk, entry->seq, instructionJson, o.failure, now); !s)
                return s;
        }
        if (auto s = records.flush(); !s)
            return s;
    }
    if (auto s = tx.commit(); !s)
        return s;
    return ws.checkpoint();
}
} // namespace

Result<ceremony::CeremonyRecord> RekeyEngine::execute(workspace::Workspace& ws, hsm::Session& keyToken,
                                                      const ceremony::CeremonyContext& ctx, qint64 runId,
                                                      const RekeyOptions& options) {
    ceremony::CeremonyRecord rec = ceremony::CeremonyRecord::begin(QStringLiteral("rekey"), ctx);
    if (auto s = ws.require(policy::Permission::ExecuteReKey); !s)
        return s.error();
    if (options.chunkSize < 1 || options.chunkSize > 100000)
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("The chunk size must be between 1 and 100000 devices."));
    if (options.workers < 0 || options.workers > hsm::SessionPool::kMaxSessions)
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("The number of worker sessions must be between 1 and 64, or automatic."));
    store::Database& db = ws.db();
    auto run = RekeyRun::load(db, runId);
    if (!run)
        return run.error();
    if (!canResume(run->state))
        return fail(ErrorCode::PolicyRefused,
                    rekey::tr("Re-key run %1 is %2: there is nothing left to execute.")
                        .arg(runId)
                        .arg(runStateCode(run->state)));

    auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
    if (!caps)
        return caps.error();
    for (hsm::KeyOperation op : {hsm::KeyOperation::EcbUnpackage, hsm::KeyOperation::Rfc3394Wrap,
                                 hsm::KeyOperation::EcbPackage, hsm::KeyOperation::KcvCmac5B}) {
        auto path = caps->require(op, ctx.profile);
        if (!path)
            return path.error();
        rec.paths << path->describe();
        if (path->fallback())
            rec.fallbacks << path->describe();
    }
    auto ring = ceremony::KekRing::load(ws, keyToken, *caps);
    if (!ring)
        return ring.error();
    RunKeks keks;
    const ceremony::KekKey& dco = ring->active(keys::Kek::Dco);
    const ceremony::KekKey& shared = ring->active(keys::Kek::Shared);
    keks.dco = dco.key;
    keks.dcoKcv = dco.kcv;
    keks.dcoVersion = dco.version;
    keks.shared = shared.key;
    keks.sharedKcv = shared.kcv;
    keks.sharedVersion = shared.version;
    for (const ceremony::KekKey& k : ring->keys())
        if (k.kek == keys::Kek::Dco)
            keks.dcoReadable.push_back({k.version, k.key});
    for (const ceremony::KekKey& k : ring->keys())
        rec.addKcv(k.name(), k.kcv);

    // Worker sessions: the first is the quorum's session; the others share its login (PKCS#11
    // login state belongs to the token). Opened as the tuner asks for them, reused for every chunk.
    hsm::SessionPool pool(keyToken);
    hsm::SessionTuner tuner(options.workers, hsm::SessionPool::kMaxSessions);

    auto pendingCount = RekeyRunStore(db).pendingCount(runId);
    if (!pendingCount)
        return pendingCount.error();
    RekeyProgress progress;
    progress.total = *pendingCount;
    auto chunksSoFar = RekeyRunStore(db).lastChunk(runId);
    if (!chunksSoFar)
        return chunksSoFar.error();
    int chunk = *chunksSoFar;
    if (run->state != RunState::Running)
        if (auto s = setRunState(db, runId, RunState::Running); !s)
            return s.error();

    QElapsedTimer timer;
    timer.start();
    qint64 after = 0;
    bool cancelled = false;
    // Pipelined: while the worker sessions do chunk k+1's HSM work on their own threads, this
    // thread commits chunk k (the database connection is only ever used here). A chunk's
    // results are committed only after its HSM work finished; cancelling or an error discards
    // the chunk in flight, whose devices stay pending.
    struct InFlight {
        std::thread thread;
        Result<QVector<DeviceOutput>> result = fail(ErrorCode::Internal, QString());
        int sessions = 0;
        qint64 devices = 0, nsecs = 0;
        void join() {
            if (thread.joinable())
                thread.join();
        }
        ~InFlight() { join(); }
    };
    std::optional<QVector<DeviceOutput>> toCommit;
    int readsSoFar = 0;
    auto commitPending = [&]() -> Status {
        if (!toCommit)
            return {};
        ++chunk;
        QElapsedTimer phase;
        phase.start();
        if (auto s = commitChunk(ws, ctx, runId, chunk, *toCommit, keks, rec.paths); !s)
            return s;
        progress.commitMs += phase.nsecsElapsed() / 1e6;
        progress.done += toCommit->size();
        for (const DeviceOutput& o : *toCommit)
            if (!o.failure.isEmpty()) {
                ++progress.failed;
                if (rec.notes.size() < 50)
                    rec.notes << rekey::tr("Device %1 was not re-keyed: %2").arg(o.deviceId, o.failure);
            }
        ++progress.chunks;
        toCommit.reset();
        return {};
    };
    // The caller's progress callback runs only when no HSM work is in flight, so it may use
    // the token itself; returning false cancels (the chunk in flight is then discarded).
    auto reportProgress = [&] {
        progress.elapsedSecs = timer.elapsed() / 1000.0;
        if (options.progress && !options.progress(progress))
            cancelled = true;
    };
    while (!cancelled) {
        QElapsedTimer phase;
        phase.start();
        auto devices =
            readChunk(db, runId, after, ceremony::rampedChunkSize(options.chunkSize, readsSoFar++));
        if (!devices)
            return devices.error();
        progress.readMs += phase.nsecsElapsed() / 1e6;
        if (devices->isEmpty())
            break;
        after = devices->constLast().row;
        auto sessions = pool.growTo(tuner.next());
        if (!sessions)
            return sessions.error();
        tuner.granted(*sessions);
        InFlight next;
        next.thread = std::thread([&, devs = std::move(*devices), onSessions = pool.first(*sessions)] {
            QElapsedTimer hsmPhase;
            hsmPhase.start();
            next.result = rekeyChunk(devs, onSessions, *caps, ctx.profile, keks, run->kinds);
            next.sessions = static_cast<int>(onSessions.size());
            next.devices = devs.size();
            next.nsecs = hsmPhase.nsecsElapsed();
        });
        const bool hadChunk = toCommit.has_value();
        const Status committed = commitPending();
        phase.restart();
        next.join();
        progress.hsmWaitMs += phase.nsecsElapsed() / 1e6;
        if (!committed)
            return committed.error();
        if (hadChunk)
            reportProgress();
        if (!next.result)
            return next.result.error();
        tuner.observe(next.sessions, next.devices, next.nsecs);
        if (cancelled)
            break; // the chunk in flight is not committed: its devices stay pending
        toCommit = std::move(*next.result);
    }
    if (!cancelled) {
        if (toCommit) {
            if (auto s = commitPending(); !s)
                return s.error();
            reportProgress();
        }
    } else {
        toCommit.reset(); // the chunk in flight is not committed: its devices stay pending
    }
    const bool finished = !cancelled || progress.done >= progress.total;
    if (auto s = setRunState(db, runId, finished ? RunState::Executed : RunState::Cancelled); !s)
        return s.error();
    rec.cancelled = !finished;
    rec.extra.insert(QStringLiteral("run"), runId);
    rec.extra.insert(QStringLiteral("plan_digest"), run->planDigest);
    rec.extra.insert(QStringLiteral("kinds"), run->kinds.code());
    rec.extra.insert(QStringLiteral("devices_rekeyed"), progress.done - progress.failed);
    rec.extra.insert(QStringLiteral("devices_failed"), progress.failed);
    rec.extra.insert(QStringLiteral("devices_remaining"), progress.total - progress.done);
    rec.extra.insert(QStringLiteral("chunks"), progress.chunks);
    rec.extra.insert(QStringLiteral("workers"), tuner.next());
    rec.extra.insert(QStringLiteral("worker_sessions_chosen"), tuner.trail());
    if (!pool.limitNote().isEmpty())
        rec.notes << pool.limitNote();
    rec.extra.insert(QStringLiteral("devices_per_second"), qRound(progress.rate() * 10) / 10.0);
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    return rec;
}

} // namespace symbolon::rekey
