// Issue 4 "Forwarding to the SIEM": one journal entry as an RFC 5424 message, byte for byte.
#include "journal/SyslogMessage.h"

#include <QtTest>

using namespace symbolon::journal;

namespace {
JournalEntry sampleEntry() {
    JournalEntry e;
    e.seq = 42;
    e.time = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC);
    e.actor = QStringLiteral("Alice Hughes (card 1A2B)");
    e.role = QStringLiteral("custodian");
    e.action = QStringLiteral("workspace.created");
    e.target = QStringLiteral("workspace");
    e.detailsJson = QByteArrayLiteral("{\"devices\":200,\"name\":\"Demo\"}");
    e.prevHash = QByteArray(32, '\0');
    e.hash = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    return e;
}
} // namespace

class TestSyslogMessage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void priIsAuthprivNotice() { QCOMPARE(SyslogMessage::kPri, 85); }

    void formatsExactly() {
        const QByteArray expected =
            "<85>1 2024-03-05T14:07:09.123Z vault-1 symbolon 4242 workspace.created "
            "[symbolon@32473 seq=\"42\" "
            "hash=\"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\" "
            "action=\"workspace.created\" actor=\"Alice Hughes (card 1A2B)\" target=\"workspace\" "
            "role=\"custodian\"] "
            "\xEF\xBB\xBF"
            "Journal entry #42: workspace.created by Alice Hughes (card 1A2B) (custodian) on workspace. "
            "{\"devices\":200,\"name\":\"Demo\"}";
        QCOMPARE(SyslogMessage::format(sampleEntry(), QStringLiteral("vault-1"), 4242), expected);
    }

    void escapesSdParamValues() {
        JournalEntry e = sampleEntry();
        e.actor = QStringLiteral("Bob \"the key\" O\\Brien [ops]");
        e.target = QStringLiteral("path]with\"all\\three");
        e.detailsJson.clear();
        const QByteArray expected =
            "<85>1 2024-03-05T14:07:09.123Z - symbolon - workspace.created "
            "[symbolon@32473 seq=\"42\" "
            "hash=\"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\" "
            "action=\"workspace.created\" actor=\"Bob \\\"the key\\\" O\\\\Brien [ops\\]\" "
            "target=\"path\\]with\\\"all\\\\three\" role=\"custodian\"] "
            "\xEF\xBB\xBF"
            "Journal entry #42: workspace.created by Bob \"the key\" O\\Brien [ops] (custodian) on "
            "path]with\"all\\three.";
        QCOMPARE(SyslogMessage::format(e, QString(), 0), expected);
    }

    void utf8AndControlCharacters() {
        JournalEntry e = sampleEntry();
        e.actor = QStringLiteral("Zoë Ðorđević");
        e.target = QStringLiteral("line1\nline2");
        e.action = QStringLiteral("a very long action name that exceeds thirty-two characters");
        e.detailsJson = QByteArrayLiteral("{}");
        const QByteArray expected =
            "<85>1 2024-03-05T14:07:09.123Z host_name symbolon 7 a_very_long_action_name_that_exc "
            "[symbolon@32473 seq=\"42\" "
            "hash=\"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\" "
            "action=\"a very long action name that exceeds thirty-two characters\" "
            "actor=\"Zo\xC3\xAB \xC3\x90or\xC4\x91\x65vi\xC4\x87\" target=\"line1\nline2\" "
            "role=\"custodian\"] "
            "\xEF\xBB\xBF"
            "Journal entry #42: a very long action name that exceeds thirty-two characters by "
            "Zo\xC3\xAB \xC3\x90or\xC4\x91\x65vi\xC4\x87 (custodian) on line1 line2. {}";
        QCOMPARE(SyslogMessage::format(e, QStringLiteral("host name"), 7), expected);
    }

    void headerFieldNilAndAscii() {
        QCOMPARE(SyslogMessage::headerField(QString(), 32), QByteArrayLiteral("-"));
        QCOMPARE(SyslogMessage::headerField(QStringLiteral("ü-x"), 32), QByteArrayLiteral("_-x"));
        QCOMPARE(SyslogMessage::headerField(QStringLiteral("abcdef"), 3), QByteArrayLiteral("abc"));
    }
};

QTEST_GUILESS_MAIN(TestSyslogMessage)
#include "test_syslog_message.moc"
