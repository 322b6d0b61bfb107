// Does the token scale with sessions? The re-key's raw PKCS#11 loop (RawRekeyLoop.h: per device
// MK unpackaging, its KCV, 8 × generate / RFC 3394 wrap / package / KCV / destroy) on one
// SoftHSM2 token, N devices each way, in the same run:
//   1 process, 1 session  |  1 process, 2 sessions on 2 threads  |  2 processes, 1 session each
// This is the floor behind the re-key engine's worker sessions (issue #6: 2 workers ≥ 1.6×): a
// module that serialises the sessions of one process gives ~1.0× to threads whatever the caller
// does. Each configuration runs in fresh child processes (this program re-executed with
// --child); the 2-process case starts both loops together (ready/go on their stdin/stdout) and
// counts from the first start to the last end.
// Usage: bench_session_scaling DEVICES
#include "RawRekeyLoop.h"
#include "TokenStore.h"

#include "common/SecureBytes.h"
#include "demo/DemoWorkspace.h"
#include "hsm/Module.h"
#include "hsm/Session.h"

#include <QCoreApplication>
#include <QProcess>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <thread>

using namespace symbolon;

namespace {
constexpr const char* kLabel = "scaling";
constexpr const char* kPin = "246810";

qint64 monotonicNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

[[noreturn]] void die(const QString& what) {
    std::fprintf(stderr, "bench_session_scaling: %s\n", qPrintable(what));
    std::exit(1);
}

// In a child: the module, the token, `sessions` sessions logged in (login belongs to the token).
std::vector<std::unique_ptr<hsm::Session>> openSessions(int sessions) {
    auto module = hsm::Module::load(demo::DemoOptions{}.modulePath);
    if (!module)
        die(module.error().message);
    auto token = (*module)->findTokenByLabel(QString::fromLatin1(kLabel));
    if (!token)
        die(token.error().message);
    std::vector<std::unique_ptr<hsm::Session>> out;
    for (int i = 0; i < sessions; ++i) {
        auto s = (*module)->openSession(token->slotId, true);
        if (!s)
            die(s.error().message);
        out.push_back(std::move(*s));
    }
    if (auto s = out.front()->login(SecureBytes::fromString(kPin)); !s)
        die(s.error().message);
    return out;
}

int setupChild() {
    auto sessions = openSessions(1);
    for (auto [role, label] :
         {std::pair{hsm::SecretKeyRole::DcoKey, "dco"}, std::pair{hsm::SecretKeyRole::SharedKey, "shared"}}) {
        auto k = hsm::SecretKey::generate(*sessions.front(),
                                          hsm::secretKeyAttributes(role, policy::PolicyProfile::Development),
                                          QString::fromLatin1(label), QByteArray(label));
        if (!k)
            die(k.error().message);
    }
    return 0;
}

// Waits for "go" on stdin, runs the loop over `devices` random MK packages on `sessions`
// threads, prints "done START_NS END_NS".
int loopChild(int sessions, int devices) {
    auto open = openSessions(sessions);
    bench::RawKeys keys;
    auto dco = hsm::SecretKey::findByLabel(*open.front(), QStringLiteral("dco"));
    auto shared = hsm::SecretKey::findByLabel(*open.front(), QStringLiteral("shared"));
    if (!dco || !shared)
        die(QStringLiteral("the KEKs are missing"));
    keys.dco = dco->handle();
    keys.shared = shared->handle();
    QVector<QByteArray> packages;
    for (int i = 0; i < devices; ++i) {
        SecureBytes r = SecureBytes::random(16);
        packages << QByteArray(reinterpret_cast<const char*>(r.data()), 16);
    }
    const auto mkAttrs =
        hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceMasterKey, policy::PolicyProfile::Development);
    const auto keyAttrs =
        hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, policy::PolicyProfile::Development);
    std::printf("ready\n");
    std::fflush(stdout);
    char line[16] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return 1;
    std::atomic<bool> failed{false};
    const qint64 start = monotonicNs();
    std::vector<std::thread> threads;
    for (int w = 0; w < sessions; ++w)
        threads.emplace_back([&, w] {
            CK_FUNCTION_LIST_PTR f = hsm::p11::functions(open[w]->functionList());
            for (int i = w; i < devices; i += sessions)
                if (!bench::rawDevice(f, open[w]->handle(), keys, packages[i], mkAttrs, keyAttrs))
                    failed = true;
        });
    for (auto& t : threads)
        t.join();
    const qint64 end = monotonicNs();
    if (failed)
        die(QStringLiteral("a PKCS#11 call failed in the loop"));
    std::printf("done %lld %lld\n", static_cast<long long>(start), static_cast<long long>(end));
    return 0;
}

