// The Journal view's queries at size: count and one page (256 rows) for each kind of filter.
//   bench_journal_query [N]      default 100000; the full size is 1000000
// Rows are inserted bare (no hashing): only the reads are measured.
#include "journal/JournalQuery.h"
#include "journal/JournalStore.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace symbolon;
using journal::JournalFilter;
using journal::JournalQuery;

namespace {
QString deviceId(qint64 i) {
    return QStringLiteral("00DB%1").arg(i, 12, 16, QLatin1Char('0')).toUpper();
}

void time(const char* what, const std::function<qint64()>& run) {
    QElapsedTimer t;
    t.start();
    const qint64 result = run();
    std::printf("%-44s ms=%-9.1f result=%lld\n", what, t.nsecsElapsed() / 1e6,
                static_cast<long long>(result));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir(QStringLiteral("/dev/shm/symbolon-bench-XXXXXX"));
    auto db = store::Database::open(dir.filePath(QStringLiteral("journal.db")), SecureBytes::random(32),
                                    store::Database::Mode::Create);
    if (!db || !store::Schema(journal::JournalStore::migrations()).create(**db))
        return 1;
    auto st =
        (*db)->prepare("INSERT INTO journal(seq, ts, actor, role, action, target, details, prev_hash, hash)"
                       " VALUES (?,?,?,?,?,?,?,?,?);");
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    const QByteArray h(32, '\x11');
    for (qint64 i = 1; i <= n; i += 10000) {
        store::Transaction tx(**db);
        (void)tx.begin();
        for (qint64 j = i; j < i + 10000 && j <= n; ++j) {
            const bool quorum = j % 1000 == 0;
            const QJsonObject details{
                {QStringLiteral("pma_reference"), QStringLiteral("PMA-%1").arg(j / 5000)},
                {QStringLiteral("kcv"), QStringLiteral("CMAC-5B 08793E25AB")}};
            st->bind(1, j)
                .bind(2, start.addSecs(j * 30).toString(Qt::ISODateWithMs))
                .bind(3, j % 7 ? QStringLiteral("Alice Hughes [card 3b20492d]")
                               : QStringLiteral("Bryn Morgan [card 77aa0912]"))
                .bind(4, QStringLiteral("responder"))
                .bind(5, quorum ? QStringLiteral("quorum.rekey.execute") : QStringLiteral("rekey.device"))
                .bind(6, deviceId(j))
                .bindText(7, journal::JournalEntry::encodeDetails(details))
                .bind(8, h)
                .bind(9, h);
            (void)st->run();
        }
        (void)tx.commit();
    }
    st = Error{};
    std::printf("journal entries: %lld\n", static_cast<long long>(n));
    JournalQuery q(**db);
    auto countOf = [&](const JournalFilter& f) { return *q.count(f); };
    auto pageAt = [&](const JournalFilter& f, qint64 offset) {
        return static_cast<qint64>(q.page(f, offset, 256)->size());
    };
    JournalFilter none;
    time("count, unfiltered", [&] { return countOf(none); });
    time("page 256 at offset 0, unfiltered", [&] { return pageAt(none, 0); });
    time("page 256 at the middle, unfiltered", [&] { return pageAt(none, n / 2); });
    time("page 256 at the end, unfiltered", [&] { return pageAt(none, n - 256); });
    JournalFilter quorum;
    quorum.actionPrefix = QStringLiteral("quorum.");
    time("count, action prefix quorum. (index)", [&] { return countOf(quorum); });
    time("page 256 at offset 0, action prefix quorum.", [&] { return pageAt(quorum, 0); });
    JournalFilter device;
    device.deviceId = QStringLiteral("%1").arg(deviceId(n / 3));
    time("count, device id (index)", [&] { return countOf(device); });
    time("page, device id", [&] { return pageAt(device, 0); });
    JournalFilter pma;
    pma.pmaReference = QStringLiteral("PMA-42\"");
    time("count, PMA reference (scan)", [&] { return countOf(pma); });
    time("page 256 at offset 0, PMA reference", [&] { return pageAt(pma, 0); });
    JournalFilter text;
    text.text = QStringLiteral("Bryn");
    time("count, free text (scan)", [&] { return countOf(text); });
    time("page 256 at offset 0, free text", [&] { return pageAt(text, 0); });
    JournalFilter range;
    range.from = start.addSecs(n * 15);
    range.to = start.addSecs(n * 15 + 86400);
    time("count, one day's time range (scan)", [&] { return countOf(range); });
    time("page 256 at offset 0, time range", [&] { return pageAt(range, 0); });
    return 0;
}
