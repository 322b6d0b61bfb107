// JSON read one way (issue #16): a name repeated within one object is found after unescaping,
// wherever the object stands; the same name in two different objects, or inside a string, is
// not a repeat. RFC 8259 §4 leaves the meaning of repeated names to each reader, so Symbolon
// refuses them instead of keeping QJsonDocument's last one.
#include "common/StrictJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace symbolon;

class TestCommonStrictJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void duplicates_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key"); // empty: none
        QTest::addColumn<int>("offset");
        QTest::newRow("none") << QByteArray("{\"a\":1,\"b\":{\"a\":2},\"c\":[{\"a\":3},{\"a\":4}]}")
                              << QString() << -1;
        QTest::newRow("top level") << QByteArray("{\"result\":\"failure\",\"result\":\"success\"}")
                                   << QStringLiteral("result") << 20;
        QTest::newRow("nested") << QByteArray("{\"a\":{\"x\":1,\"y\":2,\"x\":3}}") << QStringLiteral("x")
                                << 18;
        QTest::newRow("in an array") << QByteArray("[{\"k\":1},{\"k\":2,\"k\":3}]") << QStringLiteral("k")
                                     << 16;
        QTest::newRow("escaped spelling")
            << QByteArray("{\"key_kcv\":\"A\",\"key\\u005fkcv\":\"B\"}") << QStringLiteral("key_kcv") << 15;
        QTest::newRow("escaped quote in a name")
            << QByteArray("{\"a\\\"b\":1,\"a\\\"b\":2}") << QStringLiteral("a\"b") << 10;
        QTest::newRow("surrogate pair")
            << QByteArray("{\"\\ud83d\\ude00\":1,\"😀\":2}") << QString::fromUtf8("😀") << 18;
        QTest::newRow("names inside strings are values")
            << QByteArray("{\"a\":\"{\\\"a\\\":1}\",\"b\":\"\\\"a\\\":\"}") << QString() << -1;
        QTest::newRow("value equal to a name") << QByteArray("{\"a\":\"a\",\"b\":\"a\"}") << QString() << -1;
        QTest::newRow("after a closed object")
            << QByteArray("{\"o\":{\"p\":1},\"p\":2,\"o\":3}") << QStringLiteral("o") << 19;
        QTest::newRow("whitespace") << QByteArray("{ \"a\" : 1 ,\n  \"a\" : 2 }") << QStringLiteral("a")
                                    << 14;
    }
    void duplicates() {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        QFETCH(int, offset);
        QVERIFY(!QJsonDocument::fromJson(text).isNull()); // valid JSON: the precondition
        const json::Duplicate d = json::findDuplicateKey(text);
        QCOMPARE(d.key, key);
        QCOMPARE(d.offset, qsizetype(offset));
        QCOMPARE(d.found(), offset >= 0);
    }
    // A key with control characters is named without them (the message reaches terminals).
    void controlCharactersInTheNamedKey() {
        const json::Duplicate d = json::findDuplicateKey("{\"\\u001b[2J\":1,\"\\u001b[2J\":2}");
        QVERIFY(d.found());
        const QString m = json::duplicateKeyMessage(d);
        QVERIFY(!m.contains(QChar(0x1b)));
        QVERIFY(m.contains(QStringLiteral("\uFFFD[2J")));
    }
};

QTEST_GUILESS_MAIN(TestCommonStrictJson)
#include "test_common_strictjson.moc"
