#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace symbolon::journal {

// One custodial action. Never key material: KCVs only, always labelled with their method.
struct JournalEntry {
    qint64 seq = 0;
    QDateTime time;         // UTC, millisecond precision
    QString timeStored;     // the exact text stored and hashed; set by readers (verifying needs no parse)
    QString actor;          // the card holder ("Alice Hughes (card 1A2B…)") or "system"
    QString role;           // custodian, reviewer, responder, operator, system
    QString action;         // dotted verb: workspace.created, inventory.imported, ...
    QString target;         // what it acted on: a device id, a file, a token, "workspace"
    QByteArray detailsJson; // compact JSON as stored; the hash covers these exact bytes
    QByteArray prevHash;    // 32 bytes; zeros for the first entry
    QByteArray hash;        // SHA-256(prevHash ‖ canonical(entry))

    // Length-prefixed fields in a fixed order, so that no two different entries encode alike.
    QByteArray canonical() const;
    QByteArray computeHash() const;
    QString timeText() const; // ISO 8601 with milliseconds and Z
    QJsonObject details() const;
    static QByteArray encodeDetails(const QJsonObject& details); // compact, keys sorted
};

} // namespace symbolon::journal
