// The catalogue of bad inputs a custodian or reviewer can give Symbolon (issue #7), each with the
// exact message it gets — so that a message that turns vague or wrong fails here — and, where a
// workspace is involved, proof that nothing changed (device count and journal head). Cases the
// unit tests already cover value by value (tests/unit/test_inventory_parser.cpp) are not repeated:
// this is about whole files, encodings, sizes and the other input surfaces.
//
// Expected texts are regular expressions matched against the whole message. Set
// SYMBOLON_CATALOGUE_PRINT=1 to print every actual message (to update the table after a wording
// change).
#include "DemoFixture.h"
#include "TestPaths.h"

#include "audit/EvidencePack.h"
#include "ceremony/KeyPackage.h"
#include "ceremony/TransportKeyCeremony.h"
#include "inventory/InventoryParser.h"
#include "journal/JournalStore.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <utility>

using namespace symbolon;

namespace {

const QByteArray kHeader =
    "device_id,device_type,cohort,s1sp,manufacturer,model,commissioned_at,category,system_title";
const QByteArray kKeyHeader =
    ",mk,ak_data_collection,ak_extended_data_collection,ak_management,ak_firmware,"
    "guek_data_collection,guek_extended_data_collection,guek_management,guek_firmware";
const QByteArray kRow = "00DB1234567890A0,ESME,IOC,Northgate S1SP,Ashdown Metering,AE-210,"
                        "2024-03-01T09:30:00Z,,534D4C0102030405";
const QByteArray kWrapped = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

QDateTime now() {
    return QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
}

QByteArray withKeys(const QByteArray& row, const QByteArray& first) {
    QByteArray out = row + "," + first;
    for (int i = 1; i < 9; ++i)
        out += "," + kWrapped;
    return out;
}

bool printMode() {
    return qEnvironmentVariableIntValue("SYMBOLON_CATALOGUE_PRINT") != 0;
}

// Whole-message match; on failure both texts are shown (messages never carry secrets here: the
// inputs are test values).
bool matches(const QString& pattern, const QString& actual, const char* name) {
    if (printMode())
        qInfo().noquote() << "CATALOGUE" << name << "=>" << actual;
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern),
                                QRegularExpression::DotMatchesEverythingOption);
    if (!re.isValid())
        qWarning() << "bad pattern" << pattern << re.errorString();
    if (re.match(actual).hasMatch())
        return true;
    qWarning().noquote() << QStringLiteral("expected /%1/\n     got: %2").arg(pattern, actual);
    return false;
}

// The first problem: the one the CLI and the console put first.
QString firstError(const inventory::InventoryParseResult& r) {
    return r.errors().isEmpty() ? QString() : r.errors().first().toString();
}

SecureBytes secure(const QByteArray& b) {
    return SecureBytes(b.constData(), static_cast<std::size_t>(b.size()));
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a rejected input must leave as it was. Opening a workspace is itself journaled
// ("workspace.opened"), so the journal is compared without those entries.
struct WorkspaceState {
    qint64 devices = -1;
    qint64 imports = -1;
    qint64 entries = -1; // other than workspace.opened
    qint64 headSeq = -1; // the newest entry other than workspace.opened
    QByteArray headHash;
    bool operator==(const WorkspaceState&) const = default;
};

} // namespace

class TestBadInputCatalogue : public QObject {
    Q_OBJECT
    std::unique_ptr<test::DemoFixture> m_demo;

