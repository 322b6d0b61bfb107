// Fail closed (issue #14, item 5): on a damaged workspace custodial actions are refused with a
// sentence naming what is wrong, and nothing changes; a reviewer can still open, read, verify and
// export. Each damage is done the way a person would do it, on its own copy of a demo workspace:
// the checkpoint file deleted, emptied or garbled; the signing key's PEM deleted or replaced by
// another key; a journal entry edited with the sqlcipher shell (the database key from a card's
// keyslot, as an insider with one card has it); a database page flipped on disk; the journal
// token's store removed. The refusals come from the real symbolon-cli.
#include "CliRunner.h"
#include "DemoFixture.h"
#include "TestPaths.h"
#include "TreeCopy.h"
#include "WorkspaceProbe.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Session.h"
#include "journal/JournalSigner.h"
#include "workspace/Workspace.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace symbolon;
using test::cliArgs;
using test::runCli;

namespace {
QStringList words(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* w : list)
        out << QString::fromLatin1(w);
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray otherKeyPem() {
    EVP_PKEY* other = EVP_EC_gen("prime256v1");
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(other, &der);
    const QByteArray spki(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    EVP_PKEY_free(other);
    return journal::JournalSigner::publicKeyPem(spki);
}

const QString kRefused = QStringLiteral("Custodial actions are refused: ");
const QString kStill = QStringLiteral("You can still open, read, verify and export.");
} // namespace

class TestFailClosed : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{20};
    SecureBytes m_dbKeyHex; // what an insider with one card can unwrap from their keyslot

    QString damagedCopy(const QString& name) {
        const QString dir = m_demo.scratch(name);
        if (!test::copyTree(m_demo.dir(), dir))
            qFatal("cp -a %s failed", qPrintable(dir));
        return dir;
    }

    // The sqlcipher shell, keyed as the workspace keys it.
    bool sqlcipher(const QString& dir, const QByteArray& sql, QString* why) {
        QProcess p;
        p.start(QStringLiteral("sqlcipher"), {workspace::Workspace::databasePath(dir)});
        if (!p.waitForStarted(10000)) {
            *why = p.errorString();
            return false;
        }
        p.write("PRAGMA key = \"x'");
        p.write(reinterpret_cast<const char*>(m_dbKeyHex.data()), static_cast<qint64>(m_dbKeyHex.size()));
        p.write("'\";\nPRAGMA cipher_page_size = 4096;\n");
        p.write(sql + "\n.quit\n");
        p.closeWriteChannel();
        const bool done = p.waitForFinished(30000);
        const QByteArray err = p.readAllStandardError();
        *why = QString::fromUtf8(err);
        return done && p.exitCode() == 0 && err.isEmpty();
    }

    // journal head, checkpoints, key records and devices, read by the probe (a reviewer's read:
    // on a damaged workspace the probe's own open journals nothing).
    std::optional<QVector<qint64>> counts(const QString& dir, QString* why) {
        test::WorkspaceProbe probe(dir, test::kReviewer);
        auto r = probe.query(words({"SELECT max(seq) FROM journal", "SELECT count(*) FROM checkpoints",
                                    "SELECT count(*) FROM key_records", "SELECT count(*) FROM devices"}));
        *why = probe.error();
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        auto config = workspace::Workspace::readConfig(m_demo.dir());
        auto slots = workspace::Workspace::readKeyslots(m_demo.dir());
        QVERIFY(config && slots);
        auto module = workspace::Workspace::loadModule(m_demo.dir(), *config, {});
        QVERIFY2(module, module ? "" : qPrintable(module.error().message));
        const auto& card = demo::demoCards()[test::kCustodian1 - 1];
        for (const auto& slot : *slots) {
            if (slot.tokenLabel != card.label)
                continue;
            auto token = (*module)->findTokenBySerial(slot.tokenSerial);
            QVERIFY(token);
            auto session = (*module)->openSession(token->slotId, false);
            QVERIFY(session);
            QVERIFY((*session)->login(SecureBytes::fromString(card.pin.toStdString())));
            auto pair = hsm::EcKeyPair::find(**session, slot.keyId);
            QVERIFY(pair);
            auto key = slot.open(**session, *pair);
            (void)(*session)->logout();
            QVERIFY(key);
            m_dbKeyHex = key->toHex();
        }
        QCOMPARE(m_dbKeyHex.size(), std::size_t(64));
        // An untouched copy opens healthy: custodial actions are not refused there.
        const QString dir = damagedCopy(QStringLiteral("untouched"));
        const auto ok = runCli(cliArgs(dir, test::kReviewer, words({"journal", "verify"})));
        QVERIFY2(ok.code == 0 && !ok.err.contains(kRefused), qPrintable(ok.err));
    }

