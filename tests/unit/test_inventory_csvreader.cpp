#include "inventory/CsvReader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using symbolon::inventory::CsvLimits;
using symbolon::inventory::CsvReader;

namespace {

struct Read {
    QList<QList<QByteArray>> records;
    QList<int> lines;
    bool failed = false;
    int errorLine = 0;
    QString message;
};

Read readAll(const QByteArray& bytes, CsvLimits limits = {}) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, limits);
    Read out;
    for (;;) {
        const auto r = reader.readRecord();
        if (!r.ok()) {
            out.failed = true;
            out.errorLine = reader.errorLine();
            out.message = r.error().message;
            return out;
        }
        if (!*r)
            return out;
        QList<QByteArray> fields;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            fields.append(reader.field(i).toByteArray());
        out.records.append(fields);
        out.lines.append(reader.recordLine());
    }
}

QList<QByteArray> row(std::initializer_list<const char*> fields) {
    QList<QByteArray> out;
    for (const char* f : fields)
        out.append(QByteArray(f));
    return out;
}

} // namespace

class TestInventoryCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void simpleLf() {
        const Read r = readAll("a,b,c\n1,2,3\n");
        QVERIFY(!r.failed);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[0], row({"a", "b", "c"}));
        QCOMPARE(r.records[1], row({"1", "2", "3"}));
        QCOMPARE(r.lines, QList<int>({1, 2}));
    }

    void crlfAndNoFinalNewline() {
        const Read r = readAll("a,b\r\n1,2\r\n3,4");
        QVERIFY(!r.failed);
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records[2], row({"3", "4"}));
    }

    void emptyFields() {
        const Read r = readAll(",a,,\n");
        QVERIFY(!r.failed);
        QCOMPARE(r.records.size(), 1);
        QCOMPARE(r.records[0], row({"", "a", "", ""}));
        const Read eof = readAll("a,");
        QCOMPARE(eof.records.value(0), row({"a", ""}));
    }

    void bomSkipped() {
        const Read r = readAll("\xEF\xBB\xBF"
                               "a,b\n");
        QVERIFY(!r.failed);
        QCOMPARE(r.records[0], row({"a", "b"}));
    }

    void quotes() {
        const Read r = readAll("\"a,b\",\"say \"\"hi\"\"\",\"\"\n");
        QVERIFY2(!r.failed, qPrintable(r.message));
        QCOMPARE(r.records[0], row({"a,b", "say \"hi\"", ""}));
    }

    void embeddedNewlineKeepsLineNumbers() {
        const Read r = readAll("h1,h2\n\"line\none\",x\r\n\"two\r\nlines\",y\nlast,z\n");
        QVERIFY2(!r.failed, qPrintable(r.message));
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records[1], row({"line\none", "x"}));
        QCOMPARE(r.records[2], row({"two\r\nlines", "y"}));
        QCOMPARE(r.lines, QList<int>({1, 2, 4, 6}));
    }

    void blankLinesSkipped() {
        const Read r = readAll("a\n\n\r\nb\n\n");
        QVERIFY(!r.failed);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.lines, QList<int>({1, 4}));
        // A quoted empty field is a record, not a blank line.
        QCOMPARE(readAll("\"\"\n").records.size(), 1);
    }

    void emptyInput() {
        QVERIFY(readAll(QByteArray()).records.isEmpty());
        QVERIFY(!readAll(QByteArray()).failed);
        QVERIFY(readAll("\xEF\xBB\xBF").records.isEmpty());
    }

    void unterminatedQuote() {
        const Read r = readAll("a,b\nc,\"open\nmore\nstill open");
        QVERIFY(r.failed);
        QCOMPARE(r.errorLine, 2);
        QVERIFY(r.message.contains(QStringLiteral("not closed")));
    }

    void strictQuoting_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("quote in unquoted") << QByteArray("a,b\nx\"y,z\n") << 2;
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\n") << 1;
        QTest::newRow("lone CR") << QByteArray("a\rb\n") << 1;
        QTest::newRow("CR at end") << QByteArray("a,b\r") << 1;
    }
    void strictQuoting() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        const Read r = readAll(bytes);
        QVERIFY(r.failed);
        QCOMPARE(r.errorLine, line);
    }

    void invalidUtf8_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::newRow("latin-1 e-acute") << QByteArray("a,b\nc,caf\xE9\n") << 2;
        QTest::newRow("lone continuation") << QByteArray("\x80\n") << 1;
        QTest::newRow("overlong slash") << QByteArray("ok\nok\n\xC0\xAF\n") << 3;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80\n") << 1;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80\n") << 1;
        QTest::newRow("truncated at end") << QByteArray("abc\xE2\x82") << 1;
        QTest::newRow("split by a comma") << QByteArray("\xC3,\xA9\n") << 1;
        QTest::newRow("inside quoted, after newline") << QByteArray("x\n\"a\nb\xFF\"\n") << 3;
    }
    void invalidUtf8() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        const Read r = readAll(bytes);
        QVERIFY(r.failed);
        QCOMPARE(r.errorLine, line);
        QVERIFY(r.message.contains(QStringLiteral("UTF-8")));
    }

    void validUtf8() {
        const Read r = readAll("caf\xC3\xA9,\xE2\x82\xAC,\xF0\x9F\x94\x91\n");
        QVERIFY2(!r.failed, qPrintable(r.message));
        QCOMPARE(r.records[0].size(), 3);
    }

    void oversizedField() {
        CsvLimits limits;
        limits.maxFieldBytes = 16;
        QVERIFY(!readAll("0123456789abcdef,x\n", limits).failed);
        const Read r = readAll("ok\n0123456789abcdefg,x\n", limits);
        QVERIFY(r.failed);
        QCOMPARE(r.errorLine, 2);
        QVERIFY(r.message.contains(QStringLiteral("16 bytes")));
        // Quoted, with "" escapes counted after unescaping.
        QVERIFY(readAll("\"0123456789abcdef\"\"\"\n", limits).failed);
    }

    void oversizedLine() {
        CsvLimits limits;
        limits.maxLineBytes = 32;
        QVERIFY(!readAll("aaaaaaaa,bbbbbbbb,cccccccc,dddd\n", limits).failed);
        const Read r = readAll("x\naaaaaaaa,bbbbbbbb,cccccccc,ddddd,e\n", limits);
        QVERIFY(r.failed);
        QCOMPARE(r.errorLine, 2);
        // An open quote cannot swallow the rest of a large file.
        QVERIFY(readAll("\"" + QByteArray(1000, '\n'), limits).failed);
    }

    void defaultFieldCapIs4KiB() {
        QVERIFY(!readAll(QByteArray(4096, 'x') + "\n").failed);
        QVERIFY(readAll(QByteArray(4097, 'x') + "\n").failed);
    }

    void recordsAcrossChunkBoundaries() {
        // Far more than one read chunk, with quotes and CRLF landing at every offset.
        QByteArray bytes;
        int n = 0;
        while (bytes.size() < 700 * 1024) {
            bytes += "\"q,\"\"" + QByteArray::number(n) + "\"\"\"," + QByteArray::number(n) + "\r\n";
            ++n;
        }
        const Read r = readAll(bytes);
        QVERIFY2(!r.failed, qPrintable(r.message));
        QCOMPARE(r.records.size(), n);
        QCOMPARE(r.records.last(),
                 QList<QByteArray>({"q,\"" + QByteArray::number(n - 1) + "\"", QByteArray::number(n - 1)}));
        QCOMPARE(r.lines.last(), n);
    }

    void hashesEveryByte() {
        const QByteArray bytes = "\xEF\xBB\xBF"
                                 "a,b\n1,2\n";
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        reader.setByteObserver([&hash](QByteArrayView b) { hash.addData(b); });
        while (true) {
            const auto r = reader.readRecord();
            QVERIFY(r.ok());
            if (!*r)
                break;
        }
        QCOMPARE(hash.result(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }

    void errorIsSticky() {
        QBuffer buffer;
        buffer.setData("\"a\"b\nc\n");
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer);
        QVERIFY(!reader.readRecord().ok());
        QVERIFY(!reader.readRecord().ok());
    }
};

QTEST_GUILESS_MAIN(TestInventoryCsvReader)
#include "test_inventory_csvreader.moc"
