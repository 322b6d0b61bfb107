// Key States read side (KeyStateStore) on an existing migrated workspace: how long the view's
// queries take at its size. Usage: bench_keystates WORKSPACE_DIR (opened with the demo
// Responder card). Not registered with CTest: it needs a prepared workspace (see BENCHMARKS.md).
#include "rekey/KeyStateStore.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace symbolon;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_keystates WORKSPACE_DIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    auto cards = workspace::Workspace::cards(dir, {});
    if (!cards) {
        std::fprintf(stderr, "%s\n", qPrintable(cards.error().message));
        return 1;
    }
    std::unique_ptr<workspace::Workspace> ws;
    for (const auto& c : *cards)
        if (c.keyslot.tokenLabel == QLatin1String("Responder card")) {
            auto w =
                workspace::Workspace::open(dir, c.keyslot.tokenSerial, SecureBytes::fromString("555555"), {});
            if (!w) {
                std::fprintf(stderr, "%s\n", qPrintable(w.error().message));
                return 1;
            }
            ws = std::move(*w);
        }
    if (!ws) {
        std::fprintf(stderr, "no Responder card in %s\n", argv[1]);
        return 1;
    }
    auto db = ws->openConnection(true);
    if (!db)
        return 1;
    rekey::KeyStateStore store(**db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto time = [](const char* what, const std::function<bool()>& f) {
        QElapsedTimer t;
        t.start();
        const bool ok = f();
        std::printf("%-52s %8.1f ms%s\n", what, t.nsecsElapsed() / 1e6, ok ? "" : "  FAILED");
    };
    qint64 total = 0;
    time("count, current keys (default filter)", [&] {
        auto n = store.count({}, now);
        total = n ? *n : 0;
        return bool(n);
    });
    std::printf("%-52s %8lld\n", "  key records shown", static_cast<long long>(total));
    time("countsPerState (chart), no filter", [&] { return bool(store.countsPerState({}, now)); });
    const auto page = [&](rekey::KeyStateColumn sort, qint64 offset) {
        return bool(store.page({}, sort, Qt::AscendingOrder, offset, 256, now));
    };
    time("page 256, device id, first", [&] { return page(rekey::KeyStateColumn::DeviceId, 0); });
    time("page 256, device id, middle", [&] { return page(rekey::KeyStateColumn::DeviceId, total / 2); });
    time("page 256, device id, last", [&] { return page(rekey::KeyStateColumn::DeviceId, total - 256); });
    time("page 256, state, first", [&] { return page(rekey::KeyStateColumn::State, 0); });
    time("page 256, state, middle", [&] { return page(rekey::KeyStateColumn::State, total / 2); });
    time("page 256, deadline, middle", [&] { return page(rekey::KeyStateColumn::Deadline, total / 2); });
    rekey::KeyStateFilter f;
    f.state = policy::KeyState::Distributed;
    time("count, state Distributed", [&] { return bool(store.count(f, now)); });
    f = {};
    f.compromisedOnly = true;
    time("count, compromised only", [&] { return bool(store.count(f, now)); });
    f = {};
    f.device.rotation = inventory::RotationFilter::Overdue;
    time("count, rotation overdue", [&] { return bool(store.count(f, now)); });
    time("countsPerState, rotation overdue", [&] { return bool(store.countsPerState(f, now)); });
    f = {};
    f.device.text = QStringLiteral("00-DB-12-0");
    time("count, device id prefix", [&] { return bool(store.count(f, now)); });
    f = {};
    f.device.s1sp = QStringLiteral("Tamar S1SP");
    time("count, one S1SP", [&] { return bool(store.count(f, now)); });
    time("page 256, one S1SP, middle", [&] {
        return bool(store.page(f, rekey::KeyStateColumn::DeviceId, Qt::AscendingOrder, 20000, 256, now));
    });
    return 0;
}
