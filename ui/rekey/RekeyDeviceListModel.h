#pragma once

#include "rekey/RekeyRunStatus.h"

#include <QAbstractTableModel>
#include <QVector>

namespace symbolon::ui {

// The devices of a plan or a run, for the approvers and the runs list: the id, the key kinds
// replaced and, for a run, each device's status and result. Rows are made only when a view paints
// them (a QTableView with fixed row heights asks for the visible ones): thousands cost a vector.
class RekeyDeviceListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DeviceColumn, KindsColumn, StatusColumn, ResultColumn, ColumnCount };

    explicit RekeyDeviceListModel(QObject* parent = nullptr);
    // A plan's devices (canonical ids), all with the same kinds; no status column.
    void setPlanned(const QStringList& deviceIds, const QString& kinds);
    // A run's devices with their status and result.
    void setRun(QVector<rekey::RekeyRunDevice> devices, const QString& kinds);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString deviceAt(int row) const; // canonical id

private:
    QStringList m_planned;
    QVector<rekey::RekeyRunDevice> m_run;
    QString m_kinds;
    bool m_hasStatus = false;
};

} // namespace symbolon::ui
