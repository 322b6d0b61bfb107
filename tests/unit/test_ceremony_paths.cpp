// Issue #17, item 7: what a ceremony will do through host memory, with its volume, is known
// from the key token's mechanism list before anyone is convened, and goes into the signed
// request; under the production profile such a ceremony is refused before the quorum.
#include "ceremony/CeremonyPaths.h"
#include "hsm/MechanismText.h"
#include "workspace/WorkspaceConfig.h"

#include <QTest>

using namespace symbolon;
using hsm::KeyOperation;

namespace {
hsm::MechanismInfo mech(const char* name, bool derive, bool wrap, bool unwrap, bool sign, bool encrypt,
                        bool decrypt) {
    hsm::MechanismInfo m;
    m.type = *hsm::mechanismFromName(QLatin1String(name));
    m.name = QLatin1String(name);
    m.derive = derive;
    m.wrap = wrap;
    m.unwrap = unwrap;
    m.sign = sign;
    m.encrypt = encrypt;
    m.decrypt = decrypt;
    return m;
}

// What SoftHSM2 offers for these operations: no XOR derivation.
hsm::Capabilities softHsmLike() {
    return hsm::Capabilities::fromList({mech("CKM_AES_ECB", false, true, true, false, true, true),
                                        mech("CKM_AES_KEY_WRAP", false, true, true, false, false, false),
                                        mech("CKM_AES_CMAC", false, false, false, true, false, false)});
}
} // namespace

