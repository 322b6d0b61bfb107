#include "common/DatabaseReader.h"

#include "inventory/InventoryStore.h"
#include "workspace/Database.h"
#include "workspace/Workspace.h"

#include <QThread>

namespace symbolon::ui {

DatabaseReader::DatabaseReader(workspace::Workspace& ws) : m_ws(ws) {
    qRegisterMetaType<inventory::DeviceRow>();
    qRegisterMetaType<QVector<inventory::DeviceRow>>();
    qRegisterMetaType<QVector<inventory::RotationCounts>>();
}

DatabaseReader::~DatabaseReader() {
    stop();
    m_store.reset();
    m_db.reset();
}

void DatabaseReader::start() {
    Q_ASSERT(!m_thread);
    m_thread = new QThread();
    m_thread->setObjectName(QStringLiteral("DatabaseReader"));
    moveToThread(m_thread);
    // finished() is emitted on the reader thread itself: the connection closes where it was used.
    connect(
        m_thread, &QThread::finished, this,
        [this] {
            m_store.reset();
            m_db.reset();
        },
        Qt::DirectConnection);
    m_thread->start();
    QMetaObject::invokeMethod(this, &DatabaseReader::openConnection, Qt::QueuedConnection);
}

void DatabaseReader::stop() {
    if (!m_thread)
        return;
    m_dropBelow.store(m_nextId.load() + 1); // skip whatever is still queued
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void DatabaseReader::cancel(quint64 id) {
    QMutexLocker lock(&m_cancelMutex);
    m_cancelled.insert(id);
}

bool DatabaseReader::skip(quint64 id) {
    if (id < m_dropBelow.load())
        return true;
    QMutexLocker lock(&m_cancelMutex);
    return m_cancelled.remove(id);
}

void DatabaseReader::openConnection() {
    auto db = m_ws.openConnection(true);
    if (!db) {
        Q_EMIT failed(0, db.error().message);
        return;
    }
    m_db = std::move(*db);
    m_store = std::make_unique<inventory::InventoryStore>(*m_db);
    Q_EMIT opened();
}

template <typename F> quint64 DatabaseReader::post(F&& work) {
    const quint64 id = m_nextId.fetch_add(1);
    QMetaObject::invokeMethod(
        this,
        [this, id, work = std::forward<F>(work)] {
            if (skip(id))
                return;
            if (!m_store) {
                Q_EMIT failed(id, tr("The workspace database is not open for reading."));
                return;
            }
            work(id);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 DatabaseReader::requestTotal() {
    return post([this](quint64 id) {
        auto r = m_store->total();
        if (r)
            Q_EMIT totalReady(id, *r);
        else
            Q_EMIT failed(id, r.error().message);
    });
}

quint64 DatabaseReader::requestCount(const inventory::DeviceFilter& filter) {
    return post([this, filter](quint64 id) {
        auto r = m_store->count(filter, QDateTime::currentDateTimeUtc());
        if (r)
            Q_EMIT countReady(id, *r);
        else
            Q_EMIT failed(id, r.error().message);
    });
}

quint64 DatabaseReader::requestPage(const inventory::DeviceFilter& filter, inventory::DeviceColumn sort,
                                    Qt::SortOrder order, qint64 offset, int limit) {
    return post([this, filter, sort, order, offset, limit](quint64 id) {
        auto r = m_store->page(filter, sort, order, offset, limit, QDateTime::currentDateTimeUtc());
        if (r)
            Q_EMIT pageReady(id, offset, *r);
        else
            Q_EMIT failed(id, r.error().message);
    });
}

quint64 DatabaseReader::requestDevice(const QString& deviceId) {
    return post([this, deviceId](quint64 id) {
        auto r = m_store->device(deviceId);
        if (r)
            Q_EMIT deviceReady(id, *r);
        else
            Q_EMIT failed(id, r.error().message);
    });
}

quint64 DatabaseReader::requestRotationSummary() {
    return post([this](quint64 id) {
        auto r = m_store->rotationSummary(QDateTime::currentDateTimeUtc());
        if (r)
            Q_EMIT rotationSummaryReady(id, *r);
        else
            Q_EMIT failed(id, r.error().message);
    });
}

quint64 DatabaseReader::requestS1sps() {
    return post([this](quint64 id) {
        auto r = m_store->s1sps();
        if (r)
            Q_EMIT s1spsReady(id, *r);
        else
            Q_EMIT failed(id, r.error().message);
    });
}

} // namespace symbolon::ui
