#include "rekey/RekeyConsistencyQuery.h"

#include "journal/JournalStore.h"
#include "rekey/RekeyKinds.h"
#include "rekey/RekeyPlanner.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}

// Runs a query whose rows are violations; formats each with the row's columns.
Status collect(store::Database& db, const char* sql, qint64 bindRun, qint64 bindN, QStringList& out,
               const std::function<QString(const store::Statement&)>& describe) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (bindRun)
        st->bind(1, bindRun);
    if (bindN)
        st->bind(2, bindN);
    return st->forEachRow([&](const store::Statement& r) {
        if (out.size() < 200)
            out << describe(r);
    });
}
} // namespace

Result<QStringList> RekeyConsistencyQuery::check(store::Database& db) {
    QStringList v;
    auto runs =
        db.prepare("SELECT id, kinds, device_count, (SELECT COUNT(*) FROM rekey_devices d WHERE d.run = "
                   "rekey_runs.id) FROM rekey_runs ORDER BY id;");
    if (!runs)
        return runs.error();
    QVector<std::pair<qint64, int>> perRun;
    if (auto s = runs->forEachRow([&](const store::Statement& r) {
            auto kinds = RekeyKinds::parse(r.text(1));
            perRun.push_back({r.int64(0), kinds ? kinds->keysPerDevice() : 0});
            if (r.int64(2) != r.int64(3))
                v << rekey::tr("Run %1 planned %2 devices but lists %3.")
                         .arg(r.int64(0))
                         .arg(r.int64(2))
                         .arg(r.int64(3));
        });
        !s)
        return s.error();
    runs = Result<store::Statement>(fail(ErrorCode::Internal, QString()));

    for (const auto& entry : perRun) {
        const qint64 r = entry.first;
        const int n = entry.second; // not a structured binding: lambdas capture it (clang 14)
        Status s = collect(
            db,
            "SELECT d.device_id, x.status FROM rekey_devices x JOIN devices d ON d.id = x.device WHERE x.run "
            "= ?1 "
            "AND x.status IN ('pending','failed') AND (x.instruction IS NOT NULL OR EXISTS (SELECT 1 FROM "
            "key_records k WHERE k.device = x.device AND k.rekey_run = ?1));",
            r, 0, v, [&](const store::Statement& row) {
                return rekey::tr("Run %1, device %2 is %3 but has new keys or an instruction.")
                    .arg(r)
                    .arg(row.text(0), row.text(1));
            });
        if (!s)
            return s.error();
        s = collect(
            db,
            "SELECT d.device_id, x.status, (SELECT COUNT(*) FROM key_records k WHERE k.device = x.device AND "
            "k.rekey_run = ?1) AS n FROM rekey_devices x JOIN devices d ON d.id = x.device WHERE x.run = ?1 "
            "AND x.status IN ('committed','distributed','confirmed') AND (n != ?2 OR x.instruction IS NULL "
            "OR x.journal_seq IS NULL OR NOT EXISTS (SELECT 1 FROM journal j WHERE j.seq = x.journal_seq));",
            r, n, v, [&](const store::Statement& row) {
                return rekey::tr("Run %1, device %2 is %3 with %4 new keys (expected %5), or without its "
                                 "instruction or chunk journal entry.")
                    .arg(r)
                    .arg(row.text(0), row.text(1))
                    .arg(row.int64(2))
                    .arg(n);
            });
        if (!s)
            return s.error();
        s = collect(
            db,
            "SELECT d.device_id, x.status, k.kind, k.client, k.state FROM rekey_devices x JOIN devices d ON "
            "d.id = x.device JOIN key_records k ON k.device = x.device AND k.rekey_run = ?1 WHERE x.run = ?1 "
            "AND NOT ((x.status = 'committed' AND k.state = 'Generated') OR (x.status = 'distributed' AND "
            "k.state = 'Distributed') OR (x.status = 'confirmed' AND k.state IN ('Active','Superseded')));",
            r, 0, v, [&](const store::Statement& row) {
                return rekey::tr("Run %1, device %2 is %3 but its new %4 (client %5) is %6.")
                    .arg(r)
                    .arg(row.text(0), row.text(1), row.text(2))
                    .arg(row.int64(3))
                    .arg(row.text(4));
            });
        if (!s)
            return s.error();
    }
    if (auto s = collect(
            db,
            "SELECT d.device_id, k.kind, k.client, COUNT(*) FROM key_records k JOIN devices d ON d.id = "
            "k.device WHERE k.state IN ('Migrated','Active') GROUP BY k.device, k.kind, k.client HAVING "
            "COUNT(*) > 1;",
            0, 0, v,
            [&](const store::Statement& row) {
                return rekey::tr(
                           "Device %1 has %4 current %2 keys for client %3 (at most one may be current).")
                    .arg(row.text(0), row.text(1))
                    .arg(row.int64(2))
                    .arg(row.int64(3));
            });
        !s)
        return s.error();
    if (auto s = checkPlanDigests(db, v); !s)
        return s.error();
    return v;
}

