// RFC 3394 and RFC 5649 AES key wrap: known answers, tampering, wrong KEK.
#include "DlmsTestHex.h"
#include "dlms/Rfc3394.h"
#include "dlms/Rfc5649.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::dlms;
using symbolon::test::hex;
using symbolon::test::secureHex;
using symbolon::test::toBytes;

namespace {
SecureBytes sb(const QByteArray& b) {
    return SecureBytes(b.constData(), std::size_t(b.size()));
}
} // namespace

class TestDlmsKeyWrap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc3394KnownAnswer() {
        // RFC 3394 §4.1: wrap 128 bits of key data with a 128-bit KEK
        const SecureBytes kek = secureHex("000102030405060708090A0B0C0D0E0F");
        const QByteArray expected = hex("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5");
        Result<QByteArray> w = rfc3394Wrap(kek, secureHex("00112233445566778899AABBCCDDEEFF"));
        QVERIFY(w.ok());
        QCOMPARE(w->toHex(), expected.toHex());
        Result<SecureBytes> u = rfc3394Unwrap(kek, expected);
        QVERIFY(u.ok());
        QCOMPARE(toBytes(*u).toHex(), QByteArray("00112233445566778899aabbccddeeff"));
    }

    // Flip every bit position of one byte in turn, at every offset: the integrity check must fail.
    void rfc3394TamperedBlobRejected_data() {
        QTest::addColumn<int>("offset");
        for (int i = 0; i < 24; ++i)
            QTest::addRow("byte %d", i) << i;
    }
    void rfc3394TamperedBlobRejected() {
        QFETCH(int, offset);
        QByteArray blob = hex("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5");
        blob[offset] = char(blob.at(offset) ^ 0x01);
        Result<SecureBytes> u = rfc3394Unwrap(secureHex("000102030405060708090A0B0C0D0E0F"), blob);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, ErrorCode::Crypto);
    }

    void rfc3394WrongKekRejected() {
        Result<SecureBytes> u = rfc3394Unwrap(secureHex("000102030405060708090A0B0C0D0E0E"),
                                              hex("1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5"));
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, ErrorCode::Crypto);
    }

    void rfc3394RejectsBadSizes() {
        const SecureBytes kek = secureHex("000102030405060708090A0B0C0D0E0F");
        QCOMPARE(rfc3394Wrap(kek, SecureBytes(8)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(rfc3394Wrap(kek, SecureBytes(20)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(rfc3394Wrap(secureHex("0001"), SecureBytes(16)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(rfc3394Unwrap(kek, QByteArray(16, '\0')).error().code, ErrorCode::InvalidInput);
        QCOMPARE(rfc3394Unwrap(kek, QByteArray(25, '\0')).error().code, ErrorCode::InvalidInput);
    }

    void rfc5649KnownAnswers_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("wrapped");
        // RFC 5649 §6, 20 octets of key data with a 192-bit KEK
        QTest::newRow("RFC 5649 §6 20 bytes")
            << hex("C37B7E6492584340BED12207808941155068F738")
            << hex("138BDEAA9B8FA7FC61F97742E72248EE5AE6AE5360D1AE6A5F54F373FA543B6A");
        // RFC 5649 §6, 7 octets of key data with a 192-bit KEK (single-block case)
        QTest::newRow("RFC 5649 §6 7 bytes")
            << hex("466F7250617369") << hex("AFBEB0F07DFBF5419200F2CCB50BB24F");
    }
    void rfc5649KnownAnswers() {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, wrapped);
        const SecureBytes kek = secureHex("5840DF6E29B02AF1AB493B705BF16EA1AE8338F4DCC176A8");
        Result<QByteArray> w = rfc5649Wrap(kek, sb(key));
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        QCOMPARE(w->toHex(), wrapped.toHex());
        Result<SecureBytes> u = rfc5649Unwrap(kek, wrapped);
        QVERIFY2(u.ok(), qPrintable(u.error().message));
        QCOMPARE(toBytes(*u).toHex(), key.toHex());
    }

    void rfc5649TamperedAndWrongKekRejected_data() {
        QTest::addColumn<int>("offset");
        for (int i = 0; i < 32; i += 3)
            QTest::addRow("byte %d", i) << i;
    }
    void rfc5649TamperedAndWrongKekRejected() {
        QFETCH(int, offset);
        const SecureBytes kek = secureHex("5840DF6E29B02AF1AB493B705BF16EA1AE8338F4DCC176A8");
        QByteArray blob = hex("138BDEAA9B8FA7FC61F97742E72248EE5AE6AE5360D1AE6A5F54F373FA543B6A");
        blob[offset] = char(blob.at(offset) ^ 0x80);
        QCOMPARE(rfc5649Unwrap(kek, blob).error().code, ErrorCode::Crypto);
        const SecureBytes wrongKek = secureHex("5840DF6E29B02AF1AB493B705BF16EA1AE8338F4DCC176A9");
        QCOMPARE(rfc5649Unwrap(wrongKek, hex("AFBEB0F07DFBF5419200F2CCB50BB24F")).error().code,
                 ErrorCode::Crypto);
    }

    void rfc5649RejectsBadSizes() {
        const SecureBytes kek = secureHex("5840DF6E29B02AF1AB493B705BF16EA1AE8338F4DCC176A8");
        QCOMPARE(rfc5649Wrap(kek, SecureBytes()).error().code, ErrorCode::InvalidInput);
        QCOMPARE(rfc5649Wrap(secureHex("00"), SecureBytes(4)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(rfc5649Unwrap(kek, QByteArray(8, '\0')).error().code, ErrorCode::InvalidInput);
        QCOMPARE(rfc5649Unwrap(kek, QByteArray(20, '\0')).error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDlmsKeyWrap)
#include "test_dlms_keywrap.moc"