    QString card1Serial() const {
        auto cards = workspace::Workspace::cards(m_demo->dir(), {});
        if (cards)
            for (const auto& c : *cards)
                if (c.keyslot.tokenLabel == QLatin1String("ACS card 1"))
                    return c.keyslot.tokenSerial;
        return {};
    }
    WorkspaceState state() {
        auto ws = m_demo->open();
        WorkspaceState s;
        s.devices = ws->db().scalarInt("SELECT COUNT(*) FROM devices;").value();
        s.imports = ws->db().scalarInt("SELECT COUNT(*) FROM imports;").value();
        s.entries =
            ws->db().scalarInt("SELECT COUNT(*) FROM journal WHERE action <> 'workspace.opened';").value();
        auto head = ws->db().prepare(
            "SELECT seq, hash FROM journal WHERE action <> 'workspace.opened' ORDER BY seq DESC LIMIT 1;");
        if (head && head->step().value()) {
            s.headSeq = head->int64(0);
            s.headHash = head->blob(1);
        }
        return s;
    }

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run cli(const QStringList& args, const QString& pin = QStringLiteral("111111")) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CATALOGUE_PIN"), pin);
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), QStringList{QStringLiteral("--workspace"), m_demo->dir(),
                                             QStringLiteral("--card"), QStringLiteral("ACS card 1"),
                                             QStringLiteral("--pin-env"), QStringLiteral("CATALOGUE_PIN")} +
                                     args);
        if (!p.waitForFinished(120000))
            qFatal("symbolon-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The inventory files both the parser table and the CLI table use.
    static QList<std::tuple<const char*, QByteArray, QString>> inventoryCases() {
        const QString line2 = QStringLiteral("line 2");
        QList<std::tuple<const char*, QByteArray, QString>> c;
        const auto add = [&](const char* name, const QByteArray& bytes, const QString& pattern) {
            c.append({name, bytes, pattern});
        };
        QByteArray utf16 = QByteArray("\xFF\xFE");
        for (char ch : kHeader + "\n" + kRow + "\n")
            utf16 += QByteArray(1, ch) + QByteArray(1, '\0');
        add("UTF-16LE with BOM", utf16,
            QStringLiteral("line 1: expected well-formed CSV: the text is not valid UTF-8 \\(byte 0xff\\); "
                           "save the file as UTF-8"));
        add("UTF-8 BOM twice", "\xEF\xBB\xBF\xEF\xBB\xBF" + kHeader + "\n" + kRow + "\n",
            QStringLiteral("line 1, device_id “.?device_id”: expected one of the inventory columns: .*, "
                           "management, firmware \\(this name holds an invisible byte order mark, U\\+FEFF: "
                           "the file has a second one, or one in the middle; save it again as UTF-8\\)"));
        add("Latin-1 byte in a name",
            kHeader + "\n" + QByteArray(kRow).replace("Ashdown", "Ash\xE9own") + "\n",
            QStringLiteral("line 2: expected well-formed CSV: the text is not valid UTF-8 \\(byte 0xe9\\); "
                           "save the file as UTF-8"));
        add("NUL byte in a name",
            kHeader + "\n" + QByteArray(kRow).replace("Ashdown", QByteArray("Ash\0own", 7)) + "\n",
            QStringLiteral("line 2, manufacturer “Ash\\x{FFFD}own Metering”: expected text of 1 to 64 "
                           "printable characters"));
        add("lone CR line ends (old Mac)", kHeader + "\r" + kRow + "\r",
            QStringLiteral(
                "line 1: expected well-formed CSV: a carriage return is not followed by a line feed"));
        add("huge field (5,000 bytes)",
            kHeader + "\n" + QByteArray(kRow).replace("Ashdown Metering", QByteArray(5000, 'A')) + "\n",
            QStringLiteral("line 2: expected well-formed CSV: a field is longer than 4096 bytes"));
        QByteArray longRecord = kHeader + "\n\"";
        for (int i = 0; i < 40; ++i)
            longRecord += QByteArray(2000, 'x') + "\n";
        add("multi-line quoted field over 4 KiB", longRecord + "\"\n",
            QStringLiteral("line 42: expected well-formed CSV: a field is longer than 4096 bytes"));
        add("unterminated quote", kHeader + "\n" + QByteArray(kRow).replace("Ashdown", "\"Ashdown") + "\n",
            QStringLiteral("line 2: expected well-formed CSV: a quoted field that starts on this line is not "
                           "closed before the end of the file"));
        add("quote inside an unquoted field",
            kHeader + "\n" + QByteArray(kRow).replace("Ashdown", "Ash\"down") + "\n",
            QStringLiteral("line 2: expected well-formed CSV: a double quote inside an unquoted field: put "
                           "the whole field in double quotes and write the quote as two"));
        add("semicolon separated",
            QByteArray(kHeader).replace(',', ';') + "\n" + QByteArray(kRow).replace(',', ';') + "\n",
            QStringLiteral("line 1, "
                           "device_id;device_type;cohort;s1sp;manufacturer;model;commissioned_at;category;"
                           "system_title “device_id;device_type;cohort;s1sp;manufa…”: expected one of the "
                           "inventory columns: .*, management, firmware \\(the fields seem to be separated "
                           "by semicolons: save the file with commas\\)"));
        // Issue #16: look-alike and stacked-accent names (Unicode TR 39).
        add("Cyrillic look-alike S1SP",
            kHeader + "\n" + QByteArray(kRow).replace("Northgate S1SP", "N\xD0\xBErthgate S1SP") + "\n",
            QStringLiteral("line 2, s1sp “Nоrthgate S1SP”: expected text in one writing system \\(this name "
                           "mixes Latin, Cyrillic: letters of different scripts can look alike\\)"));
        add("63 combining accents",
            kHeader + "\n" + QByteArray(kRow).replace("AE-210", "a" + QByteArray("\xCC\x81").repeated(63)) +
                "\n",
            QStringLiteral(
                "line 2, model “a.*”: expected text with at most 3 different accents on one letter "
                "\\(stacked accents can hide what a name says\\)"));
        // Issue #16: a file that is not an inventory does not have its first line printed back.
        add("/etc/shadow given as the inventory",
            "root:$y$j9T$SecretSalt$SecretHash0123456789:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n",
            QStringLiteral(
                "line 1, \\(column 1\\): expected one of the inventory columns: .*, management, "
                "firmware \\(the heading is not shown: it does not look like a column name; is this "
                "an inventory file\\?\\)"));
        add("negative year",
            kHeader + "\n" + QByteArray(kRow).replace("2024-03-01T09:30:00Z", "-2024-03-01T09:30:00Z") + "\n",
            QStringLiteral("line 2, commissioned_at “-2024-03-01T09:30:00Z”: expected a date and time with a "
                           "time zone, e\\.g\\. 2024-03-01T09:30:00Z \\(a date alone is not enough: the "
                           "7-day rotation clock starts at commissioning\\)"));
        add("year 9999",
            kHeader + "\n" + QByteArray(kRow).replace("2024-03-01T09:30:00Z", "9999-12-31T23:59:59Z") + "\n",
            QStringLiteral("line 2, commissioned_at “9999-12-31T23:59:59Z”: expected a commissioning time "
                           "not in the future \\(now is [0-9T:Z.-]+\\)"));
        add("MOC cohort", kHeader + "\n" + QByteArray(kRow).replace(",IOC,", ",MOC,") + "\n",
            QStringLiteral(
                "line 2, cohort “MOC”: expected IOC or FOC; MOC devices are out of scope of the SMETS1 CKMP: "
                "the MOC cohort uses the S1SP PKI under the S1SPKI Certificate Policy"));
        add("duplicate device id (dashed and plain)",
            kHeader + "\n" + kRow + "\n" +
                QByteArray(kRow).replace("00DB1234567890A0", "00-DB-12-34-56-78-90-A0") + "\n",
            QStringLiteral("line 3, device_id “00-DB-12-34-56-78-90-A0”: expected a device id not already in "
                           "this file; it is also on line 2"));
        add("bad hex in a key column",
            kHeader + kKeyHeader + "\n" + withKeys(kRow, QByteArray(kWrapped).replace(0, 1, "G")) + "\n",
            QStringLiteral("line 2, mk “\\(key material not shown\\)”: expected an RFC 3394 wrapped key: 48 "
                           "hex digits \\(24 bytes\\), or empty"));
        add("key of the wrong length (46 hex digits)",
            kHeader + kKeyHeader + "\n" + withKeys(kRow, kWrapped.left(46)) + "\n",
            QStringLiteral("line 2, mk “\\(key material not shown\\)”: expected an RFC 3394 wrapped key: 48 "
                           "hex digits \\(24 bytes\\), or empty"));
        add("key as lowercase hex with spaces",
            kHeader + kKeyHeader + "\n" +
                withKeys(kRow, "01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef 01 23 45 67 89 ab cd ef") +
                "\n",
            QStringLiteral("line 2, mk “\\(key material not shown\\)”: expected an RFC 3394 wrapped key: 48 "
                           "hex digits \\(24 bytes\\), or empty"));
        add("binary garbage", QByteArray::fromHex("89504E470D0A1A0A0000000D49484452"),
            QStringLiteral("line 1: expected well-formed CSV: the text is not valid UTF-8 \\(byte 0x89\\); "
                           "save the file as UTF-8"));
        Q_UNUSED(line2);
        return c;
    }

private Q_SLOTS:
    void initTestCase() { m_demo = std::make_unique<test::DemoFixture>(20, 11); }

    // ---- inventory files, through the parser ----
    void inventoryParser_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        for (const auto& [name, bytes, pattern] : inventoryCases())
            QTest::newRow(name) << bytes << pattern;
    }
    void inventoryParser() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto r = inventory::parseInventory(bytes, now());
        QVERIFY(!r.ok());
        QVERIFY(matches(expected, firstError(r), QTest::currentDataTag()));
        for (const auto& e : r.errors()) // no problem quotes what it must not (the shadow row)
            QVERIFY2(!e.toString().contains(QLatin1String("Secret")), qPrintable(e.toString()));
    }
    // Accepted variants: what a spreadsheet or Windows tool produces must still import.
    void inventoryAcceptedVariants_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("BOM and CRLF") << "\xEF\xBB\xBF" + kHeader + "\r\n" + kRow + "\r\n";
        QTest::newRow("no final line end") << kHeader + "\n" + kRow;
        QTest::newRow("quoted fields")
            << kHeader + "\n" +
                   QByteArray(kRow).replace("Ashdown Metering", "\"Ashdown, \"\"the\"\" Metering\"") + "\n";
        QTest::newRow("UTF-8 names") << kHeader + "\n" +
                                            QByteArray(kRow).replace("Ashdown", "Ynys M\xC3\xB4n") + "\n";
    }
    void inventoryAcceptedVariants() {
        QFETCH(QByteArray, bytes);
        auto r = inventory::parseInventory(bytes, now());
        QVERIFY2(r.ok(), qPrintable(firstError(r)));
        QCOMPARE(r->records.size(), 1);
    }

    // ---- inventory files, through symbolon-cli: exit 3, the same first problem, nothing changed ----
    void inventoryCli_data() { inventoryParser_data(); }
    void inventoryCli() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = m_demo->scratch(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(file, bytes));
        const WorkspaceState before = state();
        auto r = cli({QStringLiteral("inventory"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral(
                     "^symbolon-cli: \\d+ problem\\(s\\) in bad\\.csv: nothing was imported\\.\n"))),
                 qPrintable(r.err));
        // The first listed problem is the parser's (commissioning times are checked against the
        // clock of the run, not the fixed `now`, which changes nothing for these cases).
        const QString first = r.err.section(QLatin1Char('\n'), 1, 1).trimmed();
        QVERIFY(matches(expected, first, QTest::currentDataTag()));
        QVERIFY(state() == before);
    }
    void inventoryCliFileProblems() {
        const WorkspaceState before = state();
        auto r = cli({QStringLiteral("inventory"), QStringLiteral("import"),
                      m_demo->scratch(QStringLiteral("none.csv"))});
        QCOMPARE(r.code, 3);
        QVERIFY(matches(
            QStringLiteral(
                "symbolon-cli: 1 problem\\(s\\) in none\\.csv: nothing was imported\\.\\n  file "
                "“[^”]*none\\.csv”: expected a readable inventory file \\(No such file or directory\\)"),
            r.err.trimmed(), "missing file"));
        r = cli({QStringLiteral("inventory"), QStringLiteral("import"), m_demo->scratch(QString())});
        QVERIFY(r.code != 0);
        QVERIFY(matches(
            QStringLiteral("symbolon-cli: 1 problem\\(s\\) in [^ ]+: nothing was imported\\.\\n  file "
                           "“[^”]+”: expected a readable inventory file \\(file to open is a directory\\)"),
            r.err.trimmed(), "a folder"));
        QVERIFY(state() == before);
    }

    // ---- key packages ----
    void keyPackage_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        const QByteArray good =
            R"({"format":"symbolon-key-package","version":1,"key_kind":"Shared Key",)"
            R"("wrapping":"RFC 3394","wrapped_key":"0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",)"
            R"("key_kcv":"CMAC-5B 0A1B2C3D4E","wrapping_key_kcv":"CMAC-5B 1A2B3C4D5E",)"
            R"("wrapping_key_label":"Symbolon Transport Key","created_at":"2025-06-01T12:00:00Z",)"
            R"("created_by":"Alice Hughes","approvals":[],"signer":"00","signature":"MEUCIQ=="})";
        const auto with = [&](const char* from, const char* to) {
            return QByteArray(good).replace(from, to);
        };
        QTest::newRow("empty file")
            << QByteArray()
            << QStringLiteral("The key package is not complete JSON \\(truncated or damaged near byte 0: "
                              "illegal value\\)\\. Ask the sender for the file again\\.");
        QTest::newRow("truncated")
            << good.left(good.size() / 2)
            << QStringLiteral("The key package is not complete JSON \\(truncated or damaged near byte \\d+: "
                              "unterminated string\\)\\. Ask the sender for the file again\\.");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE{\0}\0", 6)
                                << QStringLiteral(
                                       "The key package is not complete JSON \\(truncated or damaged near "
                                       "byte 1: illegal value\\)\\. Ask the sender for the file again\\.");
        QTest::newRow("JSON array") << QByteArray("[]")
                                    << QStringLiteral("This file is JSON but not a Symbolon key package \\(a "
                                                      "key package is one JSON object\\)\\.");
        QTest::newRow("another format") << with("symbolon-key-package", "pkcs12")
                                        << QStringLiteral("This file is not a Symbolon key package \\(field "
                                                          "\"format\" is not \"symbolon-key-package\"\\)\\.");
        QTest::newRow("version 2")
            << with("\"version\":1", "\"version\":2")
            << QStringLiteral("The key package has version 2; this Symbolon reads version 1 only\\.");
        QTest::newRow("version as text")
            << with("\"version\":1", "\"version\":\"1\"")
            << QStringLiteral(
                   "The key package\\'s \"version\" must be a number; this Symbolon reads version 1\\.");
        QTest::newRow("no signature")
            << with(",\"signature\":\"MEUCIQ==\"", "")
            << QStringLiteral("The key package lacks the field \"signature\" \\(or it is empty\\)\\.");
        QTest::newRow("wrapping ECB")
            << with("RFC 3394", "AES-ECB")
            << QStringLiteral("The key package uses wrapping \"AES-ECB\"; only \"RFC 3394\" is accepted\\.");
        QTest::newRow("wrapped key bad hex")
            << with("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF",
                    "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEG")
            << QStringLiteral(
                   "The key package\\'s \"wrapped_key\" has a character that is not a hexadecimal digit at "
                   "position 48; expected 48 hexadecimal digits \\(an RFC 3394-wrapped AES-128 key\\)\\.");
        QTest::newRow("wrapped key 32 digits (a clear key?)")
            << with("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF", "0123456789ABCDEF0123456789ABCDEF")
            << QStringLiteral("The key package\\'s \"wrapped_key\" must be 48 hexadecimal digits \\(an RFC "
                              "3394-wrapped AES-128 key\\); it has 32 characters\\.");
        QTest::newRow("created_at without zone")
            << with("2025-06-01T12:00:00Z", "01/06/2025")
            << QStringLiteral("The key package\\'s \"created_at\" is not an ISO 8601 time\\.");
        QTest::newRow("signature not base64")
            << with("MEUCIQ==", "not base64!")
            << QStringLiteral("The key package\\'s \"signature\" is not base64\\.");
        QTest::newRow("approvals not a list")
            << with("\"approvals\":[]", "\"approvals\":\"Alice\"")
            << QStringLiteral("The key package lacks the field \"approvals\" \\(a list of the quorum\\'s "
                              "approvals\\)\\.");
        // Issue #16: read one way, every field signed, a size cap.
        QTest::newRow("key_kcv twice (a bogus one first)")
            << with("\"key_kcv\":\"CMAC-5B 0A1B2C3D4E\"",
                    "\"key_kcv\":\"CMAC-5B FFFFFFFFFF\",\"key_kcv\":\"CMAC-5B 0A1B2C3D4E\"")
            << QStringLiteral(
                   "The key package is refused: the key \"key_kcv\" appears twice in one object; a "
                   "document whose keys repeat can be read two ways, so it is refused\\.");
        QTest::newRow("wrapped_key twice")
            << with("\"wrapping\":", "\"wrapped_key\":\"00\",\"wrapping\":")
            << QStringLiteral("The key package is refused: the key \"wrapped_key\" appears twice in one "
                              "object; .*");
        QTest::newRow("unknown field")
            << with("\"approvals\":[]", "\"approvals\":[],\"note\":\"\\u001b[31mverified\"")
            << QStringLiteral("The key package has a field \"note\" that the format does not have; its "
                              "signature would not cover it, so the package is refused\\.");
        QTest::newRow("oversized (70 KB of padding)")
            << with("\"approvals\":[]", "\"approvals\":[],\"padding\":\"" + QByteArray(70000, 'A') + "\"")
            << QStringLiteral("The key package is \\d+ bytes long; a key package is at most 65536 bytes\\. "
                              "Ask the sender for the file again\\.");
        QTest::newRow("approvals not text")
            << with("\"approvals\":[]", "\"approvals\":[{\"card\":1}]")
            << QStringLiteral("The key package\\'s \"approvals\" must list the approvals as text\\.");
    }
    void keyPackage() {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        auto p = ceremony::KeyPackage::parse(file);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, ErrorCode::InvalidInput);
        QVERIFY(matches(expected, p.error().message, QTest::currentDataTag()));
    }

    // A genuine, correctly signed package for another Transport Key: refused by KCV before the
    // HSM unwraps anything, and the receiving workspace gets no Shared Key. Two workspaces, each
    // driven through its own symbolon-cli processes.
    void keyPackageForTheWrongTransportKey() {
        const QString sender = m_demo->scratch(QStringLiteral("sender")),
                      receiver = m_demo->scratch(QStringLiteral("receiver"));
        const QString pkg = m_demo->scratch(QStringLiteral("shared-key.json"));
        const auto run = [](const QString& ws, const QStringList& args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("P1"), QStringLiteral("111111"));
            env.insert(QStringLiteral("P1Q"), QStringLiteral("111111"));
            env.insert(QStringLiteral("P2Q"), QStringLiteral("222222"));
            env.insert(QStringLiteral("TK1"), QStringLiteral("0F1E2D3C4B5A69788796A5B4C3D2E1F0"));
            env.insert(QStringLiteral("TK2"), QStringLiteral("5A5A5A5A0123456789ABCDEF5A5A5A5A"));
            env.insert(QStringLiteral("TK3"), QStringLiteral("00112233445566778899AABBCCDDEEFF"));
            env.insert(QStringLiteral("TK4"), QStringLiteral("0F0E0D0C0B0A09080706050403020100"));
            p.setProcessEnvironment(env);
            QStringList all = args;
            if (args.value(0) == QLatin1String("ceremony"))
                all = QStringList{QStringLiteral("--workspace"), ws,
                                  QStringLiteral("--card"),      QStringLiteral("ACS card 1"),
                                  QStringLiteral("--pin-env"),   QStringLiteral("P1")} +
                      args + QStringList{QStringLiteral("--quorum-card"),    QStringLiteral("ACS card 1"),
                                         QStringLiteral("--quorum-pin-env"), QStringLiteral("P1Q"),
                                         QStringLiteral("--quorum-card"),    QStringLiteral("ACS card 2"),
                                         QStringLiteral("--quorum-pin-env"), QStringLiteral("P2Q")};
            p.start(test::cliPath(), all);
            if (!p.waitForFinished(120000))
                qFatal("symbolon-cli did not finish");
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()).trimmed());
        };
        for (const QString& ws : {sender, receiver}) {
            auto r = run(ws, {QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                              ws, QStringLiteral("--devices"), QStringLiteral("2")});
            QVERIFY2(r.first == 0, qPrintable(r.second));
        }
        const QString tk = QStringLiteral("transport-key"), env = QStringLiteral("--component-env");
        auto r = run(sender, {QStringLiteral("ceremony"), QStringLiteral("generate-keks")});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        r = run(sender, {QStringLiteral("ceremony"), tk, env, QStringLiteral("TK1,TK2")});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        r = run(sender, {QStringLiteral("ceremony"), QStringLiteral("export-shared-key"),
                         QStringLiteral("--transport-key"), QStringLiteral("Symbolon Transport Key"),
                         QStringLiteral("--out"), pkg});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        r = run(receiver, {QStringLiteral("ceremony"), tk, env, QStringLiteral("TK3,TK4")});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        r = run(receiver, {QStringLiteral("ceremony"), QStringLiteral("import-shared-key"), pkg,
                           QStringLiteral("--public-key"), pkg + QStringLiteral(".signer.pem")});
        QCOMPARE(r.first, 1);
        const QString last = r.second.section(QLatin1Char('\n'), -1);
        QVERIFY(matches(
            QStringLiteral(
                "symbolon-cli: Wrong Transport Key: the package was wrapped under a key with "
                "CMAC-5B [0-9A-F]{10}, but \"Symbolon Transport Key\" on this token has CMAC-5B "
                "[0-9A-F]{10}\\. Build the Transport Key from the components agreed with the sender\\."),
            last, "package for the wrong Transport Key"));
    }

    // ---- Transport Key components, as typed ----
    void transportKeyComponents_data() {
        QTest::addColumn<QList<QByteArray>>("typed");
        QTest::addColumn<QString>("expected");
        const QByteArray a = "0F1E2D3C4B5A69788796A5B4C3D2E1F0", b = "5A5A5A5A0123456789ABCDEF5A5A5A5A";
        QTest::newRow("one component")
            << QList<QByteArray>{a}
            << QStringLiteral("A Transport Key is built from 2 or 3 components; 1 were entered\\.");
        QTest::newRow("four components")
            << QList<QByteArray>{a, b, a, b}
            << QStringLiteral("A Transport Key is built from 2 or 3 components; 4 were entered\\.");
        QTest::newRow("O for 0") << QList<QByteArray>{a, QByteArray(b).replace(8, 1, "O")}
                                 << QStringLiteral(
                                        "Component 2: character 9 is not a hexadecimal digit \\(0-9, "
                                        "A-F\\)\\. Expected exactly 32 hexadecimal digits\\.");
        QTest::newRow("spaces between pairs")
            << QList<QByteArray>{"0F 1E 2D 3C 4B 5A 69 78 87 96 A5 B4 C3 D2 E1 F0", b}
            << QStringLiteral("Component 1: character 3 is not a hexadecimal digit \\(0-9, A-F\\)\\. "
                              "Expected exactly 32 hexadecimal digits\\.");
        QTest::newRow("non-ASCII digit")
            << QList<QByteArray>{a, QByteArray(b).replace(0, 1, "\xEF\xBC\x95")} // fullwidth 5
            << QStringLiteral("Component 2: character 1 is not a hexadecimal digit \\(0-9, A-F\\)\\. "
                              "Expected exactly 32 hexadecimal digits\\.");
        QTest::newRow("30 digits")
            << QList<QByteArray>{a.left(30), b}
            << QStringLiteral(
                   "Component 1: 30 hexadecimal digits were entered; expected exactly 32 \\(16 bytes\\)\\.");
        QTest::newRow("48 digits (a 3DES key?)")
            << QList<QByteArray>{a, b + "0123456789ABCDEF"}
            << QStringLiteral(
                   "Component 2: 48 hexadecimal digits were entered; expected exactly 32 \\(16 bytes\\)\\.");
        QTest::newRow("empty")
            << QList<QByteArray>{a, QByteArray()}
            << QStringLiteral(
                   "Component 2: 0 hexadecimal digits were entered; expected exactly 32 \\(16 bytes\\)\\.");
        QTest::newRow("all zeros") << QList<QByteArray>{QByteArray(32, '0'), b}
                                   << QStringLiteral("Component 1 is all zeros: that is no secret\\. Enter "
                                                     "the component from its sealed envelope\\.");
        QTest::newRow("same twice, different case")
            << QList<QByteArray>{a, a.toLower()}
            << QStringLiteral("Component 2 is the same as component 1: each custodian must enter their own "
                              "component\\.");
    }
    void transportKeyComponents() {
        QFETCH(QList<QByteArray>, typed);
        QFETCH(QString, expected);
        QVector<SecureBytes> in;
        for (const QByteArray& t : typed)
            in.append(secure(t));
        auto r = ceremony::TransportKeyCeremony::parseComponents(in);
        QVERIFY(!r.ok());
        QVERIFY(matches(expected, r.error().message, QTest::currentDataTag()));
        for (const QByteArray& t : typed)
            if (t.size() >= 8)
                QVERIFY(!r.error().message.contains(QString::fromLatin1(t.left(8)), Qt::CaseInsensitive));
    }
    void transportKeyComponentsAccepted() {
        // Surrounding whitespace and a trailing newline (pasted) are not part of the value.
        auto r = ceremony::TransportKeyCeremony::parseComponents(
            {secure(" 0F1E2D3C4B5A69788796A5B4C3D2E1F0\r\n"), secure("5a5a5a5a0123456789abcdef5a5a5a5a\n")});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

    // ---- PINs: opening the workspace with card 1 ----
    void pins_data() {
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Enter the card's PIN\\.");
        QTest::newRow("right PIN and a newline")
            << QByteArray("111111\n")
            << QStringLiteral("Logging in to the token: The PIN is not correct\\. Repeated wrong PINs can "
                              "lock the card\\. \\(CKR_PIN_INCORRECT, 0xa0\\)");
        QTest::newRow("right PIN and a NUL")
            << QByteArray("111111\0", 7)
            << QStringLiteral("Logging in to the token: The PIN is not correct\\. Repeated wrong PINs can "
                              "lock the card\\. \\(CKR_PIN_INCORRECT, 0xa0\\)");
        QTest::newRow("NUL first") << QByteArray("\0"
                                                 "111111",
                                                 7)
                                   << QStringLiteral(
                                          "Logging in to the token: The PIN is not correct\\. Repeated wrong "
                                          "PINs can lock the card\\. \\(CKR_PIN_INCORRECT, 0xa0\\)");
        QTest::newRow("non-ASCII") << QByteArray("1111\xC3\xA9")
                                   << QStringLiteral(
                                          "Logging in to the token: The PIN is not correct\\. Repeated wrong "
                                          "PINs can lock the card\\. \\(CKR_PIN_INCORRECT, 0xa0\\)");
        QTest::newRow("Latin-1") << QByteArray("1111\xE9")
                                 << QStringLiteral(
                                        "Logging in to the token: The PIN is not correct\\. Repeated wrong "
                                        "PINs can lock the card\\. \\(CKR_PIN_INCORRECT, 0xa0\\)");
        QTest::newRow("300 characters")
            << QByteArray(300, '1')
            << QStringLiteral("Logging in to the token: The PIN is not correct\\. Repeated wrong PINs can "
                              "lock the card\\. \\(CKR_PIN_INCORRECT, 0xa0\\)");
        QTest::newRow("one character")
            << QByteArray("1")
            << QStringLiteral("Logging in to the token: The PIN is not correct\\. Repeated wrong PINs can "
                              "lock the card\\. \\(CKR_PIN_INCORRECT, 0xa0\\)");
    }
    void pins() {
        QFETCH(QByteArray, pin);
        QFETCH(QString, expected);
        auto ws = workspace::Workspace::open(m_demo->dir(), card1Serial(), secure(pin), {});
        QVERIFY(!ws.ok());
        QVERIFY(matches(expected, ws.error().message, QTest::currentDataTag()));
    }
    // Through the CLI: a PIN from a file descriptor ends at the first newline; an over-long one
    // must not be silently truncated into something else.
    void pinsCli() {
        QProcess p;
        p.start(test::cliPath(), {QStringLiteral("--workspace"), m_demo->dir(), QStringLiteral("--card"),
                                  QStringLiteral("ACS card 1"), QStringLiteral("--pin-fd"),
                                  QStringLiteral("0"), QStringLiteral("inventory"), QStringLiteral("stats")});
        QVERIFY(p.waitForStarted());
        p.write(QByteArray(300, '1') + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        QCOMPARE(p.exitCode(), 1);
        // The wrong PINs of the rows above left CKF_USER_PIN_COUNT_LOW set: the CLI says so before
        // asking, and again with the failure (issue #16).
        const QString tries =
            QStringLiteral("Card \"ACS card 1\" reports wrong PINs since its last correct one: "
                           "few tries may remain before it locks\\.");
        QVERIFY(
            matches(QStringLiteral("symbolon-cli: %1\nsymbolon-cli: Logging in to the token: The PIN is not "
                                   "correct\\. Repeated wrong PINs can lock the card\\. "
                                   "\\(CKR_PIN_INCORRECT, 0xa0\\) %1")
                        .arg(tries),
                    err, "pin-fd 300 characters"));
    }

    // ---- evidence packs ----
    void evidencePack_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // "<delete>" removes the file
        QTest::addColumn<QString>("expected");
        const QByteArray del = "<delete>";
        QTest::newRow("no manifest")
            << QStringLiteral("manifest.json") << del
            << QStringLiteral("PACK/manifest\\.json cannot be read: is this an evidence pack\\?");
        QTest::newRow("manifest not JSON")
            << QStringLiteral("manifest.json") << QByteArray("{\"format\": ")
            << QStringLiteral("manifest\\.json is not a JSON object \\(unterminated object near byte "
                              "\\d+\\): the pack is damaged or truncated\\.");
        QTest::newRow("manifest of another format")
            << QStringLiteral("manifest.json") << QByteArray("{\"format\":\"zip\"}")
            << QStringLiteral("manifest\\.json: field \"format\" must be \"symbolon-evidence-pack-v1\"\\.");
        QTest::newRow("report.html altered")
            << QStringLiteral("report.html") << QByteArray("<html>all good</html>")
            << QStringLiteral("report\\.html does not match the SHA-256 in manifest\\.json: the file was "
                              "changed or is missing\\.");
        QTest::newRow("public key missing")
            << QStringLiteral("journal-signing-key.pem") << del
            << QStringLiteral("journal-signing-key\\.pem does not match the SHA-256 in manifest\\.json: the "
                              "file was changed or is missing\\.");
        QTest::newRow("public key not PEM")
            << QStringLiteral("journal-signing-key.pem") << QByteArray("hello")
            << QStringLiteral("journal-signing-key\\.pem does not match the SHA-256 in manifest\\.json: the "
                              "file was changed or is missing\\.");
        QTest::newRow("journal missing") << QStringLiteral("journal.jsonl") << del
                                         << QStringLiteral("PACK/journal\\.jsonl cannot be read\\.");
        QTest::newRow("journal empty")
            << QStringLiteral("journal.jsonl") << QByteArray()
            << QStringLiteral("the journal ends at #0, but a checkpoint signed at [0-9T:Z-]+ covers #\\d+: "
                              "entries were deleted from the end");
        QTest::newRow("journal line not JSON")
            << QStringLiteral("journal.jsonl") << QByteArray("<append>not json\n")
            << QStringLiteral("journal\\.jsonl, line \\d+: not a JSON object");
        QTest::newRow("journal last entry dropped")
            << QStringLiteral("journal.jsonl") << QByteArray("<droplast>")
            << QStringLiteral("the journal ends at #(\\d+), but a checkpoint signed at [0-9T:Z-]+ covers "
                              "#\\d+: entries were deleted from the end");
        QTest::newRow("checkpoints garbage")
            << QStringLiteral("checkpoints.jsonl") << QByteArray("garbage\n")
            << QStringLiteral("PACK/checkpoints\\.jsonl, line 1: expected one checkpoint as a JSON object "
                              "\\(illegal value\\)\\.");
        QTest::newRow("manifest with a repeated key")
            << QStringLiteral("manifest.json")
            << QByteArray(
                   "{\"format\":\"symbolon-evidence-pack-v1\",\n\"format\":\"symbolon-evidence-pack-v1\"}")
            << QStringLiteral("manifest\\.json, line 2: the key \"format\" appears twice in one object; a "
                              "document whose keys repeat can be read two ways, so it is refused\\.");
        QTest::newRow("journal line with a repeated key")
            << QStringLiteral("journal.jsonl") << QByteArray("<append>{\"seq\":1,\"seq\":2}\n")
            << QStringLiteral("journal\\.jsonl, line \\d+: the key \"seq\" appears twice in one object; .*");
        QTest::newRow("checkpoint line with a repeated key")
            << QStringLiteral("checkpoints.jsonl") << QByteArray("{\"seq\":1,\"seq\":2}\n")
            << QStringLiteral(
                   "PACK/checkpoints\\.jsonl, line 1: the key \"seq\" appears twice in one object; "
                   ".*");
        QTest::newRow("checkpoints empty")
            << QStringLiteral("checkpoints.jsonl") << QByteArray()
            << QStringLiteral("no checkpoint was found: nothing anchors the chain against truncation");
    }
    void evidencePack() {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString dir = m_demo->scratch(QStringLiteral("pack-%1")
                                                .arg(QLatin1String(QTest::currentDataTag()))
                                                .replace(QLatin1Char(' '), QLatin1Char('-')));
        {
            auto ws = m_demo->open();
            auto s = audit::EvidencePack::write(*ws, dir);
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        }
        QVERIFY(audit::EvidencePack::verify(dir).ok());
        const QString path = QDir(dir).filePath(file);
        QByteArray bytes = readFile(path);
        if (content == "<delete>")
            QVERIFY(QFile::remove(path));
        else {
            if (content == "<bom>")
                bytes.prepend("\xEF\xBB\xBF");
            else if (content == "<droplast>")
                bytes.chop(bytes.size() - bytes.lastIndexOf('\n', bytes.size() - 2) - 1);
            else if (content.startsWith("<append>"))
                bytes += content.mid(8);
            else
                bytes = content;
            QVERIFY(writeFile(path, bytes));
        }
        const auto report = audit::EvidencePack::verify(dir);
        QVERIFY(!report.ok());
        QString problem = report.problem;
        problem.replace(dir, QStringLiteral("PACK"));
        QVERIFY(matches(expected, problem, QTest::currentDataTag()));
    }

    // ---- the workspace's checkpoint sidecar (journal-checkpoints.jsonl) ----
    void checkpointSidecar_data() {
        QTest::addColumn<QByteArray>("action");
        QTest::addColumn<QString>("expected");
        QTest::newRow("deleted") << QByteArray("<delete>")
                                 << QStringLiteral("the checkpoint file lacks the checkpoint of #1 signed at "
                                                   "[0-9T:Z-]+: it was truncated or replaced");
        QTest::newRow("garbage line appended")
            << QByteArray("<append>{\"seq\":\n")
            << QStringLiteral("WS/journal-checkpoints\\.jsonl, line \\d+: expected one checkpoint as a JSON "
                              "object \\(unterminated object\\)\\.");
        QTest::newRow("line with a repeated key appended")
            << QByteArray("<append>{\"seq\":1,\"seq\":2}\n")
            << QStringLiteral(
                   "WS/journal-checkpoints\\.jsonl, line \\d+: the key \"seq\" appears twice in one "
                   "object; .*");
        QTest::newRow("CRLF line ends") << QByteArray("<crlf>") << QStringLiteral("\\(verified\\)");
        QTest::newRow("last checkpoint dropped")
            << QByteArray("<droplast>")
            << QStringLiteral("the checkpoint file lacks the checkpoint of #\\d+ signed at [0-9T:Z-]+: it "
                              "was truncated or replaced");
    }
    // One process can load one workspace's token store: these rows change m_demo's sidecar and
    // put it back. They run last.
    void checkpointSidecar() {
        QFETCH(QByteArray, action);
        QFETCH(QString, expected);
        const QString path = workspace::Workspace::checkpointFilePath(m_demo->dir());
        const QByteArray original = readFile(path);
        QVERIFY(!original.isEmpty());
        QByteArray bytes = original;
        if (action == "<delete>")
            QVERIFY(QFile::remove(path));
        else {
            if (action == "<crlf>")
                bytes.replace("\n", "\r\n");
            else if (action == "<droplast>")
                bytes.chop(bytes.size() - bytes.lastIndexOf('\n', bytes.size() - 2) - 1);
            else
                bytes += action.mid(8);
            QVERIFY(writeFile(path, bytes));
        }
        QString problem;
        {
            auto ws = workspace::Workspace::open(m_demo->dir(), card1Serial(),
                                                 SecureBytes::fromString("111111"), {});
            if (!ws)
                problem = QStringLiteral("(not opened) ") + ws.error().message;
            else {
                const auto report = (*ws)->verifyJournal();
                problem = report.ok() ? QStringLiteral("(verified)") : report.problem;
            }
        }
        // Put the file back, keeping what this open appended (its own checkpoint).
        const QByteArray now = readFile(path);
        const QByteArray appended = action == "<delete>" ? now : now.mid(bytes.size());
        QVERIFY(writeFile(path, original + appended));
        problem.replace(m_demo->dir(), QStringLiteral("WS"));
        QVERIFY(matches(expected, problem, QTest::currentDataTag()));
    }
    void evidencePackAcceptedVariants() {
        // A journal.jsonl that went through a Windows editor (BOM, CRLF) still verifies: its
        // entries carry their hashed bytes inside the JSON, not in the line layout.
        const QString dir = m_demo->scratch(QStringLiteral("pack-variants"));
        {
            auto ws = m_demo->open();
            auto s = audit::EvidencePack::write(*ws, dir);
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        }
        const QString path = QDir(dir).filePath(QStringLiteral("journal.jsonl"));
        QVERIFY(writeFile(path, "\xEF\xBB\xBF" + readFile(path).replace("\n", "\r\n")));
        const auto report = audit::EvidencePack::verify(dir);
        QVERIFY2(report.ok(), qPrintable(report.problem));
    }
};

QTEST_GUILESS_MAIN(TestBadInputCatalogue)
#include "test_bad_input_catalogue.moc"
