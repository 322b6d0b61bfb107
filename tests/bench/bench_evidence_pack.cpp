// Evidence pack at national scale (issue #6): a demo workspace whose journal holds N entries
// (bulk work: one "rekey.chunk" entry each, which the report lists row by row, signed every
// CHECKPOINT_EVERY entries), then
// `symbolon-cli journal export --evidence-pack` and `symbolon-cli journal verify --evidence-pack`
// as child processes: wall time, entries/s and the child's peak RSS (from /usr/bin/time).
//   bench_evidence_pack [N [CHECKPOINT_EVERY]]   default 20000 and 1000; full size 1000000
// Floors (issue #6): verify peak RSS <= 100 MB and >= 500,000 entries/s.
#include "CliRunner.h"

#include "journal/JournalStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace symbolon;

namespace {
struct ChildRun {
    int code = -1;
    double seconds = 0;
    long peakKiB = 0;
};

// The CLI under /usr/bin/time, whose own child is the CLI: a process forked from this (large)
// bench would carry the bench's resident pages in its ru_maxrss, even after exec.
ChildRun runChild(const QStringList& args, const QString& scratch) {
    const QString timeFile = scratch + QStringLiteral("/time.txt");
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-o"), timeFile, QStringLiteral("-f"),
                                                         QStringLiteral("%e %M"), test::cliPath()} +
                                                 args);
    ChildRun r;
    if (!p.waitForFinished(3600 * 1000) || p.exitStatus() != QProcess::NormalExit) {
        std::printf("symbolon-cli did not finish: %s\n", qPrintable(p.errorString()));
        return r;
    }
    r.code = p.exitCode();
    QFile f(timeFile);
    const QList<QByteArray> figures = f.open(QIODevice::ReadOnly)
                                          ? f.readAll().trimmed().split('\n').last().split(' ')
                                          : QList<QByteArray>{};
    if (figures.size() != 2) {
        std::printf("/usr/bin/time wrote no figures; stderr: %s\n", p.readAllStandardError().constData());
        r.code = -1;
        return r;
    }
    r.seconds = figures[0].toDouble();
    r.peakKiB = figures[1].toLong();
    return r;
}

void row(const char* what, qint64 n, const ChildRun& r) {
    std::printf("%-44s entries=%-8lld seconds=%-8.3f entries_per_s=%-10.0f peak_rss=%ld KiB (%.1f MB)\n",
                what, static_cast<long long>(n), r.seconds, n / r.seconds, r.peakKiB, r.peakKiB * 1024 / 1e6);
}
} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 20000;
    const qint64 every = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000;
    QTemporaryDir root(QStringLiteral("/dev/shm/symbolon-bench-pack-XXXXXX"));
    root.setAutoRemove(!qEnvironmentVariableIsSet("SYMBOLON_BENCH_KEEP")); // to profile the CLI by hand
    if (!root.autoRemove())
        std::printf("keeping %s\n", qPrintable(root.path()));
    const QString dir = root.filePath(QStringLiteral("ws"));
    const test::CliRun created =
        test::runCli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), dir,
                      QStringLiteral("--devices"), QStringLiteral("0")});
    if (created.code != 0)
        qFatal("demo create: %s", qPrintable(created.err));

    // The journal: N entries appended in transactions of CHECKPOINT_EVERY, each followed by a
    // signed checkpoint (as bulk work does after every committed chunk).
    qint64 head = 0;
    {
        auto ws = test::openWorkspaceAs(dir, test::kReviewer);
        auto start = ws->journal().head();
        QElapsedTimer t;
        t.start();
        for (qint64 i = 0; i < n; i += every) {
            store::Transaction tx(ws->db());
            if (!tx.begin())
                qFatal("begin");
            for (qint64 k = i; k < qMin(n, i + every); ++k) {
                const QString first =
                    QStringLiteral("00DB%1").arg(500 * k, 12, 16, QLatin1Char('0')).toUpper();
                const QString last =
                    QStringLiteral("00DB%1").arg(500 * k + 499, 12, 16, QLatin1Char('0')).toUpper();
                const QJsonObject details{
                    {QStringLiteral("chunk"), k + 1},
                    {QStringLiteral("devices"), 500},
                    {QStringLiteral("first_device"), first},
                    {QStringLiteral("last_device"), last},
                    {QStringLiteral("keys"), 4000},
                    {QStringLiteral("dco_key_kcv"), QStringLiteral("CMAC-5B 08793E25AB")}};
                if (!ws->journal().append({ws->identity().actor(), ws->identity().role,
                                           QStringLiteral("rekey.chunk"), first + QStringLiteral("..") + last,
                                           details}))
                    qFatal("append");
            }
            if (!tx.commit() || !ws->checkpoint())
                qFatal("commit/checkpoint");
        }
        head = ws->journal().head()->seq;
        std::printf(
            "setup: %lld entries appended (+%lld from demo create), a checkpoint every %lld: %.1f s\n",
            static_cast<long long>(n), static_cast<long long>(start->seq), static_cast<long long>(every),
            t.elapsed() / 1000.0);
    }

    const QString pack = root.filePath(QStringLiteral("pack"));
    qputenv("OPEN4", demo::demoCards()[test::kReviewer - 1].pin.toUtf8());
    const ChildRun exported = runChild(test::cliArgs(dir, test::kReviewer,
                                                     {QStringLiteral("journal"), QStringLiteral("export"),
                                                      QStringLiteral("--evidence-pack"), pack}),
                                       root.path());
    if (exported.code != 0)
        qFatal("journal export exited %d", exported.code);
    row("journal export --evidence-pack (CLI)", head + 1, exported);
    const QString cards = root.filePath(QStringLiteral("cards.json"));
    qputenv("OPEN4", demo::demoCards()[test::kReviewer - 1].pin.toUtf8());
    const ChildRun cardsExported =
        runChild(test::cliArgs(dir, test::kReviewer,
                               {QStringLiteral("journal"), QStringLiteral("export-cards"), cards}),
                 root.path());
    if (cardsExported.code != 0)
        qFatal("journal export-cards exited %d", cardsExported.code);
    const ChildRun verified =
        runChild({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--evidence-pack"),
                  pack, QStringLiteral("--public-key"), workspace::Workspace::journalKeyPath(dir),
                  QStringLiteral("--cards"), cards},
                 root.path());
    if (verified.code != 0)
        qFatal("journal verify exited %d", verified.code);
    row("journal verify --evidence-pack (CLI)", head + 1, verified);
    const double rate = (head + 1) / verified.seconds;
    std::printf("verify floors (issue #6): peak_rss %.1f MB <= 100 MB: %s; %.0f entries/s >= 500000: %s\n",
                verified.peakKiB * 1024 / 1e6, verified.peakKiB * 1024 <= 100'000'000 ? "yes" : "NO", rate,
                rate >= 500000 ? "yes" : "NO");
    return 0;
}
