// Re-key throughput (issue #5/#6): devices re-keyed per second by the engine (HSM work, chunk
// commits with key records, instructions and journal entries, checkpoints) with 1 and 2 worker
// sessions, each next to a raw PKCS#11 loop issuing the same mechanism calls on the same token
// with the same number of sessions (no database, no journal, no Symbolon layers), in one run.
// Per device both do: MK unpackaging (SoftHSM: C_Decrypt + C_CreateObject), CMAC KCV of the MK,
// and per new key (AK+GUEK × 4 clients) C_GenerateKey, C_WrapKey RFC 3394 under the MK,
// C_WrapKey CBC-zero-IV packaging under the KEK, C_Sign CMAC KCV, C_DestroyObject.
// Usage: bench_rekey DEVICES_PER_RUN   (the demo workspace holds 2 × DEVICES_PER_RUN devices)
#include "CliRunner.h"
#include "DemoQuorum.h"
#include "RawRekeyLoop.h"

#include "ceremony/QuorumCeremony.h"
#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/KeyLabels.h"
#include "hsm/Module.h"
#include "hsm/P11.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"
#include "rekey/DeviceRekeyer.h"
#include "rekey/RekeyEngine.h"
#include "rekey/RekeyPlanner.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <openssl/crypto.h>

#include <cstdio>
#include <string>
#include <thread>

using namespace symbolon;