// Runs `processes` children of `sessions` sessions each over devices/processes devices; the
// devices per second from the first loop start to the last loop end.
double measure(int processes, int sessions, int devices) {
    // The children start one after the other: each reads the token and logs in before the next
    // is started. SoftHSM2's C_Login truncates and rewrites token.object (PLATFORM-NOTES.md,
    // SoftHsmStoreGuard), so a child reading the store while another logs in may see an empty or
    // half-written file ("general error" from C_GetTokenInfo: issue #23). A child says "ready"
    // only after its login and touches the store no more until "go"; the timed loops use only
    // session objects and the KEK handles found before "ready", so nothing is lost by this order.
    std::vector<std::unique_ptr<QProcess>> children;
    for (int p = 0; p < processes; ++p) {
        auto c = std::make_unique<QProcess>();
        c->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        c->start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), QString::number(sessions), QString::number(devices / processes)});
        if (!c->waitForReadyRead(60000) || c->readLine().trimmed() != "ready")
            die(QStringLiteral("a child did not get ready"));
        children.push_back(std::move(c));
    }
    for (auto& c : children)
        c->write("go\n");
    qint64 first = 0, last = 0;
    for (auto& c : children) {
        if (!c->waitForFinished(3600000) || c->exitCode() != 0)
            die(QStringLiteral("a child failed"));
        const QList<QByteArray> f = c->readAll().trimmed().split(' ');
        if (f.size() != 3 || f[0] != "done")
            die(QStringLiteral("a child said something unexpected"));
        const qint64 s = f[1].toLongLong(), e = f[2].toLongLong();
        first = first ? std::min(first, s) : s;
        last = std::max(last, e);
    }
    return (devices / processes) * processes / ((last - first) / 1e9);
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments();
    if (args.size() == 2 && args[1] == QLatin1String("--setup"))
        return setupChild();
    if (args.size() == 4 && args[1] == QLatin1String("--child"))
        return loopChild(args[2].toInt(), args[3].toInt());
    const int devices = args.size() > 1 ? args[1].toInt() : 200;
    if (devices < 2)
        die(QStringLiteral("usage: bench_session_scaling DEVICES (at least 2)"));

    test::TokenStore store; // sets SOFTHSM2_CONF, inherited by the children
    if (!store.isValid() || !store.initTokenWithTool(QString::fromLatin1(kLabel), QString::fromLatin1(kPin),
                                                     QStringLiteral("13579111")))
        die(QStringLiteral("cannot make the scratch token"));
    QProcess setup;
    setup.setProcessChannelMode(QProcess::ForwardedChannels);
    setup.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--setup")});
    if (!setup.waitForFinished(60000) || setup.exitCode() != 0)
        die(QStringLiteral("setup failed"));

    const double one = measure(1, 1, devices);
    const double threads = measure(1, 2, devices);
    const double processes = measure(2, 1, devices);
    std::printf("%-52s %10s %8s\n", "raw re-key loop, SoftHSM2 (devices/s)", "rate", "vs 1");
    std::printf("%-52s %10.0f %7.2fx\n", "1 process, 1 session", one, 1.0);
    std::printf("%-52s %10.0f %7.2fx\n", "1 process, 2 sessions (2 threads)", threads, threads / one);
    std::printf("%-52s %10.0f %7.2fx\n", "2 processes, 1 session each", processes, processes / one);
    std::printf("devices per configuration: %d; token store on /dev/shm; %u cores\n", devices,
                std::thread::hardware_concurrency());
    return 0;
}
