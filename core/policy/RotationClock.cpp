#include "policy/RotationClock.h"

#include "policy/DurationText.h"

#include <QCoreApplication>

namespace symbolon::policy {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::policy", s);
}
QString stamp(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}
} // namespace

QString rotationStatusCode(RotationStatus s) {
    switch (s) {
    case RotationStatus::Done:
        return QStringLiteral("done");
    case RotationStatus::Due:
        return QStringLiteral("due");
    case RotationStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

Result<RotationClock> RotationClock::make(const QDateTime& commissionedAt,
                                          std::optional<QDateTime> rotationDoneAt,
                                          std::optional<QDateTime> lastConnectivity) {
    if (!commissionedAt.isValid())
        return fail(ErrorCode::InvalidInput,
                    policy::tr("The commissioning time is missing or invalid; the 7-day rotation "
                               "deadline (CKMP (b)(iii)) cannot be computed without it."));
    if (rotationDoneAt && !rotationDoneAt->isValid())
        return fail(ErrorCode::InvalidInput, policy::tr("The rotation completion time is invalid."));
    if (rotationDoneAt && *rotationDoneAt < commissionedAt)
        return fail(ErrorCode::InvalidInput,
                    policy::tr("The post-commissioning rotation is recorded as done before the "
                               "device was commissioned: check both times in the inventory."));
    if (lastConnectivity && !lastConnectivity->isValid())
        return fail(ErrorCode::InvalidInput, policy::tr("The last connectivity time is invalid."));
    RotationClock c;
    c.m_commissionedAt = commissionedAt.toUTC();
    if (rotationDoneAt)
        c.m_doneAt = rotationDoneAt->toUTC();
    if (lastConnectivity)
        c.m_lastConnectivity = lastConnectivity->toUTC();
    return c;
}

QDateTime RotationClock::deadline() const {
    return m_commissionedAt.addDays(kDeadlineDays);
}

RotationStatus RotationClock::status(const QDateTime& now) const {
    if (m_doneAt)
        return RotationStatus::Done;
    return now.toUTC() > deadline() ? RotationStatus::Overdue : RotationStatus::Due;
}

bool RotationClock::doneLate() const {
    return m_doneAt && *m_doneAt > deadline();
}

QString RotationClock::explain(const QDateTime& now) const {
    switch (status(now)) {
    case RotationStatus::Done:
        if (doneLate())
            return policy::tr("done on %1 (%2 late)")
                .arg(stamp(*m_doneAt), durationText(deadline().secsTo(*m_doneAt)));
        return policy::tr("done on %1").arg(stamp(*m_doneAt));
    case RotationStatus::Due:
        return policy::tr("due in %1 (by %2)")
            .arg(durationText(now.toUTC().secsTo(deadline())), stamp(deadline()));
    case RotationStatus::Overdue: {
        QString text = policy::tr("overdue by %1 (deadline %2)")
                           .arg(durationText(deadline().secsTo(now.toUTC())), stamp(deadline()));
        // The policy allows for connectivity; saying when the device was last heard from tells
        // the operator whether the delay is the network's or ours.
        if (m_lastConnectivity)
            text += policy::tr("; no connectivity since %1").arg(stamp(*m_lastConnectivity));
        return text;
    }
    }
    return {};
}

} // namespace symbolon::policy
