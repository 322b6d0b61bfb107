#include "demo/DemoInventoryGenerator.h"
#include "dlms/Rfc3394.h"
#include "inventory/InventoryParser.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

using namespace symbolon;
using namespace symbolon::inventory;
using namespace symbolon::demo;

namespace {

QDateTime now() {
    return QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
}

SecureBytes transportKey() {
    const QByteArray k = QByteArray::fromHex("000102030405060708090A0B0C0D0E0F");
    return SecureBytes(k.constData(), static_cast<std::size_t>(k.size()));
}

DemoInventoryOptions options(quint64 seed, int count, bool withKeys) {
    DemoInventoryOptions o;
    o.seed = seed;
    o.deviceCount = count;
    o.now = now();
    if (withKeys)
        o.transportKey = transportKey();
    return o;
}

QByteArray csv(const DemoInventoryOptions& o) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status st = DemoInventoryGenerator(o).writeCsv(buffer);
    if (!st)
        qFatal("writeCsv failed: %s", qPrintable(st.error().message));
    return buffer.data();
}

QString allErrorText(const InventoryParseResult& r) {
    QStringList out;
    for (const ParseError& e : r.errors())
        out << e.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestInventoryGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deterministic() {
        const QByteArray a = csv(options(7, 500, true));
        QCOMPARE(csv(options(7, 500, true)), a);
        QVERIFY(csv(options(8, 500, true)) != a);
        // A prefix of a larger inventory is the smaller one: devices do not depend on the count.
        const QByteArray big = csv(options(7, 800, true));
        QVERIFY(big.startsWith(a));
        // Keys do not disturb the rest of the stream.
        const auto without = DemoInventoryGenerator(options(7, 50, false)).generate();
        const auto with = DemoInventoryGenerator(options(7, 50, true)).generate();
        QVERIFY(without.ok() && with.ok());
        for (int i = 0; i < 50; ++i) {
            InventoryRecord r = with.value()[i].record;
            r.mk.clear();
            r.ak = {};
            r.guek = {};
            QCOMPARE(r, without.value()[i].record);
        }
    }

    void mixSanity() {
        const auto devices = DemoInventoryGenerator(options(1, 2000, false)).generate();
        QVERIFY(devices.ok());
        QCOMPARE(devices->size(), 2000);
        QSet<policy::DeviceType> types;
        QSet<policy::Cohort> cohorts;
        QSet<quint64> ids;
        QSet<QString> s1sps;
        int due = 0, overdue = 0, cat1 = 0, cat2 = 0, ioc = 0;
        const QDateTime weekAgo = now().addDays(-7);
        for (const DemoDevice& d : *devices) {
            const InventoryRecord& r = d.record;
            types.insert(r.deviceType);
            cohorts.insert(r.cohort);
            ids.insert(r.deviceId.value());
            s1sps.insert(r.s1sp);
            ioc += r.cohort == policy::Cohort::IOC;
            QVERIFY(r.commissionedAt <= now());
            QVERIFY(r.commissionedAt >= now().addYears(-4).addDays(-1));
            QCOMPARE(r.commissionedAt.timeSpec(), Qt::UTC);
            QCOMPARE(r.systemTitle.size(), 8);
            QVERIFY(!r.hasKeys());
            if (d.rotationDoneAt) {
                QVERIFY(*d.rotationDoneAt >= r.commissionedAt);
                QVERIFY(*d.rotationDoneAt <= now());
                QVERIFY(*d.rotationDoneAt <= r.commissionedAt.addDays(7));
            } else if (r.commissionedAt > weekAgo) {
                ++due;
            } else {
                ++overdue;
                QVERIFY(r.commissionedAt >= now().addDays(-31));
            }
            cat1 += r.category == 1;
            cat2 += r.category == 2;
            // GPFs are on the Communications Hub: same maker family as CHFs.
            if (r.deviceType == policy::DeviceType::GPF)
                QVERIFY(r.model.contains(QStringLiteral("GPF")));
        }
        QCOMPARE(types.size(), 5);
        QCOMPARE(cohorts.size(), 2);
        QCOMPARE(ids.size(), 2000);
        QCOMPARE(s1sps.size(), 3);
        QVERIFY2(due > 0 && overdue > 0,
                 qPrintable(QStringLiteral("due %1 overdue %2").arg(due).arg(overdue)));
        QVERIFY2(ioc > 1200 && ioc < 1600, qPrintable(QString::number(ioc)));
        QVERIFY2(cat1 > 50 && cat1 < 160 && cat2 > 50 && cat2 < 160,
                 qPrintable(QStringLiteral("%1 %2").arg(cat1).arg(cat2)));
    }

    void roundTrip_data() {
        QTest::addColumn<bool>("withKeys");
        QTest::newRow("without keys") << false;
        QTest::newRow("with keys") << true;
    }
    void roundTrip() {
        QFETCH(bool, withKeys);
        const DemoInventoryOptions o = options(42, 2000, withKeys);
        const auto devices = DemoInventoryGenerator(o).generate();
        QVERIFY(devices.ok());
        const QByteArray bytes = csv(o);
        const auto parsed = parseInventory(bytes, now());
        QVERIFY2(parsed.ok(), qPrintable(allErrorText(parsed)));
        QCOMPARE(parsed->hasKeyColumns, withKeys);
        QCOMPARE(parsed->records.size(), devices->size());
        for (qsizetype i = 0; i < devices->size(); ++i) {
            InventoryRecord r = parsed->records[i];
            QCOMPARE(r.sourceLine, static_cast<int>(i) + 2);
            r.sourceLine = 0;
            QCOMPARE(r, devices->at(i).record);
        }
        if (withKeys) {
            QCOMPARE(parsed->records[0].mk.size(), 24);
            QCOMPARE(parsed->records[0].guek[3].size(), 24);
        }
    }

    void wrappedKeysUnwrapToTheGeneratorsKeys() {
        const DemoInventoryGenerator generator(options(3, 20, true));
        const auto devices = generator.generate();
        QVERIFY(devices.ok());
        for (int i : {0, 7, 19}) {
            const InventoryRecord& r = devices->at(i).record;
            const auto mk = dlms::rfc3394Unwrap(transportKey(), r.mk);
            QVERIFY2(mk.ok(), qPrintable(mk.error().message));
            const auto expected = generator.clearKey(i, policy::KeyKind::MK);
            QVERIFY(expected.ok());
            QCOMPARE(expected->size(), std::size_t(16));
            QVERIFY(mk->equals(*expected));

            const auto guek = dlms::rfc3394Unwrap(transportKey(), r.guek[2]);
            QVERIFY(guek.ok());
            QVERIFY(
                guek->equals(*generator.clearKey(i, policy::KeyKind::GUEK, policy::DlmsClient::Management)));
            QVERIFY(
                !guek->equals(*generator.clearKey(i, policy::KeyKind::AK, policy::DlmsClient::Management)));
        }
        // Every key of a device is distinct, and differs between devices.
        QSet<QByteArray> wraps;
        for (const DemoDevice& d : *devices) {
            wraps.insert(d.record.mk);
            for (int c = 0; c < 4; ++c)
                wraps << d.record.ak[c] << d.record.guek[c];
        }
        QCOMPARE(wraps.size(), 20 * 9);
        QVERIFY(!generator.clearKey(0, policy::KeyKind::AK, policy::DlmsClient::Public).ok());
        QVERIFY(!generator.clearKey(20, policy::KeyKind::MK).ok());
    }

    void rejectsBadOptions() {
        DemoInventoryOptions o = options(1, 10, false);
        o.now = QDateTime();
        QVERIFY(!DemoInventoryGenerator(o).generate().ok());
        o = options(1, -1, false);
        QVERIFY(!DemoInventoryGenerator(o).generate().ok());
        o = options(1, 10, false);
        o.transportKey = SecureBytes(15);
        QVERIFY(!DemoInventoryGenerator(o).generate().ok());
        QVERIFY(DemoInventoryGenerator(options(1, 0, false)).generate()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventoryGenerator)
#include "test_inventory_generator.moc"
