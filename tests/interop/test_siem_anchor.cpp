// The SIEM collector as an anchor of the journal (issue #15). A real rsyslogd with imrelp on
// loopback receives the journal from the real `symbolon-cli siem forward`; then the journal is
// changed the way an insider with one card can (the sqlcipher shell, keyed from their keyslot):
// the acknowledged entry rewritten, the newest entries deleted. `siem forward` must refuse to go
// on, naming the entry and both hashes, and `journal verify --siem-log FILE` must find each change
// in the collector's file. Also: a forwarding table from before the hash was kept is migrated,
// and bad collector files are named by line.
#include "CliRunner.h"
#include "DemoFixture.h"
#include "RsyslogCollector.h"
#include "TreeCopy.h"

#include "InsiderDatabase.h"

#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace symbolon;
using test::cliArgs;
using test::runCli;

namespace {
QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

class TestSiemAnchor : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{20};
    test::RsyslogCollector m_collector;
    SecureBytes m_dbKeyHex; // what an insider with one card can unwrap from their keyslot
    QString m_base;         // forwarded once; copied for every attack
    QString m_log;          // the collector's file after that forward
    qint64 m_acked = 0;

    QString collector() const { return QStringLiteral("127.0.0.1:%1").arg(m_collector.port()); }
    QStringList forward(const QString& ws) const {
        return cliArgs(ws, test::kCustodian1,
                       {QStringLiteral("siem"), QStringLiteral("forward"), QStringLiteral("--collector"),
                        collector(), QStringLiteral("--once"), QStringLiteral("--timeout"),
                        QStringLiteral("30")});
    }
    QStringList verifyWith(const QString& ws, const QString& log) const {
        return cliArgs(
            ws, test::kReviewer,
            {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--siem-log"), log});
    }
    QString copy(const QString& name) {
        const QString dir = m_demo.scratch(name);
        if (!test::copyTree(m_base, dir))
            qFatal("cp -a %s failed", qPrintable(dir));
        return dir;
    }
    bool sqlcipher(const QString& dir, const QByteArray& sql, QString* output) {
        return test::insiderSql(dir, m_dbKeyHex, sql, output);
    }
    // The hash the collector's file holds for seq (lowercase hex), empty if none.
    QString collectedHash(qint64 seq) const {
        const QRegularExpression re(QStringLiteral("seq=\"%1\" hash=\"([0-9a-f]{64})\"").arg(seq));
        const auto m = re.match(QString::fromUtf8(readFile(m_log)));
        return m.hasMatch() ? m.captured(1) : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        if (const QString why = m_collector.start(); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("cannot run a real rsyslogd here: ") + why));
        QString why;
        m_dbKeyHex = test::insiderDatabaseKey(m_demo.dir(), test::kCustodian1, &why);
        QVERIFY2(m_dbKeyHex.size() == 64, qPrintable(why));

        m_base = m_demo.scratch(QStringLiteral("base"));
        QVERIFY(test::copyTree(m_demo.dir(), m_base));
        const auto sent = runCli(forward(m_base));
        QVERIFY2(sent.code == 0, qPrintable(sent.out + sent.err));
        const auto m =
            QRegularExpression(QStringLiteral("every journal entry up to #(\\d+)")).match(sent.out);
        QVERIFY2(m.hasMatch(), qPrintable(sent.out));
        m_acked = m.captured(1).toLongLong();
        QVERIFY(m_acked >= 3);
        m_log = m_demo.scratch(QStringLiteral("collected.log"));
        QVERIFY(QFile::copy(m_collector.outPath(), m_log));
    }

    void forwardingKeepsTheAcknowledgedHash() {
        QString out;
        QVERIFY2(
            sqlcipher(m_base,
                      QStringLiteral("SELECT acked_seq || ' ' || lower(hex(acked_hash)) FROM siem_forwarding "
                                     "WHERE collector = '%1';")
                          .arg(collector())
                          .toUtf8(),
                      &out),
            qPrintable(out));
        QCOMPARE(out, QStringLiteral("%1 %2").arg(m_acked).arg(collectedHash(m_acked)));
        // Run again with nothing new to send: the anchor holds, nothing is refused.
        const auto again = runCli(forward(copy(QStringLiteral("again"))));
        QVERIFY2(again.code == 0, qPrintable(again.err));
    }

    void aRewrittenAcknowledgedEntryStopsForwarding() {
        const QString ws = copy(QStringLiteral("rewritten"));
        QString out;
        QVERIFY2(sqlcipher(ws,
                           QStringLiteral("UPDATE journal SET hash = zeroblob(32) WHERE seq = %1;")
                               .arg(m_acked)
                               .toUtf8(),
                           &out),
                 qPrintable(out));
        const int linesBefore = m_collector.lineCount();
        const auto r = runCli(forward(ws));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Journal entry #%1 was rewritten after the SIEM collector %2 "
                                               "acknowledged it: it had hash %3 then and has hash %4 now")
                                    .arg(m_acked)
                                    .arg(collector(), collectedHash(m_acked), QString(64, QLatin1Char('0')))),
                 qPrintable(r.err));
        QCOMPARE(m_collector.lineCount(), linesBefore); // nothing more was sent
    }

    void aDeletedTailStopsForwarding() {
        const QString ws = copy(QStringLiteral("deleted"));
        QString out;
        QVERIFY2(
            sqlcipher(ws, QStringLiteral("DELETE FROM journal WHERE seq >= %1;").arg(m_acked).toUtf8(), &out),
            qPrintable(out));
        const auto r = runCli(forward(ws));
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("Journal entry #%1, which the SIEM collector %2 acknowledged with "
                                          "hash %3, is no longer in the journal")
                               .arg(m_acked)
                               .arg(collector(), collectedHash(m_acked))),
            qPrintable(r.err));
    }

    void aChangedAnchorIsJournaled() {
        // The workspace itself is healthy here (only the anchor row differs), so the refusal is
        // journaled for the next person who opens it.
        const QString ws = copy(QStringLiteral("anchor-changed"));
        QString out;
        QVERIFY2(sqlcipher(ws, "UPDATE siem_forwarding SET acked_hash = zeroblob(32);", &out),
                 qPrintable(out));
        const auto r = runCli(forward(ws));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Journal entry #%1 was rewritten").arg(m_acked)),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(collectedHash(m_acked)));
        const auto list = runCli(cliArgs(ws, test::kReviewer,
                                         {QStringLiteral("journal"), QStringLiteral("list"),
                                          QStringLiteral("--from"), QString::number(m_acked)}));
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("siem.anchor_mismatch  %1").arg(collector())),
                 qPrintable(list.out));
    }

    void aForwardingTableFromBeforeTheHashIsMigrated() {
        const QString ws = copy(QStringLiteral("migrated"));
        QString out;
        QVERIFY2(sqlcipher(ws,
                           QStringLiteral(
                               "DROP TABLE siem_forwarding; CREATE TABLE siem_forwarding (collector TEXT "
                               "PRIMARY KEY, acked_seq INTEGER NOT NULL); INSERT INTO siem_forwarding "
                               "VALUES ('%1', %2);")
                               .arg(collector())
                               .arg(m_acked)
                               .toUtf8(),
                           &out),
                 qPrintable(out));
        const auto r = runCli(forward(ws));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(sqlcipher(ws, "SELECT acked_seq, length(acked_hash) FROM siem_forwarding;", &out),
                 qPrintable(out));
        const QStringList row = out.split(QLatin1Char('|'));
        QCOMPARE(row.size(), 2);
        QVERIFY(row[0].toLongLong() >= m_acked);
        QCOMPARE(row[1], QStringLiteral("32"));
    }

    void theCollectorsCopyMatches() {
        const auto r = runCli(verifyWith(m_base, m_log));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(
                     QStringLiteral("SIEM log %1: %2 entries (#1 to #%2) have the same hash in the journal.")
                         .arg(m_log)
                         .arg(m_acked)),
                 qPrintable(r.out));
    }

    void aRewrittenEntryIsFoundInTheCollectorsCopy() {
        const QString ws = copy(QStringLiteral("rewritten-3"));
        QString out;
        QVERIFY2(sqlcipher(ws, "UPDATE journal SET hash = zeroblob(32) WHERE seq = 3;", &out),
                 qPrintable(out));
        const auto r = runCli(verifyWith(ws, m_log));
        QCOMPARE(r.code, 1);
        QVERIFY2(QRegularExpression(
                     QStringLiteral("line \\d+: entry #3 has hash %1 in the collector's copy but hash "
                                    "%2 in the journal: it was rewritten after it was forwarded")
                         .arg(collectedHash(3), QString(64, QLatin1Char('0'))))
                     .match(r.err)
                     .hasMatch(),
                 qPrintable(r.err));
    }

    void aDeletedEntryIsFoundInTheCollectorsCopy() {
        const QString ws = copy(QStringLiteral("deleted-tail"));
        QString out;
        QVERIFY2(
            sqlcipher(ws, QStringLiteral("DELETE FROM journal WHERE seq >= %1;").arg(m_acked).toUtf8(), &out),
            qPrintable(out));
        const auto r = runCli(verifyWith(ws, m_log));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("entry #%1 (hash %2) is not in the journal, which ends at #%3")
                                    .arg(m_acked)
                                    .arg(collectedHash(m_acked))
                                    .arg(m_acked - 1)),
                 qPrintable(r.err));
    }

    void badCollectorFilesAreNamedByLine() {
        const QString missing = m_demo.scratch(QStringLiteral("no-such.log"));
        auto r = runCli(verifyWith(m_base, missing));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The SIEM log %1 cannot be read").arg(missing)),
                 qPrintable(r.err));

        // The collector's file is compared with a workspace's journal, not with an evidence pack.
        r = runCli({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--evidence-pack"),
                    m_demo.scratch(QStringLiteral("any-pack")), QStringLiteral("--siem-log"), m_log});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--siem-log is compared with the workspace's journal")),
                 qPrintable(r.err));

        const QString other = m_demo.scratch(QStringLiteral("other.log"));
        QVERIFY(writeFile(other, "<13>1 2026-11-24T06:33:19Z host sshd - - - accepted\n"));
        r = runCli(verifyWith(m_base, other));
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.err.contains(QStringLiteral("%1 holds no Symbolon journal message (1 lines read)").arg(other)),
            qPrintable(r.err));

        QList<QByteArray> lines; // the collector's Symbolon lines (rsyslogd writes its own too)
        for (const QByteArray& l : readFile(m_log).split('\n'))
            if (l.contains("[symbolon@32473 "))
                lines.push_back(l);
        QVERIFY(lines.size() >= 2);
        const QString noSeq = m_demo.scratch(QStringLiteral("no-seq.log"));
        QVERIFY(
            writeFile(noSeq, lines[0] + '\n' + QByteArray(lines[1]).replace("seq=\"", "sequence=\"") + '\n'));
        r = runCli(verifyWith(m_base, noSeq));
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.err.contains(
                QStringLiteral("%1, line 2: a Symbolon message without a valid seq and hash").arg(noSeq)),
            qPrintable(r.err));

        // One entry under two hashes in the collector's own file: both lines named.
        QByteArray twice = lines[0];
        const QString twiceFile = m_demo.scratch(QStringLiteral("twice.log"));
        QByteArray changed = lines[0];
        const QRegularExpression hashRe(QStringLiteral("hash=\"([0-9a-f]{64})\""));
        const QString firstHash = hashRe.match(QString::fromUtf8(lines[0])).captured(1);
        QVERIFY(!firstHash.isEmpty());
        changed.replace(firstHash.toLatin1(), QByteArray(64, 'f'));
        QVERIFY(writeFile(twiceFile, twice + '\n' + "not a syslog line\n" + changed + '\n'));
        r = runCli(verifyWith(m_base, twiceFile));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("%1, line 3: entry #1 has hash %2 here but hash %3 on line 1")
                                    .arg(twiceFile, QString(64, QLatin1Char('f')), firstHash)),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestSiemAnchor)
#include "test_siem_anchor.moc"
