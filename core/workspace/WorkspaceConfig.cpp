#include "workspace/WorkspaceConfig.h"

#include <QCoreApplication>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}
} // namespace

QJsonObject WorkspaceConfig::toJson() const {
    return QJsonObject{
        {QStringLiteral("format"), format},
        {QStringLiteral("name"), name},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("pkcs11_module"), modulePath},
        {QStringLiteral("pkcs11_module_sha256"), moduleSha256},
        {QStringLiteral("embedded_token_store"), embeddedTokenStore},
        {QStringLiteral("key_token"),
         QJsonObject{{QStringLiteral("label"), keyTokenLabel}, {QStringLiteral("serial"), keyTokenSerial}}},
        {QStringLiteral("journal_token"),
         QJsonObject{{QStringLiteral("serial"), journalTokenSerial},
                     {QStringLiteral("key_fingerprint"), journalKeyFingerprint}}},
        {QStringLiteral("quorum"),
         QJsonObject{{QStringLiteral("k"), quorumK}, {QStringLiteral("n"), quorumN}}},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("fips_declaration"), fipsDeclaration},
    };
}

Result<WorkspaceConfig> WorkspaceConfig::fromJson(const QJsonObject& o) {
    WorkspaceConfig c;
    c.format = o.value(QStringLiteral("format")).toInt(0);
    if (c.format != 1)
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr(
                "workspace.json: field \"format\" must be 1 (this version of Symbolon reads format 1)."));
    c.name = o.value(QStringLiteral("name")).toString();
    c.profile = o.value(QStringLiteral("profile")).toString();
    if (c.profile != QLatin1String("production") && c.profile != QLatin1String("development"))
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr("workspace.json: field \"profile\" must be \"production\" or \"development\"."));
    c.modulePath = o.value(QStringLiteral("pkcs11_module")).toString();
    if (c.modulePath.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("workspace.json: field \"pkcs11_module\" must name the PKCS#11 module (its "
                                  "p11-kit name, or a .so path)."));
    c.moduleSha256 = o.value(QStringLiteral("pkcs11_module_sha256")).toString();
    c.embeddedTokenStore = o.value(QStringLiteral("embedded_token_store")).toString();
    const QJsonObject kt = o.value(QStringLiteral("key_token")).toObject();
    c.keyTokenLabel = kt.value(QStringLiteral("label")).toString();
    c.keyTokenSerial = kt.value(QStringLiteral("serial")).toString();
    const QJsonObject jt = o.value(QStringLiteral("journal_token")).toObject();
    c.journalTokenSerial = jt.value(QStringLiteral("serial")).toString();
    c.journalKeyFingerprint = jt.value(QStringLiteral("key_fingerprint")).toString();
    const QJsonObject q = o.value(QStringLiteral("quorum")).toObject();
    c.quorumK = q.value(QStringLiteral("k")).toInt(0);
    c.quorumN = q.value(QStringLiteral("n")).toInt(0);
    if (c.quorumK < 1 || c.quorumN < c.quorumK || c.quorumN > 255)
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("workspace.json: field \"quorum\" must have 1 <= k <= n <= 255."));
    c.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    c.fipsDeclaration = o.value(QStringLiteral("fips_declaration")).toObject();
    return c;
}

} // namespace symbolon::workspace
