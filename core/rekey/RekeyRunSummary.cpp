#include "rekey/RekeyRunSummary.h"

#include "workspace/Database.h"
#include "workspace/Statement.h"

namespace symbolon::rekey {

Result<QVector<RekeyRunSummary>> RekeyRunSummary::latest(workspace::Database& db, int limit) {
    auto st = db.prepare("SELECT r.id, r.created_at, r.kinds, r.state,"
                         " sum(d.status = 'confirmed'), sum(d.status = 'distributed'),"
                         " sum(d.status = 'committed'), sum(d.status = 'failed'), sum(d.status = 'pending')"
                         " FROM (SELECT * FROM rekey_runs ORDER BY id DESC LIMIT ?) r"
                         " LEFT JOIN rekey_devices d ON d.run = r.id"
                         " GROUP BY r.id ORDER BY r.id DESC;");
    if (!st)
        return st.error();
    st->bind(1, qint64(qBound(1, limit, 1000)));
    QVector<RekeyRunSummary> out;
    auto each = [&](const workspace::Statement& row) {
        RekeyRunSummary s;
        s.run = row.int64(0);
        s.createdAt = QDateTime::fromSecsSinceEpoch(row.int64(1), Qt::UTC);
        s.kinds = row.text(2);
        s.state = row.text(3);
        s.confirmed = row.int64(4);
        s.distributed = row.int64(5);
        s.committed = row.int64(6);
        s.failed = row.int64(7);
        s.pending = row.int64(8);
        out.push_back(s);
    };
    if (auto s = st->forEachRow(each); !s)
        return s.error();
    return out;
}

} // namespace symbolon::rekey
