#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace symbolon::journal {

// The chain head at one moment, signed by the journal signing key (EC P-256 on the journal
// token). Written to the database and to an append-only sidecar file outside it, so that
// deleting the newest entries (or the database's own checkpoints) is detected.
struct Checkpoint {
    qint64 seq = 0;         // the newest entry covered
    QByteArray hash;        // that entry's hash (32 bytes)
    QDateTime time;         // UTC, when signed
    QString keyFingerprint; // SHA-256 of the signing key's SPKI, hex
    QByteArray signature;   // DER ECDSA-SHA256 over canonical()
    // The acting person's card co-signs (issue #15): SHA-256 of the card's SPKI (hex) and its DER
    // ECDSA-SHA256 signature over cardCanonical(). Empty for a checkpoint no card signed (made
    // before this existed, or by a process that held no card).
    QString cardFingerprint;
    QByteArray cardSignature;

    QByteArray canonical() const;
    QByteArray cardCanonical() const; // "symbolon-checkpoint-card-v1" ‖ canonical()
    bool cardSigned() const { return !cardSignature.isEmpty(); }
    QJsonObject toJson() const;
    [[nodiscard]] static Result<Checkpoint> fromJson(const QJsonObject& o);
};

} // namespace symbolon::journal