namespace {
double rawLoop(const std::vector<hsm::Session*>& sessions, const bench::RawKeys& keys,
               const QVector<QByteArray>& packages) {
    const auto mkAttrs =
        hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceMasterKey, policy::PolicyProfile::Development);
    const auto keyAttrs =
        hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, policy::PolicyProfile::Development);
    QElapsedTimer t;
    t.start();
    const int n = int(sessions.size());
    std::atomic<bool> failed{false};
    auto work = [&](int w) {
        CK_FUNCTION_LIST_PTR f = hsm::p11::functions(sessions[w]->functionList());
        for (qsizetype i = w; i < packages.size(); i += n)
            if (!bench::rawDevice(f, sessions[w]->handle(), keys, packages[i], mkAttrs, keyAttrs))
                failed = true;
    };
    std::vector<std::thread> threads;
    for (int w = 0; w < n; ++w)
        threads.emplace_back(work, w);
    for (auto& th : threads)
        th.join();
    if (failed)
        qFatal("raw loop: a PKCS#11 call failed");
    return packages.size() / (t.nsecsElapsed() / 1e9);
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int perRun = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    QTemporaryDir root(QStringLiteral("/dev/shm/symbolon-bench-rekey-XXXXXX"));
    const QString dir = root.filePath(QStringLiteral("ws"));
    QElapsedTimer setup;
    setup.start();
    QString why;
    if (!test::prepareMigratedDemo(dir, 2 * perRun, &why))
        qFatal("%s", qPrintable(why));
    std::printf("setup: demo with %d devices, KEKs, Transport Key, migration unwrap: %.1f s\n", 2 * perRun,
                setup.elapsed() / 1000.0);

    auto ws = test::openWorkspaceAs(dir, test::kResponder);
    QStringList ids;
    QVector<QByteArray> packages;
    QVector<rekey::DeviceInput> inputs;
    {
        auto st =
            ws->db().prepare("SELECT d.id, d.device_id, k.package, k.kcv, d.system_title FROM devices d JOIN "
                             "key_records k ON k.device = d.id AND k.kind = 'MK' ORDER BY d.id;");
        (void)st->forEachRow([&](const store::Statement& r) {
            ids << r.text(1);
            packages << r.blob(2);
            rekey::DeviceInput in;
            in.row = r.int64(0);
            in.deviceId = r.text(1);
            in.mkPackage = r.blob(2);
            in.mkKcv = r.text(3);
            in.systemTitle = r.blob(4);
            inputs << in;
        });
    }
    rekey::RekeyRequest a, b;
    a.filter.rotation = b.filter.rotation = inventory::RotationFilter::Any;
    a.instruction = b.instruction =
        policy::PmaInstruction{policy::PmaGround::MajorIncident, QStringLiteral("PMA-BENCH")};
    a.deviceIds = ids.mid(0, perRun);
    b.deviceIds = ids.mid(perRun, perRun);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto runA = rekey::RekeyPlanner::create(*ws, a, now);
    auto runB = rekey::RekeyPlanner::create(*ws, b, now);
    if (!runA || !runB)
        qFatal("plan: %s", qPrintable((runA ? runB.error() : runA.error()).message));

    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::ReKey;
    plan.rekeyRun = runA->id;
    auto session = ceremony::QuorumCeremony::start(*ws, plan);
    if (!session)
        qFatal("quorum: %s", qPrintable(session.error().message));
    test::approveWithDemoCards(*session, dir, {test::kCustodian1, test::kCustodian2});

    struct Row {
        const char* what;
        int sessions;
        double ours, floor;
    };
    std::vector<Row> rows;
    auto rec = ceremony::QuorumCeremony::run(
        *ws, *session,
        [&](hsm::Session& keyToken,
            const ceremony::CeremonyContext& ctx) -> Result<ceremony::CeremonyRecord> {
            bench::RawKeys keys;
            keys.dco = hsm::SecretKey::findByLabel(keyToken, hsm::dcoKeyLabel())->handle();
            keys.shared = hsm::SecretKey::findByLabel(keyToken, hsm::sharedKeyLabel())->handle();
            auto second = keyToken.module().openSession(keyToken.slotId(), true);
            if (!second)
                return second.error();
            Result<ceremony::CeremonyRecord> last = fail(ErrorCode::Internal, QString());
            // Where the time goes: Symbolon's per-device HSM code alone (DeviceRekeyer: the same calls
            // through core/hsm, plus the instruction's A-XDR and JSON), no database, on one session.
            {
                auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
                rekey::RunKeks rk;
                rk.dco = *hsm::SecretKey::findByLabel(keyToken, hsm::dcoKeyLabel());
                rk.shared = *hsm::SecretKey::findByLabel(keyToken, hsm::sharedKeyLabel());
                rk.dcoKcv = *rk.dco.labelledKcv(keyToken, *caps, dlms::KcvMethod::Cmac5B);
                rk.sharedKcv = *rk.shared.labelledKcv(keyToken, *caps, dlms::KcvMethod::Cmac5B);
                rk.dcoReadable.push_back({1, rk.dco}); // the MKs are under DCO Key v1
                rekey::DeviceRekeyer rekeyer(keyToken, *caps, ctx.profile, rk, rekey::RekeyKinds{});
                const int n = std::min<int>(perRun, int(inputs.size()));
                const double floor = rawLoop({&keyToken}, keys, packages.mid(0, n));
                QElapsedTimer t;
                t.start();
                for (int i = 0; i < n; ++i)
                    if (auto out = rekeyer.rekey(inputs[i]); !out || !out->failure.isEmpty())
                        qFatal("DeviceRekeyer failed");
                rows.push_back(
                    {"per-device HSM work only (no database)", 1, n / (t.nsecsElapsed() / 1e9), floor});
            }
            // Issue #21: the fastest raw loop the token allows. SoftHSM2 checks a token object's
            // file on every use; the same loop with the KEKs as session copies (C_CopyObject with
            // CKA_TOKEN false, where CKA_COPYABLE allows: the keys never leave the token) skips that.
            double fastestRaw = 0;
            {
                CK_FUNCTION_LIST_PTR f = hsm::p11::functions(keyToken.functionList());
                CK_BBOOL no = CK_FALSE;
                CK_ATTRIBUTE sessionOnly{CKA_TOKEN, &no, sizeof no};
                bench::RawKeys copies;
                const CK_RV a = f->C_CopyObject(keyToken.handle(), keys.dco, &sessionOnly, 1, &copies.dco);
                const CK_RV b =
                    f->C_CopyObject(keyToken.handle(), keys.shared, &sessionOnly, 1, &copies.shared);
                const QVector<QByteArray> slice = packages.mid(0, perRun);
                if (a == CKR_OK && b == CKR_OK) {
                    const double tokenObjects = rawLoop({&keyToken}, keys, slice);
                    const double sessionCopies = rawLoop({&keyToken}, copies, slice);
                    rows.push_back({"raw loop: KEKs as session copies vs token objects", 1, sessionCopies,
                                    tokenObjects});
                    fastestRaw = std::max(tokenObjects, sessionCopies);
                } else {
                    std::printf("C_CopyObject of the KEKs refused (0x%lx, 0x%lx): no session-copy loop\n", a,
                                b);
                }
                if (copies.dco)
                    f->C_DestroyObject(keyToken.handle(), copies.dco);
                if (copies.shared)
                    f->C_DestroyObject(keyToken.handle(), copies.shared);
            }
            for (int workers : {1, 2}) {
                std::vector<hsm::Session*> sessions{&keyToken};
                if (workers == 2)
                    sessions.push_back(second->get());
                const QVector<QByteArray> slice = packages.mid(workers == 1 ? 0 : perRun, perRun);
                const double floor = rawLoop(sessions, keys, slice);
                rekey::RekeyOptions o;
                o.workers = workers;
                o.chunkSize = 500;
                rekey::RekeyProgress phases;
                o.progress = [&phases](const rekey::RekeyProgress& p) {
                    phases = p;
                    return true;
                };
                QElapsedTimer t;
                t.start();
                last = rekey::RekeyEngine::execute(*ws, keyToken, ctx, workers == 1 ? runA->id : runB->id, o);
                if (!last)
                    return last.error();
                const double ours = perRun / (t.nsecsElapsed() / 1e9);
                rows.push_back({"re-key (engine) vs raw PKCS#11 loop", workers, ours, floor});
                if (workers == 1 && fastestRaw > 0)
                    rows.push_back({"re-key (engine) vs fastest raw loop", 1, ours, fastestRaw});
                std::printf(
                    "engine phases, %d session(s): read chunks %.0f ms, commit %.0f ms, waiting for the "
                    "HSM work %.0f ms, of %.0f ms\n",
                    workers, phases.readMs, phases.commitMs, phases.hsmWaitMs, t.nsecsElapsed() / 1e6);
            }
            return last;
        });
    if (!rec)
        qFatal("run: %s", qPrintable(rec.error().message));
    std::printf("%-52s %8s %12s %12s %9s\n", "what (devices/s, 8 new keys each)", "sessions", "symbolon",
                "raw floor", "vs_floor");
    for (const Row& r : rows)
        std::printf("%-52s %8d %12.0f %12.0f %8.1f%%\n", r.what, r.sessions, r.ours, r.floor,
                    100.0 * r.ours / r.floor);
    const Row* one = nullptr;
    const Row* two = nullptr;
    for (const Row& r : rows)
        if (std::string(r.what) == "re-key (engine) vs raw PKCS#11 loop")
            (r.sessions == 1 ? one : two) = &r;
    if (one && two)
        std::printf("%-52s %8s %12.2fx %11.2fx\n", "2 sessions vs 1 (same process)", "",
                    two->ours / one->ours, two->floor / one->floor);
    std::printf("devices per run: %d; chunk 500; token: SoftHSM2, store on /dev/shm\n", perRun);
    return 0;
}
