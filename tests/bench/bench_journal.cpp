// Journal throughput: append inside transactions and verify, each next to its floor measured
// in the same run (bare SQLCipher inserts of the same rows; bare SHA-256 over the same bytes).
//   bench_journal [N]      default 100000; the full size is 1000000 (BENCHMARKS.md)
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

#include <cstdio>

using namespace symbolon;

namespace {
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
    return 0;
}
