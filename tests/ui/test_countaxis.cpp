// Chart axes of counts (Overview, Key States): ticks on whole numbers only, about five of them,
// and an empty chart shows 0 and 1 — not QValueAxis's 0, 0.2, … shown as "0 0 0 0 0 1".
#include "common/CountAxis.h"

#include <QTest>
#include <QtCharts/QValueAxis>

using namespace symbolon;

class TestCountAxis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepsAreOneTwoFiveTimesAPowerOfTen_data() {
        QTest::addColumn<qint64>("top");
        QTest::addColumn<qint64>("step");
        QTest::newRow("1") << qint64(1) << qint64(1);
        QTest::newRow("5") << qint64(5) << qint64(1);
        QTest::newRow("6") << qint64(6) << qint64(2);
        QTest::newRow("10") << qint64(10) << qint64(2);
        QTest::newRow("11") << qint64(11) << qint64(5);
        QTest::newRow("26") << qint64(26) << qint64(10);
        QTest::newRow("9,000,000") << qint64(9000000) << qint64(2000000);
        QTest::newRow("10,000,001") << qint64(10000001) << qint64(5000000);
    }
    void stepsAreOneTwoFiveTimesAPowerOfTen() {
        QFETCH(qint64, top);
        QFETCH(qint64, step);
        QCOMPARE(ui::countAxisStep(top), step);
    }

    void rangeAndTicks_data() {
        QTest::addColumn<qint64>("max");
        QTest::addColumn<double>("headroom");
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("interval");
        QTest::newRow("empty") << qint64(0) << 1.05 << 1.0 << 1.0;
        QTest::newRow("one run of 3 devices") << qint64(3) << 1.05 << 4.0 << 1.0;
        QTest::newRow("38 devices in a week") << qint64(38) << 1.1 << 50.0 << 10.0;
        QTest::newRow("9,000,000 key records") << qint64(9000000) << 1.15 << 15000000.0 << 5000000.0;
    }
    void rangeAndTicks() {
        QFETCH(qint64, max);
        QFETCH(double, headroom);
        QFETCH(double, top);
        QFETCH(double, interval);
        QValueAxis axis;
        ui::setCountRange(&axis, max, headroom);
        QCOMPARE(axis.min(), 0.0);
        QCOMPARE(axis.max(), top);
        QCOMPARE(axis.tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(axis.tickInterval(), interval);
        QCOMPARE(axis.tickAnchor(), 0.0);
        QVERIFY(axis.max() >= double(max) * headroom);
        QVERIFY(axis.max() / axis.tickInterval() <= 6); // at most six intervals
    }
};

QTEST_MAIN(TestCountAxis)
#include "test_countaxis.moc"
