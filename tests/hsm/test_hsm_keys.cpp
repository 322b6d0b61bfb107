// The PKCS#11 secret-key layer on SoftHSM2: the capability table (one test per row), the
// attributes each role's template really leaves on the token, RFC 3394 and ECB packaging
// known-answer tests through the HSM path, KCVs computed inside the HSM against VECTORS.md and
// the software references, object listing with URIs and policy findings.
#include "TestPaths.h"
#include "TokenStore.h"

#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/KeyLabels.h"
#include "hsm/KeyWrap.h"
#include "hsm/MechanismText.h"
#include "hsm/Module.h"
#include "hsm/Pkcs11Uri.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"
#include "hsm/TokenObject.h"

#include <QTest>

using namespace symbolon;
using hsm::KeyOperation;
using hsm::PathKind;
using policy::PolicyProfile;

namespace {
SecureBytes sh(const char* h) {
    const QByteArray b = QByteArray::fromHex(h);
    return SecureBytes(b.constData(), static_cast<std::size_t>(b.size()));
}
QByteArray hx(const char* h) {
    return QByteArray::fromHex(h);
}
hsm::MechanismInfo mech(const char* name, std::initializer_list<const char*> flags) {
    hsm::MechanismInfo m;
    m.type = *hsm::mechanismFromName(QLatin1String(name));
    m.name = QLatin1String(name);
    for (const char* f : flags) {
        const QByteArray s(f);
        m.encrypt |= s == "encrypt";
        m.decrypt |= s == "decrypt";
        m.wrap |= s == "wrap";
        m.unwrap |= s == "unwrap";
        m.sign |= s == "sign";
        m.derive |= s == "derive";
    }
    return m;
}
// A session key for vector tests: usable for everything the test needs, never on the token.
hsm::SecretKeyAttributes vectorKey() {
    hsm::SecretKeyAttributes a =
        hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Development);
    a.token = false;
    a.extractable = true;
    a.wrapWithTrusted = false;
    return a;
}
} // namespace

class TestHsmKeys : public QObject {
    Q_OBJECT

    test::TokenStore m_store;
    std::shared_ptr<hsm::Module> m_module;
    std::unique_ptr<hsm::Session> m_s;
    hsm::TokenInfo m_token;
    hsm::Capabilities m_caps;

