#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QVector>

#include <functional>

namespace symbolon::ui {

// The page bookkeeping of a table model over a reader thread: rows arrive in pages of
// kPageSize, at most kMaxPages stay cached (least recently used go first), paints record which
// pages they wanted, and fetch() requests those — cancelling requests for pages that were
// scrolled past, so fast scrolling through a million rows never builds a queue.
template <typename Row> class PageCache {
public:
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 64;

    // The row if its page is cached (marking the page used), else nullptr.
    const Row* row(qint64 row, qint64 count) const {
        if (row < 0 || row >= count)
            return nullptr;
        auto it = m_pages.find(int(row / kPageSize));
        if (it == m_pages.end())
            return nullptr;
        const int i = int(row % kPageSize);
        if (i >= it->rows.size())
            return nullptr;
        it->lastUse = ++m_useClock;
        return &it->rows[i];
    }
    // A paint wanted this row and its page is not cached: fetch() will ask for it.
    void want(int row) const { m_wanted.insert(row / kPageSize); }

    using Cancel = std::function<void(quint64 id)>;
    using Request = std::function<quint64(qint64 offset, int limit)>;
    void fetch(const Cancel& cancel, const Request& request) {
        if (!m_wanted.isEmpty()) {
            for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
                const int p = it.value();
                if (!m_wanted.contains(p) && !m_wanted.contains(p - 1) && !m_wanted.contains(p + 1)) {
                    cancel(it.key());
                    it = m_inFlight.erase(it);
                } else {
                    ++it;
                }
            }
        }
        const QList<int> inFlightPages = m_inFlight.values();
        for (int p : std::as_const(m_wanted))
            if (!m_pages.contains(p) && !inFlightPages.contains(p))
                m_inFlight.insert(request(qint64(p) * kPageSize, kPageSize), p);
        m_wanted.clear();
    }

    // Whether this request is one of ours still wanted.
    bool owns(quint64 id) const { return m_inFlight.contains(id); }
    // Stores an arrived page; returns its number, or -1 when the request is not ours (replaced
    // by a newer query, or cancelled).
    int store(quint64 id, QVector<Row> rows) {
        const auto it = m_inFlight.constFind(id);
        if (it == m_inFlight.cend())
            return -1;
        const int p = it.value();
        m_inFlight.erase(it);
        m_pages.insert(p, Page{std::move(rows), ++m_useClock});
        while (m_pages.size() > kMaxPages) {
            auto oldest = m_pages.begin();
            for (auto i = m_pages.begin(); i != m_pages.end(); ++i)
                if (i->lastUse < oldest->lastUse)
                    oldest = i;
            m_pages.erase(oldest);
        }
        return p;
    }
    // A request failed: true if it was ours (it is forgotten, so it can be asked again).
    bool forget(quint64 id) { return m_inFlight.remove(id) > 0; }
    void clear(const Cancel& cancel) {
        for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
            cancel(it.key());
        m_inFlight.clear();
        m_pages.clear();
        m_wanted.clear();
    }
    int cachedPages() const { return int(m_pages.size()); }

private:
    struct Page {
        QVector<Row> rows;
        quint64 lastUse = 0;
    };
    mutable QHash<int, Page> m_pages;
    QHash<quint64, int> m_inFlight; // request id → page
    mutable QSet<int> m_wanted;     // pages asked for by data() since the last fetch
    mutable quint64 m_useClock = 0;
};

} // namespace symbolon::ui
