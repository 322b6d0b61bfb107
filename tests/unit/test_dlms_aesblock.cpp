// One-block AES-ECB (packaging reference): known-answer tests.
#include "DlmsTestHex.h"
#include "dlms/AesBlock.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::dlms;
using symbolon::test::hex;
using symbolon::test::secureHex;
using symbolon::test::toBytes;

class TestDlmsAesBlock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownAnswers_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("cipher");
        // FIPS-197 Appendix C.1 (AES-128)
        QTest::newRow("FIPS-197 C.1")
            << hex("000102030405060708090A0B0C0D0E0F") << hex("00112233445566778899AABBCCDDEEFF")
            << hex("69C4E0D86A7B0430D8CDB78070B4C55A");
        // NIST SP 800-38A F.1.1 ECB-AES128, block 1
        QTest::newRow("SP 800-38A F.1.1 #1")
            << hex("2B7E151628AED2A6ABF7158809CF4F3C") << hex("6BC1BEE22E409F96E93D7E117393172A")
            << hex("3AD77BB40D7A3660A89ECAF32466EF97");
        // NIST SP 800-38A F.1.1 ECB-AES128, block 2
        QTest::newRow("SP 800-38A F.1.1 #2")
            << hex("2B7E151628AED2A6ABF7158809CF4F3C") << hex("AE2D8A571E03AC9C9EB76FAC45AF8E51")
            << hex("F5D3D58503B9699DE785895A96FDBAAF");
    }
    void knownAnswers() {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, cipher);
        const SecureBytes k(key.constData(), std::size_t(key.size()));
        Result<QByteArray> enc =
            aesBlockEncrypt(k, SecureBytes(plain.constData(), std::size_t(plain.size())));
        QVERIFY(enc.ok());
        QCOMPARE(enc->toHex(), cipher.toHex());
        Result<SecureBytes> dec = aesBlockDecrypt(k, cipher);
        QVERIFY(dec.ok());
        QCOMPARE(toBytes(*dec).toHex(), plain.toHex());
    }

    void refusesAnythingButOneBlock() {
        const SecureBytes k = secureHex("000102030405060708090A0B0C0D0E0F");
        QCOMPARE(aesBlockEncrypt(k, SecureBytes(15)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(aesBlockEncrypt(k, SecureBytes(32)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(aesBlockDecrypt(k, QByteArray(17, '\0')).error().code, ErrorCode::InvalidInput);
        QCOMPARE(aesBlockEncrypt(secureHex("0001"), SecureBytes(16)).error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDlmsAesBlock)
#include "test_dlms_aesblock.moc"
