// The re-key's file readers without a workspace: signed JSON Lines structure (instruction
// batches, key exports), DCO confirmation lines, device lists and key kinds. Regression inputs
// found by tests/fuzz live here too.
#include "rekey/Confirmation.h"
#include "rekey/InstructionBatch.h"
#include "rekey/RekeyKinds.h"
#include "rekey/RekeyRequest.h"
#include "rekey/SignedJsonLines.h"

#include <QTest>

using namespace symbolon;
using namespace symbolon::rekey;

class TestRekeyDocuments : public QObject {
    Q_OBJECT
    static QByteArray doc(const QByteArray& header, const QByteArray& records) {
        return header + '\n' + records + QByteArrayLiteral("{\"signature\":\"AAAA\",\"signer\":\"ab\"}\n");
    }
private Q_SLOTS:
    void structureOnly() {
        auto p = SignedJsonLines::parse(doc(QByteArrayLiteral("{\"format\":\"symbolon-rekey-instructions\"}"),
                                            QByteArrayLiteral("{\"device_id\":\"00DB1200D9E2B1A5\"}\n")),
                                        InstructionBatch::format(), QByteArray());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->records.size(), 1);
        QCOMPARE(p->signer, QStringLiteral("ab"));
    }
    // Found by fuzz_rekey_documents: a blank first line used to skip the header check entirely.
    void aBlankLineIsRefusedNamingIt_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("leading blank line")
            << QByteArray("\n" + doc(QByteArrayLiteral("{\"format\":\"symbolon-rekey-instructions\"}"), {}))
            << QStringLiteral("Line 1 is empty");
        QTest::newRow("blank line between records")
            << doc(QByteArrayLiteral("{\"format\":\"symbolon-rekey-instructions\"}"),
                   QByteArrayLiteral("{}\n\n{}\n"))
            << QStringLiteral("Line 3 is empty");
        QTest::newRow("wrong format")
            << doc(QByteArrayLiteral("{\"format\":\"symbolon-key-export\"}"), {})
            << QStringLiteral("Line 1: the header's \"format\" is \"symbolon-key-export\"");
        QTest::newRow("no signature line")
            << QByteArrayLiteral("{\"format\":\"symbolon-rekey-instructions\"}\n{}\n")
            << QStringLiteral("expected the signature line");
        QTest::newRow("repeated key in a record")
            << doc(QByteArrayLiteral("{\"format\":\"symbolon-rekey-instructions\"}"),
                   QByteArrayLiteral(
                       "{\"device_id\":\"00DB1200D9E2B1A5\",\"device_id\":\"00DB12B01293CCD9\"}\n"))
            << QStringLiteral("Line 2: the key \"device_id\" appears twice in one object");
        QTest::newRow("repeated key in the header")
            << doc(QByteArrayLiteral("{\"format\":\"x\",\"format\":\"symbolon-rekey-instructions\"}"), {})
            << QStringLiteral("Line 1: the key \"format\" appears twice in one object");
        QTest::newRow("repeated key in the signature line")
            << QByteArrayLiteral("{\"format\":\"symbolon-rekey-instructions\"}\n{}\n"
                                 "{\"signature\":\"AAAA\",\"signer\":\"ab\",\"signer\":\"cd\"}\n")
            << QStringLiteral("Line 3: the key \"signer\" appears twice in one object");
        QTest::newRow("truncated") << QByteArrayLiteral("{\"format\":\"symbolon-rekey-instructions\"}\n{")
                                   << QStringLiteral("does not end with a newline");
    }
    void aBlankLineIsRefusedNamingIt() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        auto p = SignedJsonLines::parse(content, InstructionBatch::format(), QByteArray());
        QVERIFY(!p);
        QVERIFY2(p.error().message.contains(expected), qPrintable(p.error().message));
    }
    void confirmationLines() {
        auto ok = Confirmation::parse(QByteArrayLiteral("\xEF\xBB\xBF{\"run\":2,\"device_id\":\"00-db-12-00-"
                                                        "d9-e2-b1-a5\",\"result\":\"success\"}\r\n\n"));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->size(), 1);
        QCOMPARE(ok->first().deviceId, QStringLiteral("00DB1200D9E2B1A5"));
        auto dup = Confirmation::parse(
            QByteArrayLiteral("{\"run\":1,\"device_id\":\"00DB1200D9E2B1A5\",\"result\":\"success\"}\n"
                              "{\"run\":1,\"device_id\":\"00DB1200D9E2B1A5\",\"result\":\"success\"}\n"));
        QVERIFY(!dup);
        QVERIFY2(dup.error().message.contains(QStringLiteral("line 2")) &&
                     dup.error().message.contains(QStringLiteral("line 1")),
                 qPrintable(dup.error().message));
        // Issue #16: a repeated key is refused, not read as its last value (this line used to
        // confirm the device).
        auto twice =
            Confirmation::parse(QByteArrayLiteral("{\"run\":1,\"device_id\":\"00DB1200D9E2B1A5\",\"result\":"
                                                  "\"failure\",\"result\":\"success\"}\n"));
        QVERIFY(!twice);
        QCOMPARE(
            twice.error().message,
            QStringLiteral("Confirmation file, line 1: the key \"result\" appears twice in one object; a "
                           "document whose keys repeat can be read two ways, so it is refused. Nothing "
                           "was changed."));
        auto frac = Confirmation::parse(
            QByteArrayLiteral("{\"run\":1.5,\"device_id\":\"00DB1200D9E2B1A5\",\"result\":\"success\"}\n"));
        QVERIFY(!frac);
        QVERIFY(frac.error().message.contains(QStringLiteral("\"run\"")));
    }
    void deviceLists() {
        auto ids =
            parseDeviceList(QByteArrayLiteral("# incident 7\n\n00-db-12-00-d9-e2-b1-a5\n00DB12B01293CCD9\n"));
        QVERIFY(ids);
        QCOMPARE(*ids, (QStringList{QStringLiteral("00DB1200D9E2B1A5"), QStringLiteral("00DB12B01293CCD9")}));
        auto twice = parseDeviceList(QByteArrayLiteral("00DB1200D9E2B1A5\n00db1200d9e2b1a5\n"));
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QStringLiteral("line 2")), qPrintable(twice.error().message));
        QVERIFY(!parseDeviceList(QByteArrayLiteral("# nothing\n")));
    }
    void keyKinds() {
        QCOMPARE(RekeyKinds::parse(QStringLiteral("ak, guek"))->code(), QStringLiteral("AK+GUEK"));
        QCOMPARE(RekeyKinds::parse(QStringLiteral("all"))->keysPerDevice(), 9);
        QCOMPARE(RekeyKinds::parse(QStringLiteral("MK"))->keysPerDevice(), 1);
        QVERIFY(!RekeyKinds::parse(QStringLiteral("")));
        auto bad = RekeyKinds::parse(QStringLiteral("AK,DEK"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("\"DEK\"")));
        // The MK is transferred last: the device unwraps everything else under its current MK.
        const RekeyKinds all{true, true, true};
        QCOMPARE(all.slots().constLast().kind, QStringLiteral("MK"));
    }
};

QTEST_GUILESS_MAIN(TestRekeyDocuments)
#include "test_rekey_documents.moc"
