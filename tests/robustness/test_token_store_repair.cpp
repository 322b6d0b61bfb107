// The embedded SoftHSM2 store survives a process killed while SoftHSM rewrote a token.object
// (it truncates, then writes, on every C_Login). CI caught this: a kill 11 ms into an import
// left "ACS card 1" empty and the card vanished. SoftHsmStoreGuard keeps a safety copy of each
// token.object and restores a damaged one before SoftHSM is loaded. Real files, the real CLI.
#include "CliRunner.h"

#include "hsm/SoftHsmStoreGuard.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;
using test::cliArgs;
using test::kCustodian1;
using test::runCli;

namespace {
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
} // namespace

class TestTokenStoreRepair : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp{QStringLiteral("/dev/shm/symbolon-tokenstore-XXXXXX")};
    QString m_ws;
    QString m_card1; // ACS card 1's token directory

    QStringList listJournal() const {
        return cliArgs(m_ws, kCustodian1,
                       {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--limit"),
                        QStringLiteral("100000")});
    }
    QString live() const { return m_card1 + QStringLiteral("/token.object"); }
    QString good() const { return live() + QStringLiteral(".good"); }
    // SoftHSM bumps the leading 8-byte generation each time it rewrites the file (every login),
    // so a copy taken before this process logged in differs from the live file only there.
    static QByteArray content(const QByteArray& tokenObject) { return tokenObject.mid(8); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QVERIFY(!test::cliPath().isEmpty());
        m_ws = m_tmp.filePath(QStringLiteral("ws"));
        const auto r =
            runCli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), m_ws,
                    QStringLiteral("--devices"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QDir store(m_ws + QStringLiteral("/tokens"));
        int tokens = 0;
        for (const QString& d : store.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString label = hsm::SoftHsmStoreGuard::parseTokenLabel(
                readAll(store.filePath(d + QStringLiteral("/token.object"))));
            QVERIFY2(!label.isEmpty(),
                     qPrintable(d + QStringLiteral(": a fresh token.object does not parse")));
            ++tokens;
            if (label == QStringLiteral("ACS card 1"))
                m_card1 = store.filePath(d);
        }
        QVERIFY(tokens >= 6); // five cards and the key token
        QVERIFY(!m_card1.isEmpty());
    }

    // Every proper prefix of a real token.object is refused: whatever instant the writer was
    // killed at, the cut file is recognised as damaged.
    void everyCutIsRecognised() {
        const QByteArray whole = readAll(live());
        QVERIFY(whole.size() > 100);
        QCOMPARE(hsm::SoftHsmStoreGuard::parseTokenLabel(whole), QStringLiteral("ACS card 1"));
        for (int n = 0; n < whole.size(); ++n)
            QVERIFY2(hsm::SoftHsmStoreGuard::parseTokenLabel(whole.left(n)).isEmpty(),
                     qPrintable(QStringLiteral("a %1-byte cut of %2 bytes parses").arg(n).arg(whole.size())));
        QByteArray badKind = whole;
        badKind[8 + 8 + 7] = char(3); // the label record's kind byte: 3 → a byte string is fine
        QVERIFY(!hsm::SoftHsmStoreGuard::parseTokenLabel(badKind).isEmpty());
        badKind[8 + 8 + 7] = char(2); // its 32-byte value read as a ulong: the records misalign
        QVERIFY(hsm::SoftHsmStoreGuard::parseTokenLabel(badKind).isEmpty());
    }

    // Opening the workspace keeps a safety copy of the live file.
    void openingKeepsASafetyCopy() {
        QFile::remove(good());
        const auto r = runCli(listJournal());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(good()));
        QCOMPARE(content(readAll(good())), content(readAll(live())));
        QCOMPARE(QFile::permissions(good()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(!r.out.contains(QStringLiteral("tokenstore.restored")));
    }

    // A damaged safety copy is replaced from a live file that parses.
    void aDamagedSafetyCopyIsRenewed() {
        QVERIFY(writeAll(good(), QByteArray("not a token")));
        const auto r = runCli(listJournal());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(content(readAll(good())), content(readAll(live())));
    }

    // The kill CI saw (file emptied) and one cut mid-record: the card is back, the journal says
    // so once, and it verifies.
    void aCutTokenFileIsRestored_data() {
        QTest::addColumn<double>("keep");
        QTest::newRow("emptied") << 0.0;
        QTest::newRow("cut mid-record") << 0.55;
    }
    void aCutTokenFileIsRestored() {
        QFETCH(double, keep);
        const auto before = runCli(listJournal());
        QVERIFY2(before.code == 0, qPrintable(before.err));
        const int restoredBefore = before.out.count(QStringLiteral("tokenstore.restored"));
        const QByteArray whole = readAll(live());
        QVERIFY(writeAll(live(), whole.left(int(whole.size() * keep))));

        const auto r = runCli(listJournal());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readAll(live()), whole);
        QCOMPARE(r.out.count(QStringLiteral("tokenstore.restored")), restoredBefore + 1);
        QVERIFY(r.out.contains(QStringLiteral("\"ACS card 1\"")));
        const auto again = runCli(listJournal());
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(again.out.count(QStringLiteral("tokenstore.restored")), restoredBefore + 1);
        const auto v =
            runCli(cliArgs(m_ws, kCustodian1, {QStringLiteral("journal"), QStringLiteral("verify")}));
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
    }

    // Damaged with no safety copy: refused with a sentence that says what happened and where, and
    // the damaged file is left as it is (nothing is invented).
    void damagedWithoutACopyIsNamed() {
        const QByteArray whole = readAll(live());
        QVERIFY(QFile::remove(good()));
        QVERIFY(writeAll(live(), QByteArray()));
        const auto r = runCli(listJournal());
        QCOMPARE(r.code, 1); // ExitFailed: NotFound
        QVERIFY2(r.err.contains(QStringLiteral("No enrolled card \"ACS card 1\" is present.")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("1 damaged token")), qPrintable(r.err));
        QVERIFY2(r.err.contains(m_card1), qPrintable(r.err));
        QCOMPARE(readAll(live()), QByteArray());
        QVERIFY(!QFile::exists(good()));
        // Put it back, as a custodian would from a backup: the workspace opens again.
        QVERIFY(writeAll(live(), whole));
        const auto back = runCli(listJournal());
        QVERIFY2(back.code == 0, qPrintable(back.err));
    }
};

QTEST_GUILESS_MAIN(TestTokenStoreRepair)
#include "test_token_store_repair.moc"
