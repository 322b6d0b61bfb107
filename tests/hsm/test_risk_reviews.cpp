// Risk reviews (CKMP (b)(iii)): only the reviewer records one; bad input changes nothing; the
// row and its journal entry commit together; latest() gives the clock's baseline.
#include "DemoFixture.h"

#include "journal/JournalQuery.h"
#include "store/Database.h"
#include "workspace/RiskReviewStore.h"

#include <QTest>

using namespace symbolon;
using workspace::RiskReviewStore;

class TestRiskReviews : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{20};

private Q_SLOTS:
    void custodianIsRefused() {
        auto ws = m_demo.open(0); // ACS card 1: custodian
        const qint64 before = ws->journal().head()->seq;
        auto r = RiskReviewStore::record(*ws, QDate::currentDate().addDays(-1), QStringLiteral("RR-1"), {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PolicyRefused);
        QVERIFY2(r.error().message.contains(QStringLiteral("record-risk-review")),
                 qPrintable(r.error().message));
        QCOMPARE(ws->journal().head()->seq, before);
        auto latest = RiskReviewStore::latest(ws->db());
        QVERIFY(latest);
        QVERIFY(!latest->has_value());
    }

    void badInputIsRefusedPrecisely_data() {
        QTest::addColumn<int>("daysFromToday");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("findingsLength");
        QTest::addColumn<QString>("expected");
        QTest::newRow("future") << 1 << QStringLiteral("RR-1") << 10 << QStringLiteral("in the future");
        QTest::newRow("long before creation")
            << -800 << QStringLiteral("RR-1") << 10 << QStringLiteral("more than a year before");
        QTest::newRow("no reference") << 0 << QStringLiteral("   ") << 10 << QStringLiteral("reference");
        QTest::newRow("long reference")
            << 0 << QString(65, QLatin1Char('R')) << 10 << QStringLiteral("at most 64");
        QTest::newRow("control character")
            << 0 << QStringLiteral("RR\t1") << 10 << QStringLiteral("printable");
        QTest::newRow("long findings")
            << 0 << QStringLiteral("RR-1") << 4001 << QStringLiteral("at most 4000");
    }
    void badInputIsRefusedPrecisely() {
        QFETCH(int, daysFromToday);
        QFETCH(QString, reference);
        QFETCH(int, findingsLength);
        QFETCH(QString, expected);
        auto ws = m_demo.open(3); // the PMA reviewer
        const qint64 before = ws->journal().head()->seq;
        auto r = RiskReviewStore::record(*ws, QDateTime::currentDateTimeUtc().date().addDays(daysFromToday),
                                         reference, QString(findingsLength, QLatin1Char('x')));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QCOMPARE(ws->journal().head()->seq, before);
    }

    void reviewerRecordsAndLatestIsTheNewestReviewDate() {
        auto ws = m_demo.open(3);
        QCOMPARE(ws->identity().role, QStringLiteral("reviewer"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        auto first = RiskReviewStore::record(*ws, today, QStringLiteral("PMA-RR-2025-01"),
                                             QStringLiteral("Controls adequate; dual control observed."));
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->reviewer, ws->identity().actor());
        // An older review recorded later does not move the baseline back.
        auto older = RiskReviewStore::record(*ws, today.addDays(-30), QStringLiteral("PMA-RR-2024-09"), {});
        QVERIFY(older);
        auto latest = RiskReviewStore::latest(ws->db());
        QVERIFY(latest && latest->has_value());
        QCOMPARE((*latest)->reference, QStringLiteral("PMA-RR-2025-01"));
        QCOMPARE((*latest)->reviewedOn, today);
        QCOMPARE((*latest)->journalSeq, first->journalSeq);

        journal::JournalQuery q(ws->db());
        journal::JournalFilter f;
        f.actionPrefix = QStringLiteral("risk-review.recorded");
        QCOMPARE(*q.count(f), 2);
        auto page = q.page(f, 0, 1, journal::JournalQuery::Order::OldestFirst);
        QVERIFY(page);
        const QJsonObject d = page->at(0).details();
        QCOMPARE(d.value(QStringLiteral("reference")).toString(), QStringLiteral("PMA-RR-2025-01"));
        QCOMPARE(d.value(QStringLiteral("next_due")).toString(), today.addYears(5).toString(Qt::ISODate));
        QCOMPARE(page->at(0).role, QStringLiteral("reviewer"));
        QVERIFY(ws->verifyJournal().ok());

        // A read-only connection reads it too.
        auto ro = ws->openConnection(true);
        QVERIFY(ro);
        auto again = RiskReviewStore::latest(**ro);
        QVERIFY(again && again->has_value());
    }
};

QTEST_GUILESS_MAIN(TestRiskReviews)
#include "test_risk_reviews.moc"
