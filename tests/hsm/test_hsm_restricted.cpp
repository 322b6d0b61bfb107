// A token emulated without CKM_AES_ECB (SoftHSM slots.mechanisms = -,CKM_AES_ECB, set before the
// module initialises, hence its own executable): the capability table picks the CBC zero-IV
// rows, and unpackaging takes the clear-key fallback under development and is refused under
// production.
#include "TestPaths.h"
#include "TokenStore.h"

#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/KeyWrap.h"
#include "hsm/MechanismText.h"
#include "hsm/Module.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"

#include <QTest>

using namespace symbolon;
using policy::PolicyProfile;

class TestHsmRestricted : public QObject {
    Q_OBJECT

    test::TokenStore m_store;
    std::shared_ptr<hsm::Module> m_module;
    std::unique_ptr<hsm::Session> m_s;
    hsm::Capabilities m_caps;

    static SecureBytes sh(const char* h) {
        const QByteArray b = QByteArray::fromHex(h);
        return SecureBytes(b.constData(), static_cast<std::size_t>(b.size()));
    }

private Q_SLOTS:
    void initTestCase() {
        m_store.restrictMechanisms(QStringLiteral("-,CKM_AES_ECB"));
        auto m = hsm::Module::load(test::softhsmModule());
        QVERIFY(m);
        m_module = *m;
        auto t = m_module->initToken(QStringLiteral("No ECB"), SecureBytes::fromString("so-1234"),
                                     SecureBytes::fromString("pin-1234"));
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        auto s = m_module->openSession(t->slotId, true);
        QVERIFY(s);
        m_s = std::move(*s);
        QVERIFY(m_s->login(SecureBytes::fromString("pin-1234")));
        m_caps = *hsm::Capabilities::read(*m_module, t->slotId);
    }

    void ecbIsGone() {
        QVERIFY(!m_caps.find(*hsm::mechanismFromName(QStringLiteral("CKM_AES_ECB"))));
        QVERIFY(m_caps.find(*hsm::mechanismFromName(QStringLiteral("CKM_AES_CBC"))));
        QCOMPARE(m_caps.decide(hsm::KeyOperation::EcbPackage).mechanismName, QStringLiteral("CKM_AES_CBC"));
        QCOMPARE(m_caps.decide(hsm::KeyOperation::KcvEcb3B).mechanismName, QStringLiteral("CKM_AES_CBC"));
        const auto un = m_caps.decide(hsm::KeyOperation::EcbUnpackage);
        QVERIFY(un.fallback());
        QCOMPARE(un.mechanismName, QStringLiteral("CKM_AES_CBC"));
    }

    void fallbackInDevelopmentRefusalInProduction() {
        auto kekAttrs = hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Development);
        kekAttrs.token = false;
        auto keyAttrs = hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, PolicyProfile::Development);
        // FIPS-197 C.1: the key and "plaintext" as KEK and device key.
        auto kek = hsm::SecretKey::importClear(*m_s, PolicyProfile::Development,
                                               sh("000102030405060708090A0B0C0D0E0F"), kekAttrs,
                                               QStringLiteral("kek"), QByteArrayLiteral("k"));
        auto key =
            hsm::SecretKey::importClear(*m_s, PolicyProfile::Development,
                                        sh("00112233445566778899AABBCCDDEEFF"), keyAttrs, QString(), {});
        QVERIFY(kek && key);
        auto p = hsm::KeyWrap::package(*m_s, m_caps, *kek, *key);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->package, QByteArray::fromHex("69C4E0D86A7B0430D8CDB78070B4C55A"));
        QCOMPARE(*kek->kcv(*m_s, m_caps, dlms::KcvMethod::Ecb3B),
                 *dlms::computeKcv(sh("000102030405060708090A0B0C0D0E0F"), dlms::KcvMethod::Ecb3B));

        auto dev = hsm::KeyWrap::unpackage(*m_s, m_caps, PolicyProfile::Development, *kek, p->package,
                                           keyAttrs, QString(), {});
        QVERIFY2(dev, dev ? "" : qPrintable(dev.error().message));
        QVERIFY(dev->path.fallback());
        QCOMPARE(*dev->key.kcv(*m_s, m_caps, dlms::KcvMethod::Cmac5B),
                 *dlms::computeKcv(sh("00112233445566778899AABBCCDDEEFF"), dlms::KcvMethod::Cmac5B));

        auto prod = hsm::KeyWrap::unpackage(*m_s, m_caps, PolicyProfile::Production, *kek, p->package,
                                            keyAttrs, QString(), {});
        QVERIFY(!prod);
        QCOMPARE(prod.error().code, ErrorCode::PolicyRefused);
        QVERIFY(prod.error().message.contains(QStringLiteral("FIPS 140-2 Level 3")));
    }
};

QTEST_GUILESS_MAIN(TestHsmRestricted)
#include "test_hsm_restricted.moc"
