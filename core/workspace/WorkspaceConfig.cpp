#include "workspace/WorkspaceConfig.h"

#include "hsm/Module.h"

#include <QCoreApplication>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}
} // namespace

QJsonObject RoleModule::toJson() const {
    QJsonObject o{{QStringLiteral("module"), module}, {QStringLiteral("sha256"), sha256}};
    if (!initArgs.isEmpty())
        o.insert(QStringLiteral("init_args"), initArgs);
    if (!tokenUri.isEmpty())
        o.insert(QStringLiteral("token_uri"), tokenUri);
    if (!functionList.isEmpty())
        o.insert(QStringLiteral("function_list"), functionList);
    return o;
}

Result<RoleModule> RoleModule::fromJson(const QJsonValue& v, const QString& where) {
    RoleModule m;
    if (v.isUndefined() || v.isNull())
        return m;
    if (!v.isObject())
        return fail(ErrorCode::InvalidInput, workspace::tr("%1 must be an object.").arg(where));
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QStringList known{QStringLiteral("module"), QStringLiteral("sha256"),
                                       QStringLiteral("init_args"), QStringLiteral("token_uri"),
                                       QStringLiteral("function_list")};
        if (!known.contains(it.key()))
            return fail(
                ErrorCode::InvalidInput,
                workspace::tr("%1: unknown field \"%2\" (expected module, sha256, init_args, token_uri, "
                              "function_list).")
                    .arg(where, it.key()));
        if (!it.value().isString())
            return fail(ErrorCode::InvalidInput,
                        workspace::tr("%1: field \"%2\" must be a string.").arg(where, it.key()));
    }
    m.module = o.value(QStringLiteral("module")).toString();
    m.sha256 = o.value(QStringLiteral("sha256")).toString();
    m.initArgs = o.value(QStringLiteral("init_args")).toString();
    m.tokenUri = o.value(QStringLiteral("token_uri")).toString();
    m.functionList = o.value(QStringLiteral("function_list")).toString();
    if (o.contains(QStringLiteral("function_list")) && m.functionList.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr("%1: field \"function_list\" is empty (leave it out for C_GetFunctionList).")
                .arg(where));
    if (auto s = hsm::Module::checkEntryPoint(m.functionList); !s)
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(where, s.error().message));
    if (!m.functionList.isEmpty() && m.module.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr("%1: field \"function_list\" is given without \"module\": name the module too.")
                .arg(where));
    return m;
}

QJsonObject WorkspaceConfig::toJson() const {
    QJsonObject o{
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
    // Only when set: workspaces made before issue #18 keep their files.
    if (!moduleInitArgs.isEmpty())
        o.insert(QStringLiteral("pkcs11_module_init_args"), moduleInitArgs);
    if (keyTokenModule.isSet())
        o.insert(QStringLiteral("key_token_module"), keyTokenModule.toJson());
    if (journalTokenModule.isSet())
        o.insert(QStringLiteral("journal_token_module"), journalTokenModule.toJson());
    if (!keyTokenSoPinShared)
        o.insert(QStringLiteral("key_token_so_pin_shared"), false);
    return o;
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
    c.moduleInitArgs = o.value(QStringLiteral("pkcs11_module_init_args")).toString();
    auto key = RoleModule::fromJson(o.value(QStringLiteral("key_token_module")),
                                    QStringLiteral("workspace.json: key_token_module"));
    if (!key)
        return key.error();
    c.keyTokenModule = *key;
    auto journal = RoleModule::fromJson(o.value(QStringLiteral("journal_token_module")),
                                        QStringLiteral("workspace.json: journal_token_module"));
    if (!journal)
        return journal.error();
    c.journalTokenModule = *journal;
    c.keyTokenSoPinShared = o.value(QStringLiteral("key_token_so_pin_shared")).toBool(true);
    return c;
}

} // namespace symbolon::workspace