Status RekeyConsistencyQuery::checkPlanDigests(store::Database& db, QStringList& out) {
    struct Plan {
        qint64 run, journalSeq;
        QString kinds, justification, digest;
    };
    QVector<Plan> plans;
    {
        auto st = db.prepare(
            "SELECT id, kinds, justification, plan_digest, journal_seq FROM rekey_runs ORDER BY id;");
        if (!st)
            return st.error();
        if (auto s = st->forEachRow([&](const store::Statement& r) {
                plans.push_back({r.int64(0), r.int64(4), r.text(1), r.text(2), r.text(3)});
            });
            !s)
            return s;
    }
    for (const Plan& p : std::as_const(plans)) {
        QStringList ids;
        auto st =
            db.prepare("SELECT d.device_id FROM rekey_devices x JOIN devices d ON d.id = x.device WHERE "
                       "x.run = ? ORDER BY x.device;");
        if (!st)
            return st.error();
        st->bind(1, p.run);
        if (auto s = st->forEachRow([&](const store::Statement& r) { ids << r.text(0); }); !s)
            return s;
        auto kinds = RekeyKinds::parse(p.kinds);
        QJsonParseError pe{};
        const QJsonDocument justification = QJsonDocument::fromJson(p.justification.toUtf8(), &pe);
        if (!kinds || pe.error != QJsonParseError::NoError || !justification.isObject()) {
            out << rekey::tr(
                       "Run %1: its stored kinds \"%2\" or justification cannot be read, so its plan digest "
                       "%3 cannot be recomputed: the plan was changed after it was made.")
                       .arg(p.run)
                       .arg(p.kinds, p.digest);
            continue;
        }
        const QString recomputed = RekeyPlanner::planDigest(*kinds, justification.object(), ids);
        if (recomputed != p.digest)
            out << rekey::tr(
                       "Run %1: its plan digest is %2 as stored (and approved), but its kinds, justification "
                       "and devices as stored now give %3: the plan was changed after it was made.")
                       .arg(p.run)
                       .arg(p.digest, recomputed);
        // The rekey.planned entry recorded the digest in the journal when the plan was made.
        auto entry = journal::JournalStore(db).range(p.journalSeq, 1);
        if (!entry)
            return entry.error();
        const QString journaled =
            entry->isEmpty() || entry->constFirst().seq != p.journalSeq
                ? QString()
                : entry->constFirst().details().value(QStringLiteral("plan_digest")).toString();
        if (journaled != p.digest)
            out << rekey::tr("Run %1: its plan digest is %2 as stored, but its rekey.planned journal entry "
                             "#%3 records "
                             "%4: the plan was changed after it was made.")
                       .arg(p.run)
                       .arg(p.digest)
                       .arg(p.journalSeq)
                       .arg(journaled.isEmpty() ? rekey::tr("no digest") : journaled);
    }
    return {};
}

} // namespace symbolon::rekey
