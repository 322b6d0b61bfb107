// Journal throughput: append inside transactions and verify, each next to its floor measured
// in the same run (bare SQLCipher inserts of the same rows; bare SHA-256 over the same bytes).
//   bench_journal [N]      default 100000; the full size is 1000000 (BENCHMARKS.md)
#include "journal/Checkpoint.h"
#include "journal/JournalStore.h"
#include "journal/JournalVerifier.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/WorkspaceSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <cstdio>

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
        std::printf("%-34s N=%-8lld seconds=%-8.3f per_s=%-10.0f vs_floor=%.0f%%\n", what,
                    static_cast<long long>(n), ms / 1000.0, rate, 100.0 * rate / floorRate);
    else
        std::printf("%-34s N=%-8lld seconds=%-8.3f per_s=%-10.0f\n", what, static_cast<long long>(n),
                    ms / 1000.0, rate);
    std::fflush(stdout);
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
        for (qint64 k = i; k < i + chunk && k <= n; ++k)
            if (!j.append({QStringLiteral("Alice Hughes [card 3b20492d]"), QStringLiteral("custodian"),
                           QStringLiteral("rekey.device"),
                           QStringLiteral("00DB%1").arg(k, 12, 16, QLatin1Char('0')), details(k)}))
                return 2;
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
    {
        journal::JournalVerifier::Input in;
        in.nextEntry = std::move(*j.cursor());
        t.restart();
        auto report = journal::JournalVerifier::verify(std::move(in));
        row("journal verify (chain)", report.entries, t.elapsed(), floorRate);
        if (!report.ok()) {
            std::printf("verify failed: %s\n", qPrintable(report.summary()));
            return 3;
        }
    }
    {
        // With issue #15's rule: every entry names Alice, whose card co-signed the head's checkpoint
        // (the journal key and the card are software keys here; the verifier is the same).
        auto head = j.head();
        SoftKey journalKey, card;
        journal::Checkpoint c;
        c.seq = head->seq;
        c.hash = head->hash;
        c.time = QDateTime::currentDateTimeUtc();
        c.keyFingerprint = journalKey.fingerprint();
        c.signature = journalKey.sign(c.canonical());
        c.cardFingerprint = card.fingerprint();
        c.cardSignature = card.sign(c.cardCanonical());
        journal::JournalVerifier::Input in;
        in.nextEntry = std::move(*j.cursor());
        in.publicKey = journalKey.spki();
        in.externalCheckpoints = {c};
        in.requireCardSignatures = true;
        in.cards.insert(card.fingerprint(), {card.spki(), {QStringLiteral("Alice Hughes [card 3b20492d]")}});
        t.restart();
        auto report = journal::JournalVerifier::verify(std::move(in));
        row("journal verify (chain + cards)", report.entries, t.elapsed(), floorRate);
        if (!report.ok() || report.cardSignatures != 1) {
            std::printf("verify failed: %s\n", qPrintable(report.summary()));
            return 4;
        }
    }
    return 0;
}
