#pragma once

#include "common/PageCache.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QVector>

#include <functional>
#include <utility>

namespace symbolon::ui {

class ReaderThread;

// A table over a reader thread that never holds all its rows (issue #13): rowCount comes from a
// count query; rows arrive in pages of PageCache::kPageSize on demand (a cell shows "…" until its
// page arrives, then dataChanged); at most PageCache::kMaxPages pages are kept. A new filter or
// refresh() counts again, then resets. The signals and the count live here; the rows' type and
// the filter in PagedTableModel below; the columns and the query in each view's model.
class PagedTableModelBase : public QAbstractTableModel {
    Q_OBJECT

public:
    void refresh(); // same filter, fresh data
    qint64 totalRows() const { return m_count; }
    bool isCounting() const { return m_countRequest != 0; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

Q_SIGNALS:
    void countChanged(qint64 count);
    void pageLoaded(int page);
    void loadFailed(const QString& message);

protected:
    // connectionFailures: the reader's failure to open its connection (id 0) is a load failure too.
    PagedTableModelBase(ReaderThread& reader, int columns, bool connectionFailures, QObject* parent);

    // The query: ask the reader for the pending filter's count, or for the wanted pages.
    virtual quint64 requestCount() = 0;
    virtual void fetchWanted() = 0;
    // The pending filter becomes the shown one (its count has arrived); the cached pages go.
    virtual void applyPendingFilter() = 0;
    virtual void clearPages() = 0;
    virtual bool forgetPage(quint64 id) = 0;

    // Counts again (a count still in flight is cancelled). The derived constructor calls it first.
    void countAgain();
    // For the reader's countReady signal.
    void onCount(quint64 id, qint64 count);
    // A page is stored: its rows changed.
    void pageArrived(int page, qint64 offset);
    // A paint missed a row: one fetch after the paint (coalesced by a zero timer).
    void scheduleFetch() const;
    // Resets the rows around a change of order (sorting).
    void resetPages(const std::function<void()>& change);
    void cancel(quint64 id);
    ReaderThread& reader() const { return m_reader; }

private:
    void onFailed(quint64 id, const QString& message);

    ReaderThread& m_reader;
    const int m_columns;
    const bool m_connectionFailures;
    qint64 m_count = 0;
    quint64 m_countRequest = 0;
    mutable QTimer m_fetchTimer;
};

// The page cache and the filter, for rows of type Row filtered by Filter. A derived model gives
// countQuery(filter) and pageQuery(filter, offset, limit), connects its reader's pageReady to
// storePage(), and reads rows with rowAt() (or want() in data() for a row not there yet).
template <typename Row, typename Filter> class PagedTableModel : public PagedTableModelBase {
public:
    static constexpr int kPageSize = PageCache<Row>::kPageSize;
    static constexpr int kMaxPages = PageCache<Row>::kMaxPages;

    void setFilter(const Filter& filter) { // counts again, then resets
        m_pendingFilter = filter;
        countAgain();
    }
    const Filter& filter() const { return m_pendingFilter; } // the latest asked for
    int cachedPages() const { return m_cache.cachedPages(); }

protected:
    PagedTableModel(ReaderThread& reader, int columns, QObject* parent, bool connectionFailures = false)
        : PagedTableModelBase(reader, columns, connectionFailures, parent) {}

    // The query, on the model's reader.
    virtual quint64 countQuery(const Filter& filter) = 0;
    virtual quint64 pageQuery(const Filter& filter, qint64 offset, int limit) = 0;

    // The row if its page is loaded, else nullptr.
    const Row* rowAt(int row) const { return m_cache.row(row, totalRows()); }
    // The row, or nullptr after asking for its page (data() then shows "…").
    const Row* rowOrFetch(int row) const {
        const Row* r = rowAt(row);
        if (!r) {
            m_cache.want(row);
            scheduleFetch();
        }
        return r;
    }
    const Filter& shownFilter() const { return m_filter; }

    // For the reader's pageReady signal: stores the page if it is ours (and still wanted).
    void storePage(quint64 id, qint64 offset, QVector<Row> rows) {
        const int p = m_cache.store(id, std::move(rows));
        if (p >= 0)
            pageArrived(p, offset);
    }
    // The same, turning what the reader sends into rows only for a page that is ours.
    template <typename Source, typename Make>
    void storePage(quint64 id, qint64 offset, const QVector<Source>& source, Make make) {
        if (!m_cache.owns(id))
            return;
        QVector<Row> rows;
        rows.reserve(source.size());
        for (const Source& s : source)
            rows.push_back(make(s));
        storePage(id, offset, std::move(rows));
    }

private:
    quint64 requestCount() final { return countQuery(m_pendingFilter); }
    void fetchWanted() final {
        m_cache.fetch([this](quint64 id) { cancel(id); },
                      [this](qint64 offset, int limit) { return pageQuery(m_filter, offset, limit); });
    }
    void applyPendingFilter() final { m_filter = m_pendingFilter; }
    void clearPages() final {
        m_cache.clear([this](quint64 id) { cancel(id); });
    }
    bool forgetPage(quint64 id) final { return m_cache.forget(id); }

    Filter m_pendingFilter; // asked for; applied when its count arrives
    Filter m_filter;        // what the rows show
    PageCache<Row> m_cache;
};

} // namespace symbolon::ui
