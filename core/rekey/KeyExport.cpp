#include "rekey/KeyExport.h"

#include "keys/KekVersionStore.h"

#include "rekey/KeyStateStore.h"

#include "journal/JournalStore.h"
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
    auto keys = KeyStateStore(db).keysOfRun(runId, recipient == ExportRecipient::Dco, s1sp);
    if (!keys)
        return keys.error();
    QVector<QByteArray> lines;
    QString kekKcv;
    const keys::Kek kek = recipient == ExportRecipient::Dco ? keys::Kek::Dco : keys::Kek::Shared;
    for (const KeyStateStore::RunKey& k : *keys) {
        // One KEK version per file (issue #20): the header names it, and the recipient opens every
        // package with it. Mid-rollover the run's packages are under two: export after it completes.
        if (!kekKcv.isEmpty() && k.kekKcv != kekKcv)
            return fail(
                ErrorCode::PolicyRefused,
                rekey::tr("Run %1's packages are under two versions of the %2 (KCVs %3 and %4): a KEK "
                          "rollover is moving them. Export them when it has completed (the KEK versions show "
                          "it); nothing was written.")
                    .arg(runId)
                    .arg(keys::kekCode(kek), kekKcv, k.kekKcv));
        kekKcv = k.kekKcv;
        QJsonObject o{{QStringLiteral("device_id"), k.deviceId},
                      {QStringLiteral("kind"), k.kind},
                      {QStringLiteral("client"), policy::clientCode(policy::DlmsClient(k.client))},
                      {QStringLiteral("generation"), k.generation},
                      {QStringLiteral("state"), k.state},
                      {QStringLiteral("package"), QString::fromLatin1(k.package.toHex())},
                      {QStringLiteral("kcv"), k.kcv}};
        if (k.kind == QLatin1String("MK"))
            o.remove(QStringLiteral("client"));
        lines.push_back(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (lines.isEmpty())
        return fail(ErrorCode::NotFound,
                    rekey::tr("Run %1 has no new %2 keys to export.")
                        .arg(runId)
                        .arg(recipient == ExportRecipient::Dco ? rekey::tr("AK or MK") : rekey::tr("GUEK")));
    auto versions = keys::KekVersionStore::of(db, kek);
    if (!versions)
        return versions.error();
    std::optional<int> kekVersion;
    for (const keys::KekVersion& v : *versions)
        if (v.kcv == kekKcv)
            kekVersion = v.version;
    if (!kekVersion && !versions->isEmpty())
        return fail(ErrorCode::Crypto,
                    rekey::tr("Run %1's packages name a %2 with KCV %3, which is no version the workspace "
                              "recorded: nothing was written. Compare the key records with the journal.")
                        .arg(runId)
                        .arg(keys::kekCode(kek), kekKcv));
    if (!kekVersion)
        kekVersion = 1; // no version recorded yet: the packages are under version 1
    const QJsonObject header{
        {QStringLiteral("format"), format()},
        {QStringLiteral("version"), 1},
        {QStringLiteral("recipient"), recipientCode(recipient)},
        {QStringLiteral("kek"),
         recipient == ExportRecipient::Dco ? QStringLiteral("DCO Key") : QStringLiteral("Shared Key")},
        {QStringLiteral("kek_kcv"), kekKcv},
        {QStringLiteral("kek_version"), *kekVersion},
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
