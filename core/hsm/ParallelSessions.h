#pragma once

#include "common/Result.h"
#include "hsm/Session.h"

#include <QtGlobal>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace symbolon::hsm {

// Runs `items` pieces of HSM work on `sessions`, one thread per session (issue #21). Items are
// taken in order from one shared counter, so a session that waits longer for its token does not
// hold the others back. `makeWorker(Session&)` is called once per thread and returns a callable
// `(qsizetype item) -> Status`; each item is done exactly once. After a failure no new item is
// started, and the failure of the lowest item is returned.
template <class MakeWorker>
[[nodiscard]] Status forEachOnSessions(const std::vector<Session*>& sessions, qsizetype items,
                                       MakeWorker&& makeWorker) {
    std::atomic<qsizetype> nextItem{0};
    std::atomic<bool> stop{false};
    std::mutex failureMutex;
    std::optional<std::pair<qsizetype, Error>> failure;
    auto run = [&](Session* session) {
        auto worker = makeWorker(*session);
        while (!stop.load(std::memory_order_relaxed)) {
            const qsizetype i = nextItem.fetch_add(1, std::memory_order_relaxed);
            if (i >= items)
                return;
            if (Status s = worker(i); !s) {
                stop = true;
                std::lock_guard lock(failureMutex);
                if (!failure || i < failure->first)
                    failure.emplace(i, s.error());
                return;
            }
        }
    };
    const qsizetype threads = std::min<qsizetype>(qsizetype(sessions.size()), items);
    if (threads <= 1) {
        if (!sessions.empty())
            run(sessions.front());
    } else {
        std::vector<std::thread> pool;
        pool.reserve(std::size_t(threads));
        for (qsizetype t = 0; t < threads; ++t)
            pool.emplace_back(run, sessions[std::size_t(t)]);
        for (std::thread& t : pool)
            t.join();
    }
    if (failure)
        return failure->second;
    return {};
}

} // namespace symbolon::hsm
