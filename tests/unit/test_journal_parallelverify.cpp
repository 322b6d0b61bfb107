// Issue #21: JournalVerifier hashes entries on worker threads, in batches, while the calling
// thread reads them and checks links, sequence and checkpoints in order. Whatever the number of
// threads, the report must be the one of checking one entry after another: the FIRST bad entry in
// seq order, with the same problem, even when a worker hashes a later bad entry first. The journals
// here span many batches (1,024 entries each, JournalVerifier.cpp's kBatchSize), and the tampered
// entries sit in the middle, near the end and on batch boundaries. The evidence-pack form (lines
// decoded on the workers) is checked the same way, through EvidencePack::check.
#include "audit/EvidencePack.h"
#include "journal/Checkpoint.h"
#include "journal/JournalSigner.h"
#include "journal/JournalStore.h"
#include "journal/JournalVerifier.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Transaction.h"
#include "workspace/WorkspaceSchema.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace symbolon;
using journal::Checkpoint;
using journal::JournalEntry;
using journal::JournalVerifier;
using journal::VerificationReport;

namespace {
constexpr int kBatch = 1024; // JournalVerifier.cpp's kBatchSize: where the batches meet

// A software P-256 key standing in for the journal signing key.
struct SoftKey {
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    SoftKey() = default;
    SoftKey(const SoftKey&) = delete;
    SoftKey& operator=(const SoftKey&) = delete;
    ~SoftKey() { EVP_PKEY_free(key); }
    QByteArray spki() const {
        unsigned char* der = nullptr;
        const int n = i2d_PUBKEY(key, &der);
        QByteArray out(reinterpret_cast<const char*>(der), n);
        OPENSSL_free(der);
        return out;
    }
    QString fingerprint() const {
        return QString::fromLatin1(QCryptographicHash::hash(spki(), QCryptographicHash::Sha256).toHex());
    }
    QByteArray sign(const QByteArray& data) const {
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        size_t len = 0;
        QByteArray sig;
        const auto* in = reinterpret_cast<const unsigned char*>(data.constData());
        if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
            EVP_DigestSign(ctx, nullptr, &len, in, size_t(data.size())) == 1) {
            sig.resize(qsizetype(len));
            if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len, in,
                               size_t(data.size())) == 1)
                sig.resize(qsizetype(len));
            else
                sig.clear();
        }
        EVP_MD_CTX_free(ctx);
        return sig;
    }
};

// n entries, chained; entry #1 records the journal key, as a workspace's creation entry does.
QVector<JournalEntry> makeJournal(int n, const QString& keyFingerprint = {}) {
    QVector<JournalEntry> out;
    out.reserve(n);
    QByteArray prev(32, '\0');
    for (int seq = 1; seq <= n; ++seq) {
        JournalEntry e;
        e.seq = seq;
        e.timeStored = QStringLiteral("2026-03-01T12:00:%1.000Z").arg(seq % 60, 2, 10, QLatin1Char('0'));
        e.actor = seq == 1 ? QStringLiteral("system") : QStringLiteral("Alice Hughes [card 3b20492d]");
        e.role = seq == 1 ? QStringLiteral("system") : QStringLiteral("custodian");
        e.action = seq == 1 ? QStringLiteral("workspace.created") : QStringLiteral("test.note");
        e.target = QStringLiteral("t%1").arg(seq);
        e.detailsJson = seq == 1 ? JournalEntry::encodeDetails(QJsonObject{
                                       {QStringLiteral("journal_key_fingerprint"), keyFingerprint}})
                                 : JournalEntry::encodeDetails(QJsonObject{{QStringLiteral("n"), seq}});
        e.prevHash = prev;
        e.hash = e.computeHash();
        prev = e.hash;
        out.push_back(e);
    }
    return out;
}

// A journal.jsonl line, as EvidencePack::write writes an entry.
QByteArray entryLine(const JournalEntry& e) {
    return QJsonDocument(QJsonObject{{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("time"), e.timeText()},
                                     {QStringLiteral("actor"), e.actor},
                                     {QStringLiteral("role"), e.role},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("target"), e.target},
                                     {QStringLiteral("details_json"), QString::fromUtf8(e.detailsJson)},
                                     {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex())},
                                     {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}})
        .toJson(QJsonDocument::Compact);
}

