#include "devices/DeviceTableModel.h"

#include "common/DatabaseReader.h"
#include "common/DeviceText.h"

#include <QFont>

namespace symbolon::ui {

using inventory::DeviceColumn;
using inventory::DeviceRow;

DeviceTableModel::DeviceTableModel(DatabaseReader& reader, QObject* parent)
    : DevicePages(reader, ColumnCount, parent), m_reader(reader) {
    connect(&m_reader, &DatabaseReader::countReady, this, &DeviceTableModel::onCount);
    connect(
        &m_reader, &DatabaseReader::pageReady, this,
        [this](quint64 id, qint64 offset, const QVector<DeviceRow>& rows) { storePage(id, offset, rows); });
    countAgain();
}

quint64 DeviceTableModel::countQuery(const inventory::DeviceFilter& filter) {
    return m_reader.requestCount(filter);
}

quint64 DeviceTableModel::pageQuery(const inventory::DeviceFilter& filter, qint64 offset, int limit) {
    return m_reader.requestPage(filter, m_sort, m_order, offset, limit);
}

QVariant DeviceTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const DeviceRow* d = role == Qt::DisplayRole ? rowOrFetch(index.row()) : rowAt(index.row());
    if (!d)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
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
        return DevicePages::headerData(section, orientation, role);
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
    resetPages([&] {
        m_sort = sort;
        m_order = order;
    });
}

} // namespace symbolon::ui
