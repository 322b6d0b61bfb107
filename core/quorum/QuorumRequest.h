#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace symbolon::quorum {

// What a quorum is asked to authorise. Each approving custodian signs digest(): the action, its
// parameters, who asked, a fresh nonce and the expiry — so an approval cannot be replayed for
// another action, other parameters or after the session expired.
struct QuorumRequest {
    QString action;         // e.g. "ceremony.generate-keks"
    QJsonObject parameters; // everything the action will do, as the custodians see it
    QString requester;      // the actor who opened the session
    QByteArray nonce;       // 16 random bytes
    QDateTime createdAt;    // UTC, seconds
    QDateTime expiresAt;

    static constexpr int kDefaultTimeoutSecs = 10 * 60;
    static QuorumRequest make(const QString& action, const QJsonObject& parameters, const QString& requester,
                              int timeoutSecs = kDefaultTimeoutSecs);

    QByteArray canonical() const; // length-prefixed fields in a fixed order
    QByteArray digest() const;    // SHA-256 of canonical()
    QJsonObject toJson() const;
};

} // namespace symbolon::quorum
