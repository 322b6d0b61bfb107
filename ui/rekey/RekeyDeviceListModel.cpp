#include "rekey/RekeyDeviceListModel.h"

#include "common/DeviceText.h"

namespace symbolon::ui {

RekeyDeviceListModel::RekeyDeviceListModel(QObject* parent) : QAbstractTableModel(parent) {}

void RekeyDeviceListModel::setPlanned(const QStringList& deviceIds, const QString& kinds) {
    beginResetModel();
    m_planned = deviceIds;
    m_run.clear();
    m_kinds = kinds;
    m_hasStatus = false;
    endResetModel();
}

void RekeyDeviceListModel::setRun(QVector<rekey::RekeyRunDevice> devices, const QString& kinds) {
    beginResetModel();
    m_planned.clear();
    m_run = std::move(devices);
    m_kinds = kinds;
    m_hasStatus = true;
    endResetModel();
}

int RekeyDeviceListModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_hasStatus ? m_run.size() : m_planned.size());
}

int RekeyDeviceListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : (m_hasStatus ? int(ColumnCount) : int(StatusColumn));
}

QString RekeyDeviceListModel::deviceAt(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    return m_hasStatus ? m_run[row].deviceId : m_planned[row];
}

QVariant RekeyDeviceListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::ToolTipRole && index.column() == ResultColumn && m_hasStatus)
        return m_run[index.row()].result;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DeviceColumn:
        return dashedDeviceId(deviceAt(index.row()));
    case KindsColumn:
        return m_kinds;
    case StatusColumn:
        return m_hasStatus ? rekey::deviceStatusCode(m_run[index.row()].status) : QVariant();
    case ResultColumn:
        return m_hasStatus ? m_run[index.row()].result : QVariant();
    default:
        return {};
    }
}

QVariant RekeyDeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case KindsColumn:
        return tr("Key kinds");
    case StatusColumn:
        return tr("Status");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace symbolon::ui
