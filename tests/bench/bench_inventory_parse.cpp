// Generates N demo devices with key columns into memory as CSV, then parses them back, and
// prints one line per measurement:
//   generate-without-keys N=... seconds=... rows_per_s=...
//   generate N=... seconds=... rows_per_s=... bytes=...   (with the nine key columns)
//   csv-read N=... seconds=... rows_per_s=... mib_per_s=...   (the CSV layer alone)
//   parse N=... seconds=... rows_per_s=... mib_per_s=...
// Usage: bench_inventory_parse [N]   (default 100000)
//        bench_inventory_parse --file PATH   parse an existing inventory file only
#include "demo/DemoInventoryGenerator.h"
#include "inventory/CsvReader.h"
#include "inventory/InventoryParser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace symbolon;
using namespace symbolon::inventory;
using namespace symbolon::demo;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--file") {
        QElapsedTimer timer;
        timer.start();
        const InventoryParseResult result =
            parseInventoryFile(QString::fromLocal8Bit(argv[2]), QDateTime::currentDateTimeUtc());
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!result.ok()) {
            std::fprintf(stderr, "parse failed: %s\n", qPrintable(result.summary().message));
            return 1;
        }
        const auto rows = static_cast<double>(result->records.size());
        std::printf("parse N=%.0f seconds=%.3f rows_per_s=%.0f\n", rows, seconds, rows / seconds);
        return 0;
    }
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    if (n <= 0) {
        std::fprintf(stderr, "usage: %s [N > 0]\n", argv[0]);
        return 2;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DemoInventoryOptions options;
    options.seed = 1;
    options.deviceCount = n;
    options.now = now;
    options.transportKey = SecureBytes::random(16);

    QElapsedTimer timer;
    {
        // Without key columns: what the RFC 3394 wraps (9 per device) cost is the difference.
        DemoInventoryOptions plain = options;
        plain.transportKey.reset();
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        timer.start();
        if (Status st = DemoInventoryGenerator(plain).writeCsv(sink); !st) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(st.error().message));
            return 1;
        }
        const double s = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        std::printf("generate-without-keys N=%d seconds=%.3f rows_per_s=%.0f\n", n, s, n / s);
        std::fflush(stdout);
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    timer.restart();
    if (Status st = DemoInventoryGenerator(options).writeCsv(buffer); !st) {
        std::fprintf(stderr, "generation failed: %s\n", qPrintable(st.error().message));
        return 1;
    }
    double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QByteArray bytes = buffer.data();
    std::printf("generate N=%d seconds=%.3f rows_per_s=%.0f bytes=%lld\n", n, seconds, n / seconds,
                static_cast<long long>(bytes.size()));
    std::fflush(stdout);

    // The CSV layer alone, to see what validation costs on top of it.
    {
        QBuffer in;
        in.setData(bytes);
        in.open(QIODevice::ReadOnly);
        CsvReader reader(in);
        qint64 records = 0;
        timer.restart();
        for (;;) {
            const Result<bool> r = reader.readRecord();
            if (!r.ok() || !*r)
                break;
            ++records;
        }
        seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        std::printf("csv-read N=%lld seconds=%.3f rows_per_s=%.0f mib_per_s=%.1f\n",
                    static_cast<long long>(records), seconds, static_cast<double>(records) / seconds,
                    static_cast<double>(bytes.size()) / (1024.0 * 1024.0) / seconds);
        std::fflush(stdout);
    }

    timer.restart();
    const InventoryParseResult result = parseInventory(bytes, now);
    seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!result.ok()) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(result.summary().message));
        return 1;
    }
    if (result->records.size() != n) {
        std::fprintf(stderr, "parse returned %lld records\n", static_cast<long long>(result->records.size()));
        return 1;
    }
    std::printf("parse N=%d seconds=%.3f rows_per_s=%.0f mib_per_s=%.1f\n", n, seconds, n / seconds,
                static_cast<double>(bytes.size()) / (1024.0 * 1024.0) / seconds);
    return 0;
}
