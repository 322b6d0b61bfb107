// CKMP (d)(iii), (d)(vi), (d)(vii), (d)(x) and POLICY.md "Key states": the key state machine.
#include "policy/Compromise.h"
#include "policy/KeyState.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::policy;

Q_DECLARE_METATYPE(symbolon::policy::KeyState)

class TestPolicyKeyState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ckmp_keyStates_codesRoundTrip() {
        for (KeyState s : kAllKeyStates) {
            Result<KeyState> parsed = parseKeyState(keyStateCode(s));
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, s);
            QVERIFY(parseKeyState(keyStateCode(s).toUpper()).ok());
            QVERIFY(!keyStateName(s).isEmpty());
        }
        QCOMPARE(std::size(kAllKeyStates), std::size_t(5));
    }

    void ckmp_d_vii_revokedIsNotAState() {
        Result<KeyState> r = parseKeyState(QStringLiteral("Revoked"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::PolicyRefused);
        QVERIFY(r.error().message.contains(QStringLiteral("(d)(vii)")));
    }

    void ckmp_d_x_destroyedIsNotAState() {
        Result<KeyState> r = parseKeyState(QStringLiteral("destroyed"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::PolicyRefused);
        QVERIFY(r.error().message.contains(QStringLiteral("(d)(x)")));
    }

    void ckmp_d_vi_compromisedIsAFlagNotAState() {
        Result<KeyState> r = parseKeyState(QStringLiteral("compromised"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!parseKeyState(QStringLiteral("retired")).ok());
        QVERIFY(!parseKeyState(QString()).ok());
    }

    void ckmp_keyStates_legalTransitions_data() {
        QTest::addColumn<KeyState>("from");
        QTest::addColumn<KeyState>("to");
        QTest::newRow("migrated->superseded (rotation replaces enrolment key)")
            << KeyState::Migrated << KeyState::Superseded;
        QTest::newRow("generated->distributed") << KeyState::Generated << KeyState::Distributed;
        QTest::newRow("distributed->active (d)(iii)") << KeyState::Distributed << KeyState::Active;
        QTest::newRow("active->superseded") << KeyState::Active << KeyState::Superseded;
    }
    void ckmp_keyStates_legalTransitions() {
        QFETCH(KeyState, from);
        QFETCH(KeyState, to);
        QVERIFY(checkTransition(from, to).ok());
    }

    // Every pair not in the legal list above, generated so that no pair can be forgotten.
    void ckmp_keyStates_everyIllegalTransitionRefused_data() {
        QTest::addColumn<KeyState>("from");
        QTest::addColumn<KeyState>("to");
        const QList<QPair<KeyState, KeyState>> legal = {{KeyState::Migrated, KeyState::Superseded},
                                                        {KeyState::Generated, KeyState::Distributed},
                                                        {KeyState::Distributed, KeyState::Active},
                                                        {KeyState::Active, KeyState::Superseded}};
        for (KeyState from : kAllKeyStates)
            for (KeyState to : kAllKeyStates)
                if (!legal.contains(qMakePair(from, to)))
                    QTest::addRow("%s->%s", qPrintable(keyStateCode(from)), qPrintable(keyStateCode(to)))
                        << from << to;
    }
    void ckmp_keyStates_everyIllegalTransitionRefused() {
        QFETCH(KeyState, from);
        QFETCH(KeyState, to);
        Status s = checkTransition(from, to);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::PolicyRefused);
        QVERIFY2(s.error().message.contains(keyStateName(from)), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(keyStateName(to)), qPrintable(s.error().message));
    }

    void ckmp_keyStates_generatedIsResumedNotSuperseded() {
        Status s = checkTransition(KeyState::Generated, KeyState::Superseded);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("resume")));
    }

    void ckmp_d_x_supersededIsTerminal() {
        for (KeyState to : kAllKeyStates)
            QVERIFY(!checkTransition(KeyState::Superseded, to).ok());
    }

    void ckmp_d_vi_compromiseNeedsReference_data() {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("incident number") << QStringLiteral("INC-2024-0042") << true;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('A')) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('A')) << false;
        QTest::newRow("newline") << QStringLiteral("INC-1\nINC-2") << false;
        QTest::newRow("escape") << QStringLiteral("INC\x1b[2J") << false;
    }
    void ckmp_d_vi_compromiseNeedsReference() {
        QFETCH(QString, reference);
        QFETCH(bool, accepted);
        const QDateTime at(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
        Result<Compromise> c = Compromise::make(reference, at);
        QCOMPARE(c.ok(), accepted);
        if (accepted) {
            QCOMPARE(c->reference, reference);
            QCOMPARE(c->markedAt, at);
        } else {
            QCOMPARE(c.error().code, ErrorCode::InvalidInput);
        }
    }

    void ckmp_d_vi_compromiseNeedsValidTime() {
        QVERIFY(!Compromise::make(QStringLiteral("INC-1"), QDateTime()).ok());
    }
};

QTEST_GUILESS_MAIN(TestPolicyKeyState)
#include "test_policy_keystate.moc"
