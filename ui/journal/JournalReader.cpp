#include "journal/JournalReader.h"

#include "workspace/Database.h"
#include "workspace/Workspace.h"

#include <QThread>

namespace symbolon::ui {

JournalReader::JournalReader(workspace::Workspace& ws) : m_ws(ws) {
    qRegisterMetaType<journal::JournalEntry>();
    qRegisterMetaType<QVector<journal::JournalEntry>>();
}

JournalReader::~JournalReader() {
    stop();
    m_db.reset();
}

void JournalReader::start() {
    Q_ASSERT(!m_thread);
    m_thread = new QThread();
    m_thread->setObjectName(QStringLiteral("JournalReader"));
    moveToThread(m_thread);
    connect(
        m_thread, &QThread::finished, this, [this] { m_db.reset(); }, Qt::DirectConnection);
    m_thread->start();
    QMetaObject::invokeMethod(this, &JournalReader::openConnection, Qt::QueuedConnection);
}

void JournalReader::stop() {
    if (!m_thread)
        return;
    m_dropBelow.store(m_nextId.load() + 1);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void JournalReader::cancel(quint64 id) {
    QMutexLocker lock(&m_cancelMutex);
    m_cancelled.insert(id);
}

bool JournalReader::skip(quint64 id) {
    if (id < m_dropBelow.load())
        return true;
    QMutexLocker lock(&m_cancelMutex);
    return m_cancelled.remove(id);
}

void JournalReader::openConnection() {
    auto db = m_ws.openConnection(true);
    if (!db) {
        Q_EMIT failed(0, db.error().message);
        return;
    }
    m_db = std::move(*db);
}

template <typename F> quint64 JournalReader::post(F&& work) {
    const quint64 id = m_nextId.fetch_add(1);
    QMetaObject::invokeMethod(
        this,
        [this, id, work = std::forward<F>(work)] {
            if (skip(id))
                return;
            if (!m_db) {
                Q_EMIT failed(id, tr("The workspace database is not open for reading."));
                return;
            }
            work(id, journal::JournalQuery(*m_db));
        },
        Qt::QueuedConnection);
    return id;
}

quint64 JournalReader::requestCount(const journal::JournalFilter& filter) {
    return post([this, filter](quint64 id, const journal::JournalQuery& q) {
        auto r = q.count(filter);
        if (r)
            Q_EMIT countReady(id, *r);
        else
            Q_EMIT failed(id, r.error().message);
    });
}

quint64 JournalReader::requestPage(const journal::JournalFilter& filter, qint64 offset, int limit) {
    return post([this, filter, offset, limit](quint64 id, const journal::JournalQuery& q) {
        auto r = q.page(filter, offset, limit);
        if (r)
            Q_EMIT pageReady(id, offset, *r);
        else
            Q_EMIT failed(id, r.error().message);
    });
}

} // namespace symbolon::ui
