#include "common/ReaderThread.h"

#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QThread>

namespace symbolon::ui {

namespace {
// The started readers, for closeConnections(): touched from the GUI thread only.
QList<ReaderThread*>& liveReaders() {
    static QList<ReaderThread*> readers;
    return readers;
}
} // namespace

ReaderThread::ReaderThread(workspace::Workspace& ws, const QString& threadName)
    : m_ws(ws), m_threadName(threadName) {}

ReaderThread::~ReaderThread() {
    stop();
    m_db.reset();
}

void ReaderThread::start() {
    Q_ASSERT(!m_thread);
    m_thread = new QThread();
    m_thread->setObjectName(m_threadName);
    moveToThread(m_thread);
    // finished() is emitted on the reader thread itself: the connection closes where it was used.
    connect(
        m_thread, &QThread::finished, this, [this] { m_db.reset(); }, Qt::DirectConnection);
    m_thread->start();
    QMetaObject::invokeMethod(this, &ReaderThread::openConnection, Qt::QueuedConnection);
    liveReaders().append(this);
}

void ReaderThread::stop() {
    if (!m_thread)
        return;
    liveReaders().removeAll(this);
    m_dropBelow.store(m_nextId.load() + 1); // skip whatever is still queued
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ReaderThread::closeConnection() {
    if (!m_thread)
        return;
    m_dropBelow.store(m_nextId.load()); // what is queued is skipped: the views ask again after
    QMetaObject::invokeMethod(
        this, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
}

void ReaderThread::reopenConnection() {
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(this, &ReaderThread::openConnection, Qt::QueuedConnection);
}

void ReaderThread::closeConnections(const workspace::Workspace& ws) {
    for (ReaderThread* r : liveReaders())
        if (&r->m_ws == &ws)
            r->closeConnection();
}

void ReaderThread::reopenConnections(const workspace::Workspace& ws) {
    for (ReaderThread* r : liveReaders())
        if (&r->m_ws == &ws)
            r->reopenConnection();
}

void ReaderThread::cancel(quint64 id) {
    QMutexLocker lock(&m_cancelMutex);
    m_cancelled.insert(id);
}

bool ReaderThread::skip(quint64 id) {
    if (id < m_dropBelow.load())
        return true;
    QMutexLocker lock(&m_cancelMutex);
    return m_cancelled.remove(id);
}

void ReaderThread::openConnection() {
    auto db = m_ws.openConnection(true);
    if (!db) {
        Q_EMIT failed(0, db.error().message);
        return;
    }
    m_db = std::move(*db);
    Q_EMIT opened();
}

quint64 ReaderThread::post(std::function<void(quint64 id, store::Database& db)> work) {
    const quint64 id = m_nextId.fetch_add(1);
    QMetaObject::invokeMethod(
        this,
        [this, id, work = std::move(work)] {
            if (skip(id))
                return;
            if (!m_db) {
                Q_EMIT failed(id, tr("The workspace database is not open for reading."));
                return;
            }
            work(id, *m_db);
        },
        Qt::QueuedConnection);
    return id;
}

} // namespace symbolon::ui
