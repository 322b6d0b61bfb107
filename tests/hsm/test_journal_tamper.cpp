// Every kind of tampering the journal issue names must fail verification, each on its own,
// naming the right first bad entry. The data is the real demo workspace's journal and
// checkpoints (signed on its SoftHSM2 journal token), tampered in memory — the same verifier the
// database and evidence packs use — and real evidence-pack files on disk.
#include "DemoFixture.h"

#include "audit/EvidencePack.h"
#include "hsm/EcKeyPair.h"
#include "journal/CheckpointStore.h"
#include "journal/JournalSigner.h"
#include "journal/JournalVerifier.h"
#include "store/Database.h"

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace symbolon;
using journal::Checkpoint;
using journal::JournalEntry;

class TestJournalTamper : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{50};
    QVector<JournalEntry> m_entries;
    QVector<Checkpoint> m_dbCheckpoints, m_sidecar;
    QByteArray m_key;
    QString m_pack;

    journal::VerificationReport run(QVector<JournalEntry> entries, QVector<Checkpoint> db,
                                    QVector<Checkpoint> side, QByteArray key = {}) {
        journal::JournalVerifier::Input in;
        int i = 0;
        in.nextEntry = [&](JournalEntry& e) -> Result<bool> {
            if (i >= entries.size())
                return false;
            e = entries[i++];
            return true;
        };
        in.databaseCheckpoints = db;
        in.externalCheckpoints = side;
        in.publicKey = key.isEmpty() ? m_key : key;
        return journal::JournalVerifier::verify(std::move(in));
    }
    QString copyPack(const QString& name) {
        const QString dir = m_demo.scratch(name);
        QDir().mkpath(dir);
        for (const QString& f : QDir(m_pack).entryList(QDir::Files))
            QFile::copy(QDir(m_pack).filePath(f), QDir(dir).filePath(f));
        return dir;
    }
    static void rewriteLine(const QString& path, int index, const std::function<QByteArray(QByteArray)>& edit,
                            bool drop = false) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        if (lines.last().isEmpty())
            lines.removeLast();
        if (index < 0)
            index = static_cast<int>(lines.size()) + index;
        if (drop)
            lines.removeAt(index);
        else
            lines[index] = edit(lines[index]);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines.join('\n') + '\n');
    }

