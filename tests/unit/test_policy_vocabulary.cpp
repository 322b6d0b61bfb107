// CKMP (b)(i), (b)(iii) and POLICY.md vocabulary: cohorts, device types, clients, key kinds.
#include "policy/Cohort.h"
#include "policy/DeviceType.h"
#include "policy/DlmsClient.h"
#include "policy/KeyKind.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::policy;

class TestPolicyVocabulary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ckmp_scope_mocCohortRefused() {
        Result<Cohort> r = parseCohort(QStringLiteral("MOC"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::PolicyRefused);
        QVERIFY(r.error().message.contains(QStringLiteral("out of scope")));
        QVERIFY(!parseCohort(QStringLiteral(" moc ")).ok());
    }

    void ckmp_scope_iocAndFocAccepted() {
        QCOMPARE(*parseCohort(QStringLiteral("IOC")), Cohort::IOC);
        QCOMPARE(*parseCohort(QStringLiteral("foc")), Cohort::FOC);
        QCOMPARE(cohortCode(Cohort::FOC), QStringLiteral("FOC"));
        Result<Cohort> unknown = parseCohort(QStringLiteral("XOC"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
    }

    void ckmp_b_iii_deviceTypesParse_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("type"); // -1: not a device type
        QTest::newRow("CHF") << QStringLiteral("CHF") << int(DeviceType::CHF);
        QTest::newRow("esme lower case") << QStringLiteral("esme") << int(DeviceType::ESME);
        QTest::newRow("GSME") << QStringLiteral("GSME") << int(DeviceType::GSME);
        QTest::newRow("GPF") << QStringLiteral("GPF") << int(DeviceType::GPF);
        QTest::newRow("PPMID") << QStringLiteral("PpMiD") << int(DeviceType::PPMID);
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("SMETS2 IHD") << QStringLiteral("IHD") << -1;
    }
    void ckmp_b_iii_deviceTypesParse() {
        QFETCH(QString, code);
        QFETCH(int, type);
        const std::optional<DeviceType> t = parseDeviceType(code);
        if (type < 0) {
            QVERIFY(!t.has_value());
        } else {
            QVERIFY(t.has_value());
            QCOMPARE(int(*t), type);
            QVERIFY(!deviceTypeDescription(*t).isEmpty());
        }
    }

    void ckmp_b_i_fourKeyedClientsOnePublic() {
        QCOMPARE(std::size(kKeyedClients), std::size_t(4));
        QVERIFY(!clientHasKeys(DlmsClient::Public));
        for (DlmsClient c : kKeyedClients) {
            QVERIFY(clientHasKeys(c));
            QCOMPARE(parseClientCode(clientCode(c)), std::optional<DlmsClient>(c));
        }
        QCOMPARE(parseClientCode(QStringLiteral("public")), std::optional(DlmsClient::Public));
    }

    void ckmp_b_ii_packagingKeks() {
        QCOMPARE(packagingKek(KeyKind::MK), KeyKind::DcoKey);
        QCOMPARE(packagingKek(KeyKind::AK), KeyKind::DcoKey);
        QCOMPARE(packagingKek(KeyKind::GUEK), KeyKind::SharedKey);
        QCOMPARE(packagingKek(KeyKind::DK), KeyKind::SharedKey);
        QVERIFY(isDeviceKey(KeyKind::MK));
        QVERIFY(!isDeviceKey(KeyKind::TransportKey));
    }
};

QTEST_GUILESS_MAIN(TestPolicyVocabulary)
#include "test_policy_vocabulary.moc"
