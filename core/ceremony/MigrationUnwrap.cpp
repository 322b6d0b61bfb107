#include "ceremony/MigrationUnwrap.h"

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
#include "inventory/MigrationKeyQuery.h"
#include "journal/JournalStore.h"
#include "keys/KeyRecords.h"
#include "policy/DlmsClient.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <optional>
#include <thread>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}

struct KeyRow {
    qint64 device;
    QString kind;
    int client;
    QByteArray package;
    QString kek;
    QString kekKcv;
    int kekVersion;
    QString kcv;
};

struct Keks {
    hsm::SecretKey transport, dco, shared;
    QString dcoKcv, sharedKcv;
    int dcoVersion = 1, sharedVersion = 1;
};

// One wrapped key → one packaged row; the session object is destroyed whatever happens.
Result<KeyRow> migrateKey(hsm::Session& s, const hsm::Capabilities& caps, policy::PolicyProfile profile,
                          const Keks& keks, qint64 device, const QString& deviceId, const QString& kind,
                          int client, const QByteArray& wrapped, QStringList& paths) {
    const bool underDco = kind != QLatin1String("GUEK");
    auto key = hsm::KeyWrap::unwrapRfc3394(s, caps, keks.transport, wrapped,
                                           hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, profile),
                                           QString(), QByteArray());
    // Named only when something failed: this runs 9 times per device.
    auto what = [&] {
        return client ? ceremony::tr("device %1, %2 of client %3")
                            .arg(deviceId, kind, policy::clientName(policy::DlmsClient(client)))
                      : ceremony::tr("device %1, %2").arg(deviceId, kind);
    };
    if (!key)
        return Error{key.error().code, QStringLiteral("%1: %2").arg(what(), key.error().message),
                     key.error().ckrv, key.error().hasCkrv};
    auto packaged = hsm::KeyWrap::package(s, caps, underDco ? keks.dco : keks.shared, *key);
    auto kcv = key->labelledKcv(s, caps, dlms::KcvMethod::Cmac5B);
    (void)key->destroy(s);
    if (!packaged)
        return Error{packaged.error().code, QStringLiteral("%1: %2").arg(what(), packaged.error().message),
                     packaged.error().ckrv, packaged.error().hasCkrv};
    if (!kcv)
        return kcv.error();
    if (paths.isEmpty())
        paths << packaged->path.describe();
    return KeyRow{device,
                  kind,
                  client,
                  packaged->package,
                  underDco ? QStringLiteral("DCO Key") : QStringLiteral("Shared Key"),
                  underDco ? keks.dcoKcv : keks.sharedKcv,
                  underDco ? keks.dcoVersion : keks.sharedVersion,
                  *kcv};
}

// A chunk's inputs, read before its HSM work starts (the HSM thread never touches the database).
struct MigrationInput {
    qint64 device;
    QString deviceId;
    QByteArray mk, ak, guek; // RFC 3394-wrapped under the Transport Key
};

struct MigratedChunk {
    QVector<KeyRow> rows;
    QString firstId, lastId;
    int devices = 0;
};

Result<QVector<MigrationInput>> readChunk(store::Database& db, qint64 after, int size) {
    auto rows = inventory::MigrationKeyQuery::notMigrated(db, after, size);
    if (!rows)
        return rows.error();
    QVector<MigrationInput> out;
    out.reserve(rows->size());
    for (auto& r : *rows) {
        MigrationInput in{r.device, r.deviceId, std::move(r.mk), std::move(r.ak), std::move(r.guek)};
        if (in.mk.size() != 24 || in.ak.size() != 96 || in.guek.size() != 96)
            return fail(
                ErrorCode::InvalidInput,
                ceremony::tr("Device %1: the migration keys have the wrong sizes (MK %2, AK %3, GUEK %4 "
                             "bytes; expected 24, 96, 96).")
                    .arg(in.deviceId)
                    .arg(in.mk.size())
                    .arg(in.ak.size())
                    .arg(in.guek.size()));
        out.push_back(std::move(in));
    }
    return out;
}

