#include "rekey/KeyExport.h"

#include "journal/Journal.h"
#include "policy/DlmsClient.h"
#include "rekey/RekeyPlanner.h"
#include "rekey/SignedJsonLines.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}
} // namespace

QString recipientCode(ExportRecipient r) {
    return r == ExportRecipient::Dco ? QStringLiteral("dco") : QStringLiteral("s1sp");
}

Result<ExportRecipient> parseRecipient(const QString& code) {
    if (code.compare(QLatin1String("dco"), Qt::CaseInsensitive) == 0)
        return ExportRecipient::Dco;
    if (code.compare(QLatin1String("s1sp"), Qt::CaseInsensitive) == 0)
        return ExportRecipient::S1sp;
    return fail(
        ErrorCode::InvalidInput,
        rekey::tr(
            "\"%1\" is not a key export recipient: expected \"dco\" (AK and MK packages) or \"s1sp\" (GUEK "
            "packages).")
            .arg(code));
}

Result<KeyExport::Written> KeyExport::write(workspace::Workspace& ws, qint64 runId, ExportRecipient recipient,
                                            const QString& path, const QString& s1sp) {
    if (auto s = ws.require(policy::Permission::ExecuteReKey); !s)
        return s.error();
    store::Database& db = ws.db();
    auto run = RekeyRun::load(db, runId);
    if (!run)
        return run.error();
    // The kinds are fixed by the recipient in the SQL itself, not filtered afterwards.
    QByteArray sql =
        "SELECT d.device_id, k.kind, k.client, k.generation, k.state, k.package, k.kcv, k.kek, k.kek_kcv "
        "FROM key_records k JOIN devices d ON d.id = k.device WHERE k.rekey_run = ? AND ";
    sql += recipient == ExportRecipient::Dco ? "k.kind IN ('AK','MK') AND k.kek = 'DCO Key'"
                                             : "k.kind IN ('GUEK','DK') AND k.kek = 'Shared Key'";
    if (!s1sp.isEmpty())
        sql += " AND d.s1sp = ?";
    sql += " ORDER BY k.device, k.kind, k.client;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, runId);
    if (!s1sp.isEmpty())
        st->bind(2, s1sp);
    QVector<QByteArray> lines;
    QString kekKcv;
    if (auto s = st->forEachRow([&](const store::Statement& r) {
            kekKcv = r.text(8);
            QJsonObject o{{QStringLiteral("device_id"), r.text(0)},
                          {QStringLiteral("kind"), r.text(1)},
                          {QStringLiteral("client"), policy::clientCode(policy::DlmsClient(r.int64(2)))},
                          {QStringLiteral("generation"), r.int64(3)},
                          {QStringLiteral("state"), r.text(4)},
                          {QStringLiteral("package"), QString::fromLatin1(r.blob(5).toHex())},
                          {QStringLiteral("kcv"), r.text(6)}};
            if (r.text(1) == QLatin1String("MK"))
                o.remove(QStringLiteral("client"));
            lines.push_back(QJsonDocument(o).toJson(QJsonDocument::Compact));
        });
        !s)
        return s.error();
    st = Result<store::Statement>(fail(ErrorCode::Internal, QString()));
    if (lines.isEmpty())
        return fail(ErrorCode::NotFound,
                    rekey::tr("Run %1 has no new %2 keys to export.")
                        .arg(runId)
                        .arg(recipient == ExportRecipient::Dco ? rekey::tr("AK or MK") : rekey::tr("GUEK")));
    const QJsonObject header{
        {QStringLiteral("format"), format()},
        {QStringLiteral("version"), 1},
        {QStringLiteral("recipient"), recipientCode(recipient)},
        {QStringLiteral("kek"),
         recipient == ExportRecipient::Dco ? QStringLiteral("DCO Key") : QStringLiteral("Shared Key")},
        {QStringLiteral("kek_kcv"), kekKcv},
        {QStringLiteral("run"), runId},
        {QStringLiteral("s1sp"), s1sp},
        {QStringLiteral("keys"), static_cast<qint64>(lines.size())},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    auto content = SignedJsonLines::build(ws, header, lines);
    if (!content)
        return content.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit())
        return fail(ErrorCode::Io,
                    rekey::tr("Could not write the key export %1: %2.").arg(path, file.errorString()));
    Written w;
    w.keys = lines.size();
    w.sha256 = QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex());
    auto entry = ws.record(QStringLiteral("rekey.keys-exported"), QStringLiteral("run %1").arg(runId),
                           QJsonObject{{QStringLiteral("recipient"), recipientCode(recipient)},
                                       {QStringLiteral("s1sp"), s1sp},
                                       {QStringLiteral("file"), QFileInfo(path).fileName()},
                                       {QStringLiteral("sha256"), w.sha256},
                                       {QStringLiteral("keys"), w.keys}});
    if (!entry)
        return entry.error();
    if (auto s = ws.checkpoint(); !s)
        return s.error();
    return w;
}

} // namespace symbolon::rekey
