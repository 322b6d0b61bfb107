#pragma once

#include "common/Result.h"

#include <QMutex>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace symbolon::store {
class Database;
} // namespace symbolon::store
namespace symbolon::workspace {
class Workspace;
} // namespace symbolon::workspace

namespace symbolon::ui {

// A view's way to the database: its own QThread owning a read-only connection
// (Workspace::openConnection), so the GUI thread never blocks on SQLCipher. Subclasses add the
// requests: each returns an id at once, queues its work with post(), and answers with a queued
// signal carrying that id (or failed()). Each reader is its own queue, so a slow journal search
// never holds up the inventory views.
class ReaderThread : public QObject {
    Q_OBJECT

public:
    // Subclass destructors must call stop() first: queued work uses the subclass's signals.
    ~ReaderThread() override;

    // Starts the thread and opens the connection there. Call once, from the creating thread.
    void start();
    // Ends the thread after the request in progress; blocks until it has ended.
    void stop();
    // Closes the connection, after the request in progress, and returns once it is closed: the
    // workspace can then change its database key (Workspace::changeDatabaseKey refuses while
    // other connections are open). Requests fail until reopenConnection(), which opens it again
    // under whatever key the workspace now has.
    void closeConnection();
    void reopenConnection();
    // The same for every started reader of this workspace (the views each have their own).
    static void closeConnections(const workspace::Workspace& ws);
    static void reopenConnections(const workspace::Workspace& ws);
    // A queued request that is no longer wanted is skipped when its turn comes (the user scrolled
    // past it, or a newer query replaced it). No signal is emitted for it.
    void cancel(quint64 id);

Q_SIGNALS:
    void opened();
    // A request failed (or the connection did not open: id 0). The message is core's sentence.
    void failed(quint64 id, const QString& message);

protected:
    ReaderThread(workspace::Workspace& ws, const QString& threadName);
    // Queues work for the reader thread; it runs only if still wanted and the connection is open.
    quint64 post(std::function<void(quint64 id, store::Database& db)> work);
    // Emits ok(value) for a good result, failed(id, message) for a bad one.
    template <typename T, typename Ok> void deliver(quint64 id, const Result<T>& r, Ok&& ok) {
        if (r)
            ok(*r);
        else
            Q_EMIT failed(id, r.error().message);
    }

private:
    bool skip(quint64 id);
    void openConnection();

    workspace::Workspace& m_ws;
    QString m_threadName;
    QThread* m_thread = nullptr;
    std::unique_ptr<store::Database> m_db; // reader thread only
    std::atomic<quint64> m_nextId{1};
    std::atomic<quint64> m_dropBelow{0}; // stop(): everything still queued is skipped
    QMutex m_cancelMutex;
    QSet<quint64> m_cancelled;
};

} // namespace symbolon::ui
