// Security setup (class 64) method 2 global_key_transfer, A-XDR: byte-exact encodings written by
// hand from the rules (array 01 n; structure 02 02; enum 16 id; octet-string 09 len bytes).
#include "DlmsTestHex.h"
#include "dlms/GlobalKeyTransfer.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::dlms;
using symbolon::test::hex;

Q_DECLARE_METATYPE(QList<symbolon::dlms::WrappedKeyEntry>)

namespace {
// The RFC 3394 §4.1 output: a real 24-byte wrapped key.
const char* kBlob = "1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5";
QByteArray blob() {
    return hex(kBlob);
}
QByteArray fill(char c, int n) {
    return QByteArray(n, c);
}
} // namespace

class TestDlmsGlobalKeyTransfer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodingsByHand_data() {
        QTest::addColumn<QList<WrappedKeyEntry>>("entries");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("one AK")
            << QList<WrappedKeyEntry>{{GlobalKeyId::Authentication, blob()}}
            << hex("0101" // array, 1 element
                   "0202"
                   "1602" // structure{2}, enum 2 (AK)
                   "0918"
                   "1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5"); // octet-string[24]
        QTest::newRow("GUEK then AK")
            << QList<WrappedKeyEntry>{{GlobalKeyId::GlobalUnicastEncryption, fill('\x11', 24)},
                                      {GlobalKeyId::Authentication, fill('\x22', 24)}}
            << hex("0102"
                   "0202"
                   "1600"
                   "0918"
                   "111111111111111111111111111111111111111111111111"
                   "0202"
                   "1602"
                   "0918"
                   "222222222222222222222222222222222222222222222222");
        QTest::newRow("all four keys")
            << QList<WrappedKeyEntry>{{GlobalKeyId::Master, fill('\x33', 24)},
                                      {GlobalKeyId::GlobalBroadcastEncryption, fill('\x44', 24)},
                                      {GlobalKeyId::GlobalUnicastEncryption, fill('\x55', 24)},
                                      {GlobalKeyId::Authentication, fill('\x66', 24)}}
            << hex("0104"
                   "0202"
                   "1603"
                   "0918"
                   "333333333333333333333333333333333333333333333333"
                   "0202"
                   "1601"
                   "0918"
                   "444444444444444444444444444444444444444444444444"
                   "0202"
                   "1600"
                   "0918"
                   "555555555555555555555555555555555555555555555555"
                   "0202"
                   "1602"
                   "0918"
                   "666666666666666666666666666666666666666666666666");
        // 128 bytes needs the long length form: 81 80.
        QTest::newRow("128-byte blob, long length")
            << QList<WrappedKeyEntry>{{GlobalKeyId::Master, fill('\x77', 128)}}
            << hex("0101"
                   "0202"
                   "1603"
                   "098180") +
                   fill('\x77', 128);
    }
    void encodingsByHand() {
        QFETCH(QList<WrappedKeyEntry>, entries);
        QFETCH(QByteArray, encoded);
        Result<QByteArray> e = encodeGlobalKeyTransfer(entries);
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        QCOMPARE(e->toHex(), encoded.toHex());
        Result<QList<WrappedKeyEntry>> d = decodeGlobalKeyTransfer(encoded);
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(*d, entries);
    }

    void decoderRefuses_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("mentions");
        const QByteArray entry = hex("0202"
                                     "1602"
                                     "0918") +
                                 blob();
        QTest::newRow("empty input") << QByteArray() << QStringLiteral("truncated");
        QTest::newRow("structure instead of array") << hex("0201") + entry << QStringLiteral("byte 0");
        QTest::newRow("n = 0") << hex("0100") << QStringLiteral("empty");
        QTest::newRow("n = 5") << hex("0105") + entry << QStringLiteral("5 keys");
        QTest::newRow("n = 2, one entry") << hex("0102") + entry << QStringLiteral("truncated");
        QTest::newRow("trailing byte") << hex("0101") + entry + hex("00") << QStringLiteral("unexpected");
        QTest::newRow("last byte missing") << hex("0101") + entry.chopped(1) << QStringLiteral("remain");
        QTest::newRow("wrong structure tag") << hex("0101"
                                                    "0302"
                                                    "1602"
                                                    "0918") +
                                                    blob()
                                             << QStringLiteral("byte 2");
        QTest::newRow("structure of 3") << hex("0101"
                                               "0203"
                                               "1602"
                                               "0918") +
                                               blob()
                                        << QStringLiteral("byte 3");
        QTest::newRow("unsigned instead of enum") << hex("0101"
                                                         "0202"
                                                         "1102"
                                                         "0918") +
                                                         blob()
                                                  << QStringLiteral("byte 4");
        QTest::newRow("unknown key_id 4") << hex("0101"
                                                 "0202"
                                                 "1604"
                                                 "0918") +
                                                 blob()
                                          << QStringLiteral("unknown key_id 4");
        QTest::newRow("visible-string instead of octet-string") << hex("0101"
                                                                       "0202"
                                                                       "1602"
                                                                       "0A18") +
                                                                       blob()
                                                                << QStringLiteral("byte 6");
        QTest::newRow("length says 25") << hex("0101"
                                               "0202"
                                               "1602"
                                               "0919") +
                                               blob()
                                        << QStringLiteral("remain");
        QTest::newRow("length says 23") << hex("0101"
                                               "0202"
                                               "1602"
                                               "0917") +
                                               blob()
                                        << QStringLiteral("23 bytes");
        QTest::newRow("16-byte blob (not wrapped)") << hex("0101"
                                                           "0202"
                                                           "1602"
                                                           "0910"
                                                           "00112233445566778899AABBCCDDEEFF")
                                                    << QStringLiteral("16 bytes");
        QTest::newRow("non-minimal length 81 18") << hex("0101"
                                                         "0202"
                                                         "1602"
                                                         "098118") +
                                                         blob()
                                                  << QStringLiteral("shortest");
        QTest::newRow("length form 83") << hex("0101"
                                               "0202"
                                               "1602"
                                               "0983000018") +
                                               blob()
                                        << QStringLiteral("length form");
        QTest::newRow("repeated key_id") << hex("0102") + entry + entry << QStringLiteral("repeated");
    }
    void decoderRefuses() {
        QFETCH(QByteArray, input);
        QFETCH(QString, mentions);
        Result<QList<WrappedKeyEntry>> d = decodeGlobalKeyTransfer(input);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::InvalidInput);
        QVERIFY2(d.error().message.contains(mentions), qPrintable(d.error().message));
    }

    void encoderRefuses() {
        QCOMPARE(encodeGlobalKeyTransfer({}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(encodeGlobalKeyTransfer({{GlobalKeyId::Authentication, fill('\0', 16)}}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(encodeGlobalKeyTransfer({{GlobalKeyId::Authentication, fill('\0', 25)}}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(encodeGlobalKeyTransfer(
                     {{GlobalKeyId::Authentication, blob()}, {GlobalKeyId::Authentication, blob()}})
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QCOMPARE(encodeGlobalKeyTransfer({{static_cast<GlobalKeyId>(9), blob()}}).error().code,
                 ErrorCode::InvalidInput);
    }

    void keyIdNames() {
        QCOMPARE(globalKeyIdName(GlobalKeyId::Master), QStringLiteral("master key"));
        QCOMPARE(globalKeyIdName(GlobalKeyId::GlobalUnicastEncryption),
                 QStringLiteral("global unicast encryption key"));
    }
};

QTEST_GUILESS_MAIN(TestDlmsGlobalKeyTransfer)
#include "test_dlms_globalkeytransfer.moc"
