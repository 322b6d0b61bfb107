#pragma once

#include "common/PagedTableModel.h"

#include "rekey/KeyStateQuery.h"

#include <optional>

namespace symbolon::ui {

class KeyStateReader;
using KeyStatePages = PagedTableModel<rekey::KeyStateRow, rekey::KeyStateFilter>;

// Key records (device × client × kind × generation) as a paged table (PagedTableModel) over the
// KeyStateReader: its columns and its query. Sorting by a header or a new filter runs a new query.
class KeyStateTableModel : public KeyStatePages {
    Q_OBJECT

public:
    enum Column {
        DeviceIdColumn,
        KindColumn,
        ClientColumn,
        GenerationColumn,
        StateColumn,
        CompromisedColumn,
        DeadlineColumn,
        KcvColumn,
        KekColumn,
        CreatedColumn,
        DistributedColumn,
        ActivatedColumn,
        ColumnCount
    };

    KeyStateTableModel(KeyStateReader& reader, QObject* parent = nullptr);

    const rekey::KeyStateRow* keyAt(int row) const { return rowAt(row); } // nullptr until its page is loaded

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sortable columns: device id, state, rotation deadline (each an index walk at 9,000,000 keys);
    // a click on another header keeps the current order (sortRefused).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static std::optional<rekey::KeyStateColumn> sortKey(int column);
    int sortColumn() const;

    static QString clientText(int client);            // "Data Collection"; "device (MK)" for 0
    static QString kcvValue(const QString& labelled); // "CMAC-5B 1A2B…" → as is, "—" when empty

Q_SIGNALS:
    void sortRefused(int column, Qt::SortOrder order);

protected:
    quint64 countQuery(const rekey::KeyStateFilter& filter) override;
    quint64 pageQuery(const rekey::KeyStateFilter& filter, qint64 offset, int limit) override;

private:
    KeyStateReader& m_reader;
    rekey::KeyStateColumn m_sort = rekey::KeyStateColumn::DeviceId;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace symbolon::ui
