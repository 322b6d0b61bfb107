// CKMP (b)(iii), (d)(v), (d)(vi): a re-key after the post-commissioning rotation needs a PMA
// instruction on one of two grounds.
#include "policy/PmaInstruction.h"
#include "policy/ReKeyJustification.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::policy;

class TestPolicyReKey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ckmp_b_iii_rotationNotDoneNeedsNoInstruction() {
        QVERIFY(checkReKeyAllowed(false, std::nullopt).ok());
    }

    void ckmp_d_v_afterRotationReKeyNeedsPmaInstruction() {
        Status s = checkReKeyAllowed(true, std::nullopt);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::PolicyRefused);
        QVERIFY(s.error().message.contains(QStringLiteral("(b)(iii)")));
        QVERIFY(s.error().message.contains(QStringLiteral("(d)(v)")));
    }

    void ckmp_d_vi_eitherGroundJustifiesReKey() {
        QVERIFY(checkReKeyAllowed(true,
                                  PmaInstruction{PmaGround::MajorIncident, QStringLiteral("PMA/2024/007")}));
        QVERIFY(
            checkReKeyAllowed(true, PmaInstruction{PmaGround::ControlShortfall, QStringLiteral("PMA-R-12")}));
    }

    void ckmp_d_v_pmaReferenceValidated_data() {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("typical") << QStringLiteral("PMA/2024/007") << true;
        QTest::newRow("exactly 64") << QString(64, QLatin1Char('7')) << true;
        QTest::newRow("non-ASCII printable") << QStringLiteral("PMA-Ŵ-1") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("  \t ") << false;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('7')) << false;
        QTest::newRow("tab inside") << QStringLiteral("PMA\t7") << false;
        QTest::newRow("NUL inside")
            << QString(QStringLiteral("PMA")).append(QChar(0)).append(QLatin1Char('7')) << false;
    }
    void ckmp_d_v_pmaReferenceValidated() {
        QFETCH(QString, reference);
        QFETCH(bool, accepted);
        const PmaInstruction i{PmaGround::MajorIncident, reference};
        QCOMPARE(i.validate().ok(), accepted);
        QCOMPARE(checkReKeyAllowed(true, i).ok(), accepted);
        // A bad reference is refused even during the post-commissioning window: it would be journalled.
        QCOMPARE(checkReKeyAllowed(false, i).ok(), accepted);
        if (!accepted)
            QCOMPARE(i.validate().error().code, ErrorCode::InvalidInput);
    }

    void ckmp_b_iii_pmaGroundCodes() {
        for (PmaGround g : {PmaGround::MajorIncident, PmaGround::ControlShortfall}) {
            QCOMPARE(parsePmaGround(pmaGroundCode(g)), std::optional<PmaGround>(g));
            QVERIFY(!pmaGroundName(g).isEmpty());
        }
        QVERIFY(!parsePmaGround(QStringLiteral("periodic")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPolicyReKey)
#include "test_policy_rekey.moc"
