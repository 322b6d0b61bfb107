#include "policy/DeviceId.h"

#include <QSet>
#include <QTest>

using symbolon::policy::DeviceId;

class TestInventoryDeviceId : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsBothForms_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain upper") << QStringLiteral("00DB1234567890A0");
        QTest::newRow("plain lower") << QStringLiteral("00db1234567890a0");
        QTest::newRow("dashed upper") << QStringLiteral("00-DB-12-34-56-78-90-A0");
        QTest::newRow("dashed mixed") << QStringLiteral("00-dB-12-34-56-78-90-a0");
    }
    void acceptsBothForms() {
        QFETCH(QString, text);
        const auto id = DeviceId::parse(QStringView(text));
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QCOMPARE(id->value(), Q_UINT64_C(0x00DB1234567890A0));
        QCOMPARE(id->toString(), QStringLiteral("00DB1234567890A0"));
        QCOMPARE(id->toDisplayString(), QStringLiteral("00-DB-12-34-56-78-90-A0"));
        const auto fromBytes = DeviceId::parse(QByteArrayView(text.toLatin1()));
        QVERIFY(fromBytes.ok());
        QCOMPARE(*fromBytes, *id);
    }

    void rejects_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("15 digits") << QStringLiteral("00DB1234567890A");
        QTest::newRow("17 digits") << QStringLiteral("00DB1234567890A01");
        QTest::newRow("non-hex") << QStringLiteral("00DB1234567890AG");
        QTest::newRow("0x prefix") << QStringLiteral("0x00DB1234567890");
        QTest::newRow("colons") << QStringLiteral("00:DB:12:34:56:78:90:A0");
        QTest::newRow("dash misplaced") << QStringLiteral("00D-B12-34-56-78-90-A0");
        QTest::newRow("dashes in 4-groups") << QStringLiteral("00DB-1234-5678-90A0");
        QTest::newRow("trailing dash") << QStringLiteral("00-DB-12-34-56-78-90-A-");
        QTest::newRow("leading space") << QStringLiteral(" 00DB1234567890A0");
        QTest::newRow("trailing space") << QStringLiteral("00DB1234567890A0 ");
        QTest::newRow("fullwidth digit") << QStringLiteral("00DB1234567890A\uFF10");
        QTest::newRow("non-Latin-1 first char") << QString(QChar(0x0130)) + QStringLiteral("0DB1234567890A0");
    }
    void rejects() {
        QFETCH(QString, text);
        const auto id = DeviceId::parse(QStringView(text));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, symbolon::ErrorCode::InvalidInput);
        // The message says what was expected, with both written forms.
        QVERIFY(id.error().message.contains(QStringLiteral("16 hex digits")));
        QVERIFY(id.error().message.contains(QStringLiteral("00-DB-12-34-56-78-90-A0")));
    }

    void ordersAndHashes() {
        const DeviceId a(1), b(2);
        QVERIFY(a < b);
        QVERIFY(a == DeviceId(1));
        QSet<DeviceId> set{a, b, DeviceId(1)};
        QCOMPARE(set.size(), 2);
        QCOMPARE(DeviceId(0).toString(), QStringLiteral("0000000000000000"));
        QCOMPARE(DeviceId(~Q_UINT64_C(0)).toDisplayString(), QStringLiteral("FF-FF-FF-FF-FF-FF-FF-FF"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryDeviceId)
#include "test_inventory_deviceid.moc"
