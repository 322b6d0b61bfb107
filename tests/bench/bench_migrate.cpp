// Migration unwrap throughput (issue #6): devices per second through core's MigrationUnwrap (HSM
// work, chunk transactions with key_records rows, a journal entry and a signed checkpoint per
// chunk) next to a raw PKCS#11 loop making the same calls on the same session of the same token
// in the same run (no database, no journal, no Qt in the loop). Per device both unwrap the 9 keys
// (MK, AK and GUEK of 4 clients) from under the Transport Key (C_UnwrapKey RFC 3394), package
// each under its KEK (C_WrapKey ECB or CBC-zero-IV), compute its CMAC KCV (C_SignInit + C_Sign)
// and destroy the session object (C_DestroyObject). The raw loop runs chunk by chunk between the
// engine's chunks (from its progress callback), so that load changes on the machine hit both.
// Usage: bench_migrate DEVICES [CHUNK]   (floor, issue #6: >= 85 % of the raw loop)
#include "CliRunner.h"
#include "DemoQuorum.h"

#include "ceremony/MigrationUnwrap.h"
#include "ceremony/QuorumCeremony.h"
#include "hsm/Capabilities.h"
#include "hsm/KeyLabels.h"
#include "hsm/Module.h"
#include "hsm/P11.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace symbolon;

namespace {
constexpr int kBytesPerDevice = 24 * 9; // MK, then AK and GUEK of the 4 keyed clients

struct RawKeks {
    CK_OBJECT_HANDLE transport = 0, dco = 0, shared = 0;
    CK_MECHANISM_TYPE packaging = CKM_AES_ECB;
};

// One wrapped key, raw: returns false on any CK_RV other than CKR_OK.
bool rawKey(CK_FUNCTION_LIST_PTR f, CK_SESSION_HANDLE s, const RawKeks& k, CK_OBJECT_HANDLE kek,
            const char* wrapped, const hsm::SecretKeyAttributes& attrs) {
    hsm::p11::SecretKeyTemplate t(attrs, QString(), QByteArray(),
                                  hsm::p11::SecretKeyTemplate::Purpose::Unwrap);
    CK_MECHANISM kw{CKM_AES_KEY_WRAP, nullptr, 0};
    CK_OBJECT_HANDLE key = 0;
    if (f->C_UnwrapKey(s, &kw, k.transport, reinterpret_cast<CK_BYTE_PTR>(const_cast<char*>(wrapped)), 24,
                       t.data(), t.size(), &key) != CKR_OK)
        return false;
    CK_BYTE iv[16] = {};
    CK_MECHANISM pkg{k.packaging, nullptr, 0};
    if (k.packaging == CKM_AES_CBC) {
        pkg.pParameter = iv;
        pkg.ulParameterLen = sizeof iv;
    }
    CK_BYTE out[32], zero[16] = {}, mac[16];
    CK_ULONG outLen = sizeof out, macLen = sizeof mac;
    CK_MECHANISM cmac{CKM_AES_CMAC, nullptr, 0};
    bool ok = f->C_WrapKey(s, &pkg, kek, key, out, &outLen) == CKR_OK;
    ok = ok && f->C_SignInit(s, &cmac, key) == CKR_OK && f->C_Sign(s, zero, 16, mac, &macLen) == CKR_OK;
    return f->C_DestroyObject(s, key) == CKR_OK && ok;
}

// Devices [first, first + count) of keys, raw; returns the nanoseconds taken.
qint64 rawLoop(hsm::Session& session, const RawKeks& keks, const QByteArray& keys, qint64 first,
               qint64 count) {
    const auto attrs =
        hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, policy::PolicyProfile::Development);
    CK_FUNCTION_LIST_PTR f = hsm::p11::functions(session.functionList());
    QElapsedTimer t;
    t.start();
    for (qint64 d = first; d < first + count; ++d) {
        const char* p = keys.constData() + d * kBytesPerDevice;
        for (int i = 0; i < 9; ++i) // i 0: MK; odd: AK (DCO Key); even: GUEK (Shared Key)
            if (!rawKey(f, session.handle(), keks, i == 0 || i % 2 ? keks.dco : keks.shared, p + 24 * i,
                        attrs))
                qFatal("raw loop: a PKCS#11 call failed (device %lld, key %d)", static_cast<long long>(d), i);
    }
    return t.nsecsElapsed();
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int devices = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 200;
    const int chunk = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 500;
    if (devices < 1 || chunk < 1) {
        std::fprintf(stderr, "usage: bench_migrate [devices >= 1, default 200] [chunk >= 1, default 500]\n");
        return 2;
    }
    QTemporaryDir root(QStringLiteral("/dev/shm/symbolon-bench-migrate-XXXXXX"));
    const QString dir = root.filePath(QStringLiteral("ws"));
    QElapsedTimer setup;
    setup.start();
    // prepareMigratedDemo's CLI steps without the last one (the migration is what we time).
    const QList<int> q{test::kCustodian1, test::kCustodian2};
    for (const QStringList& step :
         {QStringList{QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), dir,
                      QStringLiteral("--devices"), QString::number(devices)},
          test::cliArgs(dir, test::kCustodian1, {QStringLiteral("ceremony"), QStringLiteral("generate-keks")},
                        q),
          test::cliArgs(dir, test::kCustodian1,
                        {QStringLiteral("ceremony"), QStringLiteral("transport-key"),
                         QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")},
                        q)}) {
        const test::CliRun r = test::runCli(step, 3600 * 1000);
        if (r.code != 0)
            qFatal("%s: %s", qPrintable(step.join(QLatin1Char(' '))), qPrintable(r.err));
    }
    std::printf("setup: demo with %d devices, KEKs, Transport Key: %.1f s\n", devices,
                setup.elapsed() / 1000.0);

