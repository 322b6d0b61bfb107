// CKMP (b)(iii) / SEC Appendix AM 20.1: post-commissioning rotation within 7 days.
#include "policy/RotationClock.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::policy;

namespace {
QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}
RotationClock clock(const QDateTime& commissioned, std::optional<QDateTime> done = std::nullopt,
                    std::optional<QDateTime> seen = std::nullopt) {
    Result<RotationClock> c = RotationClock::make(commissioned, done, seen);
    if (!c.ok())
        qFatal("clock rejected: %s", qPrintable(c.error().message));
    return *c;
}
} // namespace

class TestPolicyRotationClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ckmp_b_iii_postCommissioningDeadlineIsSevenDays() {
        const QDateTime commissioned = utc(2024, 3, 1, 10, 30);
        const RotationClock c = clock(commissioned);
        QCOMPARE(c.deadline(), utc(2024, 3, 8, 10, 30));
        QCOMPARE(commissioned.secsTo(c.deadline()), qint64(7 * 24 * 3600));
        QCOMPARE(RotationClock::kDeadlineDays, 7);
    }

    // 31 March 2024 is the UK clock change; the deadline is 7 × 24 h of UTC regardless.
    void ckmp_b_iii_deadlineIgnoresDaylightSaving() {
        const QDateTime london(QDate(2024, 3, 28), QTime(12, 0), QTimeZone("Europe/London"));
        const RotationClock c = clock(london);
        QCOMPARE(c.deadline().timeSpec(), Qt::UTC);
        QCOMPARE(london.secsTo(c.deadline()), qint64(7 * 24 * 3600));
    }

    void ckmp_b_iii_exactlySevenDaysIsStillDue() {
        const RotationClock c = clock(utc(2024, 3, 1, 10, 30));
        QCOMPARE(c.status(utc(2024, 3, 8, 10, 30)), RotationStatus::Due);
        QCOMPARE(c.status(utc(2024, 3, 1, 10, 30)), RotationStatus::Due);
    }

    void ckmp_b_iii_oneSecondPastSevenDaysIsOverdue() {
        const RotationClock c = clock(utc(2024, 3, 1, 10, 30));
        QCOMPARE(c.status(utc(2024, 3, 8, 10, 30, 1)), RotationStatus::Overdue);
    }

    void ckmp_b_iii_doneIsDoneWhateverTheTime() {
        const RotationClock inTime = clock(utc(2024, 3, 1), utc(2024, 3, 2));
        QCOMPARE(inTime.status(utc(2030, 1, 1)), RotationStatus::Done);
        QVERIFY(!inTime.doneLate());
        QCOMPARE(inTime.explain(utc(2030, 1, 1)), QStringLiteral("done on 2024-03-02 00:00 UTC"));

        const RotationClock late = clock(utc(2024, 3, 1), utc(2024, 3, 10));
        QCOMPARE(late.status(utc(2024, 3, 11)), RotationStatus::Done);
        QVERIFY(late.doneLate());
        QVERIFY(late.explain(utc(2024, 3, 11)).contains(QStringLiteral("2 days late")));
    }

    void ckmp_b_iii_explainsTimeRemaining() {
        const RotationClock c = clock(utc(2024, 3, 1, 10, 0));
        QCOMPARE(c.explain(utc(2024, 3, 5, 9, 0)), QStringLiteral("due in 3 days (by 2024-03-08 10:00 UTC)"));
        QCOMPARE(c.explain(utc(2024, 3, 8, 5, 0)),
                 QStringLiteral("due in 5 hours (by 2024-03-08 10:00 UTC)"));
    }

    void ckmp_b_iii_explainsOverdueWithConnectivity() {
        const RotationClock c = clock(utc(2024, 3, 1, 10, 0), std::nullopt, utc(2024, 3, 2, 8, 15));
        QCOMPARE(c.status(utc(2024, 3, 20, 11, 0)), RotationStatus::Overdue);
        QCOMPARE(c.explain(utc(2024, 3, 20, 11, 0)),
                 QStringLiteral("overdue by 12 days (deadline 2024-03-08 10:00 UTC); no connectivity since "
                                "2024-03-02 08:15 UTC"));
        const RotationClock noInfo = clock(utc(2024, 3, 1, 10, 0));
        QVERIFY(!noInfo.explain(utc(2024, 3, 20, 11, 0)).contains(QStringLiteral("connectivity")));
    }

    void ckmp_b_iii_rejectsInconsistentTimes() {
        Result<RotationClock> noCommission = RotationClock::make(QDateTime());
        QVERIFY(!noCommission.ok());
        QCOMPARE(noCommission.error().code, ErrorCode::InvalidInput);
        QVERIFY(!RotationClock::make(utc(2024, 3, 2), utc(2024, 3, 1)).ok());
        QVERIFY(!RotationClock::make(utc(2024, 3, 2), QDateTime()).ok());
    }

    void ckmp_b_iii_statusCodes() {
        QCOMPARE(rotationStatusCode(RotationStatus::Done), QStringLiteral("done"));
        QCOMPARE(rotationStatusCode(RotationStatus::Due), QStringLiteral("due"));
        QCOMPARE(rotationStatusCode(RotationStatus::Overdue), QStringLiteral("overdue"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyRotationClock)
#include "test_policy_rotationclock.moc"
