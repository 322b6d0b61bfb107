#pragma once

#include "journal/JournalEntry.h"
#include "journal/JournalQuery.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QVector>

#include <atomic>
#include <memory>

class QThread;

namespace symbolon::workspace {
class Database;
class Workspace;
} // namespace symbolon::workspace

namespace symbolon::ui {

// The Journal view's way to the database, built like DatabaseReader: its own QThread and
// read-only connection, requests queued with an id, answers as queued signals. Separate from
// DatabaseReader so that a slow journal search never holds up the inventory views.
class JournalReader : public QObject {
    Q_OBJECT

public:
    explicit JournalReader(workspace::Workspace& ws);
    ~JournalReader() override;

    void start();
    void stop();

    quint64 requestCount(const journal::JournalFilter& filter);
    quint64 requestPage(const journal::JournalFilter& filter, qint64 offset, int limit);
    void cancel(quint64 id);

Q_SIGNALS:
    void countReady(quint64 id, qint64 count);
    void pageReady(quint64 id, qint64 offset, const QVector<symbolon::journal::JournalEntry>& entries);
    void failed(quint64 id, const QString& message);

private:
    template <typename F> quint64 post(F&& work);
    bool skip(quint64 id);
    void openConnection();

    workspace::Workspace& m_ws;
    QThread* m_thread = nullptr;
    std::unique_ptr<workspace::Database> m_db; // reader thread only
    std::atomic<quint64> m_nextId{1};
    std::atomic<quint64> m_dropBelow{0};
    QMutex m_cancelMutex;
    QSet<quint64> m_cancelled;
};

} // namespace symbolon::ui
