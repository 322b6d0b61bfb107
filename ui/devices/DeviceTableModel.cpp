#include "devices/DeviceTableModel.h"

#include "common/DatabaseReader.h"
#include "common/DeviceText.h"

#include <QFont>

namespace symbolon::ui {

using inventory::DeviceColumn;
using inventory::DeviceRow;

DeviceTableModel::DeviceTableModel(DatabaseReader& reader, QObject* parent)
    : QAbstractTableModel(parent), m_reader(reader) {
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0); // coalesces every data() miss of one paint into one fetch
    connect(&m_fetchTimer, &QTimer::timeout, this, &DeviceTableModel::fetchWanted);
    connect(&m_reader, &DatabaseReader::countReady, this, &DeviceTableModel::onCount);
    connect(&m_reader, &DatabaseReader::pageReady, this, &DeviceTableModel::onPage);
    connect(&m_reader, &DatabaseReader::failed, this, &DeviceTableModel::onFailed);
    requestCount();
}

void DeviceTableModel::setFilter(const inventory::DeviceFilter& filter) {
    m_pendingFilter = filter;
    requestCount();
}

void DeviceTableModel::refresh() {
    requestCount();
}

void DeviceTableModel::requestCount() {
    if (m_countRequest)
        m_reader.cancel(m_countRequest);
    m_countRequest = m_reader.requestCount(m_pendingFilter);
}

void DeviceTableModel::onCount(quint64 id, qint64 count) {
    if (id != m_countRequest)
        return;
    m_countRequest = 0;
    beginResetModel();
    m_filter = m_pendingFilter;
    m_count = count;
    clearPages();
    endResetModel();
    Q_EMIT countChanged(count);
}

void DeviceTableModel::clearPages() {
    m_cache.clear([this](quint64 id) { m_reader.cancel(id); });
}

void DeviceTableModel::fetchWanted() {
    m_cache.fetch([this](quint64 id) { m_reader.cancel(id); },
                  [this](qint64 offset, int limit) {
                      return m_reader.requestPage(m_filter, m_sort, m_order, offset, limit);
                  });
}

void DeviceTableModel::onPage(quint64 id, qint64 offset, const QVector<DeviceRow>& rows) {
    const int p = m_cache.store(id, rows);
    if (p < 0)
        return; // not ours, or replaced by a newer query
    Q_ASSERT(offset == qint64(p) * kPageSize);
    Q_UNUSED(offset);
    const int first = p * kPageSize;
    const int last = int(qMin<qint64>(m_count, qint64(first) + kPageSize)) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(p);
}

void DeviceTableModel::onFailed(quint64 id, const QString& message) {
    if (id == m_countRequest) {
        m_countRequest = 0;
        Q_EMIT loadFailed(message);
    } else if (m_cache.forget(id)) {
        Q_EMIT loadFailed(message);
    }
}

const DeviceRow* DeviceTableModel::deviceAt(int row) const {
    return m_cache.row(row, m_count);
}

int DeviceTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int DeviceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const DeviceRow* d = deviceAt(index.row());
    if (!d) {
        if (role != Qt::DisplayRole)
            return {};
        m_cache.want(index.row());
        if (!m_fetchTimer.isActive())
            const_cast<QTimer&>(m_fetchTimer).start();
        return QStringLiteral("…");
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceIdColumn:
            return dashedDeviceId(d->deviceId);
        case TypeColumn:
            return policy::deviceTypeCode(d->type);
        case CohortColumn:
            return policy::cohortCode(d->cohort);
        case S1spColumn:
            return d->s1sp;
        case ManufacturerColumn:
            return d->manufacturer;
        case ModelColumn:
            return d->model;
        case CommissionedColumn:
            return d->commissionedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case DeadlineColumn:
            return d->deadline.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case RotationStateColumn:
            return rotationStateText(rotationState(*d, now));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn || index.column() == RotationStateColumn)
            return rotationDeadlineText(*d, now);
        if (index.column() == ManufacturerColumn)
            return d->manufacturer;
        if (index.column() == TypeColumn)
            return policy::deviceTypeDescription(d->type);
        break;
    case Qt::ForegroundRole:
        if (index.column() == RotationStateColumn)
            return rotationStateColor(rotationState(*d, now));
        break;
    case Qt::FontRole:
        if (index.column() == RotationStateColumn || index.column() == DeviceIdColumn) {
            QFont f;
            if (index.column() == RotationStateColumn)
                f.setBold(true);
            else
                f.setFamily(QStringLiteral("monospace"));
            return f;
        }
        break;
    case Qt::UserRole:
        return d->deviceId;
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceIdColumn:
        return tr("Device ID");
    case TypeColumn:
        return tr("Type");
    case CohortColumn:
        return tr("Cohort");
    case S1spColumn:
        return tr("S1SP");
    case ManufacturerColumn:
        return tr("Manufacturer");
    case ModelColumn:
        return tr("Model");
    case CommissionedColumn:
        return tr("Commissioned (UTC)");
    case DeadlineColumn:
        return tr("Deadline (UTC)");
    case RotationStateColumn:
        return tr("Rotation state");
    }
    return {};
}

void DeviceTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sort = static_cast<DeviceColumn>(column); // the columns are in DeviceColumn's order
    if (sort == m_sort && order == m_order)
        return;
    beginResetModel();
    m_sort = sort;
    m_order = order;
    clearPages();
    endResetModel();
}

} // namespace symbolon::ui
