// SEC G2.44, G2.44A, G2.45 and DESIGN.md "Policy profiles": which module an operation may use.
#include "policy/G2Classification.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::policy;

Q_DECLARE_METATYPE(symbolon::policy::Operation)
Q_DECLARE_METATYPE(symbolon::policy::SecClause)
Q_DECLARE_METATYPE(std::optional<int>)

class TestPolicyG2Classification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sec_g2_44_everyOperationClassified_data() {
        QTest::addColumn<Operation>("op");
        QTest::addColumn<SecClause>("clause");
        QTest::newRow("generate KEK") << Operation::GenerateKek << SecClause::G2_44c;
        QTest::newRow("import KEK components") << Operation::ImportKekComponents << SecClause::G2_44c;
        QTest::newRow("export Shared Key") << Operation::ExportSharedKey << SecClause::G2_44c;
        QTest::newRow("import Shared Key") << Operation::ImportSharedKey << SecClause::G2_44c;
        QTest::newRow("migration unwrap") << Operation::MigrationUnwrap << SecClause::G2_44c;
        QTest::newRow("generate device keys") << Operation::GenerateDeviceKeys << SecClause::G2_44c;
        QTest::newRow("package device key") << Operation::PackageDeviceKey << SecClause::G2_44c;
        QTest::newRow("wrap for device") << Operation::WrapForDevice << SecClause::G2_44c;
        QTest::newRow("re-key") << Operation::ReKey << SecClause::G2_44c;
        QTest::newRow("DCO command with AK") << Operation::DcoCommandWithAk << SecClause::G2_44c;
        QTest::newRow("S1SP GUEK") << Operation::S1spCommandWithGuek << SecClause::G2_44e;
        QTest::newRow("S1SP DK") << Operation::S1spSessionWithDk << SecClause::G2_44e;
        QTest::newRow("S1SP add credit") << Operation::S1spAddCredit << SecClause::G2_44e;
        QTest::newRow("sign journal") << Operation::SignJournal << SecClause::G2_45;
        QTest::newRow("sign key package") << Operation::SignKeyPackage << SecClause::G2_45;
        QTest::newRow("compute KCV") << Operation::ComputeKcv << SecClause::G2_45;
    }
    void sec_g2_44_everyOperationClassified() {
        QFETCH(Operation, op);
        QFETCH(SecClause, clause);
        QCOMPARE(secClause(op), clause);
        QVERIFY(!operationCode(op).isEmpty());
    }

    void sec_g2_44_clauseLabels() {
        QCOMPARE(secClauseLabel(SecClause::G2_44c), QStringLiteral("G2.44(c)"));
        QCOMPARE(secClauseLabel(SecClause::G2_44e), QStringLiteral("G2.44(e)"));
        QCOMPARE(secClauseLabel(SecClause::G2_45), QStringLiteral("G2.45"));
        QCOMPARE(exemptionLabel(G244AExemption::AddCredit), QStringLiteral("G2.44A(a)"));
        QCOMPARE(exemptionLabel(G244AExemption::Category1Device), QStringLiteral("G2.44A(b)"));
        QCOMPARE(exemptionLabel(G244AExemption::Category2SingleAssociation), QStringLiteral("G2.44A(c)"));
    }

    // Production, undeclared token: each operation, each device category.
    void sec_g2_44_productionRefusesUndeclaredToken_data() {
        QTest::addColumn<Operation>("op");
        QTest::addColumn<std::optional<int>>("category");
        QTest::addColumn<bool>("allowed");
        const std::optional<int> none;
        QTest::newRow("G2.44(c) DCO re-key") << Operation::ReKey << none << false;
        QTest::newRow("G2.44(c) not exempted by category 1")
            << Operation::ReKey << std::optional<int>(1) << false;
        QTest::newRow("G2.44(c) KEK ceremony") << Operation::GenerateKek << none << false;
        QTest::newRow("G2.44(e) GUEK, unknown category") << Operation::S1spCommandWithGuek << none << false;
        QTest::newRow("G2.44A(b) GUEK, category 1")
            << Operation::S1spCommandWithGuek << std::optional<int>(1) << true;
        QTest::newRow("G2.44A(c) needs single-AA key: GUEK, category 2")
            << Operation::S1spCommandWithGuek << std::optional<int>(2) << false;
        QTest::newRow("G2.44A(c) DK, category 2")
            << Operation::S1spSessionWithDk << std::optional<int>(2) << true;
        QTest::newRow("G2.44A(c) DK, category 3")
            << Operation::S1spSessionWithDk << std::optional<int>(3) << false;
        QTest::newRow("G2.44A(a) add credit, any device") << Operation::S1spAddCredit << none << true;
        QTest::newRow("G2.45 journal signature") << Operation::SignJournal << none << true;
        QTest::newRow("G2.45 KCV") << Operation::ComputeKcv << none << true;
    }
    void sec_g2_44_productionRefusesUndeclaredToken() {
        QFETCH(Operation, op);
        QFETCH(std::optional<int>, category);
        QFETCH(bool, allowed);
        Status s = checkTokenAllowed(PolicyProfile::Production, op, false, category);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QCOMPARE(s.error().code, ErrorCode::PolicyRefused);
            QVERIFY(s.error().message.contains(secClauseLabel(secClause(op))));
            QVERIFY(s.error().message.contains(QStringLiteral("FIPS 140-2 Level 3")));
        }
    }

    void sec_g2_44_productionAllowsDeclaredToken() {
        for (Operation op : kAllOperations)
            QVERIFY(checkTokenAllowed(PolicyProfile::Production, op, true));
    }

    void design_developmentProfileAllowsAnyToken() {
        for (Operation op : kAllOperations)
            QVERIFY(checkTokenAllowed(PolicyProfile::Development, op, false));
    }

    void sec_g2_44A_onlyQualifiesG2_44e() {
        QCOMPARE(g244aExemption(Operation::MigrationUnwrap, 1), std::nullopt);
        QCOMPARE(g244aExemption(Operation::S1spAddCredit, std::nullopt),
                 std::optional<G244AExemption>(G244AExemption::AddCredit));
        QCOMPARE(g244aExemption(Operation::S1spCommandWithGuek, 1),
                 std::optional<G244AExemption>(G244AExemption::Category1Device));
        QCOMPARE(g244aExemption(Operation::S1spSessionWithDk, 2),
                 std::optional<G244AExemption>(G244AExemption::Category2SingleAssociation));
        QVERIFY(usesSingleAssociationKey(Operation::S1spSessionWithDk));
        QVERIFY(!usesSingleAssociationKey(Operation::S1spCommandWithGuek));
    }

    void sec_g2_44_invalidDeviceCategoryRejected() {
        Status s = checkTokenAllowed(PolicyProfile::Production, Operation::S1spCommandWithGuek, false, 0);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
    }

    void design_quorumRules_data() {
        QTest::addColumn<bool>("production");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("n");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("prod 2 of 3") << true << 2 << 3 << true;
        QTest::newRow("prod 2 of 2") << true << 2 << 2 << true;
        QTest::newRow("prod 1 of 3: no dual control") << true << 1 << 3 << false;
        QTest::newRow("dev 1 of 1") << false << 1 << 1 << true;
        QTest::newRow("k > n") << false << 4 << 3 << false;
        QTest::newRow("k = 0") << false << 0 << 3 << false;
        QTest::newRow("n = 0") << false << 0 << 0 << false;
        QTest::newRow("n = 255") << true << 2 << 255 << true;
        QTest::newRow("n = 256 (GF(256) limit)") << true << 2 << 256 << false;
        QTest::newRow("negative") << false << -1 << 3 << false;
    }
    void design_quorumRules() {
        QFETCH(bool, production);
        QFETCH(int, k);
        QFETCH(int, n);
        QFETCH(bool, allowed);
        Status s = checkQuorum(production ? PolicyProfile::Production : PolicyProfile::Development, k, n);
        QCOMPARE(s.ok(), allowed);
        if (!allowed)
            QVERIFY(!s.error().message.isEmpty());
    }

    void design_clearKeyFallbackRefusedInProduction() {
        Status s = checkFallbackAllowed(PolicyProfile::Production);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::PolicyRefused);
        QVERIFY(s.error().message.contains(QStringLiteral("host memory")));
        QVERIFY(checkFallbackAllowed(PolicyProfile::Development).ok());
    }

    void design_profileCodes() {
        QCOMPARE(parsePolicyProfile(QStringLiteral("Production")), std::optional(PolicyProfile::Production));
        QCOMPARE(parsePolicyProfile(QStringLiteral("development")),
                 std::optional(PolicyProfile::Development));
        QCOMPARE(parsePolicyProfile(QStringLiteral("prod")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPolicyG2Classification)
#include "test_policy_g2classification.moc"
