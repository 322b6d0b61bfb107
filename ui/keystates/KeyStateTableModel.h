#pragma once

#include "common/PageCache.h"

#include "rekey/KeyStateQuery.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <optional>

namespace symbolon::ui {

class KeyStateReader;

// Key records (device × client × kind × generation) as a table that never holds them all, the
// Devices model's approach: rowCount from count(filter); rows in pages of 256 through the
// KeyStateReader, on demand ("…" until the page arrives); at most 64 pages kept. Sorting by a
// header or a new filter runs a new query.
class KeyStateTableModel : public QAbstractTableModel {
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
    static constexpr int kPageSize = PageCache<rekey::KeyStateRow>::kPageSize;

    KeyStateTableModel(KeyStateReader& reader, QObject* parent = nullptr);

    void setFilter(const rekey::KeyStateFilter& filter); // counts again, then resets
    void refresh();
    const rekey::KeyStateFilter& filter() const { return m_pendingFilter; }
    const rekey::KeyStateRow* keyAt(int row) const; // nullptr until its page is loaded
    qint64 totalRows() const { return m_count; }
    bool isCounting() const { return m_countRequest != 0; }
    int cachedPages() const { return m_cache.cachedPages(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
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
    void countChanged(qint64 count);
    void pageLoaded(int page);
    void loadFailed(const QString& message);
    void sortRefused(int column, Qt::SortOrder order);

private:
    void requestCount();
    void onCount(quint64 id, qint64 count);
    void onPage(quint64 id, qint64 offset, const QVector<rekey::KeyStateRow>& rows);
    void onFailed(quint64 id, const QString& message);
    void fetchWanted();
    void clearPages();

    KeyStateReader& m_reader;
    rekey::KeyStateFilter m_pendingFilter;
    rekey::KeyStateFilter m_filter;
    rekey::KeyStateColumn m_sort = rekey::KeyStateColumn::DeviceId;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    qint64 m_count = 0;
    quint64 m_countRequest = 0;
    PageCache<rekey::KeyStateRow> m_cache;
    QTimer m_fetchTimer;
};

} // namespace symbolon::ui
