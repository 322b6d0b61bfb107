#include "rekey/Confirmation.h"

#include "common/StrictJson.h"
#include "inventory/DeviceId.h"
#include "journal/Journal.h"
#include "workspace/Database.h"
#include "workspace/Statement.h"
#include "workspace/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}
Error lineError(int line, QString what) {
    if (!what.endsWith(QLatin1Char('.')))
        what += QLatin1Char('.');
    return Error{ErrorCode::InvalidInput,
                 rekey::tr("Confirmation file, line %1: %2 Nothing was changed.").arg(line).arg(what)};
}
} // namespace

Result<QVector<Confirmation::Line>> Confirmation::parse(const QByteArray& content) {
    QVector<Line> out;
    QHash<QString, int> seen;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        QByteArray raw = lines[i];
        if (i == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw = raw.mid(3);
        raw = raw.trimmed();
        if (raw.isEmpty())
            continue;
        if (raw.size() > 4096)
            return lineError(
                lineNo,
                rekey::tr("the line is %1 bytes long; a result line is at most 4096.").arg(raw.size()));
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return lineError(lineNo,
                             rekey::tr("expected one JSON object {\"run\", \"device_id\", \"result\"}."));
        if (const json::Duplicate d = json::findDuplicateKey(raw); d.found())
            return lineError(lineNo, json::duplicateKeyMessage(d));
        const QJsonObject o = doc.object();
        Line l;
        l.lineNo = lineNo;
        const QJsonValue run = o.value(QStringLiteral("run"));
        if (!run.isDouble() || run.toDouble() < 1 || run.toDouble() != static_cast<double>(run.toInteger()))
            return lineError(lineNo,
                             rekey::tr("\"run\" must be the re-key run number (a positive integer)."));
        l.run = run.toInteger();
        auto id = inventory::DeviceId::parse(QStringView(o.value(QStringLiteral("device_id")).toString()));
        if (!id)
            return lineError(lineNo, rekey::tr("\"device_id\": %1").arg(id.error().message));
        l.deviceId = id->toString();
        const QString result = o.value(QStringLiteral("result")).toString();
        if (result == QLatin1String("success"))
            l.success = true;
        else if (result != QLatin1String("failure"))
            return lineError(lineNo, rekey::tr("\"result\" must be \"success\" or \"failure\"; found \"%1\".")
                                         .arg(result.left(40)));
        l.reason = o.value(QStringLiteral("reason")).toString().left(200);
        if (!l.success && l.reason.trimmed().isEmpty())
            return lineError(
                lineNo, rekey::tr("a failure needs a \"reason\" (what the device or the DCO reported)."));
        const QString key = QStringLiteral("%1/%2").arg(l.run).arg(l.deviceId);
        if (auto it = seen.constFind(key); it != seen.constEnd())
            return lineError(
                lineNo,
                rekey::tr("device %1 of run %2 is already on line %3.").arg(l.deviceId).arg(l.run).arg(*it));
        seen.insert(key, lineNo);
        out.push_back(l);
    }
    if (out.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("The confirmation file has no result line. Nothing was changed."));
    return out;
}

