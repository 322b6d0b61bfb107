#pragma once

#include "common/Result.h"
#include "journal/JournalEntry.h"
#include "journal/JournalVerifier.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace symbolon::store {
class Database;
}

namespace symbolon::audit {

// The custodian report for a period, summarised from the journal's entries (pure data: the
// console renders it as PDF). Ceremonies are the quorum.ceremony.* entries; quorum sessions are
// every quorum.* entry (completed, failed, cancelled); re-keys are counted per action with the
// PMA references found in their details; imports are inventory.imported entries.
struct CustodianReport {
    struct Ceremony {
        qint64 seq = 0;
        QDateTime time;
        QString action;  // "ceremony.generate-keks" (the quorum request's action)
        QString outcome; // completed, failed
        QStringList approvers;
        QString error; // when failed
    };
    struct QuorumSession {
        qint64 seq = 0;
        QDateTime time;
        QString action;  // the request's action: "ceremony.transport-key", "rekey.run", ...
        QString outcome; // completed, failed, cancelled
        QStringList approvers;
    };
    struct Import {
        qint64 seq = 0;
        QDateTime time;
        QString file;
        QString actor;
    };

    QDateTime from; // UTC, inclusive
    QDateTime to;   // UTC, exclusive
    qint64 entries = 0;
    QVector<Ceremony> ceremonies;
    QVector<QuorumSession> quorumSessions;
    QMap<QString, int> rekeyActions; // rekey.planned, rekey.chunk, quorum.rekey.run, … → count
    QStringList pmaReferences;       // distinct, in order of appearance
    QVector<Import> imports;
    std::optional<journal::VerificationReport> verification; // set by the caller (a whole-journal check)

    int quorumCount(const QString& outcome) const;
    int rekeyCount() const;

    // Adds one entry of the period (entries outside [from, to) are the caller's business).
    void add(const journal::JournalEntry& e);
    // Reads the entries of [from, to) oldest first, in pages, and summarises them.
    [[nodiscard]] static Result<CustodianReport> build(store::Database& db, const QDateTime& from,
                                                       const QDateTime& to);
    // The re-key related actions this report counts.
    static const QStringList& rekeyActionNames();
};

} // namespace symbolon::audit
