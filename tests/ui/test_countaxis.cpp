// Chart axes of counts (Overview, Key States): ticks on whole numbers only, about five of them,
// and an empty chart shows 0 and 1 — not QValueAxis's 0, 0.2, … shown as "0 0 0 0 0 1".
#include "common/CountAxis.h"

#include <QTest>
#include <QtCharts/QValueAxis>

#include <algorithm>

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

    // Issue #17: after the first migration the console froze for 90 s. The Key States chart went
    // from a few records to 18,000 with the old interval of 1 still in force while the range grew,
    // so Qt Charts laid out ~25,000 ticks before the new interval arrived. At every change the
    // axis signals (Qt Charts lays out on each), dynamic ticks never number more than six.
    void neverManyTicksInBetween_data() {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("a few to 18,000") << qint64(3) << qint64(18000);
        QTest::newRow("9,000,000 to 2") << qint64(9000000) << qint64(2);
        QTest::newRow("0 to 9,000,000") << qint64(0) << qint64(9000000);
    }
    void neverManyTicksInBetween() {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QValueAxis axis;
        ui::setCountRange(&axis, from, 1.05);
        double worst = 0;
        auto measure = [&] {
            if (axis.tickType() == QValueAxis::TicksDynamic && axis.tickInterval() > 0)
                worst = std::max(worst, (axis.max() - axis.min()) / axis.tickInterval());
        };
        connect(&axis, &QValueAxis::rangeChanged, this, measure);
        connect(&axis, &QValueAxis::tickIntervalChanged, this, measure);
        connect(&axis, &QValueAxis::tickTypeChanged, this, measure);
        connect(&axis, &QValueAxis::tickAnchorChanged, this, measure);
        ui::setCountRange(&axis, to, 1.05);
        QVERIFY2(worst <= 6, qPrintable(QStringLiteral("%1 tick intervals at one point").arg(worst)));
        QCOMPARE(axis.tickType(), QValueAxis::TicksDynamic);
        QVERIFY(axis.max() / axis.tickInterval() <= 6);
    }
};

QTEST_MAIN(TestCountAxis)
#include "test_countaxis.moc"