// The HSM work of one chunk: 9 keys per device, on the worker sessions (each takes the next
// device not yet taken); the rows come out in device order whatever session did them.
Result<MigratedChunk> migrateChunk(const std::vector<hsm::Session*>& sessions, const hsm::Capabilities& caps,
                                   policy::PolicyProfile profile, const Keks& keks,
                                   const QVector<MigrationInput>& inputs, QStringList& packagingPaths) {
    struct DeviceRows {
        QVector<KeyRow> rows;
        QStringList paths;
    };
    std::vector<DeviceRows> perDevice(static_cast<std::size_t>(inputs.size()));
    const Status done = hsm::forEachOnSessions(sessions, inputs.size(), [&](hsm::Session& session) {
        return [&](qsizetype index) -> Status {
            const MigrationInput& in = inputs[index];
            DeviceRows& out = perDevice[static_cast<std::size_t>(index)];
            out.rows.reserve(9);
            auto r = migrateKey(session, caps, profile, keks, in.device, in.deviceId, QStringLiteral("MK"), 0,
                                in.mk, out.paths);
            if (!r)
                return r.error();
            out.rows.push_back(*r);
            int i = 0;
            for (policy::DlmsClient c : policy::kKeyedClients) {
                for (const auto& [kind, blob] :
                     {std::pair{QStringLiteral("AK"), &in.ak}, std::pair{QStringLiteral("GUEK"), &in.guek}}) {
                    auto kr = migrateKey(session, caps, profile, keks, in.device, in.deviceId, kind,
                                         static_cast<int>(c),
                                         QByteArray::fromRawData(blob->constData() + 24 * i, 24), out.paths);
                    if (!kr)
                        return kr.error();
                    out.rows.push_back(*kr);
                }
                ++i;
            }
            return {};
        };
    });
    if (!done)
        return done.error();
    MigratedChunk out;
    out.rows.reserve(inputs.size() * 9);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        DeviceRows& d = perDevice[static_cast<std::size_t>(i)];
        out.rows += std::move(d.rows);
        if (packagingPaths.isEmpty())
            packagingPaths << d.paths;
        if (out.firstId.isEmpty())
            out.firstId = inputs[i].deviceId;
        out.lastId = inputs[i].deviceId;
        ++out.devices;
    }
    return out;
}

// The chunk's rows and its journal entry: one transaction; then the chain head is signed.
Status commitChunk(workspace::Workspace& ws, const CeremonyContext& ctx, int chunkNo,
                   const MigratedChunk& chunk, const QString& tkKcv, const Keks& keks) {
    store::Database& db = ws.db();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    QJsonObject details{{QStringLiteral("chunk"), chunkNo},
                        {QStringLiteral("devices"), chunk.devices},
                        {QStringLiteral("first_device"), chunk.firstId},
                        {QStringLiteral("last_device"), chunk.lastId},
                        {QStringLiteral("keys_packaged"), static_cast<int>(chunk.rows.size())},
                        {QStringLiteral("transport_key_kcv"), tkKcv},
                        {QStringLiteral("dco_key_kcv"), keks.dcoKcv},
                        {QStringLiteral("shared_key_kcv"), keks.sharedKcv},
                        {QStringLiteral("dco_key_version"), keks.dcoVersion},
                        {QStringLiteral("shared_key_version"), keks.sharedVersion},
                        {QStringLiteral("approvals"), QJsonArray::fromStringList(ctx.approvals)},
                        {QStringLiteral("fallback"), QJsonArray()}};
    auto entry = ws.journal().append({ctx.actor, ctx.role, QStringLiteral("ceremony.migration-unwrap.chunk"),
                                      QStringLiteral("%1..%2").arg(chunk.firstId, chunk.lastId), details});
    if (!entry)
        return entry.error();
    keys::KeyRecords records(db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const KeyRow& r : chunk.rows)
        if (auto s = records.add(policy::KeyState::Migrated,
                                 {qint64(r.device), r.kind, r.client, 0, r.package, r.kek, r.kekKcv, r.kcv,
                                  r.kekVersion, entry->seq, std::nullopt},
                                 now);
            !s)
            return s;
    if (auto s = records.flush(); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    // Bulk work signs the chain head after every committed chunk (a chunk of up to 500
    // devices is one entry), so a truncated tail is caught long before 1,000 entries.
    return ws.checkpoint();
}
} // namespace

