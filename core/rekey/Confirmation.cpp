#include "rekey/Confirmation.h"

#include "inventory/DeviceRecords.h"
#include "keys/KeyRecords.h"
#include "rekey/RekeyRunStore.h"

#include "common/StrictJson.h"
#include "journal/JournalStore.h"
#include "policy/DeviceId.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
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
        auto id = policy::DeviceId::parse(QStringView(o.value(QStringLiteral("device_id")).toString()));
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
    store::Database& db = ws.db();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    Applied a;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        RekeyRunStore runs(db);
        keys::KeyRecords records(db);
        inventory::DeviceRecords devices(db);
        for (const Line& l : *lines) {
            auto found = runs.find(l.run, l.deviceId);
            if (!found)
                return found.error();
            if (!*found)
                return lineError(l.lineNo,
                                 rekey::tr("device %1 is not in re-key run %2.").arg(l.deviceId).arg(l.run));
            const qint64 device = (*found)->device;
            const QString st = (*found)->statusText;
            if ((*found)->status == DeviceStatus::Confirmed) {
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
            if ((*found)->status != DeviceStatus::Distributed)
                return lineError(
                    l.lineNo, rekey::tr("device %1 of run %2 is \"%3\": only devices whose instructions were "
                                        "sent can be confirmed.")
                                  .arg(l.deviceId)
                                  .arg(l.run)
                                  .arg(st));
            if (!l.success) {
                a.failed << QStringLiteral("%1: %2").arg(l.deviceId, l.reason);
                if (auto s = runs.setResult(l.run, device, DeviceStatus::Distributed,
                                            QStringLiteral("failure: %1").arg(l.reason), now);
                    !s)
                    return s.error();
                continue;
            }
            auto activated = records.activate(device, l.run, now);
            if (!activated)
                return activated.error();
            a.keysSuperseded += activated->superseded;
            a.keysActivated += activated->activated;
            if (auto s = devices.markRotated(device, now); !s)
                return s.error();
            if (auto s =
                    runs.setResult(l.run, device, DeviceStatus::Confirmed, QStringLiteral("success"), now);
                !s)
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
