#include "rekey/RekeyRunStatus.h"

#include "workspace/Database.h"
#include "workspace/Statement.h"

namespace symbolon::rekey {

Result<RekeyRunStatus> RekeyRunStatus::load(workspace::Database& db, qint64 run, int maxFailures) {
    RekeyRunStatus out;
    out.run = run;
    auto st = db.prepare("SELECT status, COUNT(*) FROM rekey_devices WHERE run = ? GROUP BY status;");
    if (!st)
        return st.error();
    st->bind(1, run);
    if (auto s = st->forEachRow(
            [&](const workspace::Statement& r) { out.byStatus.insert(r.text(0), r.int64(1)); });
        !s)
        return s.error();
    const char* where = " FROM rekey_devices r JOIN devices d ON d.id = r.device WHERE r.run = ? AND "
                        "(r.status = 'failed' OR r.result LIKE 'failure:%')";
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
    if (auto s = failures->forEachRow([&](const workspace::Statement& r) {
            out.failures << QStringLiteral("%1 (%2): %3").arg(r.text(0), r.text(1), r.text(2));
        });
        !s)
        return s.error();
    return out;
}

} // namespace symbolon::rekey
