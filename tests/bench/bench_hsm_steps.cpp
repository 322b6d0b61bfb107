// Median time of each PKCS#11 step Symbolon uses, on SoftHSM2 (a /dev/shm token store) and on NSS
// softoken in FIPS mode (a certutil database in /dev/shm), side by side: one line per step.
#include "NssTokens.h"
#include "TestPaths.h"
#include "TokenStore.h"

#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/EcKeyPair.h"
#include "hsm/KeyWrap.h"
#include "hsm/Module.h"
#include "hsm/Pkcs11Uri.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace symbolon;
using policy::PolicyProfile;

using Medians = std::vector<std::pair<std::string, double>>; // step, median µs

static void measure(Medians& out, const char* step, int n, const std::function<void()>& f) {
    std::vector<qint64> t;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer e;
        e.start();
        f();
        t.push_back(e.nsecsElapsed());
    }
    std::sort(t.begin(), t.end());
    out.emplace_back(step, t[t.size() / 2] / 1000.0);
}

// Every step on one logged-in key token, each through the path the capability table decides for
// it (the step's name says which, e.g. "ECB unpackage" is C_UnwrapKey on NSS softoken and the
// decrypt fallback on SoftHSM2).
static Medians steps(hsm::Session& ss, const hsm::Capabilities& caps, const SecureBytes& pin) {
    Medians out;
    const auto dev = hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, PolicyProfile::Development);
    auto kek = *hsm::SecretKey::generate(
        ss, hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Development),
        QStringLiteral("bench-kek"), QByteArrayLiteral("bench-k"));
    auto sessionKek = hsm::secretKeyAttributes(hsm::SecretKeyRole::TransportKey, PolicyProfile::Development);
    sessionKek.token = false;
    auto tk =
        *hsm::SecretKey::generate(ss, sessionKek, QStringLiteral("bench-tk"), QByteArrayLiteral("bench-t"));
    const int n = 400;
    measure(out, "AES-128 keygen (session object)", n, [&] {
        auto k = hsm::SecretKey::generate(ss, dev, QString(), {});
        (void)k->destroy(ss);
    });
    measure(out, "AES-128 keygen (token object)", 100, [&] {
        auto k = hsm::SecretKey::generate(
            ss, hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Production),
            QStringLiteral("bench"), QByteArrayLiteral("b"));
        (void)k->destroy(ss);
    });
    auto key = *hsm::SecretKey::generate(ss, dev, QString(), {});
    QByteArray wrapped;
    measure(out, "RFC 3394 wrap", n, [&] { wrapped = *hsm::KeyWrap::wrapRfc3394(ss, caps, tk, key); });
    measure(out, "RFC 3394 unwrap (+destroy)", n, [&] {
        auto k = hsm::KeyWrap::unwrapRfc3394(ss, caps, tk, wrapped, dev, QString(), {});
        (void)k->destroy(ss);
    });
    QByteArray pkg;
    measure(out, "ECB package (token KEK)", n,
            [&] { pkg = hsm::KeyWrap::package(ss, caps, kek, key)->package; });
    measure(out, "ECB unpackage (+destroy)", n, [&] {
        auto k = hsm::KeyWrap::unpackage(ss, caps, PolicyProfile::Development, kek, pkg, dev, QString(), {});
        (void)k->key.destroy(ss);
    });
    measure(out, "CMAC-5B KCV (session key)", n, [&] { (void)key.kcv(ss, caps, dlms::KcvMethod::Cmac5B); });
    measure(out, "ECB-3B KCV (token key)", n, [&] { (void)kek.kcv(ss, caps, dlms::KcvMethod::Ecb3B); });
    const SecureBytes component = SecureBytes::random(16);
    measure(out, "Transport Key component entry (+destroy)", n, [&] {
        auto h = hsm::KeyWrap::enterComponent(ss, caps, PolicyProfile::Development, component);
        (void)ss.destroyObject(*h);
    });
    auto ec = *hsm::EcKeyPair::generate(ss, QStringLiteral("bench-ec"), QByteArrayLiteral("bench-ec"));
    measure(out, "ECDSA P-256 sign (SHA-256 on host)", n,
            [&] { (void)ec.sign(ss, QByteArrayLiteral("checkpoint")); });
    measure(out, "migrate one device (9 unwrap+package+KCV)", 100, [&] {
        for (int i = 0; i < 9; ++i) {
            auto k = hsm::KeyWrap::unwrapRfc3394(ss, caps, tk, wrapped, dev, QString(), {});
            (void)hsm::KeyWrap::package(ss, caps, kek, *k);
            (void)k->kcv(ss, caps, dlms::KcvMethod::Cmac5B);
            (void)k->destroy(ss);
        }
    });
    (void)ec.destroy(ss);
    (void)kek.destroy(ss);
    // Last: logging out destroys private session objects, the keys above included.
    measure(out, "login + logout", 100, [&] {
        (void)ss.logout();
        (void)ss.login(pin);
    });
    return out;
}

// Logged in on the token, or a reason on stderr.
static Medians on(const std::shared_ptr<hsm::Module>& m, unsigned long slot, const SecureBytes& pin) {
    auto s = m->openSession(slot, true);
    auto caps = hsm::Capabilities::read(*m, slot);
    if (!s || !caps || !(*s)->login(pin)) {
        std::fprintf(stderr, "bench_hsm_steps: the token cannot be opened\n");
        return {};
    }
    return steps(**s, *caps, pin);
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    test::TokenStore store;
    Medians soft, nss;
    {
        auto m = hsm::Module::load(test::softhsmModule());
        if (!m)
            return 1;
        auto t = (*m)->initToken(QStringLiteral("Bench"), SecureBytes::fromString("so-1"),
                                 SecureBytes::fromString("pin-1"));
        if (!t)
            return 1;
        soft = on(*m, t->slotId, SecureBytes::fromString("pin-1"));
    }
    // NSS softoken in FIPS mode: every step inside the module (the production paths).
    test::NssToken db(QStringLiteral("Bench"), test::kNssPassword, true);
    if (db.isValid()) {
        auto m = hsm::Module::load(test::NssTokens::library(), db.initArgs(), db.functionList());
        auto t = m ? hsm::Pkcs11Uri::selectToken(**m, db.uri()) : Result<hsm::TokenInfo>(m.error());
        if (t)
            nss = on(*m, t->slotId, SecureBytes::fromString(test::kNssPassword.toStdString()));
    }
    if (soft.empty())
        return 1;
    std::printf("%-44s %12s %14s\n", "median per call (us)", "SoftHSM2", "NSS FIPS mode");
    for (std::size_t i = 0; i < soft.size(); ++i) {
        const bool both = i < nss.size() && nss[i].first == soft[i].first;
        std::printf("%-44s %12.1f %14s\n", soft[i].first.c_str(), soft[i].second,
                    both ? QByteArray::number(nss[i].second, 'f', 1).constData() : "-");
    }
    return 0;
}
