#include "common/OperationRunner.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace symbolon::ui {

void OperationControl::progress(qint64 done, qint64 total) const {
    m_state->done.store(done);
    m_state->total.store(total);
    // One report in flight at a time: the GUI thread reads the latest values when
    // it arrives.
    if (m_state->progressPosted.exchange(true))
        return;
    std::weak_ptr<detail::OperationState> weak = m_state;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [weak] {
            if (auto s = weak.lock()) {
                s->progressPosted.store(false);
                if (s->operation)
                    s->operation->deliverProgress();
            }
        },
        Qt::QueuedConnection);
}

void OperationControl::inGuiThread(std::function<void()> f) const {
    std::weak_ptr<detail::OperationState> weak = m_state;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [weak, f = std::move(f)] {
            if (auto s = weak.lock(); s && s->operation)
                f();
        },
        Qt::QueuedConnection);
}

Operation::Operation(QObject* context, std::shared_ptr<detail::OperationState> state)
    : QObject(context), m_state(std::move(state)) {
    m_state->operation = this;
}

Operation::~Operation() = default;

void Operation::cancel() {
    m_state->stop.store(true);
}

void Operation::waitForFinished() {
    m_future.waitForFinished();
}

void Operation::setFuture(QFuture<void> future, std::function<Outcome()> deliver) {
    m_future = future;
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, deliver = std::move(deliver)] {
        if (m_state->progressPosted.load())
            deliverProgress(); // the last report before the outcome
        m_ending = true;
        const QPointer<Operation> self(this);
        const Outcome outcome = deliver();
        if (!self)
            return; // the callback destroyed the context, and this with it
        m_outcome = outcome;
        Q_EMIT ended(m_outcome);
        deleteLater();
    });
    watcher->setFuture(future);
}

void Operation::deliverProgress() {
    if (m_progress && !m_ending)
        m_progress(m_state->done.load(), m_state->total.load());
}

QFuture<void> OperationRunner::runInPool(std::function<void()> f) {
    return QtConcurrent::run(std::move(f));
}

void OperationRunner::detach(std::function<void()> work) {
    (void)QtConcurrent::run(std::move(work));
}

void OperationRunner::reportFailure(const QString& message) {
    qWarning("symbolon: an operation failed: %s", qPrintable(message));
}

} // namespace symbolon::ui
