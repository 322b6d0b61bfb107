#include "inventory/InventoryParser.h"
#include "inventory/InventoryRowReader.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace symbolon;
using namespace symbolon::inventory;

namespace {

const QByteArray kHeader =
    "device_id,device_type,cohort,s1sp,manufacturer,model,commissioned_at,category,system_title";
const QByteArray kKeyHeader =
    ",mk,ak_data_collection,ak_extended_data_collection,ak_management,ak_firmware,"
    "guek_data_collection,guek_extended_data_collection,guek_management,guek_firmware";
const QList<QByteArray> kGoodCells = {"00DB1234567890A0",
                                      "ESME",
                                      "IOC",
                                      "Northgate S1SP",
                                      "Ashdown Metering",
                                      "AE-210",
                                      "2024-03-01T09:30:00Z",
                                      "",
                                      "534D4C0102030405"};
const QByteArray kWrapped = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";       // 24 bytes of hex
const QByteArray kSecretLooking = "DEADBEEFDEADBEEFDEADBEEFDEADBEEFDEADBEEFDEADBEEZ"; // 48 chars, one bad

QDateTime now() {
    return QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
}

QByteArray row(const QList<QByteArray>& cells) {
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i)
        out += (i ? "," : "") + cells[i];
    return out + "\n";
}

QByteArray goodRowWith(int column, const QByteArray& value) {
    QList<QByteArray> cells = kGoodCells;
    cells[column] = value;
    return row(cells);
}

QList<QByteArray> keyCells(const QByteArray& v) {
    return QList<QByteArray>(9, v);
}

