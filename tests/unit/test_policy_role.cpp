// DESIGN.md "Who uses it" and CKMP (d)(iv): role access rules.
#include "policy/Role.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::policy;

Q_DECLARE_METATYPE(symbolon::policy::Permission)

class TestPolicyRole : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Columns: custodian, reviewer, responder, operator — the table in Role.h, row by row.
    void ckmp_d_iv_accessTable_data() {
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<QString>("allowed"); // C R S O, '1' = allowed
        QTest::newRow("open workspace") << Permission::OpenWorkspace << QStringLiteral("1111");
        QTest::newRow("browse inventory") << Permission::BrowseInventory << QStringLiteral("1111");
        QTest::newRow("import inventory") << Permission::ImportInventory << QStringLiteral("1001");
        QTest::newRow("browse journal") << Permission::BrowseJournal << QStringLiteral("1111");
        QTest::newRow("verify journal") << Permission::VerifyJournal << QStringLiteral("1111");
        QTest::newRow("export evidence") << Permission::ExportEvidence << QStringLiteral("1110");
        QTest::newRow("record risk review") << Permission::RecordRiskReview << QStringLiteral("0100");
        QTest::newRow("run ceremony (ACS only)") << Permission::RunCeremony << QStringLiteral("1000");
        QTest::newRow("approve quorum (ACS only)") << Permission::ApproveQuorum << QStringLiteral("1000");
        QTest::newRow("plan re-key") << Permission::PlanReKey << QStringLiteral("0011");
        QTest::newRow("execute re-key") << Permission::ExecuteReKey << QStringLiteral("0011");
        QTest::newRow("mark compromised") << Permission::MarkCompromised << QStringLiteral("0010");
        QTest::newRow("confirm activation") << Permission::ConfirmActivation << QStringLiteral("0011");
        QTest::newRow("change site register (ACS only)")
            << Permission::ChangeSiteRegister << QStringLiteral("1000");
    }
    void ckmp_d_iv_accessTable() {
        QFETCH(Permission, permission);
        QFETCH(QString, allowed);
        const Role roles[] = {Role::Custodian, Role::Reviewer, Role::Responder, Role::Operator};
        for (int i = 0; i < 4; ++i) {
            const bool expect = allowed.at(i) == QLatin1Char('1');
            QCOMPARE(roleAllows(roles[i], permission), expect);
            Status s = requirePermission(roles[i], permission);
            QCOMPARE(s.ok(), expect);
            if (!expect) {
                QCOMPARE(s.error().code, ErrorCode::PolicyRefused);
                QVERIFY(s.error().message.contains(permissionCode(permission)));
                QVERIFY(s.error().message.contains(roleName(roles[i])));
            }
        }
    }

    void ckmp_d_iv_reviewerIsReadOnlyPlusRiskReview() {
        for (Permission p : {Permission::ImportInventory, Permission::RunCeremony, Permission::ApproveQuorum,
                             Permission::PlanReKey, Permission::ExecuteReKey, Permission::MarkCompromised,
                             Permission::ConfirmActivation, Permission::ChangeSiteRegister})
            QVERIFY(!roleAllows(Role::Reviewer, p));
    }

    void design_approverDoesNotExecute() {
        QVERIFY(roleAllows(Role::Custodian, Permission::ApproveQuorum));
        QVERIFY(!roleAllows(Role::Custodian, Permission::ExecuteReKey));
    }

    void design_roleCodes() {
        for (Role r : kAllRoles)
            QCOMPARE(parseRole(roleCode(r)), std::optional<Role>(r));
        QCOMPARE(parseRole(QStringLiteral("admin")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPolicyRole)
#include "test_policy_role.moc"
