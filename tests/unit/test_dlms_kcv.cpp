// Key check values (CMAC-5B, ECB-3B) and the AES-CMAC under them: known-answer tests.
#include "DlmsTestHex.h"
#include "dlms/AesCmac.h"
#include "dlms/Kcv.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::dlms;
using symbolon::test::hex;
using symbolon::test::secureHex;

Q_DECLARE_METATYPE(symbolon::dlms::KcvMethod)

class TestDlmsKcv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aesCmacKnownAnswers_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("mac");
        // RFC 4493 §4, example 1 (empty message)
        QTest::newRow("RFC 4493 ex.1") << hex("2B7E151628AED2A6ABF7158809CF4F3C") << QByteArray()
                                       << hex("BB1D6929E95937287FA37D129B756746");
        // RFC 4493 §4, example 2 (16 bytes)
        QTest::newRow("RFC 4493 ex.2")
            << hex("2B7E151628AED2A6ABF7158809CF4F3C") << hex("6BC1BEE22E409F96E93D7E117393172A")
            << hex("070A16B46B4D4144F79BDD9DD04A287C");
        // VECTORS.md: AES-CMAC of a zero block (basis of CMAC-5B)
        QTest::newRow("zero block") << hex("3F419E1CB7079442AA37474C2EFBF8B8") << QByteArray(16, '\0')
                                    << hex("08793E25ABEB8BD69BDB91594624B8B6");
    }
    void aesCmacKnownAnswers() {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, mac);
        Result<QByteArray> r = aesCmac(SecureBytes(key.constData(), std::size_t(key.size())), message);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->toHex(), mac.toHex());
    }

    void kcvKnownAnswers_data() {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<KcvMethod>("method");
        QTest::addColumn<QByteArray>("kcv");
        QTest::addColumn<QString>("label");
        // VECTORS.md / FIPS-197-style: AES-ECB of a zero block under the SP 800-38A key, first 3 bytes
        QTest::newRow("ECB-3B") << hex("2B7E151628AED2A6ABF7158809CF4F3C") << KcvMethod::Ecb3B
                                << hex("7DF76B") << QStringLiteral("ECB-3B 7DF76B");
        // VECTORS.md: X9.24-1:2017 / TR-31 CMAC KCV, first 5 bytes
        QTest::newRow("CMAC-5B") << hex("3F419E1CB7079442AA37474C2EFBF8B8") << KcvMethod::Cmac5B
                                 << hex("08793E25AB") << QStringLiteral("CMAC-5B 08793E25AB");
    }
    void kcvKnownAnswers() {
        QFETCH(QByteArray, key);
        QFETCH(KcvMethod, method);
        QFETCH(QByteArray, kcv);
        QFETCH(QString, label);
        const SecureBytes k(key.constData(), std::size_t(key.size()));
        Result<QByteArray> r = computeKcv(k, method);
        QVERIFY(r.ok());
        QCOMPARE(r->toHex(), kcv.toHex());
        QCOMPARE(r->size(), kcvLength(method));
        QCOMPARE(formatKcv(method, *r), label);
        QVERIFY(checkKcv(k, method, kcv).ok());
    }

    void kcvMismatchNamesBothValues() {
        Status s = checkKcv(secureHex("2B7E151628AED2A6ABF7158809CF4F3C"), KcvMethod::Ecb3B, hex("7DF76C"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Crypto);
        QVERIFY(s.error().message.contains(QStringLiteral("ECB-3B 7DF76C")));
        QVERIFY(s.error().message.contains(QStringLiteral("ECB-3B 7DF76B")));
        // A KCV of the wrong method's length never matches.
        QVERIFY(
            !checkKcv(secureHex("2B7E151628AED2A6ABF7158809CF4F3C"), KcvMethod::Cmac5B, hex("7DF76B")).ok());
    }

    void kcvRejectsBadKeyLength() {
        Result<QByteArray> r = computeKcv(secureHex("0011"), KcvMethod::Cmac5B);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY(!computeKcv(SecureBytes(), KcvMethod::Ecb3B).ok());
    }

    void kcvMethodLabels() {
        QCOMPARE(kcvMethodLabel(KcvMethod::Cmac5B), QStringLiteral("CMAC-5B"));
        QCOMPARE(kcvMethodLabel(KcvMethod::Ecb3B), QStringLiteral("ECB-3B"));
        QCOMPARE(parseKcvMethod(QStringLiteral("cmac-5b")), std::optional(KcvMethod::Cmac5B));
        QCOMPARE(parseKcvMethod(QStringLiteral("KCV")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestDlmsKcv)
#include "test_dlms_kcv.moc"
