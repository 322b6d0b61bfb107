// OpenSC's pkcs11-tool against Symbolon's keys on the same SoftHSM2 store: it lists the keys we
// made, we find the key it made with matching KCVs, and AES key wrap works both ways.
#include "TestPaths.h"
#include "TokenStore.h"

#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/KeyWrap.h"
#include "hsm/Module.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace symbolon;
using policy::PolicyProfile;

class TestPkcs11Tool : public QObject {
    Q_OBJECT

    test::TokenStore m_store;
    std::shared_ptr<hsm::Module> m_module;
    std::unique_ptr<hsm::Session> m_s;
    hsm::Capabilities m_caps;
    QString m_tool;

    QByteArray tool(const QStringList& args, bool* ok = nullptr) {
        QProcess p;
        p.start(m_tool,
                QStringList{QStringLiteral("--module"), test::softhsmModule(),
                            QStringLiteral("--token-label"), QStringLiteral("Interop"),
                            QStringLiteral("--login"), QStringLiteral("--pin"), QStringLiteral("1234")} +
                    args);
        p.waitForFinished(30000);
        if (ok)
            *ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

private Q_SLOTS:
    void initTestCase() {
        m_tool = QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool"));
        if (m_tool.isEmpty())
            QSKIP("pkcs11-tool (opensc) is not installed");
        QVERIFY(m_store.initTokenWithTool(QStringLiteral("Interop"), QStringLiteral("1234"),
                                          QStringLiteral("5678")));
        auto m = hsm::Module::load(test::softhsmModule());
        QVERIFY(m);
        m_module = *m;
        auto t = m_module->findTokenByLabel(QStringLiteral("Interop"));
        QVERIFY(t);
        auto s = m_module->openSession(t->slotId, true);
        QVERIFY(s);
        m_s = std::move(*s);
        QVERIFY(m_s->login(SecureBytes::fromString("1234")));
        m_caps = *hsm::Capabilities::read(*m_module, t->slotId);
    }

    void listsOurKeys() {
        auto k = hsm::SecretKey::generate(
            *m_s, hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, PolicyProfile::Production),
            QStringLiteral("Symbolon DCO Key"), QByteArrayLiteral("\x01\x02"));
        QVERIFY(k);
        bool ok = false;
        const QByteArray out = tool(
            {QStringLiteral("--list-objects"), QStringLiteral("--type"), QStringLiteral("secrkey")}, &ok);
        QVERIFY2(ok, out.constData());
        QVERIFY2(out.contains("Symbolon DCO Key"), out.constData());
        QVERIFY(out.contains("AES"));
    }

    void findsTheirKeyWithMatchingKcvAndWrapsBothWays() {
        bool ok = false;
        QByteArray out =
            tool({QStringLiteral("--keygen"), QStringLiteral("--key-type"), QStringLiteral("AES:16"),
                  QStringLiteral("--label"), QStringLiteral("tool-kek"), QStringLiteral("--id"),
                  QStringLiteral("0a0b"), QStringLiteral("--extractable")},
                 &ok);
        QVERIFY2(ok, out.constData());
        auto theirs = hsm::SecretKey::findByLabel(*m_s, QStringLiteral("tool-kek"));
        QVERIFY2(theirs, theirs ? "" : qPrintable(theirs.error().message));
        // SoftHSM keeps CKA_CHECK_VALUE (ECB-3B) for generated keys: compare with ours from the HSM.
        auto cv = m_s->attribute(theirs->handle(), 0x90 /* CKA_CHECK_VALUE */);
        auto ecb = theirs->kcv(*m_s, m_caps, dlms::KcvMethod::Ecb3B);
        QVERIFY(ecb);
        if (cv && cv->size() == 3)
            QCOMPARE(*ecb, *cv);

        // We wrap a known key under their KEK; pkcs11-tool unwraps it; KCVs match.
        auto attrs = hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, PolicyProfile::Development);
        const QByteArray clear = QByteArray::fromHex("00112233445566778899AABBCCDDEEFF");
        auto known =
            hsm::SecretKey::importClear(*m_s, PolicyProfile::Development, SecureBytes(clear.constData(), 16),
                                        attrs, QStringLiteral("known"), QByteArrayLiteral("kn"));
        QVERIFY(known);
        auto wrapped = hsm::KeyWrap::wrapRfc3394(*m_s, m_caps, *theirs, *known);
        QVERIFY2(wrapped, wrapped ? "" : qPrintable(wrapped.error().message));
        const QString in = m_store.root() + QStringLiteral("/wrapped.bin");
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(*wrapped);
        f.close();
        out = tool({QStringLiteral("--unwrap"), QStringLiteral("--mechanism"), QStringLiteral("AES-KEY-WRAP"),
                    QStringLiteral("--id"), QStringLiteral("0a0b"), QStringLiteral("--input-file"), in,
                    QStringLiteral("--key-type"), QStringLiteral("AES:"), QStringLiteral("--extractable"),
                    QStringLiteral("--application-label"), QStringLiteral("unwrapped-by-tool"),
                    QStringLiteral("--application-id"), QStringLiteral("0c0d")},
                   &ok);
        QVERIFY2(ok, out.constData());
        auto byTool = hsm::SecretKey::findById(*m_s, QByteArray::fromHex("0c0d"));
        QVERIFY2(byTool, byTool ? "" : qPrintable(byTool.error().message));
        auto soft = dlms::computeKcv(SecureBytes(clear.constData(), 16), dlms::KcvMethod::Ecb3B);
        QCOMPARE(*byTool->kcv(*m_s, m_caps, dlms::KcvMethod::Ecb3B), *soft);

        // pkcs11-tool wraps that key under their KEK; we unwrap it; KCVs match.
        const QString outFile = m_store.root() + QStringLiteral("/wrapped-by-tool.bin");
        out = tool({QStringLiteral("--wrap"), QStringLiteral("--mechanism"), QStringLiteral("AES-KEY-WRAP"),
                    QStringLiteral("--id"), QStringLiteral("0a0b"), QStringLiteral("--application-id"),
                    QStringLiteral("0c0d"), QStringLiteral("--output-file"), outFile},
                   &ok);
        QVERIFY2(ok, out.constData());
        QFile g(outFile);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray blob = g.readAll();
        QCOMPARE(blob, *wrapped);
        auto ours =
            hsm::KeyWrap::unwrapRfc3394(*m_s, m_caps, *theirs, blob, attrs, QStringLiteral("ours"), {});
        QVERIFY(ours);
        QCOMPARE(*ours->kcv(*m_s, m_caps, dlms::KcvMethod::Cmac5B),
                 *dlms::computeKcv(SecureBytes(clear.constData(), 16), dlms::KcvMethod::Cmac5B));
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Tool)
#include "test_pkcs11_tool.moc"
