// KEK rollover throughput (issue #20): packages moved per second by the rollover engine (HSM work,
// chunk commits with the packages, the cursor and a journal entry, checkpoints), for a DCO Key and
// then a Shared Key rollover of a migrated demo (5 + 4 packages per device: all 9 move), next to a
// raw PKCS#11 loop issuing the same calls on the same session in the same run, interleaved chunk by
// chunk so that both see the same load. Per package both do: unpackaging under the old version
// (SoftHSM2: C_Decrypt CKM_AES_ECB + C_CreateObject), C_Sign CMAC (the KCV before), packaging under
// the new version (C_WrapKey CKM_AES_CBC, zero IV), unpackaging the new package again, C_Sign CMAC
// (the KCV after), two C_DestroyObject.
// Usage: bench_rollover DEVICES [CHUNK]
#include "CliRunner.h"
#include "DemoQuorum.h"

#include "ceremony/KekRollover.h"
#include "ceremony/QuorumCeremony.h"
#include "hsm/Capabilities.h"
#include "hsm/Module.h"
#include "hsm/P11.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"
#include "keys/KekVersionStore.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <openssl/crypto.h>

#include <cstdio>

using namespace symbolon;

namespace {
// Opens one package under `kek`: the handle of the session object, 0 on any error.
CK_OBJECT_HANDLE rawOpen(CK_FUNCTION_LIST_PTR f, CK_SESSION_HANDLE s, CK_OBJECT_HANDLE kek,
                         const QByteArray& pkg, const hsm::SecretKeyAttributes& attrs) {
    CK_MECHANISM ecb{CKM_AES_ECB, nullptr, 0};
    CK_BYTE clear[16];
    CK_ULONG len = 16;
    if (f->C_DecryptInit(s, &ecb, kek) != CKR_OK ||
        f->C_Decrypt(s, reinterpret_cast<CK_BYTE_PTR>(const_cast<char*>(pkg.constData())), 16, clear, &len) !=
            CKR_OK)
        return 0;
    hsm::p11::SecretKeyTemplate t(attrs, QString(), QByteArray(),
                                  hsm::p11::SecretKeyTemplate::Purpose::Create, clear, 16);
    CK_OBJECT_HANDLE h = 0;
    const CK_RV rv = f->C_CreateObject(s, t.data(), t.size(), &h);
    OPENSSL_cleanse(clear, sizeof clear);
    return rv == CKR_OK ? h : 0;
}

bool rawKcv(CK_FUNCTION_LIST_PTR f, CK_SESSION_HANDLE s, CK_OBJECT_HANDLE key) {
    CK_MECHANISM cmac{CKM_AES_CMAC, nullptr, 0};
    CK_BYTE zero[16] = {}, mac[16];
    CK_ULONG macLen = 16;
    return f->C_SignInit(s, &cmac, key) == CKR_OK && f->C_Sign(s, zero, 16, mac, &macLen) == CKR_OK;
}

// The raw floor for packages [from, from + n): ns spent.
qint64 rawLoop(hsm::Session& session, CK_OBJECT_HANDLE oldKek, CK_OBJECT_HANDLE newKek,
               const QVector<QByteArray>& packages, qint64 from, qint64 n) {
    CK_FUNCTION_LIST_PTR f = hsm::p11::functions(session.functionList());
    const CK_SESSION_HANDLE s = session.handle();
    const auto attrs =
        hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, policy::PolicyProfile::Development);
    CK_BYTE iv[16] = {};
    CK_MECHANISM cbc{CKM_AES_CBC, iv, 16};
    QElapsedTimer t;
    t.start();
    for (qint64 i = from; i < from + n && i < packages.size(); ++i) {
        CK_OBJECT_HANDLE before = rawOpen(f, s, oldKek, packages[int(i)], attrs);
        bool ok = before && rawKcv(f, s, before);
        CK_BYTE pkg[32];
        CK_ULONG pl = sizeof pkg;
        ok = ok && f->C_WrapKey(s, &cbc, newKek, before, pkg, &pl) == CKR_OK;
        CK_OBJECT_HANDLE after =
            ok ? rawOpen(f, s, newKek, QByteArray::fromRawData(reinterpret_cast<char*>(pkg), 16), attrs) : 0;
        ok = ok && after && rawKcv(f, s, after);
        if (before)
            f->C_DestroyObject(s, before);
        if (after)
            f->C_DestroyObject(s, after);
        if (!ok)
            qFatal("raw loop: a PKCS#11 call failed at package %lld", static_cast<long long>(i));
    }
    return t.nsecsElapsed();
}

struct Figures {
    double ours = 0, floor = 0;
    qint64 packages = 0;
};