JournalEntry& at(QVector<JournalEntry>& entries, qint64 seq) {
    return entries[seq - 1];
}

// Tampering, as an insider with write access to the rows would.
void alterContent(QVector<JournalEntry>& entries, qint64 seq) {
    at(entries, seq).target += QLatin1Char('x'); // the stored hash no longer matches
}
void alterAndRehash(QVector<JournalEntry>& entries, qint64 seq) {
    JournalEntry& e = at(entries, seq);
    e.target += QLatin1Char('x');
    e.hash = e.computeHash(); // consistent in itself: the next entry's link breaks
}
void breakLink(QVector<JournalEntry>& entries, qint64 seq) {
    JournalEntry& e = at(entries, seq);
    e.prevHash[0] = char(e.prevHash[0] ^ 1);
    e.hash = e.computeHash(); // its own hash recomputed: only the link is wrong
}

struct Run {
    VerificationReport report;
    QVector<qint64> progress; // progress() calls, in order
    bool progressOnCaller = true;
};

// readErrorAt > 0: the reader fails instead of yielding that entry (index from 1).
Run verify(const QVector<JournalEntry>& entries, int threads, int readErrorAt = 0) {
    Run run;
    JournalVerifier::Input in;
    qsizetype i = 0;
    QThread* const caller = QThread::currentThread();
    in.nextEntry = [&](JournalEntry& e) -> Result<bool> {
        run.progressOnCaller = run.progressOnCaller && QThread::currentThread() == caller;
        if (i >= entries.size())
            return false;
        if (readErrorAt > 0 && i + 1 == readErrorAt)
            return fail(ErrorCode::Database, QStringLiteral("the disk went away"));
        e = entries[i++];
        return true;
    };
    in.threads = threads;
    in.progress = [&](qint64 seq) {
        run.progress.push_back(seq);
        run.progressOnCaller = run.progressOnCaller && QThread::currentThread() == caller;
    };
    run.report = JournalVerifier::verify(std::move(in));
    return run;
}

const QList<int> kThreadCounts{1, 2, 3, 8};
} // namespace

class TestJournalParallelVerify : public QObject {
    Q_OBJECT
    static constexpr int kEntries = 10 * kBatch + 37; // ten full batches and a short one
    QVector<JournalEntry> m_journal;

private Q_SLOTS:
    void initTestCase() { m_journal = makeJournal(kEntries); }

    void untouchedVerifiesAtEveryThreadCount() {
        for (int threads : kThreadCounts) {
            const Run run = verify(m_journal, threads);
            QVERIFY2(run.report.ok(), qPrintable(run.report.summary()));
            QCOMPARE(run.report.entries, qint64(kEntries));
            QCOMPARE(run.report.firstSeq, qint64(1));
            QCOMPARE(run.report.lastSeq, qint64(kEntries));
            QVERIFY(run.progressOnCaller);
        }
    }