    auto ws = test::openWorkspaceAs(dir, test::kCustodian1);
    // The raw loop's input, read before any timing: the same wrapped keys, in device order.
    QByteArray keys;
    keys.reserve(qint64(devices) * kBytesPerDevice);
    {
        auto st = ws->db().prepare("SELECT mk, ak, guek FROM migration_keys ORDER BY device;");
        (void)st->forEachRow([&](const store::Statement& r) {
            const QByteArray mk = r.blob(0), ak = r.blob(1), guek = r.blob(2);
            keys += mk;
            for (int c = 0; c < 4; ++c)
                keys += ak.mid(24 * c, 24) + guek.mid(24 * c, 24);
        });
    }
    if (keys.size() != qint64(devices) * kBytesPerDevice)
        qFatal("migration_keys: %lld bytes for %d devices", static_cast<long long>(keys.size()), devices);

    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::MigrationUnwrap;
    plan.transportKeyLabel = hsm::transportKeyLabelPrefix();
    plan.chunkSize = chunk;
    auto session = ceremony::QuorumCeremony::start(*ws, plan);
    if (!session)
        qFatal("quorum: %s", qPrintable(session.error().message));
    test::approveWithDemoCards(*session, dir, q);

    // Interleaved, so that both see the same machine load and the same token state: after each
    // chunk the engine commits, its progress callback runs the raw loop over the same devices; the
    // engine's time is the run's wall time less the raw loop's.
    qint64 rawNs = 0, runNs = 0;
    auto rec = ceremony::QuorumCeremony::run(
        *ws, *session,
        [&](hsm::Session& keyToken,
            const ceremony::CeremonyContext& ctx) -> Result<ceremony::CeremonyRecord> {
            auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
            if (!caps)
                return caps.error();
            RawKeks k;
            k.transport = hsm::SecretKey::findByLabel(keyToken, plan.transportKeyLabel)->handle();
            k.dco = hsm::SecretKey::findByLabel(keyToken, hsm::dcoKeyLabel())->handle();
            k.shared = hsm::SecretKey::findByLabel(keyToken, hsm::sharedKeyLabel())->handle();
            k.packaging = caps->decide(hsm::KeyOperation::EcbPackage).mechanism;
            ceremony::MigrationUnwrap::Options o;
            o.transportKeyLabel = plan.transportKeyLabel;
            o.chunkSize = chunk;
            qint64 rawDone = 0;
            o.progress = [&](qint64 done, qint64) {
                rawNs += rawLoop(keyToken, k, keys, rawDone, done - rawDone);
                rawDone = done;
                return true;
            };
            QElapsedTimer t;
            t.start();
            auto r = ceremony::MigrationUnwrap::run(*ws, keyToken, ctx, o);
            runNs = t.nsecsElapsed();
            return r;
        });
    if (!rec)
        qFatal("migration: %s", qPrintable(rec.error().message));
    const qint64 migrated = rec->extra.value(QStringLiteral("devices_migrated")).toInteger();
    if (migrated != devices)
        qFatal("migration: %lld of %d devices migrated", static_cast<long long>(migrated), devices);
    auto records = ws->db().scalarInt("SELECT COUNT(*) FROM key_records WHERE state = 'Migrated';");
    if (!records || *records != 9LL * devices)
        qFatal("key_records: %lld rows for %d devices", records ? static_cast<long long>(*records) : -1LL,
               devices);
    const double ours = devices / ((runNs - rawNs) / 1e9), floor = devices / (rawNs / 1e9);
    std::printf("%-44s %12s %12s %9s\n", "what (devices/s, 9 keys each)", "symbolon", "raw floor",
                "vs_floor");
    std::printf("%-44s %12.0f %12.0f %8.1f%%\n", "migration unwrap (engine) vs raw PKCS#11 loop", ours, floor,
                100.0 * ours / floor);
    std::printf("devices: %d; chunk %d; one session, raw loop interleaved chunk by chunk; token: SoftHSM2, "
                "store on /dev/shm; floor (issue #6): >= 85%%: %s\n",
                devices, chunk, ours >= 0.85 * floor ? "yes" : "NO");
    return 0;
}
