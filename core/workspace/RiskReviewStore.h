#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace symbolon::store {
class Database;
}

namespace symbolon::workspace {

class Workspace;

// One periodic risk review (CKMP (b)(iii): the symmetric-key use and controls are reviewed at
// most every 5 years, with evidence to the SMKI PMA).
struct RiskReview {
    qint64 id = 0;
    QDate reviewedOn;
    QString reviewer; // the actor who recorded it (their card)
    QString reference;
    QString findings;
    QDateTime recordedAt; // UTC
    qint64 journalSeq = 0;
};

// The risk_reviews table, created on first use (CREATE TABLE IF NOT EXISTS): it needs no schema
// version of its own, and a workspace that never recorded a review simply has none.
class RiskReviewStore {
public:
    static constexpr int kMaxReferenceLength = 64;
    static constexpr int kMaxFindingsLength = 4000;
    static constexpr int kEarliestYearsBeforeCreation = 1;

    // Reviewer only (policy::Permission::RecordRiskReview). The row and its journal entry
    // "risk-review.recorded" commit in one transaction; a checkpoint is signed after.
    [[nodiscard]] static Result<RiskReview> record(Workspace& ws, const QDate& reviewedOn,
                                                   const QString& reference, const QString& findings);
    // The review with the latest reviewed_on date (the clock's baseline), if any. Works on a
    // read-only connection, also before the table exists.
    [[nodiscard]] static Result<std::optional<RiskReview>> latest(store::Database& db);

    // Why these inputs cannot be recorded, or ok. today: UTC date; created: the workspace's.
    [[nodiscard]] static Status validate(const QDate& reviewedOn, const QString& reference,
                                         const QString& findings, const QDate& today, const QDate& created);
};

} // namespace symbolon::workspace
