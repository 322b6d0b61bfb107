#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace symbolon::workspace {

// The PKCS#11 module of the key token or of the journal token when it is not the cards' one
// (issue #18): a vendor HSM partition behind the vendor's library, NSS softoken, ... Recorded in
// the site register (which decides; workspace.json only mirrors it) and loaded from there.
struct RoleModule {
    QString module;   // a p11-kit registration name or a path; empty: the cards' module
    QString initArgs; // its C_Initialize parameter string (p11-kit's "x-init-reserved"), or empty
    QString sha256;   // hex SHA-256 of the module file when it was registered
    QString tokenUri; // RFC 7512 token URI selecting the token in that module, or empty (by serial)
    // The module's entry point when it is not C_GetFunctionList: "FC_GetFunctionList" is NSS
    // softoken in its FIPS 140-2 mode (issue #19). Only hsm::Module::entryPoints() are accepted.
    QString functionList;

    bool isSet() const { return !module.isEmpty() || !tokenUri.isEmpty(); }
    bool operator==(const RoleModule&) const = default;
    QJsonObject toJson() const;
    // `where` names the field in messages ("workspace.json: key_token.module").
    [[nodiscard]] static Result<RoleModule> fromJson(const QJsonValue& v, const QString& where);
};

// workspace.json: what a workspace is, readable without any key. Holds no secret.
struct WorkspaceConfig {
    int format = 1;
    QString name;
    QString profile = QStringLiteral("development"); // "production" or "development"
    QString modulePath;   // PKCS#11 module of the key token and the cards: a p11-kit name or a path
    QString moduleSha256; // hex SHA-256 of its file, mirrored from the site register (checked before loading)
    QString moduleInitArgs;        // the cards' module's C_Initialize parameters, or empty
    RoleModule keyTokenModule;     // empty: the key token is behind the cards' module
    RoleModule journalTokenModule; // empty: the journal token is behind the cards' module
    // Whether the key token's SO PIN is Symbolon's, split like the user PIN (false: the site kept
    // it, or the token has none, as NSS softoken).
    bool keyTokenSoPinShared = true;
    QString embeddedTokenStore; // a SoftHSM2 store inside the workspace ("tokens"), or empty
    QString keyTokenLabel;
    QString keyTokenSerial;
    QString journalTokenSerial;    // the journal signing key's token; empty: no checkpoints
    QString journalKeyFingerprint; // SHA-256 of its public key (journal-signing-key.pem), hex
    int quorumK = 2;
    int quorumN = 3;
    QDateTime createdAt;
    QJsonObject fipsDeclaration; // manufacturer, model, serial, certificate (production profile)

    bool isDevelopment() const { return profile != QLatin1String("production"); }
    QJsonObject toJson() const;
    [[nodiscard]] static Result<WorkspaceConfig> fromJson(const QJsonObject& o);
};

} // namespace symbolon::workspace
