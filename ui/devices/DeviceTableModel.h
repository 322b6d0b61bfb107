#pragma once

#include "common/PageCache.h"

#include "inventory/DeviceQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace symbolon::ui {

class DatabaseReader;

// The device inventory as a table that never holds it all: rowCount comes from count(filter);
// rows arrive in pages of 256 through the DatabaseReader, on demand (a cell shows "…" until its
// page arrives, then dataChanged), and at most 64 pages are kept (least recently used goes).
// Sorting by a header runs a new query; so does a new filter.
class DeviceTableModel : public QAbstractTableModel {
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
    static constexpr int kPageSize = PageCache<inventory::DeviceRow>::kPageSize;
    static constexpr int kMaxPages = PageCache<inventory::DeviceRow>::kMaxPages;

    DeviceTableModel(DatabaseReader& reader, QObject* parent = nullptr);

    void setFilter(const inventory::DeviceFilter& filter); // counts again, then resets
    void refresh();                                        // same filter, fresh data
    const inventory::DeviceFilter& filter() const { return m_pendingFilter; }
    // The row's device if its page is loaded, else nullptr.
    const inventory::DeviceRow* deviceAt(int row) const;
    qint64 totalRows() const { return m_count; }
    bool isCounting() const { return m_countRequest != 0; }
    int cachedPages() const { return m_cache.cachedPages(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countChanged(qint64 count);
    void pageLoaded(int page);
    void loadFailed(const QString& message);

private:
    void requestCount();
    void onCount(quint64 id, qint64 count);
    void onPage(quint64 id, qint64 offset, const QVector<inventory::DeviceRow>& rows);
    void onFailed(quint64 id, const QString& message);
    void fetchWanted();
    void clearPages();

    DatabaseReader& m_reader;
    inventory::DeviceFilter m_pendingFilter; // asked for; applied when its count arrives
    inventory::DeviceFilter m_filter;        // what the rows show
    inventory::DeviceColumn m_sort = inventory::DeviceColumn::DeviceId;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    qint64 m_count = 0;
    quint64 m_countRequest = 0;
    PageCache<inventory::DeviceRow> m_cache;
    QTimer m_fetchTimer;
};

} // namespace symbolon::ui