class TestCeremonyPaths : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transportKeyCombinationIsDisclosedWithItsComponents() {
        ceremony::CeremonyPlan plan;
        plan.kind = ceremony::CeremonyKind::TransportKey;
        plan.components = 3;
        auto d =
            ceremony::CeremonyPaths::disclose(softHsmLike(), policy::PolicyProfile::Development, plan, 0);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QCOMPARE(d->size(), 1);
        QVERIFY2(d->first().startsWith(
                     QStringLiteral("Transport Key component combination: XOR in locked host memory")),
                 qPrintable(d->first()));
        QVERIFY2(d->first().endsWith(QStringLiteral("for the Transport Key and its 3 clear components")),
                 qPrintable(d->first()));
        // ... and is what the approvers sign.
        plan.hostMemory = *d;
        const QJsonObject p = plan.parameters({});
        QCOMPARE(p.value(QStringLiteral("host_memory")).toString(), d->first());
    }

    void aTokenThatDerivesXorDisclosesNothing() {
        auto caps = hsm::Capabilities::fromList(
            {mech("CKM_XOR_BASE_AND_DATA", true, false, false, false, false, false),
             mech("CKM_AES_CMAC", false, false, false, true, false, false),
             mech("CKM_AES_ECB", false, true, true, false, true, false)});
        ceremony::CeremonyPlan plan;
        plan.kind = ceremony::CeremonyKind::TransportKey;
        auto d = ceremony::CeremonyPaths::disclose(caps, policy::PolicyProfile::Production, plan, 0);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QVERIFY(d->isEmpty());
        QVERIFY(!plan.parameters({}).contains(QStringLiteral("host_memory")));
    }

    void theProductionProfileRefusesBeforeTheQuorum() {
        ceremony::CeremonyPlan plan;
        plan.kind = ceremony::CeremonyKind::TransportKey;
        auto d = ceremony::CeremonyPaths::disclose(softHsmLike(), policy::PolicyProfile::Production, plan, 0);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::PolicyRefused);
        QVERIFY2(d.error().message.contains(QStringLiteral("No quorum was convened.")),
                 qPrintable(d.error().message));
    }

    // Issue #19: a refusal names the operation, what the token would have to offer, and the
    // clause; under both profiles for an operation the token cannot do at all.
    void eachRefusalNamesOperationMechanismAndClause_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("production");
        QTest::addColumn<QStringList>(
            "mechanisms"); // name:flags (x=derive e=encrypt d=decrypt w=wrap u=unwrap s=sign)
        QTest::addColumn<QStringList>("says");
        QTest::newRow("no XOR derivation, production")
            << int(ceremony::CeremonyKind::TransportKey) << true
            << QStringList{QStringLiteral("CKM_AES_ECB:ewued"), QStringLiteral("CKM_AES_CMAC:s")}
            << QStringList{
                   QStringLiteral("Transport Key component combination needs CKM_XOR_BASE_AND_DATA with "
                                  "CKF_DERIVE inside the module"),
                   QStringLiteral("XOR in locked host memory"), QStringLiteral("CKMP (b)(ii)"),
                   QStringLiteral("No quorum was convened.")};
        QTest::newRow("no ECB unwrap, production")
            << int(ceremony::CeremonyKind::ReKey) << true
            << QStringList{QStringLiteral("CKM_AES_ECB:ewd"), QStringLiteral("CKM_AES_KEY_WRAP:wu"),
                           QStringLiteral("CKM_AES_CMAC:s")}
            << QStringList{
                   QStringLiteral("ECB unpackaging needs CKM_AES_ECB with CKF_UNWRAP inside the module"),
                   QStringLiteral("C_Decrypt with CKM_AES_ECB, then C_CreateObject"),
                   QStringLiteral("CKMP (b)(ii), SEC G2.44")};
        QTest::newRow("no RFC 3394 at all, development")
            << int(ceremony::CeremonyKind::MigrationUnwrap) << false
            << QStringList{QStringLiteral("CKM_AES_ECB:ewued"), QStringLiteral("CKM_AES_CMAC:s")}
            << QStringList{
                   QStringLiteral("RFC 3394 unwrap needs CKM_AES_KEY_WRAP with CKF_UNWRAP, which this "
                                  "token does not offer"),
                   QStringLiteral("No quorum was convened.")};
    }
    void eachRefusalNamesOperationMechanismAndClause() {
        QFETCH(int, kind);
        QFETCH(bool, production);
        QFETCH(QStringList, mechanisms);
        QFETCH(QStringList, says);
        QVector<hsm::MechanismInfo> list;
        for (const QString& m : mechanisms) {
            const QString flags = m.section(QLatin1Char(':'), 1);
            hsm::MechanismInfo info =
                mech(m.section(QLatin1Char(':'), 0, 0).toLatin1().constData(),
                     flags.contains(QLatin1Char('x')), flags.contains(QLatin1Char('w')),
                     flags.contains(QLatin1Char('u')), flags.contains(QLatin1Char('s')),
                     flags.contains(QLatin1Char('e')), flags.contains(QLatin1Char('d')));
            list << info;
        }
        ceremony::CeremonyPlan plan;
        plan.kind = ceremony::CeremonyKind(kind);
        auto d = ceremony::CeremonyPaths::disclose(
            hsm::Capabilities::fromList(list),
            production ? policy::PolicyProfile::Production : policy::PolicyProfile::Development, plan, 10);
        QVERIFY(!d);
        for (const QString& s : says)
            QVERIFY2(d.error().message.contains(s), qPrintable(d.error().message));
    }

    void aReKeyDisclosesTheDecryptFallbackForItsDevices() {
        // ECB unwrap missing: unpackaging the current keys decrypts them into host memory.
        auto caps =
            hsm::Capabilities::fromList({mech("CKM_AES_ECB", false, true, false, false, true, true),
                                         mech("CKM_AES_KEY_WRAP", false, true, true, false, false, false),
                                         mech("CKM_AES_CMAC", false, false, false, true, false, false)});
        ceremony::CeremonyPlan plan;
        plan.kind = ceremony::CeremonyKind::ReKey;
        auto d = ceremony::CeremonyPaths::disclose(caps, policy::PolicyProfile::Development, plan, 1234);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        QCOMPARE(d->size(), 1);
        QVERIFY2(d->first().startsWith(hsm::keyOperationName(KeyOperation::EcbUnpackage)),
                 qPrintable(d->first()));
        QVERIFY2(d->first().contains(QStringLiteral("1,234 devices")), qPrintable(d->first()));
    }

    void everyCeremonyNamesItsOperations() {
        for (auto kind : {ceremony::CeremonyKind::GenerateKeks, ceremony::CeremonyKind::TransportKey,
                          ceremony::CeremonyKind::ExportSharedKey, ceremony::CeremonyKind::ImportSharedKey,
                          ceremony::CeremonyKind::MigrationUnwrap, ceremony::CeremonyKind::ReKey})
            QVERIFY(!ceremony::CeremonyPaths::operations(kind).isEmpty());
        QVERIFY(ceremony::CeremonyPaths::operations(ceremony::CeremonyKind::MigrationUnwrap)
                    .contains(KeyOperation::EcbPackage));
    }
};

QTEST_GUILESS_MAIN(TestCeremonyPaths)
#include "test_ceremony_paths.moc"
