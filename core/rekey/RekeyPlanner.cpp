#include "rekey/RekeyPlanner.h"

#include "rekey/RekeyRunStore.h"

#include "inventory/InventoryStore.h"
#include "journal/Journal.h"
#include "policy/Cohort.h"
#include "policy/DeviceType.h"
#include "policy/G2Classification.h"
#include "policy/ReKeyJustification.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}

// One row per candidate device with everything the policy checks need.
const char* kCandidateColumns =
    "SELECT d.id, d.device_id, d.cohort, d.s1sp, d.device_type, d.rotation_done_at IS NOT NULL, d.category,"
    " EXISTS (SELECT 1 FROM key_records k WHERE k.device = d.id AND k.kind = 'MK' AND k.client = 0"
    "  AND k.state IN ('Migrated','Active')),"
    " EXISTS (SELECT 1 FROM key_records k WHERE k.device = d.id AND k.state IN ('Generated','Distributed')),"
    " (SELECT r.run FROM rekey_devices r JOIN rekey_runs u ON u.id = r.run WHERE r.device = d.id"
    "  AND r.status = 'pending' AND u.state IN ('planned','running','cancelled') LIMIT 1)"
    " FROM devices d";

QString digest(const RekeyRequest& req, const QStringList& ids) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayLiteral("symbolon-rekey-plan-v1\n"));
    h.addData(req.kinds.code().toUtf8() + '\n');
    h.addData(QJsonDocument(req.justificationJson()).toJson(QJsonDocument::Compact) + '\n');
    for (const QString& id : ids)
        h.addData(id.toLatin1() + '\n');
    return QString::fromLatin1(h.result().toHex());
}
} // namespace

Result<RekeyRun> RekeyRun::load(store::Database& db, qint64 id) {
    return RekeyRunStore(db).load(id);
}

QJsonObject RekeyRun::quorumRequest() const {
    return QJsonObject{
        {QStringLiteral("kinds"), kinds.code()},     {QStringLiteral("devices"), deviceCount},
        {QStringLiteral("plan_digest"), planDigest}, {QStringLiteral("justification"), justification},
        {QStringLiteral("selection"), selection},    {QStringLiteral("resume"), hasStarted(state)}};
}

QString RekeyRun::title() const {
    return rekey::tr("Re-key run %1: %2 on %3 device(s)").arg(id).arg(kinds.code()).arg(deviceCount);
}

