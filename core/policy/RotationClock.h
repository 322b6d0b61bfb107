#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace symbolon::policy {

enum class RotationStatus {
    Done,    // the post-commissioning rotation completed (possibly late: see RotationClock::doneLate)
    Due,     // not done, deadline not yet passed (the deadline instant itself is still in time)
    Overdue, // not done, deadline passed
};

QString rotationStatusCode(RotationStatus s); // "done", "due", "overdue"

// CKMP (b)(iii) / SEC Appendix AM 20.1: as soon as reasonably practicable and in any event within
// 7 days of commissioning (subject to connectivity), the AKs and encryption keys of every CHF,
// Smart Meter, GPF and PPMID are re-generated and replaced. One clock per device. All times are
// held in UTC so that a deadline does not move with daylight saving.
class RotationClock {
public:
    static constexpr int kDeadlineDays = 7;

    // rotationDoneAt: when the rotation completed, if it has. lastConnectivity: when the device
    // was last heard from, if known; it only feeds the explanation ("subject to connectivity").
    [[nodiscard]] static Result<RotationClock> make(const QDateTime& commissionedAt,
                                                    std::optional<QDateTime> rotationDoneAt = std::nullopt,
                                                    std::optional<QDateTime> lastConnectivity = std::nullopt);

    QDateTime commissionedAt() const { return m_commissionedAt; }
    QDateTime deadline() const; // commissionedAt + exactly 7 × 24 hours, UTC
    std::optional<QDateTime> rotationDoneAt() const { return m_doneAt; }
    RotationStatus status(const QDateTime& now) const;
    bool doneLate() const; // done, but after the deadline
    // "due in 3 days (by 2024-03-08 10:00 UTC)", "overdue by 12 days (deadline …); no
    // connectivity since …", "done on … (2 days late)".
    QString explain(const QDateTime& now) const;

private:
    RotationClock() = default;
    QDateTime m_commissionedAt;
    std::optional<QDateTime> m_doneAt;
    std::optional<QDateTime> m_lastConnectivity;
};

} // namespace symbolon::policy