QString allErrorText(const InventoryParseResult& r) {
    QStringList out;
    for (const ParseError& e : r.errors())
        out << e.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestInventoryParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodFile() {
        const QByteArray bytes = "\xEF\xBB\xBF" + kHeader + "\r\n" + row(kGoodCells) +
                                 "00-db-12-34-56-78-90-a1,chf,FOC,Tamar S1SP,\"Fenwick, Comms\",FCH-100,"
                                 "2024-03-01T10:30:00+01:00,1,534d4c0102030406\r\n"
                                 "\n"
                                 "00DB1234567890A2,GPF,foc,Tamar S1SP,Fenwick Comms,FCH-100,"
                                 "2024-03-01T04:30:00.250-0500,2,534D4C0102030407";
        const auto r = parseInventory(bytes, now());
        QVERIFY2(r.ok(), qPrintable(allErrorText(r)));
        QCOMPARE(r->records.size(), 3);
        QVERIFY(!r->hasKeyColumns);
        QCOMPARE(r->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));

        const InventoryRecord& a = r->records[0];
        QCOMPARE(a.deviceId.value(), Q_UINT64_C(0x00DB1234567890A0));
        QCOMPARE(a.deviceType, policy::DeviceType::ESME);
        QCOMPARE(a.cohort, policy::Cohort::IOC);
        QCOMPARE(a.s1sp, QStringLiteral("Northgate S1SP"));
        QCOMPARE(a.commissionedAt, QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC));
        QCOMPARE(a.category, std::nullopt);
        QCOMPARE(a.systemTitle, QByteArray::fromHex("534D4C0102030405"));
        QVERIFY(!a.hasKeys());
        QCOMPARE(a.sourceLine, 2);

        const InventoryRecord& b = r->records[1];
        QCOMPARE(b.deviceType, policy::DeviceType::CHF);
        QCOMPARE(b.cohort, policy::Cohort::FOC);
        QCOMPARE(b.manufacturer, QStringLiteral("Fenwick, Comms"));
        QCOMPARE(b.commissionedAt, a.commissionedAt); // +01:00 converted to UTC
        QCOMPARE(b.category, std::optional<int>(1));

        const InventoryRecord& c = r->records[2];
        QCOMPARE(c.sourceLine, 5); // the blank line 4 is skipped but counted
        QCOMPARE(c.commissionedAt, QDateTime(QDate(2024, 3, 1), QTime(9, 30, 0, 250), Qt::UTC));
        QCOMPARE(c.category, std::optional<int>(2));
    }

    void goodFileWithKeys() {
        QList<QByteArray> filled = kGoodCells + keyCells(kWrapped);
        QList<QByteArray> empty = kGoodCells + keyCells(QByteArray());
        empty[0] = "00DB1234567890A1";
        filled[10] = kWrapped.toLower(); // ak_data_collection: case does not matter
        const auto r = parseInventory(kHeader + kKeyHeader + "\n" + row(filled) + row(empty), now());
        QVERIFY2(r.ok(), qPrintable(allErrorText(r)));
        QVERIFY(r->hasKeyColumns);
        QCOMPARE(r->records[0].mk, QByteArray::fromHex(kWrapped));
        QCOMPARE(r->records[0].ak[0], QByteArray::fromHex(kWrapped));
        QCOMPARE(r->records[0].guek[3], QByteArray::fromHex(kWrapped));
        QVERIFY(r->records[0].hasKeys());
        QVERIFY(!r->records[1].hasKeys());
        QVERIFY(r->records[1].ak[2].isEmpty());
    }

    void headerInAnyOrderAndCase() {
        const QByteArray bytes =
            " System_Title ,category,COMMISSIONED_AT,model,manufacturer,s1sp,cohort,device_type,"
            "device_id\n534D4C0102030405,,2024-03-01T09:30:00Z,AE-210,Ashdown,Northgate,IOC,"
            "ESME,00DB1234567890A0\n";
        const auto r = parseInventory(bytes, now());
        QVERIFY2(r.ok(), qPrintable(allErrorText(r)));
        QCOMPARE(r->records[0].model, QStringLiteral("AE-210"));
    }

    void badValue_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expected");

        const auto add = [](const char* name, int index, const QByteArray& value, const char* column,
                            const char* expected) {
            QTest::newRow(name) << index << value << QString::fromLatin1(column)
                                << QString::fromUtf8(expected);
        };
        add("id short", 0, "00DB12345678", "device_id", "16 hex digits");
        add("id non-hex", 0, "00DB1234567890AZ", "device_id", "16 hex digits");
        add("id empty", 0, "", "device_id", "16 hex digits");
        add("type unknown", 1, "METER", "device_type", "CHF, ESME, GSME, GPF or PPMID");
        add("type empty", 1, "", "device_type", "CHF, ESME");
        add("cohort unknown", 2, "XOC", "cohort", "IOC or FOC");
        add("s1sp empty", 3, "", "s1sp", "1 to 64 printable");
        add("s1sp too long", 3, QByteArray(65, 'x'), "s1sp", "1 to 64 printable");
        add("manufacturer control char", 4,
            "Ash\x01"
            "down",
            "manufacturer", "printable");
        add("manufacturer line separator", 4,
            "Ash\xE2\x80\xA8"
            "down",
            "manufacturer", "printable");
        add("model empty", 5, "", "model", "1 to 64 printable");
        add("date only", 6, "2024-03-01", "commissioned_at", "time zone");
        add("no zone", 6, "2024-03-01T09:30:00", "commissioned_at", "time zone");
        add("30 February", 6, "2024-02-30T09:30:00Z", "commissioned_at", "time zone");
        add("hour 24", 6, "2024-03-01T24:00:00Z", "commissioned_at", "time zone");
        add("space separator", 6, "2024-03-01 09:30:00Z", "commissioned_at", "time zone");
        add("garbage zone", 6, "2024-03-01T09:30:00Q", "commissioned_at", "time zone");
        add("trailing junk", 6, "2024-03-01T09:30:00Zx", "commissioned_at", "time zone");
        add("before 2009", 6, "2008-12-31T23:59:59Z", "commissioned_at", "on or after 2009-01-01");
        add("offset pushes before 2009", 6, "2009-01-01T00:30:00+01:00", "commissioned_at",
            "on or after 2009");
        add("future", 6, "2025-06-01T12:10:01Z", "commissioned_at", "not in the future");
        add("category 3", 7, "3", "category", "empty, 1 or 2");
        add("category 01", 7, "01", "category", "empty, 1 or 2");
        add("category spaced", 7, " 1", "category", "empty, 1 or 2");
        add("title short", 8, "534D4C01020304", "system_title", "16 hex digits");
        add("title non-hex", 8, "534D4C010203040G", "system_title", "16 hex digits");
        add("title empty", 8, "", "system_title", "16 hex digits");
    }
    void badValue() {
        QFETCH(int, index);
        QFETCH(QByteArray, value);
        QFETCH(QString, column);
        QFETCH(QString, expected);
        const auto r =
            parseInventory(kHeader + "\n" + row(kGoodCells) +
                               goodRowWith(index, value).replace("90A0", index == 0 ? "90A0" : "90A1"),
                           now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 1);
        const ParseError& e = r.errors().first();
        QCOMPARE(e.line, 3);
        QCOMPARE(e.column, column);
        QVERIFY2(e.expected.contains(expected), qPrintable(e.expected));
        if (!value.isEmpty() && value.size() <= 40 && !value.contains('\x01') && !value.contains('\xE2'))
            QCOMPARE(e.value, QString::fromUtf8(value));
    }

    void clockSkewAllowed() {
        const auto r = parseInventory(kHeader + "\n" + goodRowWith(6, "2025-06-01T12:09:59Z"), now());
        QVERIFY2(r.ok(), qPrintable(allErrorText(r)));
    }

    void longValueTruncatedWhenShown() {
        const auto r = parseInventory(kHeader + "\n" + goodRowWith(3, QByteArray(500, 'y')), now());
        QVERIFY(!r.ok());
        QVERIFY(r.errors().first().value.size() <= 41);
        QVERIFY(r.errors().first().value.endsWith(QChar(0x2026)));
    }

    void mocRefusedWithPolicyReason() {
        const auto r = parseInventory(kHeader + "\n" + goodRowWith(2, "MOC"), now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 1);
        QCOMPARE(r.errors()[0].column, QStringLiteral("cohort"));
        const auto policyRefusal = policy::parseCohort(QStringLiteral("MOC"));
        QVERIFY(!policyRefusal.ok());
        QVERIFY2(r.errors()[0].expected.contains(policyRefusal.error().message),
                 qPrintable(r.errors()[0].expected));
        QVERIFY(r.errors()[0].expected.contains(QStringLiteral("out of scope")));
    }

    void keyValuesNeverEchoed() {
        QList<QByteArray> badHex = kGoodCells + keyCells(kWrapped);
        badHex[9] = kSecretLooking;     // mk: bad hex
        badHex[14] = kWrapped.left(46); // guek_data_collection: too short
        QList<QByteArray> partial = kGoodCells + keyCells(QByteArray());
        partial[0] = "00DB1234567890A1";
        partial[11] = kWrapped; // only ak_extended_data_collection
        const auto r = parseInventory(kHeader + kKeyHeader + "\n" + row(badHex) + row(partial), now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 3);
        QCOMPARE(r.errors()[0].column, QStringLiteral("mk"));
        QCOMPARE(r.errors()[0].value, QStringLiteral("(key material not shown)"));
        QVERIFY(r.errors()[0].expected.contains(QStringLiteral("48 hex digits")));
        QCOMPARE(r.errors()[1].column, QStringLiteral("guek_data_collection"));
        QCOMPARE(r.errors()[2].line, 3);
        QCOMPARE(r.errors()[2].column, QStringLiteral("mk")); // the first empty one
        QVERIFY(r.errors()[2].expected.contains(QStringLiteral("1 of 9")));
        const QString everything = allErrorText(r) + r.summary().message;
        for (const QByteArray& secret :
             {kSecretLooking, kWrapped, kWrapped.left(46), QByteArray("DEADBEEF"), QByteArray("0123456789")})
            QVERIFY2(!everything.contains(QString::fromLatin1(secret), Qt::CaseInsensitive),
                     qPrintable(everything));
    }

    void duplicateIdNamesBothLines() {
        QList<QByteArray> second = kGoodCells;
        second[0] = "00DB1234567890A1";
        QList<QByteArray> again = kGoodCells;
        again[0] = "00-db-12-34-56-78-90-a0"; // same id, other spelling
        const auto r = parseInventory(kHeader + "\n" + row(kGoodCells) + row(second) + row(again), now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 1);
        QCOMPARE(r.errors()[0].line, 4);
        QCOMPARE(r.errors()[0].column, QStringLiteral("device_id"));
        QVERIFY(r.errors()[0].expected.contains(QStringLiteral("line 2")));
    }

    // Issue #21: what the look-alike check remembers is bounded. A column with more distinct
    // names than any inventory has is a problem on the row that brings the first one too many.
    void distinctNamesPerColumnAreBounded() {
        constexpr int kMax = InventoryRowReader::kMaxDistinctNames;
        QByteArray bytes = kHeader + "\n";
        for (int i = 0; i <= kMax; ++i) {
            QList<QByteArray> cells = kGoodCells;
            cells[0] = QByteArray::number(Q_UINT64_C(0x00DB000000000000) + static_cast<quint64>(i), 16)
                           .rightJustified(16, '0');
            cells[5] = "Model " + QByteArray::number(i);
            bytes += row(cells);
        }
        const auto r = parseInventory(bytes, now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 1);
        QCOMPARE(r.errors()[0].line, kMax + 2); // header, then kMax good rows
        QCOMPARE(r.errors()[0].column, QStringLiteral("model"));
        QVERIFY2(r.errors()[0].expected.contains(QStringLiteral("different names in this column")),
                 qPrintable(r.errors()[0].expected));
    }

    // Look-alike names (issue #16, Unicode TR 39 through ICU): refused on the row that brings
    // them, naming the name they imitate; honest non-ASCII names pass.
    void lookAlikeNames_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<QByteArray>("second"); // the value of the second row (the first is kGoodCells)
        QTest::addColumn<QString>("expected");  // empty: accepted
        QTest::newRow("Cyrillic Т and а in a Latin name")
            << 3 << QByteArray("\xD0\xA2\xD0\xB0mar S1SP")
            << QStringLiteral(
                   "text in one writing system (this name mixes Cyrillic, Latin: letters of different "
                   "scripts can look alike)");
        QTest::newRow("1 for l: looks like the first row's S1SP")
            << 3 << QByteArray("Northgate SlSP")
            << QStringLiteral("a name unlike “Northgate S1SP” (line 2): the two look alike but are different "
                              "characters");
        QTest::newRow("rn for m in a manufacturer")
            << 4 << QByteArray("Ashdown Meterinq") << QString(); // q is not g: a different name, allowed
        QTest::newRow("Greek omicron in a model")
            << 5 << QByteArray("AE-21\xCE\x9F")
            << QStringLiteral(
                   "text in one writing system (this name mixes Latin, Greek: letters of different "
                   "scripts can look alike)");
        QTest::newRow("a with 63 combining accents")
            << 3 << "a" + QByteArray("\xCC\x81").repeated(63)
            << QStringLiteral("text with at most 3 different accents on one letter (stacked accents can hide "
                              "what a name says)");
        QTest::newRow("the same accent twice")
            << 4 << QByteArray("Ashdown Me\xCC\x81\xCC\x81tering")
            << QStringLiteral("text with at most 3 different accents on one "
                              "letter (stacked accents can hide what a name "
                              "says)");
        QTest::newRow("Welsh: Ynys Môn") << 3 << QByteArray("Ynys M\xC3\xB4n S1SP") << QString();
        QTest::newRow("a Cyrillic name in one script")
            << 4 << QByteArray("\xD0\x9C\xD0\xB8\xD1\x80") << QString();
        QTest::newRow("Japanese with Latin (highly restrictive allows it)")
            << 5 << QByteArray("AE-210 \xE3\x83\xA1\xE3\x83\xBC\xE3\x82\xBF") << QString();
    }
    void lookAlikeNames() {
        QFETCH(int, column);
        QFETCH(QByteArray, second);
        QFETCH(QString, expected);
        QList<QByteArray> cells = kGoodCells;
        cells[0] = "00DB1234567890A1";
        cells[8] = "534D4C0102030406";
        cells[column] = second;
        const auto r = parseInventory(kHeader + "\n" + row(kGoodCells) + row(cells), now());
        if (expected.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(allErrorText(r)));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 1);
        QCOMPARE(r.errors()[0].line, 3);
        QCOMPARE(r.errors()[0].expected, expected);
    }
    // A name already in the workspace counts as the first row.
    void lookAlikeOfANameInTheWorkspace() {
        InventoryParseOptions o;
        o.existingS1sps = {QStringLiteral("Tamar S1SP")};
        const auto r = parseInventory(kHeader + "\n" + goodRowWith(3, "Tamar SlSP"), now(), o);
        QVERIFY(!r.ok());
        QCOMPARE(
            r.errors()[0].expected,
            QStringLiteral("a name unlike “Tamar S1SP”, which the workspace already has: the two look alike "
                           "but are different characters"));
        QVERIFY(
            parseInventory(kHeader + "\n" + goodRowWith(3, "Tamar S1SP"), now(), o).ok()); // the same name
    }

    void collectsEveryError() {
        QList<QByteArray> bad = kGoodCells;
        bad[1] = "METER";
        bad[7] = "9";
        QByteArray bytes = kHeader + "\n";
        for (int i = 0; i < 3; ++i) {
            bad[0] = "00DB12345678900" + QByteArray::number(i);
            bytes += row(bad);
        }
        const auto r = parseInventory(bytes, now());
        QCOMPARE(r.errors().size(), 6);
        QCOMPARE(r.errors()[5].line, 4);
        QCOMPARE(r.totalErrorCount(), 6);
        QVERIFY(r.summary().message.contains(QStringLiteral("6")));
    }

    void errorCap() {
        QByteArray bytes = kHeader + "\n";
        for (int i = 0; i < 250; ++i)
            bytes += goodRowWith(1, "METER").replace("90A0", QByteArray::number(1000 + i));
        const auto r = parseInventory(bytes, now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 200);
        QCOMPARE(r.omittedErrorCount(), 50);
        QCOMPARE(r.totalErrorCount(), 250);
    }

    void wrongColumnCount() {
        QList<QByteArray> shortRow = kGoodCells.mid(0, 8);
        const auto r =
            parseInventory(kHeader + "\n" + row(shortRow) + row(kGoodCells + QList<QByteArray>{"x"}), now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 2);
        QCOMPARE(r.errors()[0].line, 2);
        QVERIFY(r.errors()[0].column.isEmpty());
        QCOMPARE(r.errors()[0].value, QStringLiteral("8 field(s)"));
        QVERIFY2(r.errors()[0].expected.contains(QStringLiteral("9 field")),
                 qPrintable(r.errors()[0].expected));
        QCOMPARE(r.errors()[1].line, 3);
    }

    void headerProblems_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << kHeader + ",colour" << QStringLiteral("colour")
                                 << QStringLiteral("one of the inventory columns");
        QTest::newRow("empty name") << kHeader + "," << QStringLiteral("(column 10)")
                                    << QStringLiteral("one of the inventory columns");
        QTest::newRow("duplicate") << kHeader + ",model" << QStringLiteral("model")
                                   << QStringLiteral("also column 6");
        QTest::newRow("missing") << QByteArray(kHeader).replace(",category", "") << QStringLiteral("category")
                                 << QStringLiteral("required column");
        QTest::newRow("ak_public is not a column") << kHeader + ",ak_public" << QStringLiteral("ak_public")
                                                   << QStringLiteral("one of the inventory columns");
        QTest::newRow("partial keys")
            << kHeader + QByteArray(kKeyHeader).replace(",guek_firmware", "")
            << QStringLiteral("guek_firmware") << QStringLiteral("all nine key columns");
    }
    void headerProblems() {
        QFETCH(QByteArray, header);
        QFETCH(QString, column);
        QFETCH(QString, expected);
        const auto r = parseInventory(header + "\n" + row(kGoodCells), now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 1);
        QCOMPARE(r.errors()[0].line, 1);
        QCOMPARE(r.errors()[0].column, column);
        QVERIFY2(r.errors()[0].expected.contains(expected), qPrintable(r.errors()[0].expected));
    }

    void onlyKeyColumnMissingReportsOnlyIt() {
        const auto r = parseInventory(kHeader + ",mk\n", now());
        QCOMPARE(r.errors().size(), 8);
    }

    void emptyAndHeaderOnly_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("the file is empty");
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << 1 << QStringLiteral("the file is empty");
        QTest::newRow("blank lines") << QByteArray("\n\r\n\n") << 1 << QStringLiteral("the file is empty");
        QTest::newRow("header only") << kHeader << 2 << QStringLiteral("at least one device row");
        QTest::newRow("header and blank") << kHeader + "\n\n"
                                          << 2 << QStringLiteral("at least one device row");
    }
    void emptyAndHeaderOnly() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, expected);
        const auto r = parseInventory(bytes, now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().size(), 1);
        QCOMPARE(r.errors()[0].line, line);
        QVERIFY2(r.errors()[0].expected.contains(expected), qPrintable(r.errors()[0].expected));
    }

    void csvErrorsCarryTheLine() {
        const auto r = parseInventory(kHeader + "\n" + row(kGoodCells) + goodRowWith(4, "Caf\xE9"), now());
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().last().line, 3);
        QVERIFY(r.errors().last().expected.contains(QStringLiteral("UTF-8")));
        const auto q = parseInventory(kHeader + "\n" + goodRowWith(3, "\"unterminated"), now());
        QVERIFY(!q.ok());
        QCOMPARE(q.errors().last().line, 2);
    }

    void fileOverload() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kHeader + "\n" + row(kGoodCells));
        f.close();
        const auto r = parseInventoryFile(path, now());
        QVERIFY2(r.ok(), qPrintable(allErrorText(r)));
        const auto missing = parseInventoryFile(dir.filePath(QStringLiteral("absent.csv")), now());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.errors()[0].line, 0);
    }

    void arbitraryBytesNeverCrash() {
        // A smoke test for the fuzzer to come: random bytes, and random mutations of a good file.
        std::mt19937_64 rng(20240301);
        const QByteArray good = kHeader + kKeyHeader + "\n" + row(kGoodCells + keyCells(kWrapped)) +
                                row(kGoodCells + keyCells(QByteArray()));
        const QByteArray alphabet = QByteArray(",\"\r\n\xEF\xBB\xBF\xC3\xA9\x80\xFF") + good;
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes;
            if (i % 2) {
                bytes = good;
                for (int k = 0, n = static_cast<int>(rng() % 8) + 1; k < n; ++k)
                    bytes[static_cast<qsizetype>(rng() % static_cast<quint64>(bytes.size()))] =
                        alphabet[static_cast<qsizetype>(rng() % static_cast<quint64>(alphabet.size()))];
            } else {
                bytes.resize(static_cast<qsizetype>(rng() % 300));
                for (char& c : bytes)
                    c = alphabet[static_cast<qsizetype>(rng() % static_cast<quint64>(alphabet.size()))];
            }
            const auto r = parseInventory(bytes, now());
            QVERIFY(r.ok() || r.totalErrorCount() > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestInventoryParser)
#include "test_inventory_parser.moc"
