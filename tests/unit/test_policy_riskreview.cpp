// CKMP (b)(iii): risk reviews of symmetric-key use and controls at most every 5 years.
#include "policy/RiskReviewClock.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::policy;

Q_DECLARE_METATYPE(symbolon::policy::RiskReviewStatus)

namespace {
RiskReviewClock reviewed(const QDate& last) {
    Result<RiskReviewClock> c = RiskReviewClock::make(QDate(2019, 1, 1), last);
    if (!c.ok())
        qFatal("clock rejected");
    return *c;
}
} // namespace

class TestPolicyRiskReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ckmp_b_iii_riskReviewEveryFiveCalendarYears_data() {
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QDate>("due");
        QTest::newRow("ordinary") << QDate(2020, 3, 1) << QDate(2025, 3, 1);
        QTest::newRow("spans two leap days") << QDate(2023, 3, 1) << QDate(2028, 3, 1);
        QTest::newRow("29 Feb 2024 -> 28 Feb 2029") << QDate(2024, 2, 29) << QDate(2029, 2, 28);
        QTest::newRow("29 Feb 2020 -> 28 Feb 2025") << QDate(2020, 2, 29) << QDate(2025, 2, 28);
        QTest::newRow("28 Feb 2023 -> 28 Feb 2028 (leap year)") << QDate(2023, 2, 28) << QDate(2028, 2, 28);
        QTest::newRow("31 Dec") << QDate(2024, 12, 31) << QDate(2029, 12, 31);
    }
    void ckmp_b_iii_riskReviewEveryFiveCalendarYears() {
        QFETCH(QDate, last);
        QFETCH(QDate, due);
        QCOMPARE(reviewed(last).nextDue(), due);
    }

    void ckmp_b_iii_riskReviewStatusBoundaries_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<RiskReviewStatus>("status");
        // last review 2024-02-29, due 2029-02-28
        QTest::newRow("day after the review") << QDate(2024, 3, 1) << RiskReviewStatus::Ok;
        QTest::newRow("91 days before") << QDate(2029, 2, 28).addDays(-91) << RiskReviewStatus::Ok;
        QTest::newRow("90 days before") << QDate(2029, 2, 28).addDays(-90) << RiskReviewStatus::DueSoon;
        QTest::newRow("on the due date") << QDate(2029, 2, 28) << RiskReviewStatus::DueSoon;
        QTest::newRow("day after the due date") << QDate(2029, 3, 1) << RiskReviewStatus::Overdue;
    }
    void ckmp_b_iii_riskReviewStatusBoundaries() {
        QFETCH(QDate, today);
        QFETCH(RiskReviewStatus, status);
        QCOMPARE(reviewed(QDate(2024, 2, 29)).status(today), status);
    }

    void ckmp_b_iii_neverReviewedCountsFromWorkspaceCreation() {
        Result<RiskReviewClock> c = RiskReviewClock::make(QDate(2021, 6, 15));
        QVERIFY(c.ok());
        QVERIFY(c->neverReviewed());
        QCOMPARE(c->baseline(), QDate(2021, 6, 15));
        QCOMPARE(c->nextDue(), QDate(2026, 6, 15));
        QCOMPARE(c->status(QDate(2021, 6, 16)), RiskReviewStatus::Ok);
        QCOMPARE(c->status(QDate(2026, 6, 16)), RiskReviewStatus::Overdue);
        QVERIFY(c->explain(QDate(2026, 6, 20)).startsWith(QStringLiteral("never reviewed")));
        QVERIFY(c->explain(QDate(2026, 6, 20)).contains(QStringLiteral("overdue by 5 days")));
        QVERIFY(!reviewed(QDate(2024, 1, 1)).neverReviewed());
    }

    void ckmp_b_iii_riskReviewExplanation() {
        QCOMPARE(reviewed(QDate(2024, 2, 29)).explain(QDate(2029, 2, 18)),
                 QStringLiteral("next risk review due by 2029-02-28 (in 10 days)"));
        QCOMPARE(reviewed(QDate(2024, 2, 29)).explain(QDate(2029, 2, 27)),
                 QStringLiteral("next risk review due by 2029-02-28 (in 1 day)"));
        QCOMPARE(reviewed(QDate(2024, 2, 29)).explain(QDate(2029, 2, 28)),
                 QStringLiteral("risk review due today (2029-02-28)"));
    }

    void ckmp_b_iii_riskReviewRejectsInvalidDates() {
        QVERIFY(!RiskReviewClock::make(QDate()).ok());
        QVERIFY(!RiskReviewClock::make(QDate(2024, 1, 1), QDate()).ok());
        QCOMPARE(riskReviewStatusCode(RiskReviewStatus::DueSoon), QStringLiteral("due-soon"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyRiskReview)
#include "test_policy_riskreview.moc"
