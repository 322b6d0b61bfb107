#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::inventory {

// Post-commissioning rotation (CKMP (b)(iii)) per commissioning week: of the devices commissioned
// that week, how many were rotated within their 7-day deadline, rotated late, are not rotated yet
// with the deadline ahead (due), or not rotated with the deadline passed (overdue). The four add
// up to `commissioned`.
struct RotationComplianceWeek {
    QDate weekStart; // Monday, UTC
    qint64 commissioned = 0;
    qint64 onTime = 0;
    qint64 late = 0;
    qint64 due = 0;
    qint64 overdue = 0;
    friend bool operator==(const RotationComplianceWeek&, const RotationComplianceWeek&) = default;
};

class RotationComplianceQuery {
public:
    // The last `weeks` commissioning weeks up to and including now's, oldest first; weeks with no
    // device are there with zeros. One GROUP BY over the devices table.
    [[nodiscard]] static Result<QVector<RotationComplianceWeek>> weekly(store::Database& db, int weeks,
                                                                        const QDateTime& now);
    static QDate weekStart(const QDate& day); // the Monday on or before day
};

} // namespace symbolon::inventory

Q_DECLARE_METATYPE(symbolon::inventory::RotationComplianceWeek)