    // Each case: the tampering, and the first bad entry and problem one-by-one checking names.
    void theEarliestBadEntryIsReported_data() {
        QTest::addColumn<QVector<JournalEntry>>("entries");
        QTest::addColumn<qint64>("firstBad");
        QTest::addColumn<QString>("problem");
        const QString altered = QStringLiteral("its content was altered: the hash does not match");
        const QString unlinked =
            QStringLiteral("it does not link to the entry before it (prev_hash differs)");
        const qint64 middle = 5 * kBatch + 300, nearEnd = kEntries - 3;
        {
            auto e = m_journal;
            alterContent(e, nearEnd);
            alterContent(e, middle); // the later one sits in a batch a worker may finish first
            QTest::newRow("content altered in the middle and near the end") << e << middle << altered;
        }
        {
            auto e = m_journal;
            alterContent(e, nearEnd);
            QTest::newRow("content altered near the end") << e << nearEnd << altered;
        }
        {
            auto e = m_journal;
            alterContent(e, kEntries);
            QTest::newRow("the last entry altered") << e << qint64(kEntries) << altered;
        }
        {
            auto e = m_journal;
            alterContent(e, nearEnd);
            alterContent(e, 1);
            QTest::newRow("the first entry altered, and one near the end") << e << qint64(1) << altered;
        }
        // At a batch boundary: the last entry of one batch and the first of the next are hashed by
        // different workers; only the in-order check sees their link.
        for (const qint64 boundary : {qint64(kBatch), qint64(2 * kBatch), qint64(7 * kBatch)}) {
            {
                auto e = m_journal;
                breakLink(e, boundary + 1);
                alterContent(e, nearEnd);
                QTest::addRow("prev_hash broken on the first entry of a batch (#%lld)", boundary + 1)
                    << e << boundary + 1 << unlinked;
            }
            {
                auto e = m_journal;
                alterAndRehash(e, boundary); // the last of its batch, rewritten with a new hash
                alterContent(e, nearEnd);
                QTest::addRow("rewritten with its hash at the end of a batch (#%lld)", boundary)
                    << e << boundary + 1 << unlinked;
            }
            for (const qint64 seq : {boundary, boundary + 1}) {
                auto e = m_journal;
                alterContent(e, nearEnd);
                alterContent(e, seq);
                QTest::addRow("content altered at a batch boundary (#%lld)", seq) << e << seq << altered;
            }
            {
                auto e = m_journal;
                breakLink(e, boundary);
                QTest::addRow("prev_hash broken on the last entry of a batch (#%lld)", boundary)
                    << e << boundary << unlinked;
            }
            {
                auto e = m_journal;
                e.removeAt(boundary); // #boundary+1 is gone
                alterContent(e, nearEnd);
                QTest::addRow("entry deleted after a batch boundary (#%lld)", boundary + 1)
                    << e << boundary + 1
                    << QStringLiteral("the entry is missing (the next one found is #%1)").arg(boundary + 2);
            }
        }
        {
            auto e = m_journal;
            alterContent(e, nearEnd);
            std::swap(at(e, 3 * kBatch), at(e, 3 * kBatch + 1));
            QTest::newRow("two entries swapped across a boundary")
                << e << qint64(3 * kBatch)
                << QStringLiteral("the entry is missing (the next one found is #%1)").arg(3 * kBatch + 1);
        }
    }
    void theEarliestBadEntryIsReported() {
        QFETCH(QVector<JournalEntry>, entries);
        QFETCH(qint64, firstBad);
        QFETCH(QString, problem);
        for (int threads : kThreadCounts) {
            const Run run = verify(entries, threads);
            QVERIFY2(!run.report.ok(), qPrintable(QStringLiteral("%1 threads").arg(threads)));
            QCOMPARE(run.report.firstBadSeq, firstBad);
            QCOMPARE(run.report.problem, problem);
            QCOMPARE(run.report.lastSeq, firstBad - 1); // everything before it was checked
            QCOMPARE(run.report.entries, firstBad - 1);
        }
    }

    // A reader failure is reported at its place in the sequence: after the entries before it,
    // before (and instead of) anything wrong after it.
    void aReadFailureIsReportedInOrder() {
        auto entries = m_journal;
        alterContent(entries, kEntries - 2); // after the failure: never reached
        for (int threads : kThreadCounts) {
            const Run run = verify(entries, threads, 4 * kBatch + 1);
            QCOMPARE(run.report.firstBadSeq, qint64(4 * kBatch + 1));
            QCOMPARE(run.report.problem, QStringLiteral("the disk went away"));
            QCOMPARE(run.report.lastSeq, qint64(4 * kBatch));
        }
        alterContent(entries, 2 * kBatch + 5); // before the failure: named instead
        for (int threads : kThreadCounts) {
            const Run run = verify(entries, threads, 4 * kBatch + 1);
            QCOMPARE(run.report.firstBadSeq, qint64(2 * kBatch + 5));
            QCOMPARE(run.report.problem, QStringLiteral("its content was altered: the hash does not match"));
        }
    }

    // Progress comes in seq order, every 65,536 entries, on the calling thread.
    void progressIsInOrderOnTheCallingThread() {
        const QVector<JournalEntry> big = makeJournal(2 * 65536 + 10);
        for (int threads : {1, 3}) {
            const Run run = verify(big, threads);
            QVERIFY2(run.report.ok(), qPrintable(run.report.summary()));
            QCOMPARE(run.progress, (QVector<qint64>{65536, 2 * 65536}));
            QVERIFY(run.progressOnCaller);
        }
    }

