#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace symbolon::workspace {

// workspace.json: what a workspace is, readable without any key. Holds no secret.
struct WorkspaceConfig {
    int format = 1;
    QString name;
    QString profile = QStringLiteral("development"); // "production" or "development"
    QString modulePath;   // PKCS#11 module of the key token and the cards: a p11-kit name or a path
    QString moduleSha256; // hex SHA-256 of its file, mirrored from the site register (checked before loading)
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
