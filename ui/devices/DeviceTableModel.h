#pragma once

#include "common/PagedTableModel.h"

#include "inventory/DeviceQuery.h"

namespace symbolon::ui {

class DatabaseReader;
using DevicePages = PagedTableModel<inventory::DeviceRow, inventory::DeviceFilter>;

// The device inventory as a paged table (PagedTableModel) over the DatabaseReader: its columns
// and its query. Sorting by a header runs a new query; so does a new filter.
class DeviceTableModel : public DevicePages {
    Q_OBJECT

public:
    enum Column {
        DeviceIdColumn,
        TypeColumn,
        CohortColumn,
        S1spColumn,
        ManufacturerColumn,
        ModelColumn,
        CommissionedColumn,
        DeadlineColumn,
        RotationStateColumn,
        ColumnCount
    };

    DeviceTableModel(DatabaseReader& reader, QObject* parent = nullptr);

    // The row's device if its page is loaded, else nullptr.
    const inventory::DeviceRow* deviceAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    quint64 countQuery(const inventory::DeviceFilter& filter) override;
    quint64 pageQuery(const inventory::DeviceFilter& filter, qint64 offset, int limit) override;

private:
    DatabaseReader& m_reader;
    inventory::DeviceColumn m_sort = inventory::DeviceColumn::DeviceId;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace symbolon::ui