    // The form Workspace::verifyJournal uses: rows read from SQLCipher on this thread
    // (JournalStore::readInto), decoded and hashed on the workers. The decoded entries are those
    // JournalStore::cursor gives, and a tampered row is found as before.
    void theDatabaseReaderGivesTheSameEntries() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = store::Database::open(dir.filePath(QStringLiteral("j.db")), SecureBytes::random(32),
                                        store::Database::Mode::Create);
        QVERIFY(db);
        // The workspace's schema: the journal's migrations alone skip the versions of the other
        // tables, and Schema asserts that versions are contiguous (the Debug build checks it).
        QVERIFY(store::Schema(workspace::workspaceMigrations()).create(**db));
        journal::JournalStore journal(**db);
        const int n = 3 * kBatch + 100;
        {
            store::Transaction tx(**db);
            QVERIFY(tx.begin());
            for (int i = 1; i <= n; ++i)
                QVERIFY(journal.append(
                    {i % 7 ? QStringLiteral("Zoë Ångström [card 1]") : QStringLiteral("system"),
                     QStringLiteral("custodian"), QStringLiteral("test.note"), QStringLiteral("t%1").arg(i),
                     QJsonObject{{QStringLiteral("n"), i}}}));
            QVERIFY(tx.commit());
        }
        JournalVerifier::Input records;
        QVERIFY(journal.readInto(records));
        auto cursor = journal.cursor();
        QVERIFY(cursor);
        JournalVerifier::Input::Record record;
        JournalEntry expected;
        int rows = 0;
        while (*records.nextRecord(record)) {
            QVERIFY(*(*cursor)(expected));
            auto e = records.decode(record);
            QVERIFY(e);
            QCOMPARE(e->seq, expected.seq);
            QCOMPARE(e->timeStored, expected.timeStored);
            QCOMPARE(e->actor, expected.actor);
            QCOMPARE(e->role, expected.role);
            QCOMPARE(e->action, expected.action);
            QCOMPARE(e->target, expected.target);
            QCOMPARE(e->detailsJson, expected.detailsJson);
            QCOMPARE(e->prevHash, expected.prevHash);
            QCOMPARE(e->hash, expected.hash);
            QCOMPARE(e->computeHash(), expected.computeHash());
            ++rows;
        }
        QCOMPARE(rows, n);
        QVERIFY(!*(*cursor)(expected));
        for (int threads : kThreadCounts) {
            JournalVerifier::Input in;
            QVERIFY(journal.readInto(in));
            in.threads = threads;
            const VerificationReport r = JournalVerifier::verify(std::move(in));
            QVERIFY2(r.ok(), qPrintable(r.summary()));
            QCOMPARE(r.entries, qint64(n));
        }
        QVERIFY((*db)->exec("UPDATE journal SET target = 'late' WHERE seq = 3000;"
                            "UPDATE journal SET details = '{\"n\":0}' WHERE seq = 2049;"));
        for (int threads : kThreadCounts) {
            JournalVerifier::Input in;
            QVERIFY(journal.readInto(in));
            in.threads = threads;
            const VerificationReport r = JournalVerifier::verify(std::move(in));
            QCOMPARE(r.firstBadSeq, qint64(2049));
            QCOMPARE(r.problem, QStringLiteral("its content was altered: the hash does not match"));
        }
        auto chain = journal.verifyChain();
        QVERIFY(!chain);
        QVERIFY2(chain.error().message.contains(QStringLiteral("#2049")), qPrintable(chain.error().message));
    }

    // The evidence-pack form: lines read on this thread, decoded and hashed on the workers.
    void anEvidencePackReportsTheEarliestBadLine() {
        SoftKey key;
        const QVector<JournalEntry> entries = makeJournal(6 * kBatch + 11, key.fingerprint());
        Checkpoint c;
        c.seq = entries.last().seq;
        c.hash = entries.last().hash;
        c.time = QDateTime::fromString(QStringLiteral("2026-03-01T13:00:00Z"), Qt::ISODate);
        c.keyFingerprint = key.fingerprint();
        c.signature = key.sign(c.canonical());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // lineEdit: edits the line of one entry (seq -> new text).
        auto writePack = [&](const QString& name, const QHash<qint64, QByteArray>& lineEdit) {
            const QString pack = dir.filePath(name);
            QDir().mkpath(pack);
            QFile lines(QDir(pack).filePath(QStringLiteral("journal.jsonl")));
            QFile cps(QDir(pack).filePath(QStringLiteral("checkpoints.jsonl")));
            QFile pem(QDir(pack).filePath(QStringLiteral("journal-signing-key.pem")));
            QFile manifest(QDir(pack).filePath(QStringLiteral("manifest.json")));
            if (!lines.open(QIODevice::WriteOnly) || !cps.open(QIODevice::WriteOnly) ||
                !pem.open(QIODevice::WriteOnly) || !manifest.open(QIODevice::WriteOnly))
                return QString();
            for (const JournalEntry& e : entries) {
                const QByteArray line = entryLine(e);
                lines.write(lineEdit.value(e.seq, line) + '\n');
            }
            cps.write(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact) + '\n');
            pem.write(journal::JournalSigner::publicKeyPem(key.spki()));
            manifest.write(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("format"), QStringLiteral("symbolon-evidence-pack-v1")},
                                {QStringLiteral("entries"), qint64(entries.size())},
                                {QStringLiteral("first_prev_hash"), QString(64, QLatin1Char('0'))},
                                {QStringLiteral("key_fingerprint"), key.fingerprint()},
                                {QStringLiteral("files_sha256"), QJsonObject()}})
                    .toJson());
            return pack;
        };
        auto alteredLine = [&](qint64 seq) {
            JournalEntry e = entries[seq - 1];
            e.target += QLatin1Char('x'); // the stored hash no longer matches
            return entryLine(e);
        };
        const qint64 middle = 3 * kBatch + 7, nearEnd = qint64(entries.size()) - 2;

        const QString clean = writePack(QStringLiteral("clean"), {});
        QVERIFY(!clean.isEmpty());
        for (int threads : kThreadCounts) {
            const auto check = audit::EvidencePack::check(clean, key.spki(), middle, threads);
            QVERIFY2(check.report.ok(), qPrintable(check.report.summary()));
            QCOMPARE(check.report.entries, qint64(entries.size()));
            QVERIFY(check.recordedInEntryOne);
            QCOMPARE(check.probeHash, entries[middle - 1].hash);
            QCOMPARE(check.headSeq, entries.last().seq);
        }

        // Content altered in the middle and near the end: the middle one is named.
        const QString altered = writePack(QStringLiteral("altered"),
                                          {{middle, alteredLine(middle)}, {nearEnd, alteredLine(nearEnd)}});
        for (int threads : kThreadCounts) {
            const auto check = audit::EvidencePack::check(altered, key.spki(), 0, threads);
            QCOMPARE(check.report.firstBadSeq, middle);
            QCOMPARE(check.report.problem,
                     QStringLiteral("its content was altered: the hash does not match"));
            QCOMPARE(check.headSeq, middle); // read up to the bad entry, as one thread reads
        }

        // An undecodable line near the end, content altered in the middle: the middle one.
        const QString both = writePack(QStringLiteral("both"), {{middle, alteredLine(middle)},
                                                                {nearEnd, QByteArrayLiteral("{\"seq\":")}});
        for (int threads : kThreadCounts) {
            const auto check = audit::EvidencePack::check(both, key.spki(), 0, threads);
            QCOMPARE(check.report.firstBadSeq, middle);
            QCOMPARE(check.report.problem,
                     QStringLiteral("its content was altered: the hash does not match"));
        }

        // An undecodable line first (at a batch boundary), altered content after it: the line,
        // named by its number, at the entry it should have been.
        const qint64 boundary = 2 * kBatch + 1;
        const QString garbled =
            writePack(QStringLiteral("garbled"),
                      {{boundary, QByteArrayLiteral("[\"not an entry\"]")}, {nearEnd, alteredLine(nearEnd)}});
        for (int threads : kThreadCounts) {
            const auto check = audit::EvidencePack::check(garbled, key.spki(), 0, threads);
            QCOMPARE(check.report.firstBadSeq, boundary);
            QCOMPARE(check.report.problem,
                     QStringLiteral("journal.jsonl, line %1: not a JSON object").arg(boundary));
            QCOMPARE(check.headSeq, boundary - 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestJournalParallelVerify)
#include "test_journal_parallelverify.moc"
