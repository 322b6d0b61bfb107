// Journal throughput: append inside transactions and verify, each next to its floor measured
// in the same run (bare SQLCipher inserts of the same rows; bare SHA-256 over the same bytes).
// Verify runs on one thread and on every core (issue #21) side by side, from the database and from
// an evidence pack of the same journal (EvidencePack::check, in this process).
//   bench_journal [N]      default 100000; full sizes 1000000 and 10000000 (BENCHMARKS.md)
#include "audit/EvidencePack.h"
#include "journal/Checkpoint.h"
#include "journal/JournalSigner.h"
#include "journal/JournalStore.h"
#include "journal/JournalVerifier.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/WorkspaceSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QThread>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cstdio>
#include <ctime>

using namespace symbolon;

namespace {
// A software P-256 key standing in for a card (the verifier checks signatures in software).
struct SoftKey {
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
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
        if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
            EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(data.constData()),
                           size_t(data.size())) == 1) {
            sig.resize(qsizetype(len));
            if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len,
                               reinterpret_cast<const unsigned char*>(data.constData()),
                               size_t(data.size())) == 1)
                sig.resize(qsizetype(len));
            else
                sig.clear();
        }
        EVP_MD_CTX_free(ctx);
        return sig;
    }
};

void row(const char* what, qint64 n, qint64 ms, double floorRate = 0) {
    const double rate = ms > 0 ? n * 1000.0 / ms : 0;
    if (floorRate > 0)
        std::printf("%-48s N=%-8lld seconds=%-8.3f per_s=%-10.0f vs_floor=%.0f%%\n", what,
                    static_cast<long long>(n), ms / 1000.0, rate, 100.0 * rate / floorRate);
    else
        std::printf("%-48s N=%-8lld seconds=%-8.3f per_s=%-10.0f\n", what, static_cast<long long>(n),
                    ms / 1000.0, rate);
    std::fflush(stdout);
}
double cpuSeconds(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + ts.tv_nsec / 1e9;
}
// Wall time, and the CPU time the process and this (the reading) thread spent: on a machine whose
// other work competes for the cores the wall time hides what the threads need; on an idle machine
// the wall time is about max(this thread's CPU, the process's CPU / cores).
struct Clock {
    QElapsedTimer wall;
    double process = 0, thread = 0;
    void start() {
        process = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
        thread = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        wall.start();
    }
};

