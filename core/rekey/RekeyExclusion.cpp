#include "rekey/RekeyExclusion.h"

#include "rekey/RekeyPlanner.h"
#include "rekey/RekeyRunStore.h"

#include "journal/JournalStore.h"
#include "policy/DeviceId.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}
const QString kExcluded = QStringLiteral("excluded: ");
} // namespace

Result<QStringList> RekeyExclusion::candidates(workspace::Workspace& ws, qint64 run) {
    return RekeyRunStore(ws.db()).failedOrRefused(run);
}

Result<RekeyExclusion::Excluded> RekeyExclusion::exclude(workspace::Workspace& ws, qint64 runId,
                                                         const QStringList& deviceIds,
                                                         const QString& reason) {
    if (auto s = ws.require(policy::Permission::PlanReKey); !s)
        return s.error();
    const QString why = reason.simplified();
    if (why.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("Say why the devices are excluded (it is journaled). Nothing was changed."));
    if (why.size() > 200)
        return fail(
            ErrorCode::InvalidInput,
            rekey::tr("The reason is %1 characters long; at most 200. Nothing was changed.").arg(why.size()));
    store::Database& db = ws.db();
    auto run = RekeyRun::load(db, runId);
    if (!run)
        return run.error();
    if (deviceIds.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("No device to exclude from run %1. Nothing was changed.").arg(runId));
    QStringList ids;
    QSet<QString> seen;
    for (qsizetype i = 0; i < deviceIds.size(); ++i) {
        auto id = policy::DeviceId::parse(QStringView(deviceIds[i].trimmed()));
        if (!id) {
            QString what = id.error().message;
            if (!what.endsWith(QLatin1Char('.')))
                what += QLatin1Char('.');
            return fail(ErrorCode::InvalidInput, rekey::tr("Device %1 (\"%2\"): %3 Nothing was changed.")
                                                     .arg(i + 1)
                                                     .arg(deviceIds[i].left(40), what));
        }
        const QString canonical = id->toString();
        if (!seen.contains(canonical)) {
            seen.insert(canonical);
            ids << canonical;
        }
    }

    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    Excluded x;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    RekeyRunStore runs(db);
    for (const QString& id : ids) {
        auto found = runs.find(runId, id);
        if (!found)
            return found.error();
        if (!*found)
            return fail(
                ErrorCode::InvalidInput,
                rekey::tr("Device %1 is not in re-key run %2. Nothing was changed.").arg(id).arg(runId));
        const RekeyRunStore::Entry& e = **found;
        const QString previous = e.result;
        if (previous.startsWith(kExcluded)) {
            ++x.alreadyExcluded;
            continue;
        }
        const QString text = kExcluded + why;
        if (e.status == DeviceStatus::Pending) {
            if (run->state == RunState::Running)
                return fail(
                    ErrorCode::InvalidInput,
                    rekey::tr("Run %1 is running (or was interrupted while running): its engine may be "
                              "re-keying device %2. Stop the run, or resume it, before excluding "
                              "pending devices. Nothing was changed.")
                        .arg(runId)
                        .arg(id));
            if (!canResume(run->state))
                return fail(ErrorCode::InvalidInput,
                            rekey::tr("Run %1 is %2: its pending devices are no longer re-keyed. Nothing was "
                                      "changed.")
                                .arg(runId)
                                .arg(runStateCode(run->state)));
            if (auto s = runs.setResult(runId, e.device, DeviceStatus::Failed, text, now); !s)
                return s.error();
            ++x.pending;
        } else if (e.status == DeviceStatus::Failed) {
            if (auto s = runs.setResult(runId, e.device, DeviceStatus::Failed,
                                        QStringLiteral("%1 (%2)").arg(text, previous.left(200)), now);
                !s)
                return s.error();
            ++x.failed;
        } else if (e.status == DeviceStatus::Distributed && previous.startsWith(QLatin1String("failure:"))) {
            if (auto s = runs.setResult(runId, e.device, DeviceStatus::Distributed,
                                        QStringLiteral("%1 (%2)").arg(text, previous.left(200)), now);
                !s)
                return s.error();
            ++x.refused;
        } else {
            QString cause;
            if (e.status == DeviceStatus::Committed)
                cause =
                    rekey::tr("its new keys are made and its instruction not yet sent: send the batch first");
            else if (e.status == DeviceStatus::Distributed)
                cause =
                    rekey::tr("its instruction was sent and the DCO has not reported a failure: import the "
                              "DCO's confirmations first");
            else
                cause = rekey::tr("it was confirmed active");
            return fail(ErrorCode::InvalidInput,
                        rekey::tr("Device %1 of run %2 cannot be excluded: %3. Nothing was changed.")
                            .arg(id)
                            .arg(runId)
                            .arg(cause));
        }
    }
    if (x.total() == 0)
        return fail(
            ErrorCode::InvalidInput,
            rekey::tr("Every device named is already excluded from run %1. Nothing was changed.").arg(runId));
    auto pending = runs.pendingCount(runId);
    if (!pending)
        return pending.error();
    if (*pending == 0 && canResume(run->state)) {
        const RunState closed = hasStarted(run->state) ? RunState::Executed : RunState::Abandoned;
        if (auto s = runs.setState(runId, closed); !s)
            return s.error();
        x.runClosed = true;
    }
    QJsonArray sample;
    for (qsizetype i = 0; i < ids.size() && i < 100; ++i)
        sample.append(ids[i]);
    auto entry = ws.journal().append(
        {ws.identity().actor(), ws.identity().role, QStringLiteral("rekey.devices-excluded"),
         QStringLiteral("run %1").arg(runId),
         QJsonObject{{QStringLiteral("run"), runId},
                     {QStringLiteral("reason"), why},
                     {QStringLiteral("excluded_pending"), x.pending},
                     {QStringLiteral("excluded_failed"), x.failed},
                     {QStringLiteral("excluded_refused"), x.refused},
                     {QStringLiteral("already_excluded"), x.alreadyExcluded},
                     {QStringLiteral("run_closed"), x.runClosed},
                     {QStringLiteral("devices_sha256"),
                      QString::fromLatin1(QCryptographicHash::hash(ids.join(QLatin1Char('\n')).toLatin1(),
                                                                   QCryptographicHash::Sha256)
                                              .toHex())},
                     {QStringLiteral("devices_sample"), sample}}});
    if (!entry)
        return entry.error();
    x.journalSeq = entry->seq;
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto s = ws.checkpoint(); !s)
        return s.error();
    return x;
}

} // namespace symbolon::rekey
