#pragma once

#include "inventory/DeviceQuery.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>

namespace symbolon::workspace {
class Database;
class Workspace;
} // namespace symbolon::workspace

namespace symbolon::inventory {
class InventoryStore;
}

namespace symbolon::ui {

// The UI's only way to the database. Lives on its own QThread and owns a read-only connection
// (Workspace::openConnection) and an InventoryStore on it, so the GUI thread never blocks on
// SQLCipher. request*() may be called from any thread: each returns a request id at once and
// queues the work; the answer comes back as a queued signal carrying that id.
class DatabaseReader : public QObject {
    Q_OBJECT

public:
    // Has no parent (it moves to its own thread): the owner holds it in a unique_ptr and destroys
    // it on the thread that created it, which stops the reader thread first.
    explicit DatabaseReader(workspace::Workspace& ws);
    ~DatabaseReader() override;

    // Starts the thread and opens the connection there. Call once, from the creating thread.
    void start();
    // Ends the thread after the request in progress; blocks until it has ended.
    void stop();

    quint64 requestTotal();
    quint64 requestCount(const inventory::DeviceFilter& filter);
    quint64 requestPage(const inventory::DeviceFilter& filter, inventory::DeviceColumn sort,
                        Qt::SortOrder order, qint64 offset, int limit);
    quint64 requestDevice(const QString& deviceId);
    quint64 requestRotationSummary();
    quint64 requestS1sps();

    // A queued request that is no longer wanted is skipped when its turn comes (the user scrolled
    // past it, or a newer query replaced it). No signal is emitted for it.
    void cancel(quint64 id);

Q_SIGNALS:
    void opened();
    void totalReady(quint64 id, qint64 total);
    void countReady(quint64 id, qint64 count);
    void pageReady(quint64 id, qint64 offset, const QVector<symbolon::inventory::DeviceRow>& rows);
    void deviceReady(quint64 id, const symbolon::inventory::DeviceRow& row);
    void rotationSummaryReady(quint64 id, const QVector<symbolon::inventory::RotationCounts>& counts);
    void s1spsReady(quint64 id, const QStringList& s1sps);
    // A request failed (or the connection did not open: id 0). The message is core's sentence.
    void failed(quint64 id, const QString& message);

private:
    template <typename F> quint64 post(F&& work);
    bool skip(quint64 id);
    void openConnection();

    workspace::Workspace& m_ws;
    QThread* m_thread = nullptr;
    std::unique_ptr<workspace::Database> m_db;          // reader thread only
    std::unique_ptr<inventory::InventoryStore> m_store; // reader thread only
    std::atomic<quint64> m_nextId{1};
    std::atomic<quint64> m_dropBelow{0}; // stop(): everything still queued is skipped
    QMutex m_cancelMutex;
    QSet<quint64> m_cancelled;
};

} // namespace symbolon::ui
