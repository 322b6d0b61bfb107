#include "rekey/RekeyRunQuery.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace symbolon::rekey {

Result<QVector<RekeyRunSummary>> RekeyRunQuery::latest(store::Database& db, int limit) {
    return summaries(db, qBound(1, limit, 1000));
}

Result<QVector<RekeyRunSummary>> RekeyRunQuery::all(store::Database& db) {
    auto out = summaries(db, -1); // SQLite: a negative LIMIT is no limit
    if (out)
        std::reverse(out->begin(), out->end());
    return out;
}

Result<QVector<RekeyRunSummary>> RekeyRunQuery::summaries(store::Database& db, qint64 limit) {
    auto st = db.prepare("SELECT r.id, r.created_at, r.kinds, r.state,"
                         " sum(d.status = 'confirmed'), sum(d.status = 'distributed'),"
                         " sum(d.status = 'committed'), sum(d.status = 'failed'), sum(d.status = 'pending'),"
                         " r.device_count, r.justification,"
                         " sum(d.status = 'distributed' AND d.result LIKE 'failure:%'),"
                         " sum(d.result LIKE 'excluded:%'),"
                         " sum(d.status IN ('pending','committed','distributed') AND"
                         "  coalesce(d.result, '') NOT LIKE 'excluded:%'),"
                         " sum(d.status = 'failed' AND coalesce(d.result, '') NOT LIKE 'excluded:%')"
                         " FROM (SELECT * FROM rekey_runs ORDER BY id DESC LIMIT ?) r"
                         " LEFT JOIN rekey_devices d ON d.run = r.id"
                         " GROUP BY r.id ORDER BY r.id DESC;");
    if (!st)
        return st.error();
    st->bind(1, limit);
    QVector<RekeyRunSummary> out;
    auto each = [&](const store::Statement& row) {
        RekeyRunSummary s;
        s.run = row.int64(0);
        s.createdAt = QDateTime::fromSecsSinceEpoch(row.int64(1), Qt::UTC);
        s.kinds = row.text(2);
        s.state = parseRunState(row.text(3)).value_or(RunState::Abandoned); // the CHECK allows no other
        s.confirmed = row.int64(4);
        s.distributed = row.int64(5);
        s.committed = row.int64(6);
        s.failed = row.int64(7);
        s.pending = row.int64(8);
        s.deviceCount = row.int64(9);
        const QJsonObject j = QJsonDocument::fromJson(row.text(10).toUtf8()).object();
        s.reason = j.value(QStringLiteral("reason")).toString();
        s.pmaReference = j.value(QStringLiteral("pma_reference")).toString();
        s.refused = row.int64(11);
        s.excluded = row.int64(12);
        s.outstanding = row.int64(13);
        s.failedOpen = row.int64(14);
        out.push_back(s);
    };
    if (auto s = st->forEachRow(each); !s)
        return s.error();
    return out;
}

Result<RekeyRunStatus> RekeyRunQuery::status(store::Database& db, qint64 run, int maxFailures) {
    RekeyRunStatus out;
    out.run = run;
    auto st = db.prepare("SELECT status, COUNT(*) FROM rekey_devices WHERE run = ? GROUP BY status;");
    if (!st)
        return st.error();
    st->bind(1, run);
    if (auto s = st->forEachRow([&](const store::Statement& r) {
            if (const auto s = parseDeviceStatus(r.text(0)))
                out.byStatus.insert(*s, r.int64(1));
        });
        !s)
        return s.error();
    // Failed in the run, or refused by the DCO; not those excluded since (RekeyExclusion).
    const char* where = " FROM rekey_devices r JOIN devices d ON d.id = r.device WHERE r.run = ? AND "
                        "(r.status = 'failed' OR r.result LIKE 'failure:%') AND "
                        "coalesce(r.result, '') NOT LIKE 'excluded:%'";
    auto count = db.prepare((QByteArray("SELECT COUNT(*)") + where + ";").constData());
    if (!count)
        return count.error();
    count->bind(1, run);
    auto row = count->step();
    if (!row)
        return row.error();
    out.failureCount = count->int64(0);
    auto failures = db.prepare(
        (QByteArray("SELECT d.device_id, r.status, r.result") + where + " ORDER BY r.device LIMIT ?;")
            .constData());
    if (!failures)
        return failures.error();
    failures->bind(1, run).bind(2, maxFailures);
    if (auto s = failures->forEachRow([&](const store::Statement& r) {
            out.failures << QStringLiteral("%1 (%2): %3").arg(r.text(0), r.text(1), r.text(2));
        });
        !s)
        return s.error();
    auto excluded =
        db.prepare("SELECT COUNT(*) FROM rekey_devices WHERE run = ? AND result LIKE 'excluded:%';");
    if (!excluded)
        return excluded.error();
    excluded->bind(1, run);
    if (auto r = excluded->step(); !r)
        return r.error();
    out.excludedCount = excluded->int64(0);
    return out;
}

Result<QVector<RekeyRunDevice>> RekeyRunQuery::devices(store::Database& db, qint64 run) {
    auto st =
        db.prepare("SELECT d.device_id, r.status, coalesce(r.result, '') FROM rekey_devices r JOIN devices "
                   "d ON d.id = r.device WHERE r.run = ? ORDER BY r.device;");
    if (!st)
        return st.error();
    st->bind(1, run);
    QVector<RekeyRunDevice> out;
    if (auto s = st->forEachRow([&](const store::Statement& r) {
            out.push_back(
                {r.text(0), parseDeviceStatus(r.text(1)).value_or(DeviceStatus::Failed), r.text(2)});
        });
        !s)
        return s.error();
    return out;
}

} // namespace symbolon::rekey
