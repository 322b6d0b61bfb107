// Median time of each PKCS#11 step Symbolon uses, on SoftHSM2 with a /dev/shm token store.
// One line per step: "step  median µs  (n runs)".
#include "TestPaths.h"
#include "TokenStore.h"

#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/EcKeyPair.h"
#include "hsm/KeyWrap.h"
#include "hsm/Module.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace symbolon;
using policy::PolicyProfile;

static void measure(const char* step, int n, const std::function<void()>& f) {
    std::vector<qint64> t;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer e;
        e.start();
        f();
        t.push_back(e.nsecsElapsed());
    }
    std::sort(t.begin(), t.end());
    std::printf("%-40s %8.1f us  (n=%d)\n", step, t[t.size() / 2] / 1000.0, n);
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    test::TokenStore store;
    auto m = hsm::Module::load(test::softhsmModule());
    if (!m)
        return 1;
    auto t = (*m)->initToken(QStringLiteral("Bench"), SecureBytes::fromString("so-1"),
                             SecureBytes::fromString("pin-1"));
    auto s = (*m)->openSession(t->slotId, true);
    hsm::Session& ss = **s;
    (void)ss.login(SecureBytes::fromString("pin-1"));
    auto caps = *hsm::Capabilities::read(**m, t->slotId);
    const auto dev = hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, PolicyProfile::Development);
    auto kek = *hsm::SecretKey::generate(
        ss, hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Development),
        QStringLiteral("kek"), QByteArrayLiteral("k"));
    auto sessionKek = hsm::secretKeyAttributes(hsm::SecretKeyRole::TransportKey, PolicyProfile::Development);
    sessionKek.token = false;
    auto tk = *hsm::SecretKey::generate(ss, sessionKek, QStringLiteral("tk"), QByteArrayLiteral("t"));
    const int n = 400;

    measure("AES-128 keygen (session object)", n, [&] {
        auto k = hsm::SecretKey::generate(ss, dev, QString(), {});
        (void)k->destroy(ss);
    });
    measure("AES-128 keygen (token object)", 100, [&] {
        auto k = hsm::SecretKey::generate(
            ss, hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Production),
            QStringLiteral("bench"), QByteArrayLiteral("b"));
        (void)k->destroy(ss);
    });
    auto key = *hsm::SecretKey::generate(ss, dev, QString(), {});
    QByteArray wrapped;
    measure("RFC 3394 wrap", n, [&] { wrapped = *hsm::KeyWrap::wrapRfc3394(ss, caps, tk, key); });
    measure("RFC 3394 unwrap (+destroy)", n, [&] {
        auto k = hsm::KeyWrap::unwrapRfc3394(ss, caps, tk, wrapped, dev, QString(), {});
        (void)k->destroy(ss);
    });
    QByteArray pkg;
    measure("ECB package (CBC zero-IV wrap, token KEK)", n,
            [&] { pkg = hsm::KeyWrap::package(ss, caps, kek, key)->package; });
    measure("ECB unpackage (fallback, +destroy)", n, [&] {
        auto k = hsm::KeyWrap::unpackage(ss, caps, PolicyProfile::Development, kek, pkg, dev, QString(), {});
        (void)k->key.destroy(ss);
    });
    measure("CMAC-5B KCV (session key)", n, [&] { (void)key.kcv(ss, caps, dlms::KcvMethod::Cmac5B); });
    measure("ECB-3B KCV (token key)", n, [&] { (void)kek.kcv(ss, caps, dlms::KcvMethod::Ecb3B); });
    auto ec = *hsm::EcKeyPair::generate(ss, QStringLiteral("ec"), QByteArrayLiteral("ec"));
    measure("ECDSA P-256 sign (SHA-256 on host)", n,
            [&] { (void)ec.sign(ss, QByteArrayLiteral("checkpoint")); });
    measure("migrate one device (9 unwrap+package+KCV)", 100, [&] {
        for (int i = 0; i < 9; ++i) {
            auto k = hsm::KeyWrap::unwrapRfc3394(ss, caps, tk, wrapped, dev, QString(), {});
            (void)hsm::KeyWrap::package(ss, caps, kek, *k);
            (void)k->kcv(ss, caps, dlms::KcvMethod::Cmac5B);
            (void)k->destroy(ss);
        }
    });
    // Last: logging out destroys private session objects (SoftHSM), the keys above included.
    measure("login + logout", 100, [&] {
        (void)ss.logout();
        (void)ss.login(SecureBytes::fromString("pin-1"));
    });
    return 0;
}