Result<Confirmation::Applied> Confirmation::apply(workspace::Workspace& ws, const QByteArray& content,
                                                  const QString& fileName) {
    if (auto s = ws.require(policy::Permission::ConfirmActivation); !s)
        return s.error();
    auto lines = parse(content);
    if (!lines)
        return lines.error();
    workspace::Database& db = ws.db();
    workspace::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    Applied a;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        auto find =
            db.prepare("SELECT r.device, r.status FROM rekey_devices r JOIN devices d ON d.id = r.device "
                       "WHERE r.run = ? AND d.device_id = ?;");
        auto supersede = db.prepare(
            "UPDATE key_records SET state = 'Superseded', state_changed_at = ?1 WHERE device = ?2 AND state "
            "IN "
            "('Migrated','Active') AND EXISTS (SELECT 1 FROM key_records n WHERE n.device = ?2 AND n.kind = "
            "key_records.kind AND n.client = key_records.client AND n.rekey_run = ?3 AND n.state = "
            "'Distributed');");
        auto activate =
            db.prepare("UPDATE key_records SET state = 'Active', activated_at = ?1, state_changed_at = ?1 "
                       "WHERE device = ?2 AND rekey_run = ?3 AND state = 'Distributed';");
        auto rotated = db.prepare(
            "UPDATE devices SET rotation_done_at = ?1 WHERE id = ?2 AND rotation_done_at IS NULL;");
        auto status =
            db.prepare("UPDATE rekey_devices SET status = ?1, result = ?2, updated_at = ?3 WHERE run = ?4 "
                       "AND device = ?5;");
        for (auto* st : {&find, &supersede, &activate, &rotated, &status})
            if (!*st)
                return st->error();
        for (const Line& l : *lines) {
            find->reset();
            find->bind(1, l.run).bind(2, l.deviceId);
            auto row = find->step();
            if (!row)
                return row.error();
            if (!*row)
                return lineError(l.lineNo,
                                 rekey::tr("device %1 is not in re-key run %2.").arg(l.deviceId).arg(l.run));
            const qint64 device = find->int64(0);
            const QString st = find->text(1);
            if (st == QLatin1String("confirmed")) {
                if (l.success) {
                    ++a.alreadyConfirmed;
                    continue;
                }
                return lineError(
                    l.lineNo, rekey::tr("device %1 was already confirmed active in run %2; a later failure "
                                        "cannot undo that — mark its keys compromised instead if they are.")
                                  .arg(l.deviceId)
                                  .arg(l.run));
            }
            if (st != QLatin1String("distributed"))
                return lineError(
                    l.lineNo, rekey::tr("device %1 of run %2 is \"%3\": only devices whose instructions were "
                                        "sent can be confirmed.")
                                  .arg(l.deviceId)
                                  .arg(l.run)
                                  .arg(st));
            if (!l.success) {
                a.failed << QStringLiteral("%1: %2").arg(l.deviceId, l.reason);
                status->reset();
                status->bind(1, QStringLiteral("distributed"))
                    .bind(2, QStringLiteral("failure: %1").arg(l.reason))
                    .bind(3, now)
                    .bind(4, l.run)
                    .bind(5, device);
                if (auto s = status->run(); !s)
                    return s.error();
                continue;
            }
            supersede->reset();
            supersede->bind(1, now).bind(2, device).bind(3, l.run);
            if (auto s = supersede->run(); !s)
                return s.error();
            a.keysSuperseded += db.changes();
            activate->reset();
            activate->bind(1, now).bind(2, device).bind(3, l.run);
            if (auto s = activate->run(); !s)
                return s.error();
            a.keysActivated += db.changes();
            rotated->reset();
            rotated->bind(1, now).bind(2, device);
            if (auto s = rotated->run(); !s)
                return s.error();
            status->reset();
            status->bind(1, QStringLiteral("confirmed"))
                .bind(2, QStringLiteral("success"))
                .bind(3, now)
                .bind(4, l.run)
                .bind(5, device);
            if (auto s = status->run(); !s)
                return s.error();
            ++a.activated;
        }
    }
    QJsonArray failedSample;
    for (qsizetype i = 0; i < a.failed.size() && i < 100; ++i)
        failedSample.append(a.failed[i]);
    auto entry = ws.journal().append(
        {ws.identity().actor(), ws.identity().role, QStringLiteral("rekey.confirmed"), fileName,
         QJsonObject{
             {QStringLiteral("file_sha256"),
              QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())},
             {QStringLiteral("devices_activated"), a.activated},
             {QStringLiteral("keys_activated"), a.keysActivated},
             {QStringLiteral("keys_superseded"), a.keysSuperseded},
             {QStringLiteral("already_confirmed"), a.alreadyConfirmed},
             {QStringLiteral("failed"), static_cast<qint64>(a.failed.size())},
             {QStringLiteral("failed_sample"), failedSample}}});
    if (!entry)
        return entry.error();
    a.journalSeq = entry->seq;
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto s = ws.checkpoint(); !s)
        return s.error();
    return a;
}

} // namespace symbolon::rekey