Result<CeremonyRecord> MigrationUnwrap::run(workspace::Workspace& ws, hsm::Session& keyToken,
                                            const CeremonyContext& ctx, const Options& options) {
    CeremonyRecord rec = CeremonyRecord::begin(QStringLiteral("migration-unwrap"), ctx);
    if (options.chunkSize < 1)
        return fail(ErrorCode::InvalidInput, ceremony::tr("The chunk size must be at least 1."));
    if (options.workers < 0 || options.workers > hsm::SessionPool::kMaxSessions)
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The number of worker sessions must be between 1 and 64, or automatic."));
    auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
    if (!caps)
        return caps.error();
    for (hsm::KeyOperation op :
         {hsm::KeyOperation::Rfc3394Unwrap, hsm::KeyOperation::EcbPackage, hsm::KeyOperation::KcvCmac5B}) {
        auto path = caps->require(op, ctx.profile);
        if (!path)
            return path.error();
        rec.paths << path->describe();
    }
    Keks keks;
    auto transport = hsm::SecretKey::findByLabel(keyToken, options.transportKeyLabel);
    if (!transport)
        return transport.error();
    keks.transport = *transport;
    auto ring = KekRing::load(ws, keyToken, *caps);
    if (!ring)
        return ring.error();
    const KekKey& dco = ring->active(keys::Kek::Dco);
    const KekKey& shared = ring->active(keys::Kek::Shared);
    keks.dco = dco.key;
    keks.dcoKcv = dco.kcv;
    keks.dcoVersion = dco.version;
    keks.shared = shared.key;
    keks.sharedKcv = shared.kcv;
    keks.sharedVersion = shared.version;
    auto tkKcv = keks.transport.labelledKcv(keyToken, *caps, dlms::KcvMethod::Cmac5B);
    if (!tkKcv)
        return tkKcv.error();
    rec.addKcv(ceremony::tr("Transport Key"), *tkKcv);
    rec.addKcv(dco.name(), dco.kcv);
    rec.addKcv(shared.name(), shared.kcv);

    store::Database& db = ws.db();
    auto pending = inventory::MigrationKeyQuery::notMigratedCount(db);
    if (!pending)
        return pending.error();
    auto already = inventory::MigrationKeyQuery::migratedCount(db);
    if (!already)
        return already.error();
    const qint64 total = *pending;
    qint64 done = 0, lastDevice = 0;
    int chunks = 0, reads = 0;
    bool stop = false;
    QStringList packagingPaths;
    hsm::SessionPool pool(keyToken);
    hsm::SessionTuner tuner(options.workers, hsm::SessionPool::kMaxSessions);
    // Pipelined like the re-key engine: while the key token's session does chunk k+1's HSM work
    // on its own thread, this thread commits chunk k (the database connection is only ever used
    // here). Stopping after a chunk discards the chunk in flight: its devices have no record yet
    // and are picked up again by the next run.
    std::optional<MigratedChunk> toCommit;
    auto commitPending = [&]() -> Status {
        if (!toCommit)
            return {};
        if (auto s = commitChunk(ws, ctx, chunks + 1, *toCommit, *tkKcv, keks); !s)
            return s;
        ++chunks;
        done += toCommit->devices;
        toCommit.reset();
        return {};
    };
    // The caller's progress callback runs only when no HSM work is in flight: it may use the
    // key token's session itself (bench_migrate runs its raw loop there).
    auto reportProgress = [&] {
        if (options.progress && !options.progress(done, total))
            stop = true;
    };
    while (!stop) {
        auto inputs = readChunk(db, lastDevice, rampedChunkSize(options.chunkSize, reads++));
        if (!inputs)
            return inputs.error();
        if (inputs->isEmpty())
            break;
        lastDevice = inputs->constLast().device;
        auto sessions = pool.growTo(tuner.next());
        if (!sessions)
            return sessions.error();
        tuner.granted(*sessions);
        Result<MigratedChunk> next = fail(ErrorCode::Internal, QString());
        qint64 hsmNsecs = 0;
        const qint64 chunkDevices = inputs->size();
        std::thread hsmWork([&, in = std::move(*inputs), onSessions = pool.first(*sessions)] {
            QElapsedTimer phase;
            phase.start();
            next = migrateChunk(onSessions, *caps, ctx.profile, keks, in, packagingPaths);
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
        tuner.observe(*sessions, chunkDevices, hsmNsecs);
        if (stop)
            break; // the chunk in flight is not committed: its devices stay to do
        toCommit = std::move(*next);
    }
    if (!stop && toCommit) {
        if (auto s = commitPending(); !s)
            return s.error();
        reportProgress();
    }
    rec.cancelled = stop && done < total;
    rec.paths << packagingPaths;
    rec.extra.insert(QStringLiteral("devices_migrated"), done);
    rec.extra.insert(QStringLiteral("devices_already_done"), *already);
    rec.extra.insert(QStringLiteral("devices_remaining"), total - done);
    rec.extra.insert(QStringLiteral("chunks"), chunks);
    rec.extra.insert(QStringLiteral("workers"), tuner.next());
    rec.extra.insert(QStringLiteral("worker_sessions_chosen"), tuner.trail());
    if (!pool.limitNote().isEmpty())
        rec.notes << pool.limitNote();
    rec.extra.insert(QStringLiteral("transport_key"), options.transportKeyLabel);
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    return rec;
}

} // namespace symbolon::ceremony