    void custodialActionsAreRefused_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("because");
        QTest::addColumn<bool>("verifies"); // whether the chain itself still verifies
        QTest::newRow("checkpoint file deleted")
            << QStringLiteral("checkpoint-deleted") << QStringLiteral("journal-checkpoints.jsonl is missing")
            << false;
        QTest::newRow("checkpoint file emptied")
            << QStringLiteral("checkpoint-emptied") << QStringLiteral("journal-checkpoints.jsonl is empty")
            << false;
        QTest::newRow("checkpoint file garbled")
            << QStringLiteral("checkpoint-garbled") << QStringLiteral("the checkpoint file is damaged: ")
            << false;
        QTest::newRow("signing key deleted")
            << QStringLiteral("pem-deleted") << QStringLiteral("journal-signing-key.pem is missing") << false;
        QTest::newRow("signing key replaced")
            << QStringLiteral("pem-replaced") << QStringLiteral("journal-signing-key.pem was replaced")
            << false;
        QTest::newRow("journal entry edited")
            << QStringLiteral("entry-edited") << QStringLiteral("the journal does not verify at entry #3")
            << false;
        QTest::newRow("journal token absent")
            << QStringLiteral("token-absent") << QStringLiteral("The journal token is not present") << true;
    }
    void custodialActionsAreRefused() {
        QFETCH(QString, damage);
        QFETCH(QString, because);
        QFETCH(bool, verifies);
        const QString dir = damagedCopy(damage);
        const QString sidecar = workspace::Workspace::checkpointFilePath(dir);
        const QString pem = workspace::Workspace::journalKeyPath(dir);
        QString why;
        if (damage == QLatin1String("checkpoint-deleted")) {
            QVERIFY(QFile::remove(sidecar));
        } else if (damage == QLatin1String("checkpoint-emptied")) {
            QVERIFY(writeFile(sidecar, {}));
        } else if (damage == QLatin1String("checkpoint-garbled")) {
            QFile f(sidecar);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QList<QByteArray> lines = f.readAll().split('\n');
            f.close();
            QVERIFY(lines.size() > 2);
            lines[1] = "{\"seq\": 2, oops";
            QVERIFY(writeFile(sidecar, lines.join('\n')));
        } else if (damage == QLatin1String("pem-deleted")) {
            QVERIFY(QFile::remove(pem));
        } else if (damage == QLatin1String("pem-replaced")) {
            QVERIFY(writeFile(pem, otherKeyPem()));
        } else if (damage == QLatin1String("entry-edited")) {
            QVERIFY2(sqlcipher(dir, "UPDATE journal SET target = target || ' (edited)' WHERE seq = 3;", &why),
                     qPrintable(why));
        } else if (damage == QLatin1String("token-absent")) {
            // The journal token's directory in the embedded store: the token is gone.
            bool removed = false;
            const QDir tokens(QDir(dir).filePath(QStringLiteral("tokens")));
            for (const QString& t : tokens.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile object(QDir(tokens.filePath(t)).filePath(QStringLiteral("token.object")));
                if (object.open(QIODevice::ReadOnly) &&
                    object.readAll().contains(journal::JournalSigner::tokenLabel().toUtf8()))
                    removed = QDir(tokens.filePath(t)).removeRecursively();
            }
            QVERIFY(removed);
        }

        const auto before = counts(dir, &why);
        QVERIFY2(before, qPrintable(why));

        // A ceremony, an import and a re-key plan: each refused, naming what is wrong.
        QFile csv(QDir(dir).filePath(QStringLiteral("more.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("device_id\n");
        csv.close();
        for (const QStringList& command :
             {cliArgs(dir, test::kCustodian1, words({"ceremony", "generate-keks"}),
                      {test::kCustodian1, test::kCustodian2}),
              cliArgs(dir, test::kCustodian1,
                      {QStringLiteral("inventory"), QStringLiteral("import"), csv.fileName()}),
              cliArgs(dir, test::kResponder,
                      words({"rekey", "plan", "--rotation", "any", "--pma-ground", "major-incident",
                             "--pma-ref", "PMA-1", "--reason", "test"}))}) {
            const auto r = runCli(command);
            QVERIFY2(r.code != 0, qPrintable(command.join(QLatin1Char(' '))));
            QVERIFY2(r.err.contains(kRefused), qPrintable(r.err));
            QVERIFY2(r.err.contains(because), qPrintable(r.err));
            QVERIFY2(r.err.contains(kStill), qPrintable(r.err));
            QVERIFY2(!r.out.contains(QStringLiteral("quorum.")), qPrintable(r.out));
        }
        const auto after = counts(dir, &why);
        QVERIFY2(after, qPrintable(why));
        QCOMPARE(*after, *before);

        // The reviewer still verifies (and is told what is wrong) and exports.
        const auto verify = runCli(cliArgs(dir, test::kReviewer, words({"journal", "verify"})));
        QVERIFY2(verify.err.contains(because), qPrintable(verify.err));
        if (verifies)
            QVERIFY2(verify.code == 0 && verify.out.contains(QStringLiteral("Chain verified")),
                     qPrintable(verify.out + verify.err));
        else
            QVERIFY2(verify.code == 1 && verify.err.contains(QStringLiteral("symbolon-cli: journal ")),
                     qPrintable(verify.out + verify.err));
        const QString pack = QDir(dir).filePath(QStringLiteral("pack"));
        const auto exported = runCli(cliArgs(
            dir, test::kReviewer,
            {QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--evidence-pack"), pack}));
        QVERIFY2(exported.out.contains(QStringLiteral("Evidence pack written to")),
                 qPrintable(exported.out + exported.err));
        QVERIFY(QFile::exists(QDir(pack).filePath(QStringLiteral("manifest.json"))));
        QVERIFY(QFile::exists(QDir(pack).filePath(QStringLiteral("journal.jsonl"))));
        const auto afterExport = counts(dir, &why);
        QVERIFY2(afterExport, qPrintable(why));
        QCOMPARE(*afterExport, *before); // the export journaled nothing either
    }

    // A page of workspace.db flipped on disk (the header page left alone): SQLCipher's page HMAC
    // fails when that page is read (SQLITE_CORRUPT). A page open reads (the schema, people, meta:
    // the demo's third page) fails open with "the database file is damaged"; any other is found by
    // PRAGMA quick_check at open, and custodial actions are refused while reading still works.
    void aDamagedDatabasePage_data() {
        QTest::addColumn<int>("fromEnd"); // the page, counted from the end (0: the last)
        QTest::addColumn<int>("fromStart");
        QTest::addColumn<bool>("opens");
        QTest::newRow("a page open reads") << -1 << 2 << false;
        QTest::newRow("an index page near the end") << 1 << -1 << true;
        QTest::newRow("a page in the middle") << -1 << 20 << true;
    }
    void aDamagedDatabasePage() {
        QFETCH(int, fromEnd);
        QFETCH(int, fromStart);
        QFETCH(bool, opens);
        const QString dir = damagedCopy(QStringLiteral("page%1-%2").arg(fromEnd).arg(fromStart));
        QFile db(workspace::Workspace::databasePath(dir));
        const QString wal = db.fileName() + QStringLiteral("-wal");
        QVERIFY(!QFile::exists(wal) || QFileInfo(wal).size() == 0);
        const qint64 pages = db.size() / 4096;
        QVERIFY(pages > 24);
        QVERIFY(db.open(QIODevice::ReadWrite));
        const qint64 page = fromEnd >= 0 ? pages - 1 - fromEnd : fromStart;
        QVERIFY(db.seek(page * 4096 + 100));
        QByteArray bytes = db.read(16);
        for (char& b : bytes)
            b = static_cast<char>(b ^ 0x5a);
        QVERIFY(db.seek(page * 4096 + 100));
        QCOMPARE(db.write(bytes), qint64(16));
        db.close();

        const auto r = runCli(cliArgs(dir, test::kCustodian1, words({"ceremony", "generate-keks"}),
                                      {test::kCustodian1, test::kCustodian2}));
        QVERIFY2(r.code != 0, qPrintable(r.out));
        const auto verify = runCli(cliArgs(dir, test::kReviewer, words({"journal", "verify"})));
        if (!opens) {
            for (const QString& err : {r.err, verify.err})
                QVERIFY2(
                    err.contains(QStringLiteral("The database file is damaged: restore the workspace from "
                                                "its backup.")),
                    qPrintable(err));
            return;
        }
        QVERIFY2(r.err.contains(kRefused), qPrintable(r.err));
        QVERIFY2(r.err.contains(
                     QStringLiteral("the database fails its integrity check (PRAGMA quick_check): Page ")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("***")), qPrintable(r.err));
        QVERIFY2(verify.err.contains(QStringLiteral("PRAGMA quick_check")), qPrintable(verify.err));
    }

    // In this process, through the API every front end uses: health() names the problem,
    // require() refuses custodial permissions and allows reading, record() writes nothing; with
    // the file back, the workspace is healthy again.
    void theGateIsWorkspaceRequire() {
        const QString sidecar = workspace::Workspace::checkpointFilePath(m_demo.dir());
        QVERIFY(QFile::rename(sidecar, sidecar + QStringLiteral(".away")));
        {
            auto ws = test::openWorkspaceAs(m_demo.dir(), test::kCustodian1);
            QVERIFY(!ws->health().ok());
            QVERIFY(ws->health().has(workspace::WorkspaceHealth::Check::CheckpointFile));
            const auto head = ws->journal().head();
            QVERIFY(head);
            for (auto p : {policy::Permission::RunCeremony, policy::Permission::ApproveQuorum,
                           policy::Permission::ImportInventory}) {
                const Status s = ws->require(p);
                QVERIFY(!s);
                QCOMPARE(s.error().code, ErrorCode::PolicyRefused);
                QVERIFY2(s.error().message.startsWith(kRefused), qPrintable(s.error().message));
            }
            for (auto p : {policy::Permission::OpenWorkspace, policy::Permission::BrowseJournal,
                           policy::Permission::VerifyJournal, policy::Permission::ExportEvidence})
                QVERIFY(ws->require(p));
            QVERIFY(!ws->record(QStringLiteral("test.note"), QStringLiteral("t"), {}));
            QCOMPARE(ws->journal().head()->seq, head->seq);
            QVERIFY(!QFile::exists(sidecar)); // nothing signed, so no new sidecar either
        }
        QVERIFY(QFile::rename(sidecar + QStringLiteral(".away"), sidecar));
        auto ws = test::openWorkspaceAs(m_demo.dir(), test::kCustodian1);
        QVERIFY2(ws->health().ok(), qPrintable(ws->health().summary()));
        QVERIFY(ws->require(policy::Permission::RunCeremony));
        qInfo("health check at open: %lld ms", static_cast<long long>(ws->health().elapsedMs()));
    }
};

QTEST_GUILESS_MAIN(TestFailClosed)
#include "test_fail_closed.moc"
