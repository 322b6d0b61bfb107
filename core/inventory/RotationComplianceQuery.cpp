#include "inventory/RotationComplianceQuery.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QHash>

namespace symbolon::inventory {

QDate RotationComplianceQuery::weekStart(const QDate& day) {
    return day.addDays(1 - day.dayOfWeek());
}

Result<QVector<RotationComplianceWeek>> RotationComplianceQuery::weekly(store::Database& db, int weeks,
                                                                        const QDateTime& now) {
    weeks = qBound(1, weeks, 520);
    const QDate last = weekStart(now.toUTC().date());
    const QDate first = last.addDays(-7 * (weeks - 1));
    const qint64 from = QDateTime(first, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    // 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Monday.
    constexpr qint64 kDay = 86400;
    constexpr qint64 kWeek = 7 * kDay;
    auto st = db.prepare(
        "SELECT ((commissioned_at + 3 * 86400) / 604800) AS week, count(*),"
        " sum(rotation_done_at IS NOT NULL AND rotation_done_at <= deadline),"
        " sum(rotation_done_at IS NOT NULL AND rotation_done_at > deadline),"
        " sum(rotation_done_at IS NULL AND deadline >= ?),"
        " sum(rotation_done_at IS NULL AND deadline < ?)"
        " FROM devices WHERE commissioned_at >= ? AND commissioned_at <= ? GROUP BY week ORDER BY week;");
    if (!st)
        return st.error();
    st->bind(1, nowSecs).bind(2, nowSecs).bind(3, from).bind(4, nowSecs);
    QVector<RotationComplianceWeek> out(weeks);
    for (int i = 0; i < weeks; ++i)
        out[i].weekStart = first.addDays(7 * i);
    auto each = [&](const store::Statement& row) {
        const qint64 weekSecs = row.int64(0) * kWeek - 3 * kDay;
        const QDate start = QDateTime::fromSecsSinceEpoch(weekSecs, Qt::UTC).date();
        const qint64 index = first.daysTo(start) / 7;
        if (index < 0 || index >= weeks)
            return;
        RotationComplianceWeek& w = out[int(index)];
        w.commissioned = row.int64(1);
        w.onTime = row.int64(2);
        w.late = row.int64(3);
        w.due = row.int64(4);
        w.overdue = row.int64(5);
    };
    if (auto s = st->forEachRow(each); !s)
        return s.error();
    return out;
}

} // namespace symbolon::inventory