    hsm::SecretKey import(const char* hex, const QString& label = {}) {
        auto k =
            hsm::SecretKey::importClear(*m_s, PolicyProfile::Development, sh(hex), vectorKey(), label, {});
        if (!k)
            qFatal("%s", qPrintable(k.error().message));
        return *k;
    }
    int secretKeyCount() {
        auto all = m_s->findObjects(4 /* CKO_SECRET_KEY */, {});
        return all ? static_cast<int>(all->size()) : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_store.isValid());
        auto m = hsm::Module::load(test::softhsmModule());
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        m_module = *m;
        auto t = m_module->initToken(QStringLiteral("Symbolon HSM"), SecureBytes::fromString("so-pin-9999"),
                                     SecureBytes::fromString("user-pin-9999"));
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        m_token = *t;
        auto s = m_module->openSession(t->slotId, true);
        QVERIFY(s);
        m_s = std::move(*s);
        QVERIFY(m_s->login(SecureBytes::fromString("user-pin-9999")));
        auto caps = hsm::Capabilities::read(*m_module, t->slotId);
        QVERIFY2(caps, caps ? "" : qPrintable(caps.error().message));
        m_caps = *caps;
    }

    // --- The capability table, row by row (synthetic tokens) ---
    void table_data() {
        QTest::addColumn<int>("op");
        QTest::addColumn<QByteArrayList>("mechs"); // "CKM_X:flag+flag"
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("mechanism");
        auto I = static_cast<int>(PathKind::InModule), F = static_cast<int>(PathKind::ClearKeyFallback),
             U = static_cast<int>(PathKind::Unavailable);
        auto op = [](KeyOperation o) { return static_cast<int>(o); };
        QTest::newRow("package: ECB wrap")
            << op(KeyOperation::EcbPackage) << QByteArrayList{"CKM_AES_ECB:wrap", "CKM_AES_CBC:wrap"} << I
            << QByteArray("CKM_AES_ECB");
        QTest::newRow("package: CBC zero-IV wrap")
            << op(KeyOperation::EcbPackage) << QByteArrayList{"CKM_AES_ECB:encrypt", "CKM_AES_CBC:wrap"} << I
            << QByteArray("CKM_AES_CBC");
        QTest::newRow("package: none")
            << op(KeyOperation::EcbPackage) << QByteArrayList{"CKM_AES_ECB:encrypt"} << U << QByteArray("");
        QTest::newRow("unpackage: ECB unwrap")
            << op(KeyOperation::EcbUnpackage) << QByteArrayList{"CKM_AES_ECB:unwrap+decrypt"} << I
            << QByteArray("CKM_AES_ECB");
        QTest::newRow("unpackage: ECB decrypt fallback")
            << op(KeyOperation::EcbUnpackage) << QByteArrayList{"CKM_AES_ECB:decrypt"} << F
            << QByteArray("CKM_AES_ECB");
        QTest::newRow("unpackage: CBC decrypt fallback")
            << op(KeyOperation::EcbUnpackage) << QByteArrayList{"CKM_AES_CBC:decrypt"} << F
            << QByteArray("CKM_AES_CBC");
        QTest::newRow("rfc3394 wrap")
            << op(KeyOperation::Rfc3394Wrap) << QByteArrayList{"CKM_AES_KEY_WRAP:wrap"} << I
            << QByteArray("CKM_AES_KEY_WRAP");
        QTest::newRow("rfc3394 wrap missing")
            << op(KeyOperation::Rfc3394Wrap) << QByteArrayList{"CKM_AES_KEY_WRAP:unwrap"} << U
            << QByteArray("");
        QTest::newRow("rfc3394 unwrap")
            << op(KeyOperation::Rfc3394Unwrap) << QByteArrayList{"CKM_AES_KEY_WRAP:unwrap"} << I
            << QByteArray("CKM_AES_KEY_WRAP");
        QTest::newRow("kcv cmac") << op(KeyOperation::KcvCmac5B) << QByteArrayList{"CKM_AES_CMAC:sign"} << I
                                  << QByteArray("CKM_AES_CMAC");
        QTest::newRow("kcv ecb") << op(KeyOperation::KcvEcb3B) << QByteArrayList{"CKM_AES_ECB:encrypt"} << I
                                 << QByteArray("CKM_AES_ECB");
        QTest::newRow("kcv ecb via cbc")
            << op(KeyOperation::KcvEcb3B) << QByteArrayList{"CKM_AES_CBC:encrypt"} << I
            << QByteArray("CKM_AES_CBC");
        QTest::newRow("combine: xor derive")
            << op(KeyOperation::CombineComponents) << QByteArrayList{"CKM_XOR_BASE_AND_DATA:derive"} << I
            << QByteArray("CKM_XOR_BASE_AND_DATA");
        QTest::newRow("combine: host xor fallback")
            << op(KeyOperation::CombineComponents) << QByteArrayList{} << F << QByteArray("");
    }
    void table() {
        QFETCH(int, op);
        QFETCH(QByteArrayList, mechs);
        QFETCH(int, kind);
        QFETCH(QByteArray, mechanism);
        QVector<hsm::MechanismInfo> list;
        for (const QByteArray& m : mechs) {
            const QByteArray name = m.split(':').value(0);
            const QByteArrayList flags = m.split(':').value(1).split('+');
            hsm::MechanismInfo info = mech(name.constData(), {});
            for (const QByteArray& f : flags) {
                info.encrypt |= f == "encrypt";
                info.decrypt |= f == "decrypt";
                info.wrap |= f == "wrap";
                info.unwrap |= f == "unwrap";
                info.sign |= f == "sign";
                info.derive |= f == "derive";
            }
            list.push_back(info);
        }
        const auto caps = hsm::Capabilities::fromList(list);
        const auto d = caps.decide(static_cast<KeyOperation>(op));
        QCOMPARE(static_cast<int>(d.kind), kind);
        QCOMPARE(d.mechanismName.toLatin1(), mechanism);
        QVERIFY(!d.reason.isEmpty());
        // The policy: fallbacks refused under production, allowed under development.
        auto prod = caps.require(static_cast<KeyOperation>(op), PolicyProfile::Production);
        auto dev = caps.require(static_cast<KeyOperation>(op), PolicyProfile::Development);
        QCOMPARE(prod.ok(), d.kind == PathKind::InModule);
        QCOMPARE(dev.ok(), d.kind != PathKind::Unavailable);
        if (d.kind == PathKind::ClearKeyFallback) {
            QCOMPARE(prod.error().code, ErrorCode::PolicyRefused);
            QVERIFY(prod.error().message.contains(QStringLiteral("production")));
        }
    }

    void softhsmTakesTheDocumentedPaths() {
        // PLATFORM-NOTES: no ECB wrap/unwrap, no XOR derive on SoftHSM 2.6.1.
        QCOMPARE(m_caps.decide(KeyOperation::EcbPackage).mechanismName, QStringLiteral("CKM_AES_CBC"));
        QVERIFY(m_caps.decide(KeyOperation::EcbUnpackage).fallback());
        QVERIFY(m_caps.decide(KeyOperation::CombineComponents).fallback());
        QCOMPARE(m_caps.decide(KeyOperation::Rfc3394Wrap).kind, PathKind::InModule);
        QCOMPARE(m_caps.decide(KeyOperation::KcvCmac5B).kind, PathKind::InModule);
        auto ecb = m_caps.find(*hsm::mechanismFromName(QStringLiteral("CKM_AES_ECB")));
        QVERIFY(ecb && ecb->encrypt && !ecb->wrap && !ecb->unwrap);
        QCOMPARE(hsm::mechanismName(0x1081), QStringLiteral("CKM_AES_ECB"));
    }

    // --- Templates: what the token really holds ---
    void templatesReadBack_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("profile");
        for (auto r : {hsm::SecretKeyRole::DcoKey, hsm::SecretKeyRole::SharedKey,
                       hsm::SecretKeyRole::TransportKey, hsm::SecretKeyRole::DeviceKey})
            for (auto p : {PolicyProfile::Production, PolicyProfile::Development})
                QTest::addRow("%s %s", qPrintable(hsm::secretKeyRoleName(r)),
                              qPrintable(policy::policyProfileCode(p)))
                    << static_cast<int>(r) << static_cast<int>(p);
    }
    void templatesReadBack() {
        QFETCH(int, role);
        QFETCH(int, profile);
        const auto want =
            hsm::secretKeyAttributes(static_cast<hsm::SecretKeyRole>(role), PolicyProfile(profile));
        auto k =
            hsm::SecretKey::generate(*m_s, want, QStringLiteral("template test"), QByteArrayLiteral("tt"));
        QVERIFY2(k, k ? "" : qPrintable(k.error().message));
        auto got = k->readAttributes(*m_s);
        QVERIFY(got);
        QCOMPARE(got->token, want.token);
        QCOMPARE(got->privateObject, want.privateObject);
        QCOMPARE(got->sensitive, want.sensitive);
        QCOMPARE(got->extractable, want.extractable);
        QCOMPARE(got->encrypt, want.encrypt);
        QCOMPARE(got->decrypt, want.decrypt);
        QCOMPARE(got->wrap, want.wrap);
        QCOMPARE(got->unwrap, want.unwrap);
        QCOMPARE(got->sign, want.sign);
        QCOMPARE(got->verify, want.verify);
        QCOMPARE(got->derive, want.derive);
        QCOMPARE(got->trusted, false);
        QCOMPARE(got->wrapWithTrusted, want.wrapWithTrusted);
        QCOMPARE(got->modifiable, want.modifiable);
        QVERIFY(k->destroy(*m_s));
    }

    void dcoKeyIsNeverExtractableAndProductionKeksCannotDecrypt() {
        const auto dco = hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Production);
        QVERIFY(!dco.extractable && dco.sensitive && !dco.decrypt && dco.token);
        const auto shared =
            hsm::secretKeyAttributes(hsm::SecretKeyRole::SharedKey, PolicyProfile::Production);
        QVERIFY(shared.extractable && shared.wrapWithTrusted && !shared.decrypt);
    }

    void softhsmRefusesTrustedFromAUser() {
        // Decision record: CKA_TRUSTED can only be set by the SO; SoftHSM enforces it, and (like a
        // refused unwrap template) leaves an orphan object behind, which generate() removes.
        auto a = hsm::secretKeyAttributes(hsm::SecretKeyRole::TransportKey, PolicyProfile::Production);
        a.trusted = true;
        const int before = secretKeyCount();
        auto k = hsm::SecretKey::generate(*m_s, a, QStringLiteral("trusted?"), QByteArrayLiteral("tr"));
        QVERIFY(!k);
        QVERIFY2(k.error().message.contains(QStringLiteral("CKR_ATTRIBUTE_READ_ONLY")),
                 qPrintable(k.error().message));
        // SoftHSM 2.6.1 leaves a blank session object behind (no label, no id, CKA_TOKEN false,
        // whatever the template said): it vanishes with the session, and nothing reaches the token.
        auto objs = hsm::TokenObject::list(*m_s);
        QVERIFY(objs);
        int orphans = 0;
        for (const auto& o : *objs) {
            QVERIFY(o.label != QLatin1String("trusted?"));
            if (o.objectClass == QLatin1String("secret key") && o.label.isEmpty() && !o.tokenObject)
                ++orphans;
        }
        QCOMPARE(secretKeyCount(), before + orphans);
    }

    // --- KCVs inside the HSM against VECTORS.md and the software references ---
    void kcvVectors() {
        // VECTORS.md "Key check values" (ECB-3B: FIPS-197 AES of a zero block; CMAC-5B: X9.24-1:2017).
        auto ecbKey = import("2B7E151628AED2A6ABF7158809CF4F3C");
        auto ecb = ecbKey.kcv(*m_s, m_caps, dlms::KcvMethod::Ecb3B);
        QVERIFY(ecb);
        QCOMPARE(*ecb, hx("7DF76B"));
        auto cmacKey = import("3F419E1CB7079442AA37474C2EFBF8B8");
        auto cmac = cmacKey.labelledKcv(*m_s, m_caps, dlms::KcvMethod::Cmac5B);
        QVERIFY(cmac);
        QCOMPARE(*cmac, QStringLiteral("CMAC-5B 08793E25AB"));
        // Against core/dlms's software computation, both methods, both keys.
        for (const char* h : {"2B7E151628AED2A6ABF7158809CF4F3C", "3F419E1CB7079442AA37474C2EFBF8B8"}) {
            auto k = import(h);
            for (auto m : {dlms::KcvMethod::Cmac5B, dlms::KcvMethod::Ecb3B}) {
                auto inHsm = k.kcv(*m_s, m_caps, m);
                auto soft = dlms::computeKcv(sh(h), m);
                QVERIFY(inHsm && soft);
                QCOMPARE(*inHsm, *soft);
            }
            QVERIFY(k.destroy(*m_s));
        }
        QVERIFY(ecbKey.destroy(*m_s));
        QVERIFY(cmacKey.destroy(*m_s));
    }

    void importClearIsRefusedUnderProduction() {
        auto k =
            hsm::SecretKey::importClear(*m_s, PolicyProfile::Production,
                                        sh("2B7E151628AED2A6ABF7158809CF4F3C"), vectorKey(), QString(), {});
        QVERIFY(!k);
        QCOMPARE(k.error().code, ErrorCode::PolicyRefused);
    }

    // --- RFC 3394 through the HSM (RFC 3394 §4.1) ---
    void rfc3394KnownAnswer() {
        auto kek = import("000102030405060708090A0B0C0D0E0F");
        auto key = import("00112233445566778899AABBCCDDEEFF");
        auto wrapped = hsm::KeyWrap::wrapRfc3394(*m_s, m_caps, kek, key);
        QVERIFY2(wrapped, wrapped ? "" : qPrintable(wrapped.error().message));
        QCOMPARE(*wrapped, hx("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5"));
        auto back = hsm::KeyWrap::unwrapRfc3394(
            *m_s, m_caps, kek, *wrapped,
            hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, PolicyProfile::Production),
            QStringLiteral("unwrapped"), QByteArrayLiteral("uw"));
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        auto kcv = back->kcv(*m_s, m_caps, dlms::KcvMethod::Cmac5B);
        QCOMPARE(*kcv, *dlms::computeKcv(sh("00112233445566778899AABBCCDDEEFF"), dlms::KcvMethod::Cmac5B));
        auto attrs = back->readAttributes(*m_s);
        QVERIFY(attrs && attrs->sensitive && !attrs->token); // SoftHSM's default would be non-sensitive
        QVERIFY(back->destroy(*m_s));

        // Tampered: integrity failure, precise, and no orphan left behind.
        const int before = secretKeyCount();
        QByteArray bad = *wrapped;
        bad[5] = static_cast<char>(bad[5] ^ 0x01);
        auto t = hsm::KeyWrap::unwrapRfc3394(
            *m_s, m_caps, kek, bad,
            hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, PolicyProfile::Production),
            QStringLiteral("tampered"), QByteArrayLiteral("tp"));
        QVERIFY(!t);
        QCOMPARE(t.error().code, ErrorCode::Crypto);
        QVERIFY(t.error().message.contains(QStringLiteral("integrity")));
        auto s = hsm::KeyWrap::unwrapRfc3394(
            *m_s, m_caps, kek, wrapped->left(16),
            hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, PolicyProfile::Production),
            QStringLiteral("short"), {});
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
        QCOMPARE(secretKeyCount(), before);
        QVERIFY(kek.destroy(*m_s));
        QVERIFY(key.destroy(*m_s));
    }

    // --- ECB packaging through the HSM (FIPS-197 C.1) and unpackaging per profile ---
    void ecbPackagingKnownAnswer() {
        auto kek = import("000102030405060708090A0B0C0D0E0F");
        auto key = import("00112233445566778899AABBCCDDEEFF");
        auto p = hsm::KeyWrap::package(*m_s, m_caps, kek, key);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->package, hx("69C4E0D86A7B0430D8CDB78070B4C55A"));
        QCOMPARE(p->path.mechanismName, QStringLiteral("CKM_AES_CBC"));
        QVERIFY(!p->path.fallback());

        const auto attrs =
            hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, PolicyProfile::Development);
        auto dev = hsm::KeyWrap::unpackage(*m_s, m_caps, PolicyProfile::Development, kek, p->package, attrs,
                                           QStringLiteral("unpackaged"), {});
        QVERIFY2(dev, dev ? "" : qPrintable(dev.error().message));
        QVERIFY(dev->path.fallback());
        QCOMPARE(*dev->key.kcv(*m_s, m_caps, dlms::KcvMethod::Cmac5B),
                 *dlms::computeKcv(sh("00112233445566778899AABBCCDDEEFF"), dlms::KcvMethod::Cmac5B));
        QVERIFY(dev->key.destroy(*m_s));

        auto prod = hsm::KeyWrap::unpackage(*m_s, m_caps, PolicyProfile::Production, kek, p->package, attrs,
                                            QStringLiteral("refused"), {});
        QVERIFY(!prod);
        QCOMPARE(prod.error().code, ErrorCode::PolicyRefused);
        QVERIFY(prod.error().message.contains(QStringLiteral("host memory")));
        QVERIFY(kek.destroy(*m_s));
        QVERIFY(key.destroy(*m_s));
    }

    void packagingRefusesANonExtractableKey() {
        auto kek = import("000102030405060708090A0B0C0D0E0F");
        auto dco = hsm::SecretKey::generate(
            *m_s, hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Production),
            QStringLiteral("nx"), QByteArrayLiteral("nx"));
        QVERIFY(dco);
        auto p = hsm::KeyWrap::package(*m_s, m_caps, kek, *dco);
        QVERIFY(!p);
        QVERIFY2(p.error().message.contains(QStringLiteral("CKR_KEY_UNEXTRACTABLE")),
                 qPrintable(p.error().message));
        QVERIFY(dco->destroy(*m_s));
        QVERIFY(kek.destroy(*m_s));
    }

    // --- Object listing for the HSM Slots view ---
    void objectsListedWithUrisAndFindings() {
        auto a = hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Production);
        a.extractable = true; // a DCO Key made by someone else, wrongly
        auto bad = hsm::SecretKey::generate(*m_s, a, hsm::dcoKeyLabel(), QByteArrayLiteral("dco"));
        QVERIFY(bad);
        auto objects = hsm::TokenObject::list(*m_s);
        QVERIFY2(objects, objects ? "" : qPrintable(objects.error().message));
        bool seen = false;
        for (const auto& o : *objects)
            if (o.label == hsm::dcoKeyLabel()) {
                seen = true;
                QCOMPARE(o.objectClass, QStringLiteral("secret key"));
                QCOMPARE(o.keyType, QStringLiteral("AES"));
                QVERIFY(o.kcv.startsWith(QStringLiteral("CMAC-5B ")));
                QVERIFY(o.sensitive && o.extractable && o.local && o.wrap && !o.neverExtractable);
                QVERIFY(o.uri.startsWith(QStringLiteral("pkcs11:")));
                QVERIFY(o.uri.contains(QStringLiteral("object=Symbolon%20DCO%20Key")));
                QVERIFY(o.uri.contains(QStringLiteral("type=secret-key")));
                QVERIFY(!o.findings.isEmpty());
                QVERIFY(o.findings.join(QLatin1Char(' ')).contains(QStringLiteral("DCO Key is extractable")));
                auto ref = hsm::Pkcs11Uri::objectRef(o.uri);
                QVERIFY(ref);
                QCOMPARE(ref->label, hsm::dcoKeyLabel());
                QCOMPARE(ref->id, QByteArrayLiteral("dco"));
            }
        QVERIFY(seen);
        QVERIFY(bad->destroy(*m_s));
    }

    void tokenSelectedByUri() {
        auto t = hsm::Pkcs11Uri::selectToken(*m_module, m_token.uri);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->serial, m_token.serial);
        auto byLabel = hsm::Pkcs11Uri::selectToken(*m_module, QStringLiteral("pkcs11:token=Symbolon%20HSM"));
        QVERIFY(byLabel);
        auto none = hsm::Pkcs11Uri::selectToken(*m_module, QStringLiteral("pkcs11:token=Nobody"));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        auto bad = hsm::Pkcs11Uri::selectToken(*m_module, QStringLiteral("https://example.org"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestHsmKeys)
#include "test_hsm_keys.moc"
