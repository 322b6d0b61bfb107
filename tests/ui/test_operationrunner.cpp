// ui::OperationRunner (issue #13): the work runs off the GUI thread; exactly one outcome reaches
// the GUI thread (finished, cancelled or failed); nothing reaches a context that is gone;
// progress arrives in the GUI thread, the latest value last.
#include "common/OperationRunner.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

#include <atomic>
#include <memory>
#include <stdexcept>

using namespace symbolon;
using ui::Operation;
using ui::OperationControl;
using ui::OperationRunner;

class TestOperationRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void finishedInTheGuiThread() {
        QObject context;
        QThread* worker = nullptr;
        QThread* delivered = nullptr;
        int value = 0, calls = 0;
        QPointer<Operation> op = OperationRunner::start(
            &context,
            [&worker] {
                worker = QThread::currentThread();
                return 42;
            },
            [&](int v) {
                delivered = QThread::currentThread();
                value = v;
                ++calls;
            });
        QVERIFY(op);
        QSignalSpy ended(op.data(), &Operation::ended);
        QVERIFY(ended.wait(5000));
        QCOMPARE(value, 42);
        QCOMPARE(calls, 1);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(delivered, QThread::currentThread());
        QCOMPARE(ended.at(0).at(0).value<Operation::Outcome>(), Operation::Outcome::Finished);
        QTRY_VERIFY(!op); // deleted once its outcome is delivered
    }

    void cancelledGetsTheValue() {
        QObject context;
        std::atomic_bool started{false};
        int finished = 0, cancelled = 0, seen = -1;
        OperationRunner::Callbacks<int> more;
        more.cancelled = [&](int v) {
            ++cancelled;
            seen = v;
        };
        QPointer<Operation> op = OperationRunner::start(
            &context,
            [&started](OperationControl& control) {
                started = true;
                int steps = 0;
                while (!control.stopRequested() && steps < 5000) {
                    QThread::msleep(1);
                    ++steps;
                }
                return control.stopRequested() ? 7 : -1;
            },
            [&](int) { ++finished; }, more);
        QTRY_VERIFY(started.load());
        QVERIFY(op->isRunning());
        op->cancel();
        QSignalSpy ended(op.data(), &Operation::ended);
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.at(0).at(0).value<Operation::Outcome>(), Operation::Outcome::Cancelled);
        QCOMPARE(cancelled, 1);
        QCOMPARE(finished, 0);
        QCOMPARE(seen, 7);
    }

    void failedWhenTheWorkThrows() {
        QObject context;
        int finished = 0;
        QString message;
        OperationRunner::Callbacks<int> more;
        more.failed = [&](const QString& m) { message = m; };
        QPointer<Operation> op = OperationRunner::start(
            &context, []() -> int { throw std::runtime_error("disk on fire"); }, [&](int) { ++finished; },
            more);
        QSignalSpy ended(op.data(), &Operation::ended);
        QVERIFY(ended.wait(5000));
        QCOMPARE(ended.at(0).at(0).value<Operation::Outcome>(), Operation::Outcome::Failed);
        QCOMPARE(message, QStringLiteral("disk on fire"));
        QCOMPARE(finished, 0);
    }

    void nothingReachesAContextThatIsGone() {
        auto context = std::make_unique<QObject>();
        std::atomic_bool release{false};
        auto calls = std::make_shared<int>(0);
        QPointer<Operation> op = OperationRunner::start(
            context.get(),
            [&release](OperationControl& control) {
                while (!release.load())
                    QThread::msleep(1);
                control.progress(1, 2);
                return 1;
            },
            [calls](int) { ++*calls; });
        context.reset(); // the view is closed while the work runs
        QVERIFY(!op);
        release = true;
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50); // any queued delivery would run now
        QCOMPARE(*calls, 0);
    }

    void progressInTheGuiThreadLatestLast() {
        QObject context;
        QList<qint64> seen;
        bool inGui = true;
        OperationRunner::Callbacks<int> more;
        more.progress = [&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(1000));
            inGui = inGui && QThread::currentThread() == qApp->thread();
            seen << done;
        };
        QPointer<Operation> op = OperationRunner::start(
            &context,
            [](OperationControl& control) {
                for (qint64 i = 1; i <= 1000; ++i)
                    control.progress(i, 1000);
                return 0;
            },
            [](int) {}, more);
        QSignalSpy ended(op.data(), &Operation::ended);
        QVERIFY(ended.wait(5000));
        QVERIFY(inGui);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), qint64(1000)); // coalesced, but the last report always arrives
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    }

    void waitForFinishedBlocksUntilTheWorkReturns() {
        QObject context;
        std::atomic_bool done{false};
        QPointer<Operation> op = OperationRunner::start(
            &context,
            [&done] {
                QThread::msleep(50);
                done = true;
                return true;
            },
            [](bool) {});
        op->waitForFinished();
        QVERIFY(done.load());
    }
};

QTEST_MAIN(TestOperationRunner)
#include "test_operationrunner.moc"