Figures rollOver(const QString& dir, keys::Kek kek, int chunk) {
    auto ws = test::openWorkspaceAs(dir, test::kCustodian1);
    // The raw loop's input, read before any timing: the same packages, in the engine's order.
    QVector<QByteArray> packages;
    {
        auto st = ws->db().prepare(
            kek == keys::Kek::Dco ? "SELECT package FROM key_records WHERE kek = 'DCO Key' ORDER BY id;"
                                  : "SELECT package FROM key_records WHERE kek = 'Shared Key' ORDER BY id;");
        (void)st->forEachRow([&](const store::Statement& r) { packages.push_back(r.blob(0)); });
    }
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::RolloverKek;
    plan.kek = keys::kekOption(kek);
    plan.pmaGround = QStringLiteral("major-incident");
    plan.pmaReference = QStringLiteral("PMA-BENCH");
    plan.chunkSize = chunk;
    auto session = ceremony::QuorumCeremony::start(*ws, plan);
    if (!session)
        qFatal("quorum: %s", qPrintable(session.error().message));
    test::approveWithDemoCards(*session, dir, {test::kCustodian1, test::kCustodian2});
    qint64 rawNs = 0, runNs = 0;
    auto rec = ceremony::QuorumCeremony::run(
        *ws, *session,
        [&](hsm::Session& keyToken,
            const ceremony::CeremonyContext& ctx) -> Result<ceremony::CeremonyRecord> {
            ceremony::KekRollover::Options o;
            o.kek = kek;
            o.instruction = {policy::PmaGround::MajorIncident, plan.pmaReference};
            o.chunkSize = chunk;
            qint64 rawDone = 0;
            CK_OBJECT_HANDLE oldKek = 0, newKek = 0;
            // Runs when no HSM work is in flight (KekRollover's progress contract); the first
            // report comes after the new version exists.
            o.progress = [&](const ceremony::RolloverProgress& p) {
                if (!newKek) {
                    oldKek = hsm::SecretKey::findByLabel(keyToken, keys::kekLabel(kek, 1))->handle();
                    newKek = hsm::SecretKey::findByLabel(keyToken, keys::kekLabel(kek, 2))->handle();
                }
                rawNs += rawLoop(keyToken, oldKek, newKek, packages, rawDone, p.done - rawDone);
                rawDone = p.done;
                return true;
            };
            QElapsedTimer t;
            t.start();
            auto r = ceremony::KekRollover::run(*ws, keyToken, ctx, o);
            runNs = t.nsecsElapsed();
            return r;
        });
    if (!rec)
        qFatal("rollover: %s", qPrintable(rec.error().message));
    const qint64 moved = rec->extra.value(QStringLiteral("packages_moved")).toInteger();
    if (moved != packages.size() || !rec->extra.value(QStringLiteral("completed")).toBool())
        qFatal("rollover: %lld of %lld packages moved", static_cast<long long>(moved),
               static_cast<long long>(packages.size()));
    auto left = ws->db().scalarInt(
        kek == keys::Kek::Dco ? "SELECT count(*) FROM key_records WHERE kek = 'DCO Key' AND kek_version <> 2;"
                              : "SELECT count(*) FROM key_records WHERE kek = 'Shared Key' AND kek_version "
                                "<> 2;");
    if (!left || *left != 0)
        qFatal("packages left under the old version");
    return {moved / ((runNs - rawNs) / 1e9), moved / (rawNs / 1e9), moved};
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int devices = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    const int chunk = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 2000;
    if (devices < 1 || chunk < 1) {
        std::fprintf(stderr,
                     "usage: bench_rollover [devices >= 1, default 200] [chunk >= 1, default 2000]\n");
        return 2;
    }
    QTemporaryDir root(QStringLiteral("/dev/shm/symbolon-bench-rollover-XXXXXX"));
    const QString dir = root.filePath(QStringLiteral("ws"));
    QElapsedTimer setup;
    setup.start();
    QString why;
    if (!test::prepareMigratedDemo(dir, devices, &why))
        qFatal("%s", qPrintable(why));
    std::printf("setup: demo with %d devices, KEKs, Transport Key, migration unwrap: %.1f s\n", devices,
                setup.elapsed() / 1000.0);
    std::printf("%-44s %12s %12s %9s\n", "what (packages/s)", "symbolon", "raw floor", "vs_floor");
    Figures all;
    double oursSecs = 0, rawSecs = 0;
    for (keys::Kek kek : {keys::Kek::Dco, keys::Kek::Shared}) {
        const Figures f = rollOver(dir, kek, chunk);
        std::printf("%-44s %12.0f %12.0f %8.1f%%\n",
                    qPrintable(QStringLiteral("%1 rollover (engine) vs raw loop").arg(keys::kekCode(kek))),
                    f.ours, f.floor, 100.0 * f.ours / f.floor);
        all.packages += f.packages;
        oursSecs += f.packages / f.ours;
        rawSecs += f.packages / f.floor;
    }
    all.ours = all.packages / oursSecs;
    all.floor = all.packages / rawSecs;
    std::printf("%-44s %12.0f %12.0f %8.1f%%\n", "both KEKs, every package", all.ours, all.floor,
                100.0 * all.ours / all.floor);
    std::printf(
        "devices: %d; packages: %lld; chunk %d; one session, raw loop interleaved chunk by chunk; token: "
        "SoftHSM2, store on /dev/shm; floor (issue #20): >= 90%%: %s\n",
        devices, static_cast<long long>(all.packages), chunk, all.ours >= 0.9 * all.floor ? "yes" : "NO");
    return 0;
}
