#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace symbolon::quorum {

// One custodian's approval of a QuorumRequest: their card's signature over the request digest,
// verified against the public key enrolled in their keyslot before it counts.
struct Approval {
    QString holder;
    QString role;
    QString cardLabel;
    QString cardSerial;
    QString keyFingerprint; // SHA-256 of the enrolled card public key
    QByteArray signature;   // DER ECDSA-SHA256 over the request's canonical bytes
    QDateTime at;
    int shareIndex = 0;

    QJsonObject toJson() const {
        return QJsonObject{{QStringLiteral("holder"), holder},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("card_label"), cardLabel},
                           {QStringLiteral("card_serial"), cardSerial},
                           {QStringLiteral("key_fingerprint"), keyFingerprint},
                           {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
                           {QStringLiteral("approved_at"), at.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("share_index"), shareIndex}};
    }
};

} // namespace symbolon::quorum