private Q_SLOTS:
    void initTestCase() {
        auto ws = m_demo.open();
        // A few more entries with checkpoints between them.
        for (int i = 0; i < 6; ++i)
            QVERIFY(ws->record(QStringLiteral("test.note"), QStringLiteral("t%1").arg(i),
                               QJsonObject{{QStringLiteral("n"), i}}));
        auto all = ws->journal().range(1, 1000);
        QVERIFY(all);
        m_entries = *all;
        journal::CheckpointStore store(ws->db(), workspace::Workspace::checkpointFilePath(m_demo.dir()));
        m_dbCheckpoints = *store.fromDatabase();
        m_sidecar = *store.fromSidecar();
        QFile pem(workspace::Workspace::journalKeyPath(m_demo.dir()));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        m_key = journal::JournalSigner::spkiFromPem(pem.readAll());
        QVERIFY(!m_key.isEmpty());
        QVERIFY(m_entries.size() >= 10);
        QVERIFY(m_sidecar.size() >= 8);
        m_pack = m_demo.scratch(QStringLiteral("pack"));
        auto pack = audit::EvidencePack::write(*ws, m_pack);
        QVERIFY2(pack, pack ? "" : qPrintable(pack.error().message));
        QVERIFY(pack->verification.ok());
    }

    void untouchedVerifies() {
        auto r = run(m_entries, m_dbCheckpoints, m_sidecar);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.lastSeq, m_entries.last().seq);
        QVERIFY(r.newest.has_value());
        QVERIFY(r.summary().contains(QStringLiteral("Chain verified")));
    }

    void oneByteChangedInAnyField_data() {
        QTest::addColumn<QString>("field");
        for (const char* f : {"time", "actor", "role", "action", "target", "details", "prev_hash", "hash"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void oneByteChangedInAnyField() {
        QFETCH(QString, field);
        for (int victim : {1, 4, static_cast<int>(m_entries.size()) - 1}) {
            auto entries = m_entries;
            JournalEntry& e = entries[victim];
            auto flip = [](QString s) {
                s[0] = QChar(s[0].unicode() ^ 1);
                return s;
            };
            if (field == QLatin1String("time"))
                e.timeStored[20] = QChar(e.timeStored[20].unicode() ^ 1); // a millisecond digit
            else if (field == QLatin1String("actor"))
                e.actor = flip(e.actor);
            else if (field == QLatin1String("role"))
                e.role = flip(e.role);
            else if (field == QLatin1String("action"))
                e.action = flip(e.action);
            else if (field == QLatin1String("target"))
                e.target = flip(e.target);
            else if (field == QLatin1String("details"))
                e.detailsJson[1] = static_cast<char>(e.detailsJson[1] ^ 1);
            else if (field == QLatin1String("prev_hash"))
                e.prevHash[5] = static_cast<char>(e.prevHash[5] ^ 1);
            else
                e.hash[5] = static_cast<char>(e.hash[5] ^ 1);
            auto r = run(entries, m_dbCheckpoints, m_sidecar);
            QVERIFY(!r.ok());
            // A changed hash shows at the entry itself (mismatch) — except in the newest entry,
            // where only the checkpoint catches it — or at its successor (broken link).
            QVERIFY2(r.firstBadSeq == e.seq || r.firstBadSeq == e.seq + 1, qPrintable(r.summary()));
        }
    }

    void anEntryDeleted() {
        auto entries = m_entries;
        entries.removeAt(3);
        auto r = run(entries, m_dbCheckpoints, m_sidecar);
        QVERIFY(!r.ok());
        QCOMPARE(r.firstBadSeq, m_entries[3].seq);
        QVERIFY(r.problem.contains(QStringLiteral("missing")));
    }

    void twoEntriesSwapped() {
        auto entries = m_entries;
        std::swap(entries[4], entries[5]);
        auto r = run(entries, m_dbCheckpoints, m_sidecar);
        QVERIFY(!r.ok());
        QCOMPARE(r.firstBadSeq, m_entries[4].seq);
        // Swapping contents but keeping the sequence numbers: the hashes fail.
        entries = m_entries;
        const int a = static_cast<int>(entries.size()) - 4,
                  b = a + 1; // two test.note entries, targets t2 and t3
        QVERIFY(entries[a].target != entries[b].target);
        std::swap(entries[a].target, entries[b].target);
        std::swap(entries[a].detailsJson, entries[b].detailsJson);
        r = run(entries, m_dbCheckpoints, m_sidecar);
        QVERIFY(!r.ok());
        QCOMPARE(r.firstBadSeq, m_entries[a].seq);
    }

    void theTailTruncated() {
        auto entries = m_entries;
        entries.removeLast();
        entries.removeLast();
        auto r = run(entries, m_dbCheckpoints, m_sidecar);
        QVERIFY(!r.ok());
        QCOMPARE(r.firstBadSeq, entries.last().seq + 1);
        QVERIFY(r.problem.contains(QStringLiteral("deleted from the end")));
        // Even with the database's own checkpoints deleted too, the sidecar catches it.
        QVector<Checkpoint> db;
        for (const auto& c : m_dbCheckpoints)
            if (c.seq <= entries.last().seq)
                db.push_back(c);
        r = run(entries, db, m_sidecar);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("deleted from the end")));
    }

    void aCheckpointSignatureAltered() {
        auto side = m_sidecar;
        side[2].signature[10] = static_cast<char>(side[2].signature[10] ^ 1);
        auto r = run(m_entries, m_dbCheckpoints, side);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("does not verify")));
        auto db = m_dbCheckpoints;
        db[0].hash[0] = static_cast<char>(db[0].hash[0] ^ 1); // signed fields changed: the signature fails
        r = run(m_entries, db, m_sidecar);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("does not verify")));
    }

    void aCheckpointSignedByAnotherKey() {
        EVP_PKEY* other = EVP_EC_gen("prime256v1");
        QVERIFY(other);
        unsigned char* der = nullptr;
        const int len = i2d_PUBKEY(other, &der);
        const QByteArray otherSpki(reinterpret_cast<const char*>(der), len);
        OPENSSL_free(der);
        // The genuine checkpoints checked against another key: none verifies.
        auto r = run(m_entries, m_dbCheckpoints, m_sidecar, otherSpki);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("another key")));
        // A checkpoint forged with another key over a rewritten head, checked against ours.
        Checkpoint forged = m_sidecar.last();
        forged.keyFingerprint =
            QString::fromLatin1(QCryptographicHash::hash(otherSpki, QCryptographicHash::Sha256).toHex());
        EVP_MD_CTX* md = EVP_MD_CTX_new();
        size_t sigLen = 0;
        const QByteArray msg = forged.canonical();
        EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, other);
        EVP_DigestSign(md, nullptr, &sigLen, reinterpret_cast<const unsigned char*>(msg.constData()),
                       msg.size());
        QByteArray sig(static_cast<qsizetype>(sigLen), '\0');
        EVP_DigestSign(md, reinterpret_cast<unsigned char*>(sig.data()), &sigLen,
                       reinterpret_cast<const unsigned char*>(msg.constData()), msg.size());
        sig.resize(static_cast<qsizetype>(sigLen));
        EVP_MD_CTX_free(md);
        EVP_PKEY_free(other);
        forged.signature = sig;
        QVERIFY(journal::JournalSigner::verify(otherSpki, forged));
        auto side = m_sidecar;
        side.push_back(forged);
        r = run(m_entries, m_dbCheckpoints, side);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("another key")));
    }

    void theSidecarTruncated() {
        auto side = m_sidecar;
        side.removeLast();
        auto r = run(m_entries, m_dbCheckpoints, side);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("truncated")));
        r = run(m_entries, m_dbCheckpoints, {});
        QVERIFY(!r.ok());
    }

    void noCheckpointAtAllIsNotAnAnchor() {
        auto r = run(m_entries, {}, {});
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("no checkpoint")));
    }

    // The evidence pack on disk: verified with nothing but the public key, and every change caught.
    void anUntouchedPackVerifies() {
        auto r = audit::EvidencePack::verify(m_pack, m_key);
        QVERIFY2(r.ok(), qPrintable(r.summary()));
        QCOMPARE(r.lastSeq, m_entries.last().seq + 1); // the pack includes its own export entry
        QVERIFY(QFile::exists(QDir(m_pack).filePath(QStringLiteral("report.html"))));
    }
    void aPackWithAnAlteredEntryFails() {
        const QString dir = copyPack(QStringLiteral("p1"));
        rewriteLine(QDir(dir).filePath(QStringLiteral("journal.jsonl")), 3, [](QByteArray l) {
            return l.replace("\"role\":\"custodian\"", "\"role\":\"custodiam\"");
        });
        auto r = audit::EvidencePack::verify(dir, m_key);
        QVERIFY(!r.ok());
        QCOMPARE(r.firstBadSeq, 4);
    }
    void aPackWithItsTailCutFails() {
        const QString dir = copyPack(QStringLiteral("p2"));
        rewriteLine(QDir(dir).filePath(QStringLiteral("journal.jsonl")), -1, {}, true);
        auto r = audit::EvidencePack::verify(dir, m_key);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("deleted from the end")));
    }
    void aPackWithAGarbledLineNamesTheLine() {
        const QString dir = copyPack(QStringLiteral("p3"));
        rewriteLine(QDir(dir).filePath(QStringLiteral("journal.jsonl")), 2,
                    [](QByteArray) { return QByteArray("{oops"); });
        auto r = audit::EvidencePack::verify(dir, m_key);
        QVERIFY(!r.ok());
        QVERIFY2(r.problem.contains(QStringLiteral("journal.jsonl, line 3")), qPrintable(r.problem));
    }
    void aPackCheckedAgainstAnotherKeyFails() {
        EVP_PKEY* other = EVP_EC_gen("prime256v1");
        unsigned char* der = nullptr;
        const int len = i2d_PUBKEY(other, &der);
        const QByteArray otherSpki(reinterpret_cast<const char*>(der), len);
        OPENSSL_free(der);
        EVP_PKEY_free(other);
        auto r = audit::EvidencePack::verify(m_pack, otherSpki);
        QVERIFY(!r.ok());
    }
    void aPackWithAChangedReportFails() {
        const QString dir = copyPack(QStringLiteral("p4"));
        QFile f(QDir(dir).filePath(QStringLiteral("report.html")));
        QVERIFY(f.open(QIODevice::Append));
        f.write("<p>all fine</p>");
        f.close();
        auto r = audit::EvidencePack::verify(dir, m_key);
        QVERIFY(!r.ok());
        QVERIFY(r.problem.contains(QStringLiteral("report.html")));
    }
};

QTEST_GUILESS_MAIN(TestJournalTamper)
#include "test_journal_tamper.moc"
