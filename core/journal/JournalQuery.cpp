#include "journal/JournalQuery.h"

#include "journal/JournalStore.h"

#include "policy/DeviceId.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}

// A WHERE clause and its text bindings, in order.
struct Where {
    QString sql;
    QStringList binds;
    void add(const QString& clause, const QStringList& values) {
        sql += sql.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND ");
        sql += clause;
        binds += values;
    }
};

QString timeText(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs); // the stored form: text order is time order
}

Where whereFor(const JournalFilter& f) {
    Where w;
    if (f.from.isValid())
        w.add(QStringLiteral("ts >= ?"), {timeText(f.from)});
    if (f.to.isValid())
        w.add(QStringLiteral("ts < ?"), {timeText(f.to)});
    if (!f.actor.isEmpty())
        w.add(QStringLiteral("actor LIKE ? ESCAPE '\\'"), {JournalQuery::containsPattern(f.actor)});
    if (!f.actionPrefix.isEmpty()) {
        if (f.actionPrefix.endsWith(QLatin1Char('.'))) {
            // A half-open range on the index instead of LIKE (which would not use it): every
            // action starting with the prefix sorts between "prefix" and "prefix" + U+10FFFF.
            w.add(QStringLiteral("action >= ? AND action < ?"),
                  {f.actionPrefix, f.actionPrefix + QString::fromUcs4(U"\U0010FFFF")});
        } else {
            w.add(QStringLiteral("action = ?"), {f.actionPrefix});
        }
    }
    if (!f.deviceId.isEmpty()) {
        const QString given = f.deviceId.trimmed();
        auto id = policy::DeviceId::parse(QStringView(given));
        if (id)
            w.add(QStringLiteral("target IN (?, ?, ?)"), {id->toString(), id->toDisplayString(), given});
        else
            w.add(QStringLiteral("target = ?"), {given});
    }
    if (!f.pmaReference.isEmpty())
        w.add(QStringLiteral("details LIKE ? ESCAPE '\\'"), {JournalQuery::containsPattern(f.pmaReference)});
    if (!f.text.isEmpty()) {
        const QString p = JournalQuery::containsPattern(f.text);
        w.add(QStringLiteral("(actor LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\' OR target LIKE ? "
                             "ESCAPE '\\' OR details LIKE ? ESCAPE '\\')"),
              {p, p, p, p});
    }
    return w;
}

struct Bounds {
    qint64 first = 0;
    qint64 last = 0;
};

Result<Bounds> bounds(store::Database& db) {
    // min() and max() of the primary key: two b-tree descents, whatever the journal's size. (One
    // "SELECT min(seq), max(seq)" would not: SQLite optimises a lone min or max only, and scans.)
    auto st = db.prepare("SELECT (SELECT min(seq) FROM journal), (SELECT max(seq) FROM journal);");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    Bounds b;
    if (*row && !st->isNull(0)) {
        b.first = st->int64(0);
        b.last = st->int64(1);
    }
    return b;
}
} // namespace

QString JournalQuery::containsPattern(const QString& text) {
    QString p;
    p.reserve(text.size() + 2);
    p += QLatin1Char('%');
    for (QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            p += QLatin1Char('\\');
        p += c;
    }
    p += QLatin1Char('%');
    return p;
}

Result<qint64> JournalQuery::count(const JournalFilter& filter) const {
    if (filter.isEmpty()) {
        auto b = bounds(m_db);
        if (!b)
            return b.error();
        return b->last == 0 ? 0 : b->last - b->first + 1;
    }
    const Where w = whereFor(filter);
    const QByteArray sql =
        (QStringLiteral("SELECT count(*) FROM journal ") + w.sql + QLatin1Char(';')).toUtf8();
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    for (int i = 0; i < w.binds.size(); ++i)
        st->bind(i + 1, w.binds[i]);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::Database, journal::tr("Counting journal entries returned no row."));
    return st->int64(0);
}

Result<QVector<JournalEntry>> JournalQuery::page(const JournalFilter& filter, qint64 offset, int limit,
                                                 Order order) const {
    if (offset < 0 || limit <= 0)
        return fail(ErrorCode::InvalidInput,
                    journal::tr("A journal page needs an offset of 0 or more and a limit of 1 or more."));
    QVector<JournalEntry> out;
    const bool newest = order == Order::NewestFirst;
    if (filter.isEmpty()) {
        auto b = bounds(m_db);
        if (!b)
            return b.error();
        if (b->last == 0)
            return out;
        // Row r is seq last - r (newest first) or first + r (oldest first).
        qint64 lo = 0, hi = 0;
        if (newest) {
            hi = b->last - offset;
            lo = qMax(b->first, hi - limit + 1);
        } else {
            lo = b->first + offset;
            hi = qMin(b->last, lo + limit - 1);
        }
        if (lo > hi)
            return out;
        const QByteArray sql = QByteArray(JournalStore::selectSql()) +
                               "WHERE seq BETWEEN ? AND ? ORDER BY seq " + (newest ? "DESC" : "ASC") + ";";
        auto st = m_db.prepare(sql.constData());
        if (!st)
            return st.error();
        st->bind(1, lo).bind(2, hi);
        out.reserve(int(hi - lo + 1));
        qint64 expected = newest ? hi : lo;
        const qint64 step = newest ? -1 : 1;
        auto gapUntil = [&](qint64 seq) {
            // Entries missing from the seq space keep their row: seq only, no hash.
            for (; expected != seq; expected += step) {
                JournalEntry gap;
                gap.seq = expected;
                out.push_back(gap);
            }
        };
        for (;;) {
            auto row = st->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            JournalEntry e = JournalStore::fromRow(*st);
            gapUntil(e.seq);
            out.push_back(std::move(e));
            expected += step;
        }
        gapUntil((newest ? lo : hi) + step);
        return out;
    }
    const Where w = whereFor(filter);
    const QByteArray sql =
        (QString::fromLatin1(JournalStore::selectSql()) + w.sql + QStringLiteral(" ORDER BY seq ") +
         (newest ? QStringLiteral("DESC") : QStringLiteral("ASC")) + QStringLiteral(" LIMIT ? OFFSET ?;"))
            .toUtf8();
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    int i = 0;
    for (; i < w.binds.size(); ++i)
        st->bind(i + 1, w.binds[i]);
    st->bind(i + 1, limit).bind(i + 2, offset);
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back(JournalStore::fromRow(*st));
    }
    return out;
}

Result<QVector<JournalEntry>> JournalQuery::quorumHistory() const {
    auto st = m_db.prepare((QByteArray(JournalStore::selectSql()) +
                            "WHERE action LIKE 'quorum.%' OR action = 'key-token.enrolled' ORDER BY seq;")
                               .constData());
    if (!st)
        return st.error();
    QVector<JournalEntry> out;
    if (auto s =
            st->forEachRow([&](const store::Statement& row) { out.push_back(JournalStore::fromRow(row)); });
        !s)
        return s.error();
    return out;
}

} // namespace symbolon::journal
