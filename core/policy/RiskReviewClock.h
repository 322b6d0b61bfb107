#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace symbolon::policy {

enum class RiskReviewStatus {
    Ok,      // next review more than 90 days away
    DueSoon, // within 90 days of the next due date (inclusive), not yet past it
    Overdue, // the due date has passed
};

QString riskReviewStatusCode(RiskReviewStatus s); // "ok", "due-soon", "overdue"

// CKMP (b)(iii): the symmetric-key use and controls at the DCO and S1SPs are risk-reviewed at
// most every 5 years, with evidence to the SMKI PMA. Calendar years (QDate::addYears): a review
// on 29 February is next due on 28 February five years later. Before the first review the
// workspace creation date is the baseline, so a new workspace is not shown as overdue at once.
class RiskReviewClock {
public:
    static constexpr int kIntervalYears = 5;
    static constexpr int kDueSoonDays = 90;

    [[nodiscard]] static Result<RiskReviewClock> make(const QDate& workspaceCreated,
                                                      std::optional<QDate> lastReview = std::nullopt);

    bool neverReviewed() const { return !m_lastReview.has_value(); }
    QDate baseline() const { return m_lastReview.value_or(m_workspaceCreated); }
    QDate nextDue() const { return baseline().addYears(kIntervalYears); }
    RiskReviewStatus status(const QDate& today) const;
    // "next risk review due by 2029-02-28 (in 412 days)", "never reviewed; overdue by …"
    QString explain(const QDate& today) const;

private:
    RiskReviewClock() = default;
    QDate m_workspaceCreated;
    std::optional<QDate> m_lastReview;
};

} // namespace symbolon::policy
