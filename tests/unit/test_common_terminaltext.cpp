// What the CLI prints from data reaches the terminal as text (issue #16): C0 controls but line
// feed and tab, DEL, C1 controls and the bidirectional controls are escaped; other text, UTF-8
// included, is unchanged, wherever the stream is cut.
#include "common/TerminalText.h"

#include <QTest>

using namespace symbolon;

class TestCommonTerminalText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void escapes_data() {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("plain") << QByteArray("Confirmed: 47 device(s)\n\tok")
                               << QByteArray("Confirmed: 47 device(s)\n\tok");
        QTest::newRow("title, clear, colour")
            << QByteArray("\x1b]0;TITLE\x07\x1b[2J\x1b[31mALL KEYS CONFIRMED OK")
            << QByteArray("\\x1b]0;TITLE\\x07\\x1b[2J\\x1b[31mALL KEYS CONFIRMED OK");
        QTest::newRow("carriage return overwrites")
            << QByteArray("failed\rOK    ") << QByteArray("failed\\x0dOK    ");
        QTest::newRow("backspace, NUL, DEL")
            << QByteArray("a\bb\0c\x7f", 6) << QByteArray("a\\x08b\\x00c\\x7f");
        QTest::newRow("C1 CSI (U+009B)") << QByteArray("\xc2\x9b"
                                                       "2J")
                                         << QByteArray("\\u009b2J");
        QTest::newRow("right-to-left override (U+202E)") << QByteArray("Tamar \xe2\x80\xae"
                                                                       "KO")
                                                         << QByteArray("Tamar \\u202eKO");
        QTest::newRow("isolates (U+2066-U+2069)")
            << QByteArray("\xe2\x81\xa6x\xe2\x81\xa9") << QByteArray("\\u2066x\\u2069");
        QTest::newRow("Welsh and an emoji")
            << QByteArray("Dafydd ap Gwilym, ŵ ŷ, 😀 €") << QByteArray("Dafydd ap Gwilym, ŵ ŷ, 😀 €");
        QTest::newRow("Cyrillic look-alike is text") << QByteArray("Таmar") << QByteArray("Таmar");
        QTest::newRow("a lead byte hiding ESC") << QByteArray("\xe2\x1b[2J") << QByteArray("\xe2\\x1b[2J");
        QTest::newRow("invalid UTF-8 passes") << QByteArray("\xff\xfe") << QByteArray("\xff\xfe");
    }
    void escapes() {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QCOMPARE(text::escapeForTerminal(in), out);
        // Cut anywhere, carried over: the same bytes.
        for (qsizetype cut = 0; cut <= in.size(); ++cut) {
            QByteArray carry;
            QByteArray got = text::escapeForTerminal(in.left(cut), &carry);
            got += text::escapeForTerminal(carry + in.mid(cut), &carry);
            got += carry;
            QCOMPARE(got, out);
        }
    }
};

QTEST_GUILESS_MAIN(TestCommonTerminalText)
#include "test_common_terminaltext.moc"
