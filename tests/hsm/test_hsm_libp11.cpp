// libp11 beside the raw layer on the same module instance: libp11's session is opened first,
// a raw session opened afterwards survives libp11 signing, and the login state is shared both
// ways (the raw login makes libp11's key usable; libp11 never sees the PIN).
#include "TestPaths.h"
#include "TokenStore.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Libp11Token.h"
#include "hsm/Module.h"
#include "hsm/Session.h"

#include <QTest>

using namespace symbolon;

class TestHsmLibp11 : public QObject {
    Q_OBJECT

    test::TokenStore m_store;
    std::shared_ptr<hsm::Module> m_module;
    hsm::TokenInfo m_token;
    QByteArray m_spki;
    const QByteArray m_id = QByteArrayLiteral("journal-key");

private Q_SLOTS:
    void initTestCase() {
        auto m = hsm::Module::load(test::softhsmModule());
        QVERIFY(m);
        m_module = *m;
        auto t = m_module->initToken(QStringLiteral("Symbolon HSM"), SecureBytes::fromString("so-1234"),
                                     SecureBytes::fromString("pin-1234"));
        QVERIFY(t);
        m_token = *t;
        // Set-up through raw sessions that are closed again before libp11 opens its own.
        auto s = m_module->openSession(t->slotId, true);
        QVERIFY(s);
        QVERIFY((*s)->login(SecureBytes::fromString("pin-1234")));
        auto kp = hsm::EcKeyPair::generate(**s, QStringLiteral("Symbolon journal signing key"), m_id);
        QVERIFY(kp);
        m_spki = kp->publicKeyDer();
        // A private key without a public twin, to check the guard against libp11's segfault.
        auto lone = hsm::EcKeyPair::generate(**s, QStringLiteral("lonely"), QByteArrayLiteral("lonely"));
        QVERIFY(lone);
        auto pubs = (*s)->findObjects(2 /* CKO_PUBLIC_KEY */, QByteArrayLiteral("lonely"));
        QVERIFY(pubs && pubs->size() == 1);
        QVERIFY((*s)->destroyObject(pubs->front()));
        QVERIFY((*s)->logout());
    }

    void rawSessionSurvivesLibp11Signing() {
        auto p11 = hsm::Libp11Token::open(test::softhsmModule(), m_token.serial);
        QVERIFY2(p11, p11 ? "" : qPrintable(p11.error().message));
        // Raw session after libp11's; log in through it only.
        auto raw = m_module->openSession(m_token.slotId, true);
        QVERIFY(raw);
        QVERIFY((*raw)->login(SecureBytes::fromString("pin-1234")));

        const QByteArray data = QByteArrayLiteral("checkpoint: head 42");
        auto sig = (*p11)->signSha256(m_id, data);
        QVERIFY2(sig, sig ? "" : qPrintable(sig.error().message));
        QVERIFY(hsm::verifyEcdsaSha256(m_spki, data, *sig));

        // The raw session is alive and still logged in, and can sign too.
        auto logged = (*raw)->isLoggedIn();
        QVERIFY2(logged, logged ? "" : qPrintable(logged.error().message));
        QVERIFY(*logged);
        auto kp = hsm::EcKeyPair::find(**raw, m_id);
        QVERIFY(kp);
        auto rawSig = kp->sign(**raw, data);
        QVERIFY(rawSig && hsm::verifyEcdsaSha256(m_spki, data, *rawSig));

        // The twin guard refuses instead of crashing.
        auto lone = (*p11)->privateKey(QByteArrayLiteral("lonely"));
        QVERIFY(!lone);
        QCOMPARE(lone.error().code, ErrorCode::NotFound);

        // Logout through raw: libp11 can no longer sign (shared login state), raw session still valid.
        QVERIFY((*raw)->logout());
        auto after = (*p11)->signSha256(m_id, data);
        QVERIFY(!after);
        QVERIFY(!*(*raw)->isLoggedIn());
    }
};

QTEST_GUILESS_MAIN(TestHsmLibp11)
#include "test_hsm_libp11.moc"
