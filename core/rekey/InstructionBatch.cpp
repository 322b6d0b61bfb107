#include "rekey/InstructionBatch.h"

#include "keys/KeyRecords.h"
#include "rekey/RekeyRunStore.h"

#include "journal/JournalStore.h"
#include "rekey/RekeyPlanner.h"
#include "rekey/SignedJsonLines.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
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
    store::Database& db = ws.db();
    auto run = RekeyRun::load(db, runId);
    if (!run)
        return run.error();
    RekeyRunStore runs(db);
    auto instructions = runs.instructions(runId, resend);
    if (!instructions)
        return instructions.error();
    QVector<QByteArray> lines;
    QVector<qint64> devices;
    for (const RekeyRunStore::Instruction& i : *instructions) {
        devices.push_back(i.device);
        lines.push_back(i.line);
    }
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

    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        keys::KeyRecords records(db);
        for (qint64 d : devices) {
            if (auto n = records.distribute(d, runId, now); !n)
                return n.error();
            auto moved = runs.markDistributed(runId, d, now);
            if (!moved)
                return moved.error();
            w.newlyDistributed += *moved;
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
