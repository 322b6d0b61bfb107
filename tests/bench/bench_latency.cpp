// Hiding HSM latency (issue #21): devices per second of the re-key engine and of the migration
// unwrap on a token with a network round trip per PKCS#11 call, with 1, 8, 32 and 64 worker
// sessions and with the count chosen automatically, each next to the same work on the same token
// without latency, in one run. The latency comes from tests/faultp11 (SYMBOLON_FAULT_LATENCY_US,
// slept with no lock held, so calls on different sessions overlap as on a network HSM) in front
// of SoftHSM2; the zero-latency rows run through the same shim with no delay, and once on
// SoftHSM2 directly (the shim's own cost). Every row is the real symbolon-cli on its own copy of
// one prepared workspace; the rate is devices over the ceremony's own Started…Finished span.
// Usage: bench_latency DEVICES [LATENCY_US=500]
#include "CliRunner.h"
#include "FaultInjection.h"
#include "TreeCopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace symbolon;

namespace {

struct Config {
    const char* name;
    QString workers; // "auto" or a count
    int latencyUs;   // -1: SoftHSM2 directly, no shim
};

struct Row {
    QString what;
    double rate = 0;
    QString sessions;
};

[[noreturn]] void die(const QString& what) {
    std::fprintf(stderr, "bench_latency: %s\n", qPrintable(what));
    std::exit(1);
}

// Devices per second from the ceremony record's Started/Finished, and the sessions it used.
Row measure(const test::DemoCli::Result& r, int devices, const QString& what) {
    if (r.code != 0)
        die(what + QStringLiteral(": ") + r.all().right(2000));
    static const QRegularExpression span(QStringLiteral("Started: (\\S+)\\s+Finished: (\\S+)"));
    const auto m = span.match(r.out);
    if (!m.hasMatch())
        die(what + QStringLiteral(": no Started/Finished in ") + r.out.right(1000));
    const auto from = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
    const auto to = QDateTime::fromString(m.captured(2), Qt::ISODateWithMs);
    const double secs = from.msecsTo(to) / 1000.0;
    return {what, secs > 0 ? devices / secs : 0, QString()};
}

QString sessionsUsed(const test::DemoCli& cli, const QString& ws, const QString& action) {
    const auto list = cli.run(test::cliArgs(
        ws, test::kReviewer,
        {QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("1")}));
    QString last;
    static const QRegularExpression chosen(QStringLiteral("\"worker_sessions_chosen\":\"([^\"]*)\""));
    for (const QString& line : list.out.split(QLatin1Char('\n')))
        if (line.contains(action))
            if (auto m = chosen.match(line); m.hasMatch())
                last = m.captured(1);
    return last;
}

test::DemoCli cliFor(const QString& ws, const Config& c) {
    test::DemoCli cli;
    test::FaultInjection::arm(cli.env(), {});
    if (c.latencyUs >= 0) {
        if (!test::FaultInjection::useFaultModule(ws))
            die(QStringLiteral("cannot point %1 at the fault module").arg(ws));
        cli.env().insert(QStringLiteral("SYMBOLON_FAULT_LATENCY_US"), QString::number(c.latencyUs));
    }
    return cli;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int devices = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100;
    const int latency = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 500;
    QTemporaryDir root(QStringLiteral("/dev/shm/symbolon-bench-latency-XXXXXX"));
    auto path = [&](const QString& n) { return root.filePath(n); };
    QElapsedTimer setup;
    setup.start();

    // The migration's starting point: KEKs and the Transport Key, device keys still wrapped.
    const QString tk = path(QStringLiteral("tk"));
    {
        test::DemoCli cli;
        const QList<int> q{test::kCustodian1, test::kCustodian2};
        for (const QStringList& step :
             {QStringList{QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), tk,
                          QStringLiteral("--devices"), QString::number(devices)},
              test::cliArgs(tk, test::kCustodian1,
                            {QStringLiteral("ceremony"), QStringLiteral("generate-keks")}, q),
              test::cliArgs(tk, test::kCustodian1,
                            {QStringLiteral("ceremony"), QStringLiteral("transport-key"),
                             QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")},
                            q)})
            if (const auto r = cli.run(step, 1800000); r.code != 0)
                die(step.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.all());
    }
    std::printf("setup: demo with %d devices, KEKs, Transport Key: %.1f s; latency %d us per PKCS#11 call\n",
                devices, setup.elapsed() / 1000.0, latency);

    const QVector<Config> configs{
        {"SoftHSM2 directly, no latency", QStringLiteral("auto"), -1},
        {"no latency (through the shim)", QStringLiteral("auto"), 0},
        {"latency, 1 session", QStringLiteral("1"), latency},
        {"latency, 8 sessions", QStringLiteral("8"), latency},
        {"latency, 32 sessions", QStringLiteral("32"), latency},
        {"latency, 64 sessions", QStringLiteral("64"), latency},
        {"latency, automatic", QStringLiteral("auto"), latency},
    };

    // Migration unwrap, each configuration on its own copy.
    QVector<Row> migrate;
    QString planned;
    for (const Config& c : configs) {
        const QString ws = path(QStringLiteral("migrate-%1").arg(migrate.size()));
        if (!test::copyTree(tk, ws))
            die(QStringLiteral("copy"));
        test::DemoCli cli = cliFor(ws, c);
        const auto r = cli.run(test::cliArgs(ws, test::kCustodian1,
                                             {QStringLiteral("ceremony"), QStringLiteral("migrate"),
                                              QStringLiteral("--workers"), c.workers},
                                             {test::kCustodian1, test::kCustodian2}),
                               3600000);
        Row row = measure(r, devices, QString::fromLatin1(c.name));
        row.sessions = sessionsUsed(cli, ws, QStringLiteral(" quorum.ceremony.migration-unwrap "));
        migrate.push_back(row);
        if (planned.isEmpty())
            planned = ws;
    }
    // The re-key's starting point: the first migrated copy, with a planned run over every device.
    {
        test::DemoCli cli;
        const auto plan = cli.run(test::cliArgs(
            planned, test::kResponder,
            {QStringLiteral("rekey"), QStringLiteral("plan"), QStringLiteral("--rotation"),
             QStringLiteral("any"), QStringLiteral("--pma-ground"), QStringLiteral("major-incident"),
             QStringLiteral("--pma-ref"), QStringLiteral("PMA-BENCH-LATENCY")}));
        if (plan.code != 0)
            die(QStringLiteral("rekey plan: ") + plan.all());
    }
    QVector<Row> rekey;
    for (const Config& c : configs) {
        const QString ws = path(QStringLiteral("rekey-%1").arg(rekey.size()));
        if (!test::copyTree(planned, ws))
            die(QStringLiteral("copy"));
        test::DemoCli cli = cliFor(ws, c);
        const auto r = cli.run(test::cliArgs(ws, test::kResponder,
                                             {QStringLiteral("rekey"), QStringLiteral("run"),
                                              QStringLiteral("1"), QStringLiteral("--workers"), c.workers},
                                             {test::kCustodian1, test::kCustodian2}),
                               3600000);
        Row row = measure(r, devices, QString::fromLatin1(c.name));
        row.sessions = sessionsUsed(cli, ws, QStringLiteral(" quorum.rekey.run "));
        rekey.push_back(row);
    }

    auto print = [&](const char* title, const QVector<Row>& rows) {
        std::printf("\n%s, %d devices (devices/s; vs_zero: against \"no latency (through the shim)\")\n",
                    title, devices);
        std::printf("%-34s %10s %9s  %s\n", "configuration", "devices/s", "vs_zero",
                    "sessions measured → chosen");
        const double zero = rows[1].rate;
        double best = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const Row& r = rows[i];
            std::printf("%-34s %10.1f %8.1f%%  %s\n", qPrintable(r.what), r.rate, 100.0 * r.rate / zero,
                        qPrintable(r.sessions));
            if (i >= 2)
                best = std::max(best, r.rate);
        }
        std::printf("best with latency: %.1f%% of the zero-latency rate (target >= 90%%)\n",
                    100.0 * best / zero);
        return best;
    };
    print("Migration unwrap (9 keys per device)", migrate);
    const double bestRekey = print("Re-key (8 new keys per device)", rekey);
    const double estate = 20e6;
    std::printf(
        "\nprojected full-estate re-key, 20,000,000 devices at %d us per call with the best session count: "
        "%.1f h (%.0f devices/s); on one session: %.1f days\n",
        latency, estate / bestRekey / 3600.0, bestRekey, estate / rekey[2].rate / 86400.0);
    std::printf("machine: %d cores; token: SoftHSM2 on /dev/shm behind tests/faultp11\n",
                QThread::idealThreadCount());
    return 0;
}
