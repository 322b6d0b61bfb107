#include "rekey/InstructionBatch.h"

#include "journal/Journal.h"
#include "rekey/RekeyPlanner.h"
#include "rekey/SignedJsonLines.h"
#include "workspace/Database.h"
#include "workspace/Statement.h"
#include "workspace/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}
} // namespace

Result<InstructionBatch::Written> InstructionBatch::write(workspace::Workspace& ws, qint64 runId,
                                                          const QString& path, bool resend) {
    if (auto s = ws.require(policy::Permission::ExecuteReKey); !s)
        return s.error();
    workspace::Database& db = ws.db();
    auto run = RekeyRun::load(db, runId);
    if (!run)
        return run.error();
    auto sel =
        db.prepare(resend ? "SELECT device, instruction FROM rekey_devices WHERE run = ? AND status IN "
                            "('committed','distributed') ORDER BY device;"
                          : "SELECT device, instruction FROM rekey_devices WHERE run = ? AND status = "
                            "'committed' ORDER BY device;");
    if (!sel)
        return sel.error();
    sel->bind(1, runId);
    QVector<QByteArray> lines;
    QVector<qint64> devices;
    if (auto s = sel->forEachRow([&](const workspace::Statement& st) {
            devices.push_back(st.int64(0));
            lines.push_back(st.text(1).toUtf8());
        });
        !s)
        return s.error();
    sel = Result<workspace::Statement>(fail(ErrorCode::Internal, QString()));
    if (lines.isEmpty())
        return fail(
            ErrorCode::NotFound,
            resend
                ? rekey::tr("Run %1 has no committed or distributed device awaiting confirmation: nothing to "
                            "send.")
                      .arg(runId)
                : rekey::tr("Run %1 has no committed device that has not been sent yet: nothing to send (use "
                            "--resend to send again the ones awaiting confirmation).")
                      .arg(runId));
    const QJsonObject header{
        {QStringLiteral("format"), format()},
        {QStringLiteral("version"), 1},
        {QStringLiteral("run"), runId},
        {QStringLiteral("plan_digest"), run->planDigest},
        {QStringLiteral("kinds"), run->kinds.code()},
        {QStringLiteral("devices"), static_cast<qint64>(lines.size())},
        {QStringLiteral("resend"), resend},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("workspace"), ws.config().name}};
    auto content = SignedJsonLines::build(ws, header, lines);
    if (!content)
        return content.error();

    // The file first, synced: if we are killed after this, the keys are still Generated and the
    // next batch carries the same instructions again.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit())
        return fail(ErrorCode::Io,
                    rekey::tr("Could not write the instruction batch %1: %2. Nothing was changed.")
                        .arg(path, file.errorString()));
    Written w;
    w.devices = lines.size();
    w.sha256 = QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex());

    workspace::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        auto keys = db.prepare(
            "UPDATE key_records SET state = 'Distributed', distributed_at = ?, state_changed_at = ? "
            "WHERE device = ? AND rekey_run = ? AND state = 'Generated';");
        auto dev =
            db.prepare("UPDATE rekey_devices SET status = 'distributed', updated_at = ? WHERE run = ? AND "
                       "device = ? AND status = 'committed';");
        if (!keys)
            return keys.error();
        if (!dev)
            return dev.error();
        for (qint64 d : devices) {
            keys->bind(1, now).bind(2, now).bind(3, d).bind(4, runId);
            if (auto s = keys->run(); !s)
                return s.error();
            keys->reset();
            dev->bind(1, now).bind(2, runId).bind(3, d);
            if (auto s = dev->run(); !s)
                return s.error();
            w.newlyDistributed += db.changes();
            dev->reset();
        }
    }
    auto entry =
        ws.journal().append({ws.identity().actor(), ws.identity().role, QStringLiteral("rekey.batch-issued"),
                             QStringLiteral("run %1").arg(runId),
                             QJsonObject{{QStringLiteral("run"), runId},
                                         {QStringLiteral("file"), QFileInfo(path).fileName()},
                                         {QStringLiteral("sha256"), w.sha256},
                                         {QStringLiteral("devices"), w.devices},
                                         {QStringLiteral("newly_distributed"), w.newlyDistributed},
                                         {QStringLiteral("resend"), resend}}});
    if (!entry)
        return entry.error();
    w.journalSeq = entry->seq;
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto s = ws.checkpoint(); !s)
        return s.error();
    return w;
}

} // namespace symbolon::rekey
