#include "rekey/RekeyPlanner.h"

#include "rekey/RekeyCandidateQuery.h"
#include "rekey/RekeyRunStore.h"

#include "inventory/InventoryStore.h"
#include "journal/JournalStore.h"
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

} // namespace

QString RekeyPlanner::planDigest(const RekeyKinds& kinds, const QJsonObject& justification,
                                 const QStringList& deviceIds) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayLiteral("symbolon-rekey-plan-v1\n"));
    h.addData(kinds.code().toUtf8() + '\n');
    h.addData(QJsonDocument(justification).toJson(QJsonDocument::Compact) + '\n');
    for (const QString& id : deviceIds)
        h.addData(id.toLatin1() + '\n');
    return QString::fromLatin1(h.result().toHex());
}

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
    auto consider = [&](const RekeyCandidate& c) {
        const qint64 row = c.row;
        const QString& id = c.deviceId;
        const bool rotationDone = c.rotationDone;
        const std::optional<int> category = c.category;
        if (!c.hasCurrentMk) {
            p.radius.refuse(rekey::tr("no current master key: run the migration unwrap for it first"), id);
            return;
        }
        if (c.hasUnconfirmedKeys) {
            p.radius.refuse(
                rekey::tr("an earlier re-key's keys are not yet confirmed active: confirm or retry that "
                          "run first (one new key set per device)"),
                id);
            return;
        }
        if (c.openRun) {
            p.radius.refuse(rekey::tr("already in open re-key run %1").arg(*c.openRun), id);
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
        p.radius.byCohort[policy::cohortCode(policy::Cohort(c.cohort))] += 1;
        p.radius.byS1sp[c.s1sp] += 1;
        p.radius.byType[policy::deviceTypeCode(policy::DeviceType(c.deviceType))] += 1;
    };

    store::Database& db = ws.db();
    if (request.deviceIds.isEmpty()) {
        if (auto s = RekeyCandidateQuery::forFilter(db, request.filter, now, consider); !s)
            return s.error();
    } else {
        const bool filtered = !inventory::InventoryStore::filterSql(request.filter, now).where.isEmpty();
        if (auto s = RekeyCandidateQuery::forDevices(
                db, request.filter, now, request.deviceIds, consider,
                [&](const QString& id) {
                    p.radius.refuse(filtered ? rekey::tr("not in the inventory, or outside the filter")
                                             : rekey::tr("not in this workspace's inventory"),
                                    id);
                });
            !s)
            return s.error();
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
    run.planDigest = planDigest(request.kinds, request.justificationJson(), p->deviceIds);
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
