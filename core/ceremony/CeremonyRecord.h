#pragma once

#include "policy/PolicyProfile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace symbolon::ceremony {

// Who asked, who approved, and the token the ceremony runs on.
struct CeremonyContext {
    policy::PolicyProfile profile = policy::PolicyProfile::Production;
    QString actor;         // "Alice Hughes [card 9f3c1a2b]"
    QString role;          // "custodian"
    QStringList approvals; // the quorum's approvals as given by the caller (holder [card …])
};

// What a ceremony did, for a journal entry's details and a human-readable record. Never key
// material: KCVs only, each labelled with its method.
struct CeremonyRecord {
    QString ceremony; // "kek-generation", "transport-key", "shared-key-export", ...
    QString actor;
    QString role;
    QStringList approvals;
    QString profile;
    QDateTime startedAt;
    QDateTime finishedAt;
    QVector<QPair<QString, QString>> kcvs; // what → "CMAC-5B 08793E25AB"
    QStringList paths;                     // every capability-table decision taken
    QStringList fallbacks;                 // the subset that put key material in host memory
    QStringList notes;                     // deviations and facts a reviewer should see
    QJsonObject extra;                     // ceremony-specific counters and names
    bool cancelled = false;

    static CeremonyRecord begin(const QString& ceremony, const CeremonyContext& ctx);
    void addKcv(const QString& what, const QString& labelledKcv) { kcvs.push_back({what, labelledKcv}); }
    QString kcvOf(const QString& what) const;
    QJsonObject toJson() const; // journal details; "fallback" lists the fallbacks
    QString toText() const;     // the record a custodian reads and signs off
};

} // namespace symbolon::ceremony
