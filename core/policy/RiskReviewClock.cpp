#include "policy/RiskReviewClock.h"

#include "policy/DurationText.h"

#include <QCoreApplication>

namespace symbolon::policy {

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::policy", s, disambiguation, n);
}
} // namespace

QString riskReviewStatusCode(RiskReviewStatus s) {
    switch (s) {
    case RiskReviewStatus::Ok:
        return QStringLiteral("ok");
    case RiskReviewStatus::DueSoon:
        return QStringLiteral("due-soon");
    case RiskReviewStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

Result<RiskReviewClock> RiskReviewClock::make(const QDate& workspaceCreated,
                                              std::optional<QDate> lastReview) {
    if (!workspaceCreated.isValid())
        return fail(ErrorCode::InvalidInput,
                    policy::tr("The workspace creation date is invalid; it is the baseline for "
                               "the first 5-yearly risk review (CKMP (b)(iii))."));
    if (lastReview && !lastReview->isValid())
        return fail(ErrorCode::InvalidInput, policy::tr("The date of the last risk review is invalid."));
    RiskReviewClock c;
    c.m_workspaceCreated = workspaceCreated;
    c.m_lastReview = lastReview;
    return c;
}

RiskReviewStatus RiskReviewClock::status(const QDate& today) const {
    const QDate due = nextDue();
    if (today > due)
        return RiskReviewStatus::Overdue;
    if (today.daysTo(due) <= kDueSoonDays)
        return RiskReviewStatus::DueSoon;
    return RiskReviewStatus::Ok;
}

QString RiskReviewClock::explain(const QDate& today) const {
    const QDate due = nextDue();
    const QString dueText = due.toString(Qt::ISODate);
    const qint64 days = today.daysTo(due);
    QString text;
    if (days < 0)
        text = policy::tr("risk review overdue by %1 (due by %2)").arg(durationText(-days * 86400), dueText);
    else if (days == 0)
        text = policy::tr("risk review due today (%1)").arg(dueText);
    else
        text = policy::tr("next risk review due by %1 (in %2)").arg(dueText, durationText(days * 86400));
    if (neverReviewed())
        text = policy::tr("never reviewed; counted from the workspace creation on %1; ")
                   .arg(m_workspaceCreated.toString(Qt::ISODate)) +
               text;
    return text;
}

} // namespace symbolon::policy
