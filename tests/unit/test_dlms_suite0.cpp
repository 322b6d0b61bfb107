// DLMS security suite 0 (AES-GCM-128): the GCM known answer, frame layout for SC 0x10/0x20/0x30,
// HLS mechanism 5, and refusal of tampered, truncated and wrongly-protected frames.
#include "DlmsTestHex.h"
#include "dlms/AesGcm.h"
#include "dlms/Suite0Frame.h"

#include <QtTest>

using namespace symbolon;
using namespace symbolon::dlms;
using symbolon::test::hex;
using symbolon::test::secureHex;
using symbolon::test::toBytes;

Q_DECLARE_METATYPE(symbolon::dlms::SecurityControl)

namespace {
// The GCM specification (McGrew & Viega), test case 4, 128-bit key — VECTORS.md
const char* kGcmKey = "FEFFE9928665731C6D6A8F9467308308";
const char* kGcmIv = "CAFEBABEFACEDBADDECAF888";
const char* kGcmAad = "FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2";
const char* kGcmPlain = "D9313225F88406E5A55909C5AFF5269A86A7A9531534F7DA2E4C303D8A318A72"
                        "1C3C0C95956809532FCF0E2449A6B525B16AEDF5AA0DE657BA637B39";
const char* kGcmCipher = "42831EC2217774244B7221B784D0D49CE3AA212F2C02A4E035C17E2329ACA12E"
                         "21D514B25466931C7D8F6A5AAC84AA051BA30B396A0AAC973D58E091";
const char* kGcmTag = "5BC94FBC3221A5DB94FAE95AE7121A47";

// Suite 0 test keys and title (arbitrary; the Green Book's style of example values).
SecureBytes ek() {
    return secureHex("000102030405060708090A0B0C0D0E0F");
}
SecureBytes ak() {
    return secureHex("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF");
}
QByteArray title() {
    return hex("4D4D4D0000BC614E");
}
QByteArray apdu() {
    return hex("C0010000080000010000FF0200");
}
constexpr std::uint32_t kIc = 0x01234567;
} // namespace