Result<RekeyPlanner::Preview> RekeyPlanner::preview(workspace::Workspace& ws, const RekeyRequest& request,
                                                    const QDateTime& now) {
    if (request.instruction)
        if (auto s = request.instruction->validate(); !s)
            return s.error();
    const auto& config = ws.config();
    const policy::PolicyProfile profile =
        config.isDevelopment() ? policy::PolicyProfile::Development : policy::PolicyProfile::Production;
    const bool declared = !config.fipsDeclaration.value(QStringLiteral("certificate")).toString().isEmpty();
    const int keysPerDevice = request.kinds.keysPerDevice();

    Preview p;
    auto consider = [&](const store::Statement& st) {
        const qint64 row = st.int64(0);
        const QString id = st.text(1);
        const bool rotationDone = st.int64(5) != 0;
        const std::optional<int> category =
            st.isNull(6) ? std::nullopt : std::optional<int>(static_cast<int>(st.int64(6)));
        if (st.int64(7) == 0) {
            p.radius.refuse(rekey::tr("no current master key: run the migration unwrap for it first"), id);
            return;
        }
        if (st.int64(8) != 0) {
            p.radius.refuse(
                rekey::tr("an earlier re-key's keys are not yet confirmed active: confirm or retry that "
                          "run first (one new key set per device)"),
                id);
            return;
        }
        if (!st.isNull(9)) {
            p.radius.refuse(rekey::tr("already in open re-key run %1").arg(st.int64(9)), id);
            return;
        }
        if (auto s = policy::checkReKeyAllowed(rotationDone, request.instruction); !s) {
            p.radius.refuse(s.error().message, id);
            return;
        }
        if (auto s = policy::checkTokenAllowed(profile, policy::Operation::ReKey, declared, category); !s) {
            p.radius.refuse(s.error().message, id);
            return;
        }
        p.devices.push_back(row);
        p.deviceIds << id;
        ++p.radius.devices;
        p.radius.keys += keysPerDevice;
        (rotationDone ? p.radius.afterRotation : p.radius.postCommissioning) += 1;
        p.radius.byCohort[policy::cohortCode(policy::Cohort(st.int64(2)))] += 1;
        p.radius.byS1sp[st.text(3)] += 1;
        p.radius.byType[policy::deviceTypeCode(policy::DeviceType(st.int64(4)))] += 1;
    };

    store::Database& db = ws.db();
    const auto sql = inventory::InventoryStore::filterSql(request.filter, now);
    if (request.deviceIds.isEmpty()) {
        QByteArray q = QByteArray(kCandidateColumns) + sql.where + " ORDER BY d.id;";
        auto st = db.prepare(q.constData());
        if (!st)
            return st.error();
        inventory::InventoryStore::bindFilter(*st, sql.binds);
        if (auto s = st->forEachRow(consider); !s)
            return s.error();
    } else {
        QByteArray q = QByteArray(kCandidateColumns) +
                       (sql.where.isEmpty() ? QByteArray(" WHERE d.device_id = ?")
                                            : sql.where + " AND d.device_id = ?") +
                       ";";
        auto st = db.prepare(q.constData());
        if (!st)
            return st.error();
        QVector<std::pair<qint64, QString>> found;
        for (const QString& id : request.deviceIds) {
            st->reset();
            inventory::InventoryStore::bindFilter(*st, sql.binds);
            st->bind(static_cast<int>(sql.binds.size()) + 1, id);
            bool any = false;
            if (auto s = st->forEachRow([&](const store::Statement& row) {
                    any = true;
                    consider(row);
                });
                !s)
                return s.error();
            if (!any)
                p.radius.refuse(sql.where.isEmpty()
                                    ? rekey::tr("not in this workspace's inventory")
                                    : rekey::tr("not in the inventory, or outside the filter"),
                                id);
        }
        // Ascending row ids, as the engine walks them.
        QVector<std::pair<qint64, QString>> pairs;
        for (qsizetype i = 0; i < p.devices.size(); ++i)
            pairs.push_back({p.devices[i], p.deviceIds[i]});
        std::sort(pairs.begin(), pairs.end());
        p.devices.clear();
        p.deviceIds.clear();
        for (const auto& [row, id] : pairs) {
            p.devices.push_back(row);
            p.deviceIds << id;
        }
    }
    return p;
}

Result<RekeyRun> RekeyPlanner::create(workspace::Workspace& ws, const RekeyRequest& request,
                                      const QDateTime& now) {
    if (auto s = ws.require(policy::Permission::PlanReKey); !s)
        return s.error();
    store::Database& db = ws.db();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto p = preview(ws, request, now);
    if (!p)
        return p.error();
    if (p->radius.refused() > 0) {
        const auto& r = p->radius.refusals.constFirst();
        QString reason = r.reason;
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        return fail(
            ErrorCode::PolicyRefused,
            rekey::tr(
                "The re-key was not planned: %1 device(s) refused. First reason (%2 device(s), e.g. %3): "
                "%4. Nothing was changed.")
                .arg(p->radius.refused())
                .arg(r.count)
                .arg(r.sample.constFirst(), reason));
    }
    if (p->devices.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("No device matches this selection: nothing to re-key. Nothing was changed."));

    RekeyRun run;
    run.createdAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    run.createdBy = ws.identity().actor();
    run.kinds = request.kinds;
    run.selection = request.selectionJson();
    run.justification = request.justificationJson();
    run.deviceCount = p->devices.size();
    run.planDigest = digest(request, p->deviceIds);
    run.state = RunState::Planned;

    RekeyRunStore runs(db);
    auto seqGuess = runs.nextRunId();
    if (!seqGuess)
        return seqGuess.error();
    run.id = *seqGuess;
    QJsonObject details{{QStringLiteral("run"), run.id},
                        {QStringLiteral("kinds"), run.kinds.code()},
                        {QStringLiteral("selection"), run.selection},
                        {QStringLiteral("justification"), run.justification},
                        {QStringLiteral("blast_radius"), p->radius.toJson()},
                        {QStringLiteral("plan_digest"), run.planDigest},
                        {QStringLiteral("first_device"), p->deviceIds.constFirst()},
                        {QStringLiteral("last_device"), p->deviceIds.constLast()}};
    auto entry =
        ws.journal().append({ws.identity().actor(), ws.identity().role, QStringLiteral("rekey.planned"),
                             QStringLiteral("run %1").arg(run.id), details});
    if (!entry)
        return entry.error();
    run.journalSeq = entry->seq;
    if (auto s = runs.insert(run, p->devices); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto s = ws.checkpoint(); !s)
        return s.error();
    return run;
}

} // namespace symbolon::rekey
