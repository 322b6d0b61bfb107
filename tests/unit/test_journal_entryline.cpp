// journal.jsonl lines (docs/evidence-pack.md): EntryLine::decodeSimple, the evidence-pack
// verifier's shortcut, decodes exactly what QJsonDocument decodes, and declines every line outside
// its simple form (which then takes the QJsonDocument path and its messages).
#include "journal/EntryLine.h"

#include <QJsonDocument>
#include <QtTest>

using namespace symbolon::journal;

namespace {
const QByteArray kHash = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF";

QByteArray exportedLine() {
    // As EvidencePack::write writes an entry: compact, keys sorted.
    const QJsonObject o{{QStringLiteral("seq"), 42},
                        {QStringLiteral("time"), QStringLiteral("2026-11-24T06:33:19.259Z")},
                        {QStringLiteral("actor"), QStringLiteral("Alice Hughes [card 3b20492d]")},
                        {QStringLiteral("role"), QStringLiteral("custodian")},
                        {QStringLiteral("action"), QStringLiteral("rekey.chunk")},
                        {QStringLiteral("target"), QStringLiteral("00DB01..00DB09")},
                        {QStringLiteral("details_json"),
                         QStringLiteral("{\"a\":\"x\\\\y/z\",\"b\":[1,2],\"tab\":\"\t\",\"nl\":\"\n\"}")},
                        {QStringLiteral("prev_hash"), QString::fromLatin1(kHash)},
                        {QStringLiteral("hash"), QString::fromLatin1(kHash.toLower())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void compareWithQJsonDocument(const QByteArray& line) {
    JournalEntry fast;
    QVERIFY2(EntryLine::decodeSimple(line, fast), line.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(line);
    QVERIFY(doc.isObject());
    const JournalEntry slow = EntryLine::fromJson(doc.object());
    QCOMPARE(fast.seq, slow.seq);
    QCOMPARE(fast.timeStored, slow.timeStored);
    QCOMPARE(fast.actor, slow.actor);
    QCOMPARE(fast.role, slow.role);
    QCOMPARE(fast.action, slow.action);
    QCOMPARE(fast.target, slow.target);
    QCOMPARE(fast.detailsJson, slow.detailsJson);
    QCOMPARE(fast.prevHash, slow.prevHash);
    QCOMPARE(fast.hash, slow.hash);
}
} // namespace

class TestJournalEntryLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesWhatExportWrites() {
        const QByteArray line = exportedLine();
        compareWithQJsonDocument(line);
        JournalEntry e;
        QVERIFY(EntryLine::decodeSimple(line, e));
        QCOMPARE(e.seq, 42);
        QCOMPARE(e.prevHash.size(), 32);
        QCOMPARE(e.prevHash, e.hash);
        QVERIFY(e.detailsJson.contains("x\\\\y/z")); // the JSON text keeps its escaped backslash
        QVERIFY(e.detailsJson.contains('\t'));
    }

    void anyKeyOrderAndEveryEscape() {
        compareWithQJsonDocument(
            "{\"hash\":\"" + kHash +
            "\",\"seq\":7,\"time\":\"2026-11-24T06:33:19.259Z\",\"actor\":\"a\\\"b\\/c\","
            "\"role\":\"r\\b\\f\\n\\r\\t\",\"action\":\"\",\"target\":\"t\",\"details_json\":\"{}\","
            "\"prev_hash\":\"" +
            kHash + "\"}");
        // Hex that is not 64 clean digits: decoded as QByteArray::fromHex decodes it.
        compareWithQJsonDocument("{\"hash\":\"0g11\",\"seq\":0,\"time\":\"\",\"actor\":\"\",\"role\":\"\","
                                 "\"action\":\"\",\"target\":\"\",\"details_json\":\"\",\"prev_hash\":\"" +
                                 kHash.left(62) + "zz\"}");
    }

    void declinesLinesOutsideTheSimpleForm_data() {
        QTest::addColumn<QByteArray>("line");
        const QByteArray good = exportedLine();
        auto with = [&](const QByteArray& from, const QByteArray& to) {
            QByteArray l = good;
            return l.replace(from, to);
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1]");
        QTest::newRow("space after brace") << QByteArray("{ ") + good.mid(1);
        QTest::newRow("space after colon") << with("\"seq\":42", "\"seq\": 42");
        QTest::newRow("trailing text") << good + "x";
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("unicode escape") << with("rekey.chunk", "rekey\\u002echunk");
        QTest::newRow("non-ASCII") << with("Alice", "Al\xc3\xaf"
                                                    "ce");
        QTest::newRow("unknown escape") << with("rekey.chunk", "rekey\\achunk");
        QTest::newRow("raw control character") << with("rekey.chunk", "rekey\x01chunk");
        QTest::newRow("seq as string") << with("\"seq\":42", "\"seq\":\"42\"");
        QTest::newRow("seq negative") << with("\"seq\":42", "\"seq\":-42");
        QTest::newRow("seq fraction") << with("\"seq\":42", "\"seq\":42.0");
        QTest::newRow("seq leading zero") << with("\"seq\":42", "\"seq\":042");
        QTest::newRow("seq 16 digits") << with("\"seq\":42", "\"seq\":1000000000000000");
        QTest::newRow("role as number") << with("\"role\":\"custodian\"", "\"role\":1");
        QTest::newRow("role null") << with("\"role\":\"custodian\"", "\"role\":null");
        QTest::newRow("unknown key") << with("\"role\":", "\"rolle\":");
        QTest::newRow("missing key") << with("\"role\":\"custodian\",", "");
        QTest::newRow("duplicate key") << with("\"role\":\"custodian\"", "\"seq\":42");
        QTest::newRow("tenth key") << with("{", "{\"extra\":\"x\",");
    }
    void declinesLinesOutsideTheSimpleForm() {
        QFETCH(QByteArray, line);
        JournalEntry e;
        QVERIFY(!EntryLine::decodeSimple(line, e));
    }
};

QTEST_GUILESS_MAIN(TestJournalEntryLine)
#include "test_journal_entryline.moc"
