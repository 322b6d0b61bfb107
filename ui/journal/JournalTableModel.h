#pragma once

#include "common/PageCache.h"

#include "journal/JournalEntry.h"
#include "journal/JournalQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace symbolon::ui {

class JournalReader;

// The journal, newest first, as a table that never holds it all: rowCount comes from
// JournalQuery::count; pages of 256 arrive through the JournalReader on demand (a cell shows "…"
// until its page arrives), and at most 64 pages are kept. A new filter counts again, then resets.
class JournalTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        RoleColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        ApproversColumn,
        ColumnCount
    };
    static constexpr int kPageSize = PageCache<int>::kPageSize;

    explicit JournalTableModel(JournalReader& reader, QObject* parent = nullptr);

    void setFilter(const journal::JournalFilter& filter);
    void refresh();
    const journal::JournalFilter& filter() const { return m_pendingFilter; }
    // The row's entry if its page is loaded, else nullptr. A gap (an entry missing from the
    // database) has a seq and no hash.
    const journal::JournalEntry* entryAt(int row) const;
    qint64 totalRows() const { return m_count; }
    bool isCounting() const { return m_countRequest != 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeOf(const QJsonObject& details);
    static QString approversOf(const QJsonObject& details);

Q_SIGNALS:
    void countChanged(qint64 count);
    void pageLoaded(int page);
    void loadFailed(const QString& message);

private:
    struct Row {
        journal::JournalEntry entry;
        QString outcome;
        QString approvers;
    };
    const Row* rowAt(int row) const;
    void requestCount();
    void onCount(quint64 id, qint64 count);
    void onPage(quint64 id, qint64 offset, const QVector<journal::JournalEntry>& entries);
    void onFailed(quint64 id, const QString& message);
    void fetchWanted();
    void clearPages();

    JournalReader& m_reader;
    journal::JournalFilter m_pendingFilter;
    journal::JournalFilter m_filter;
    qint64 m_count = 0;
    quint64 m_countRequest = 0;
    PageCache<Row> m_cache;
    QTimer m_fetchTimer;
};

} // namespace symbolon::ui
