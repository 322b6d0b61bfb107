#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace symbolon::ui {

class Operation;

namespace detail {
// What the GUI thread and the worker share: the stop request, the coalesced
// progress and the operation the results go to (read in the GUI thread only).
struct OperationState {
    std::atomic_bool stop{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool progressPosted{false};
    QPointer<Operation> operation; // GUI thread only
};
} // namespace detail

// What the work sees of its operation, on the worker thread.
class OperationControl {
public:
    explicit OperationControl(std::shared_ptr<detail::OperationState> state) : m_state(std::move(state)) {}
    // Operation::cancel() was called: the work should stop at its next safe
    // point.
    bool stopRequested() const { return m_state->stop.load(); }
    // Progress for the operation's progress callback, in the GUI thread. Reports
    // are coalesced: the callback sees the latest values, not necessarily every
    // one.
    void progress(qint64 done, qint64 total) const;
    // Runs f in the GUI thread later, unless the operation's context is gone by
    // then.
    void inGuiThread(std::function<void()> f) const;

private:
    std::shared_ptr<detail::OperationState> m_state;
};

// One operation started by OperationRunner: a child of its context object,
// deleted (later) once its one outcome has been delivered. Hold it in a
// QPointer.
class Operation : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Running, Finished, Failed, Cancelled };

    ~Operation() override;

    // Until the work has returned (false already in the outcome's callback).
    bool isRunning() const { return !m_ending; }
    Outcome outcome() const { return m_outcome; }
    // Asks the work to stop (OperationControl::stopRequested); its outcome is
    // then Cancelled.
    void cancel();
    bool isCancelRequested() const { return m_state->stop.load(); }
    // Blocks until the work has returned (a destructor whose object the work
    // uses). The outcome's callback runs later, from the event loop, if the
    // context is still there.
    void waitForFinished();

Q_SIGNALS:
    void ended(symbolon::ui::Operation::Outcome outcome);

private:
    friend class OperationRunner;
    friend class OperationControl;
    Operation(QObject* context, std::shared_ptr<detail::OperationState> state);
    void setFuture(QFuture<void> future, std::function<Outcome()> deliver);
    void deliverProgress();

    std::shared_ptr<detail::OperationState> m_state;
    std::function<void(qint64, qint64)> m_progress;
    QFuture<void> m_future;
    Outcome m_outcome = Outcome::Running;
    bool m_ending = false;
};

namespace detail {
template <typename Work, bool WithControl = std::is_invocable_v<Work&, OperationControl&>> struct WorkResult {
    using type = std::invoke_result_t<Work&, OperationControl&>;
};
template <typename Work> struct WorkResult<Work, false> { using type = std::invoke_result_t<Work&>; };
} // namespace detail

// The one place where the console runs a core call off the GUI thread (issue
// #13). start() runs work on the thread pool and delivers exactly one outcome
// in the GUI thread, to callbacks that are dropped if the context object is
// destroyed first:
//  - finished(value): the work returned;
//  - cancelled(value): the work returned after Operation::cancel() (the value
//  tells how far it
//    got); without a cancelled callback, finished gets the value;
//  - failed(message): the work threw.
// The work is callable as work() or work(OperationControl&) and returns a
// value. Writers that use the workspace's one connection keep their view modal
// or busy meanwhile, as before.
class OperationRunner {
public:
    template <typename T> struct Callbacks {
        std::function<void(T)> cancelled;
        std::function<void(const QString& message)> failed;
        std::function<void(qint64 done, qint64 total)> progress;
    };

    template <typename Work, typename Finished, typename T = typename detail::WorkResult<Work>::type>
    static Operation* start(QObject* context, Work work, Finished finished, Callbacks<T> more = {}) {
        static_assert(!std::is_void_v<T>, "the work returns a value (a Status, a Result, a bool)");
        auto state = std::make_shared<detail::OperationState>();
        auto* op = new Operation(context, state);
        op->m_progress = std::move(more.progress);
        auto value = std::make_shared<std::optional<T>>();
        auto error = std::make_shared<QString>();
        // Held by pointer: the work and the callbacks may own what cannot be copied
        // (a PIN).
        auto w = std::make_shared<Work>(std::move(work));
        auto f = std::make_shared<Finished>(std::move(finished));
        QFuture<void> future = runInPool([state, value, error, w] {
            OperationControl control(state);
            try {
                if constexpr (std::is_invocable_v<Work&, OperationControl&>)
                    value->emplace((*w)(control));
                else
                    value->emplace((*w)());
            } catch (const std::exception& e) {
                *error = QString::fromUtf8(e.what());
            } catch (...) {
                *error = QStringLiteral("unknown exception");
            }
        });
        op->setFuture(std::move(future), [state, value, error, f, cancelled = std::move(more.cancelled),
                                          failed = std::move(more.failed)] {
            if (!value->has_value()) {
                if (failed)
                    failed(*error);
                else
                    reportFailure(*error);
                return Operation::Outcome::Failed;
            }
            const bool stopped = state->stop.load();
            if (stopped && cancelled)
                cancelled(std::move(**value));
            else
                (*f)(std::move(**value));
            return stopped ? Operation::Outcome::Cancelled : Operation::Outcome::Finished;
        });
        return op;
    }

    // Work whose end nobody waits for (journaling a cancellation as a dialog
    // closes): it keeps what it needs alive in its own captures.
    static void detach(std::function<void()> work);

private:
    static QFuture<void> runInPool(std::function<void()> f);
    static void reportFailure(const QString& message);
};

} // namespace symbolon::ui