// One thread against every core, side by side: rate, the ratio, and the CPU time spent.
double rowThreads(const char* what, int threads, qint64 n, const Clock& c, double oneThreadRate) {
    const qint64 ms = c.wall.elapsed();
    const double process = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - c.process;
    const double thread = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - c.thread;
    const double rate = ms > 0 ? n * 1000.0 / ms : 0;
    const QByteArray label =
        QByteArray(what) + ", " + QByteArray::number(threads) + (threads == 1 ? " thread" : " threads");
    std::printf("%-48s N=%-8lld seconds=%-8.3f per_s=%-10.0f cpu_s=%.3f reader_cpu_s=%.3f", label.constData(),
                static_cast<long long>(n), ms / 1000.0, rate, process, thread);
    if (oneThreadRate > 0)
        std::printf(" vs_1_thread=x%.2f", rate / oneThreadRate);
    std::printf("\n");
    std::fflush(stdout);
    return rate;
}
QJsonObject details(qint64 i) {
    return QJsonObject{
        {QStringLiteral("device"), QStringLiteral("00DB%1").arg(i, 12, 16, QLatin1Char('0')).toUpper()},
        {QStringLiteral("keys"), 9},
        {QStringLiteral("kcv"), QStringLiteral("CMAC-5B 08793E25AB")}};
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    const int chunk = 10000;
    QTemporaryDir dir(QStringLiteral("/dev/shm/symbolon-bench-XXXXXX"));
    const SecureBytes key = SecureBytes::random(32);

    // Floor: the same columns, bare inserts with a prepared statement, same chunking.
    double floorRate = 0;
    {
        auto db = store::Database::open(dir.filePath(QStringLiteral("floor.db")), key,
                                        store::Database::Mode::Create);
        if (!db || !store::Schema(journal::JournalStore::migrations()).create(**db))
            return 1;
        auto st = (*db)->prepare(
            "INSERT INTO journal(seq, ts, actor, role, action, target, details, prev_hash, hash)"
            " VALUES (?,?,?,?,?,?,?,?,?);");
        QElapsedTimer t;
        t.start();
        QByteArray h(32, '\x11');
        for (qint64 i = 1; i <= n; i += chunk) {
            store::Transaction tx(**db);
            (void)tx.begin();
            for (qint64 j = i; j < i + chunk && j <= n; ++j) {
                st->bind(1, j)
                    .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                    .bind(3, QStringLiteral("Alice Hughes [card 3b20492d]"))
                    .bind(4, QStringLiteral("custodian"))
                    .bind(5, QStringLiteral("rekey.device"))
                    .bind(6, QStringLiteral("00DB%1").arg(j, 12, 16, QLatin1Char('0')))
                    .bindText(7, journal::JournalEntry::encodeDetails(details(j)))
                    .bind(8, h)
                    .bind(9, h);
                (void)st->run();
            }
            (void)tx.commit();
        }
        floorRate = n * 1000.0 / qMax<qint64>(1, t.elapsed());
        row("floor: bare SQLCipher insert", n, t.elapsed());
    }

    // The floor's rows are no longer needed: at 10,000,000 entries they fill gigabytes of /dev/shm.
    QFile::remove(dir.filePath(QStringLiteral("floor.db")));

    // Entry #1 records the journal key, as a workspace's creation entry does (an evidence pack's
    // verification cross-checks it); every other entry names Alice.
    SoftKey journalKey, card;
    const QString alice = QStringLiteral("Alice Hughes [card 3b20492d]");
    auto db =
        store::Database::open(dir.filePath(QStringLiteral("journal.db")), key, store::Database::Mode::Create);
    if (!db || !workspace::workspaceSchema().create(**db))
        return 1;
    journal::JournalStore j(**db);
    QElapsedTimer t;
    t.start();
    for (qint64 i = 1; i <= n; i += chunk) {
        store::Transaction tx(**db);
        (void)tx.begin();
        for (qint64 k = i; k < i + chunk && k <= n; ++k) {
            const journal::JournalStore::Draft d =
                k == 1 ? journal::JournalStore::Draft{QStringLiteral("system"), QStringLiteral("system"),
                                                      QStringLiteral("workspace.created"),
                                                      QStringLiteral("workspace"),
                                                      QJsonObject{{QStringLiteral("journal_key_fingerprint"),
                                                                   journalKey.fingerprint()}}}
                       : journal::JournalStore::Draft{
                             alice, QStringLiteral("custodian"), QStringLiteral("rekey.device"),
                             QStringLiteral("00DB%1").arg(k, 12, 16, QLatin1Char('0')), details(k)};
            if (!j.append(d))
                return 2;
        }
        (void)tx.commit();
    }
    row("journal append (in transactions)", n, t.elapsed(), floorRate);

    // Verify floor: read every row and SHA-256 the same bytes, no checks.
    {
        auto st = (*db)->prepare("SELECT seq, ts, actor, role, action, target, details, prev_hash, hash FROM "
                                 "journal ORDER BY seq;");
        t.restart();
        qint64 rows = 0;
        while (*st->step()) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(st->blob(7));
            h.addData(st->blob(1));
            h.addData(st->blob(2));
            h.addData(st->blob(4));
            h.addData(st->blob(5));
            h.addData(st->blob(6));
            (void)h.result();
            ++rows;
        }
        floorRate = rows * 1000.0 / qMax<qint64>(1, t.elapsed());
        row("floor: read + SHA-256 per row", rows, t.elapsed());
    }
    // Where the time goes, one part at a time on one thread: the reader, which stays on the calling
    // thread (SQLCipher's step and decryption, and the row's columns copied into a record), then
    // what the workers share (the record decoded into an entry; the entry's SHA-256). For
    // comparison, the reader as it was before issue #21 (step, and the row decoded into an entry).
    {
        QElapsedTimer part;
        qint64 decodeNs = 0, hashNs = 0, rows = 0;
        bool allOk = true;
        journal::JournalVerifier::Input in;
        (void)j.readInto(in);
        journal::JournalVerifier::Input::Record record;
        t.restart();
        while (*in.nextRecord(record))
            ++rows;
        row("reader: step + copy row (1 thread)", rows, t.elapsed());
        (void)j.readInto(in);
        while (*in.nextRecord(record)) {
            part.start();
            auto e = journal::JournalStore::decodeRecord(record);
            decodeNs += part.nsecsElapsed();
            part.start();
            allOk = allOk && e && e->computeHash() == e->hash;
            hashNs += part.nsecsElapsed();
        }
        row("workers: decode row only (1 thread)", rows, decodeNs / 1000000);
        row("workers: computeHash only (1 thread)", rows, hashNs / 1000000);
        if (!allOk)
            return 3;
        auto cursor = j.cursor();
        journal::JournalEntry e;
        t.restart();
        while (*(*cursor)(e))
            ;
        row("before #21, reader: step + fromRow", rows, t.elapsed());
    }
    const int cores = QThread::idealThreadCount();
    double oneThread = 0;
    Clock timing;
    for (const int threads : {1, cores}) {
        journal::JournalVerifier::Input in;
        (void)j.readInto(in); // as Workspace::verifyJournal reads
        in.threads = threads;
        timing.start();
        auto report = journal::JournalVerifier::verify(std::move(in));
        const double rate = rowThreads("journal verify (chain)", threads, report.entries, timing,
                                       threads == 1 ? 0 : oneThread);
        if (threads == 1)
            oneThread = rate;
        if (!report.ok()) {
            std::printf("verify failed: %s\n", qPrintable(report.summary()));
            return 3;
        }
    }
    // With issue #15's rule: every entry names Alice, whose card co-signed the head's checkpoint
    // (the journal key and the card are software keys here; the verifier is the same).
    auto head = j.head();
    journal::Checkpoint c;
    c.seq = head->seq;
    c.hash = head->hash;
    c.time = QDateTime::currentDateTimeUtc();
    c.keyFingerprint = journalKey.fingerprint();
    c.signature = journalKey.sign(c.canonical());
    c.cardFingerprint = card.fingerprint();
    c.cardSignature = card.sign(c.cardCanonical());
    for (const int threads : {1, cores}) {
        journal::JournalVerifier::Input in;
        (void)j.readInto(in);
        in.threads = threads;
        in.publicKey = journalKey.spki();
        in.externalCheckpoints = {c};
        in.requireCardSignatures = true;
        in.cards.insert(card.fingerprint(), {card.spki(), {alice}});
        timing.start();
        auto report = journal::JournalVerifier::verify(std::move(in));
        const double rate = rowThreads("journal verify (chain + cards)", threads, report.entries, timing,
                                       threads == 1 ? 0 : oneThread);
        if (threads == 1)
            oneThread = rate;
        if (!report.ok() || report.cardSignatures != 1) {
            std::printf("verify failed: %s\n", qPrintable(report.summary()));
            return 4;
        }
    }

    // The same journal as an evidence pack (docs/evidence-pack.md), verified as `journal verify
    // --evidence-pack` does: the lines read on this thread, decoded and hashed on the workers.
    const QString pack = dir.filePath(QStringLiteral("pack"));
    QDir().mkpath(pack);
    {
        t.restart();
        QFile lines(QDir(pack).filePath(QStringLiteral("journal.jsonl")));
        if (!lines.open(QIODevice::WriteOnly))
            return 5;
        auto cursor = j.cursor();
        journal::JournalEntry e;
        while (*(*cursor)(e))
            lines.write(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("seq"), e.seq},
                                {QStringLiteral("time"), e.timeText()},
                                {QStringLiteral("actor"), e.actor},
                                {QStringLiteral("role"), e.role},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("target"), e.target},
                                {QStringLiteral("details_json"), QString::fromUtf8(e.detailsJson)},
                                {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex())},
                                {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}})
                    .toJson(QJsonDocument::Compact) +
                '\n');
        QFile cps(QDir(pack).filePath(QStringLiteral("checkpoints.jsonl")));
        QFile pem(QDir(pack).filePath(QStringLiteral("journal-signing-key.pem")));
        QFile manifest(QDir(pack).filePath(QStringLiteral("manifest.json")));
        if (!cps.open(QIODevice::WriteOnly) || !pem.open(QIODevice::WriteOnly) ||
            !manifest.open(QIODevice::WriteOnly))
            return 5;
        cps.write(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact) + '\n');
        pem.write(journal::JournalSigner::publicKeyPem(journalKey.spki()));
        manifest.write(
            QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("symbolon-evidence-pack-v1")},
                                      {QStringLiteral("from_seq"), 1},
                                      {QStringLiteral("to_seq"), head->seq},
                                      {QStringLiteral("entries"), head->seq},
                                      {QStringLiteral("first_prev_hash"), QString(64, QLatin1Char('0'))},
                                      {QStringLiteral("key_fingerprint"), journalKey.fingerprint()},
                                      {QStringLiteral("files_sha256"), QJsonObject()}})
                .toJson());
        row("setup: evidence pack written", head->seq, t.elapsed());
    }
    for (const int threads : {1, cores}) {
        timing.start();
        const audit::EvidencePack::Check check =
            audit::EvidencePack::check(pack, journalKey.spki(), 0, threads);
        const double rate = rowThreads("evidence pack verify (journal.jsonl)", threads, check.report.entries,
                                       timing, threads == 1 ? 0 : oneThread);
        if (threads == 1)
            oneThread = rate;
        if (!check.report.ok() || check.report.entries != n) {
            std::printf("evidence pack verify failed: %s\n", qPrintable(check.report.summary()));
            return 6;
        }
    }
    return 0;
}
