#include "common/PagedTableModel.h"

#include "common/ReaderThread.h"

#include <limits>

namespace symbolon::ui {

PagedTableModelBase::PagedTableModelBase(ReaderThread& reader, int columns, bool connectionFailures,
                                         QObject* parent)
    : QAbstractTableModel(parent), m_reader(reader), m_columns(columns),
      m_connectionFailures(connectionFailures) {
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0); // coalesces every data() miss of one paint into one fetch
    connect(&m_fetchTimer, &QTimer::timeout, this, &PagedTableModelBase::fetchWanted);
    connect(&m_reader, &ReaderThread::failed, this, &PagedTableModelBase::onFailed);
}

void PagedTableModelBase::refresh() {
    countAgain();
}

void PagedTableModelBase::countAgain() {
    if (m_countRequest)
        m_reader.cancel(m_countRequest);
    m_countRequest = requestCount();
}

void PagedTableModelBase::onCount(quint64 id, qint64 count) {
    if (id != m_countRequest)
        return;
    m_countRequest = 0;
    beginResetModel();
    applyPendingFilter();
    m_count = count;
    clearPages();
    endResetModel();
    Q_EMIT countChanged(count);
}

void PagedTableModelBase::pageArrived(int page, qint64 offset) {
    Q_ASSERT(offset == qint64(page) * PageCache<int>::kPageSize);
    Q_UNUSED(offset);
    const int first = page * PageCache<int>::kPageSize;
    const int last = int(qMin<qint64>(m_count, qint64(first) + PageCache<int>::kPageSize)) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, m_columns - 1));
    Q_EMIT pageLoaded(page);
}

void PagedTableModelBase::onFailed(quint64 id, const QString& message) {
    if (id == m_countRequest) {
        m_countRequest = 0;
        Q_EMIT loadFailed(message);
    } else if (forgetPage(id) || (m_connectionFailures && id == 0)) {
        Q_EMIT loadFailed(message);
    }
}

void PagedTableModelBase::scheduleFetch() const {
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start();
}

void PagedTableModelBase::resetPages(const std::function<void()>& change) {
    beginResetModel();
    change();
    clearPages();
    endResetModel();
}

void PagedTableModelBase::cancel(quint64 id) {
    m_reader.cancel(id);
}

int PagedTableModelBase::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int PagedTableModelBase::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columns;
}

} // namespace symbolon::ui