class TestDlmsSuite0 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gcmSpecTestCase4() {
        Result<GcmSealed> full = aesGcmEncrypt(secureHex(kGcmKey), hex(kGcmIv), hex(kGcmAad), hex(kGcmPlain));
        QVERIFY(full.ok());
        QCOMPARE(full->ciphertext.toHex(), hex(kGcmCipher).toHex());
        QCOMPARE(full->tag.toHex(), hex(kGcmTag).toHex());
        // DLMS sends the first 12 bytes of the tag.
        Result<GcmSealed> dlms =
            aesGcmEncrypt(secureHex(kGcmKey), hex(kGcmIv), hex(kGcmAad), hex(kGcmPlain), 12);
        QVERIFY(dlms.ok());
        QCOMPARE(dlms->tag.toHex(), hex("5BC94FBC3221A5DB94FAE95A").toHex());
        for (const QByteArray& tag : {hex(kGcmTag), hex("5BC94FBC3221A5DB94FAE95A")}) {
            Result<QByteArray> pt =
                aesGcmDecrypt(secureHex(kGcmKey), hex(kGcmIv), hex(kGcmAad), hex(kGcmCipher), tag);
            QVERIFY(pt.ok());
            QCOMPARE(pt->toHex(), hex(kGcmPlain).toHex());
        }
    }

    void gcmSpecTestCase4Tampered_data() {
        QTest::addColumn<QString>("part");
        QTest::addColumn<int>("offset");
        QTest::newRow("ciphertext first byte") << QStringLiteral("ct") << 0;
        QTest::newRow("ciphertext last byte") << QStringLiteral("ct") << 59;
        QTest::newRow("AAD") << QStringLiteral("aad") << 7;
        QTest::newRow("tag") << QStringLiteral("tag") << 11;
        QTest::newRow("IV") << QStringLiteral("iv") << 11;
    }
    void gcmSpecTestCase4Tampered() {
        QFETCH(QString, part);
        QFETCH(int, offset);
        QByteArray ct = hex(kGcmCipher), aad = hex(kGcmAad), tag = hex("5BC94FBC3221A5DB94FAE95A"),
                   iv = hex(kGcmIv);
        QByteArray& target = part == QLatin1String("ct")    ? ct
                             : part == QLatin1String("aad") ? aad
                             : part == QLatin1String("tag") ? tag
                                                            : iv;
        target[offset] = char(target.at(offset) ^ 0x04);
        Result<QByteArray> pt = aesGcmDecrypt(secureHex(kGcmKey), iv, aad, ct, tag);
        QVERIFY(!pt.ok());
        QCOMPARE(pt.error().code, ErrorCode::Crypto);
    }

    void gcmRejectsBadParameters() {
        QCOMPARE(aesGcmEncrypt(secureHex(kGcmKey), hex("CAFEBABE"), {}, {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(aesGcmEncrypt(secureHex("0011"), hex(kGcmIv), {}, {}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(aesGcmEncrypt(secureHex(kGcmKey), hex(kGcmIv), {}, {}, 8).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(aesGcmDecrypt(secureHex(kGcmKey), hex(kGcmIv), {}, {}, hex("0011")).error().code,
                 ErrorCode::InvalidInput);
    }

    // The frame is checked byte for byte against the raw GCM function with the IV and AAD that
    // POLICY.md "DLMS facts" prescribes, so the layout is verified independently of Suite0Frame.
    void frameLayoutMatchesDlmsRules_data() {
        QTest::addColumn<SecurityControl>("sc");
        QTest::newRow("0x30 authenticated encryption") << SecurityControl::AuthenticatedEncryption;
        QTest::newRow("0x10 authentication only") << SecurityControl::AuthenticationOnly;
        QTest::newRow("0x20 encryption only") << SecurityControl::EncryptionOnly;
    }
    void frameLayoutMatchesDlmsRules() {
        QFETCH(SecurityControl, sc);
        Result<QByteArray> frame = Suite0Frame::protect(sc, ek(), ak(), title(), kIc, apdu());
        QVERIFY(frame.ok());
        const QByteArray iv = title() + hex("01234567");
        const QByteArray scByte(1, char(securityControlByte(sc)));
        QByteArray expected;
        if (sc == SecurityControl::AuthenticatedEncryption) {
            Result<GcmSealed> g = aesGcmEncrypt(ek(), iv, scByte + toBytes(ak()), apdu(), 12);
            QVERIFY(g.ok());
            expected = hex("30") + hex("01234567") + g->ciphertext + g->tag;
        } else if (sc == SecurityControl::AuthenticationOnly) {
            Result<GcmSealed> g = aesGcmEncrypt(ek(), iv, scByte + toBytes(ak()) + apdu(), {}, 12);
            QVERIFY(g.ok());
            expected = hex("10") + hex("01234567") + apdu() + g->tag;
        } else {
            Result<GcmSealed> g = aesGcmEncrypt(ek(), iv, {}, apdu(), 12);
            QVERIFY(g.ok());
            expected = hex("20") + hex("01234567") + g->ciphertext;
        }
        QCOMPARE(frame->toHex(), expected.toHex());

        Result<Suite0Frame::Opened> opened = Suite0Frame::unprotect(sc, ek(), ak(), title(), *frame);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened->plaintext.toHex(), apdu().toHex());
        QCOMPARE(opened->invocationCounter, kIc);
        QCOMPARE(opened->sc, sc);
    }

    void emptyPlaintextRoundTrips() {
        for (SecurityControl sc : {SecurityControl::AuthenticatedEncryption,
                                   SecurityControl::AuthenticationOnly, SecurityControl::EncryptionOnly}) {
            Result<QByteArray> frame = Suite0Frame::protect(sc, ek(), ak(), title(), 0, {});
            QVERIFY(frame.ok());
            Result<Suite0Frame::Opened> opened = Suite0Frame::unprotect(sc, ek(), ak(), title(), *frame);
            QVERIFY(opened.ok());
            QVERIFY(opened->plaintext.isEmpty());
        }
    }

    // One byte flipped anywhere in an authenticated frame must be refused.
    void tamperedFrameRejected_data() {
        QTest::addColumn<SecurityControl>("sc");
        QTest::addColumn<int>("offset");
        const int length = Suite0Frame::kHeaderLength + int(apdu().size()) + Suite0Frame::kTagLength;
        for (SecurityControl sc :
             {SecurityControl::AuthenticatedEncryption, SecurityControl::AuthenticationOnly})
            for (int i = 0; i < length; ++i)
                QTest::addRow("SC %02x byte %d", securityControlByte(sc), i) << sc << i;
    }
    void tamperedFrameRejected() {
        QFETCH(SecurityControl, sc);
        QFETCH(int, offset);
        Result<QByteArray> frame = Suite0Frame::protect(sc, ek(), ak(), title(), kIc, apdu());
        QVERIFY(frame.ok());
        QByteArray bad = *frame;
        bad[offset] = char(bad.at(offset) ^ 0x01);
        Result<Suite0Frame::Opened> opened = Suite0Frame::unprotect(sc, ek(), ak(), title(), bad);
        QVERIFY(!opened.ok());
        // The SC byte is checked before the tag: changing it is a protocol error, not a forgery guess.
        QCOMPARE(opened.error().code, offset == 0 ? ErrorCode::InvalidInput : ErrorCode::Crypto);
    }

    void wrongKeysOrTitleRejected() {
        const auto sc = SecurityControl::AuthenticatedEncryption;
        Result<QByteArray> frame = Suite0Frame::protect(sc, ek(), ak(), title(), kIc, apdu());
        QVERIFY(frame.ok());
        const SecureBytes otherKey = secureHex("000102030405060708090A0B0C0D0E0E");
        QCOMPARE(Suite0Frame::unprotect(sc, otherKey, ak(), title(), *frame).error().code, ErrorCode::Crypto);
        QCOMPARE(Suite0Frame::unprotect(sc, ek(), otherKey, title(), *frame).error().code, ErrorCode::Crypto);
        QCOMPARE(Suite0Frame::unprotect(sc, ek(), ak(), hex("4D4D4D0000BC614F"), *frame).error().code,
                 ErrorCode::Crypto);
    }

    void truncatedFrameRejected_data() {
        QTest::addColumn<SecurityControl>("sc");
        QTest::addColumn<int>("length");
        QTest::newRow("0x30 empty") << SecurityControl::AuthenticatedEncryption << 0;
        QTest::newRow("0x30 header only") << SecurityControl::AuthenticatedEncryption << 5;
        QTest::newRow("0x30 header + 11 bytes of tag") << SecurityControl::AuthenticatedEncryption << 16;
        QTest::newRow("0x10 header + 11") << SecurityControl::AuthenticationOnly << 16;
        QTest::newRow("0x20 four bytes") << SecurityControl::EncryptionOnly << 4;
    }
    void truncatedFrameRejected() {
        QFETCH(SecurityControl, sc);
        QFETCH(int, length);
        QByteArray frame =
            QByteArray(1, char(securityControlByte(sc))) + QByteArray(qMax(0, length - 1), '\0');
        frame.truncate(length);
        Result<Suite0Frame::Opened> opened = Suite0Frame::unprotect(sc, ek(), ak(), title(), frame);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
        QVERIFY(opened.error().message.contains(QStringLiteral("truncated")));
    }

    // A frame protected less than the exchange requires is refused before any crypto (no downgrade).
    void wrongSecurityControlRejected() {
        Result<QByteArray> authOnly =
            Suite0Frame::protect(SecurityControl::AuthenticationOnly, ek(), ak(), title(), kIc, apdu());
        QVERIFY(authOnly.ok());
        Result<Suite0Frame::Opened> opened =
            Suite0Frame::unprotect(SecurityControl::AuthenticatedEncryption, ek(), ak(), title(), *authOnly);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::InvalidInput);
        QVERIFY(opened.error().message.contains(QStringLiteral("0x10")));
        QVERIFY(opened.error().message.contains(QStringLiteral("0x30")));

        QByteArray suite1 = *authOnly;
        suite1[0] = char(0x31);
        opened = Suite0Frame::unprotect(SecurityControl::AuthenticationOnly, ek(), ak(), title(), suite1);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QStringLiteral("suite 0")));
    }

    void rejectsBadKeySizesAndTitle() {
        const auto sc = SecurityControl::AuthenticatedEncryption;
        QCOMPARE(Suite0Frame::protect(sc, secureHex("00"), ak(), title(), 0, {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(Suite0Frame::protect(sc, ek(), SecureBytes(32), title(), 0, {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(Suite0Frame::protect(sc, ek(), ak(), hex("4D4D4D"), 0, {}).error().code,
                 ErrorCode::InvalidInput);
    }

    void securityControlParsing_data() {
        QTest::addColumn<int>("byte");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("0x10") << 0x10 << true;
        QTest::newRow("0x20") << 0x20 << true;
        QTest::newRow("0x30") << 0x30 << true;
        QTest::newRow("0x00 no protection") << 0x00 << false;
        QTest::newRow("0x31 suite 1") << 0x31 << false;
        QTest::newRow("0x70 broadcast key") << 0x70 << false;
        QTest::newRow("0xB0 compression") << 0xB0 << false;
    }
    void securityControlParsing() {
        QFETCH(int, byte);
        QFETCH(bool, accepted);
        Result<SecurityControl> sc = parseSecurityControl(std::uint8_t(byte));
        QCOMPARE(sc.ok(), accepted);
        if (accepted)
            QCOMPARE(int(securityControlByte(*sc)), byte);
        else
            QVERIFY(sc.error().message.contains(QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'))));
    }

    // HLS mechanism 5: reply = SC 0x10 ‖ IC ‖ GMAC tag over SC ‖ AK ‖ challenge.
    void hls5ReplyLayoutAndVerification() {
        const QByteArray challenge = hex("503677524A323146");
        Result<QByteArray> reply = Suite0Frame::hls5Reply(ek(), ak(), title(), kIc, challenge);
        QVERIFY(reply.ok());
        Result<GcmSealed> g =
            aesGcmEncrypt(ek(), title() + hex("01234567"), hex("10") + toBytes(ak()) + challenge, {}, 12);
        QVERIFY(g.ok());
        QCOMPARE(reply->toHex(), (hex("1001234567") + g->tag).toHex());
        QVERIFY(Suite0Frame::hls5Verify(ek(), ak(), title(), challenge, *reply).ok());

        QVERIFY(!Suite0Frame::hls5Verify(ek(), ak(), title(), hex("503677524A323147"), *reply).ok());
        QVERIFY(!Suite0Frame::hls5Verify(ek(), ak(), hex("4D4D4D0000BC614F"), challenge, *reply).ok());
        for (int i = 0; i < reply->size(); ++i) {
            QByteArray bad = *reply;
            bad[i] = char(bad.at(i) ^ 0x20);
            QVERIFY2(!Suite0Frame::hls5Verify(ek(), ak(), title(), challenge, bad).ok(),
                     qPrintable(QString::number(i)));
        }
        QCOMPARE(Suite0Frame::hls5Verify(ek(), ak(), title(), challenge, reply->left(16)).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(Suite0Frame::hls5Reply(ek(), ak(), title(), kIc, {}).error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDlmsSuite0)
#include "test_dlms_suite0.moc"
