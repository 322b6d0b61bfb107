#pragma once

#include "policy/Cohort.h"
#include "policy/DeviceType.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace symbolon::inventory {

// Columns the Devices view can sort by (each backed by an index).
enum class DeviceColumn {
    DeviceId,
    Type,
    Cohort,
    S1sp,
    Manufacturer,
    Model,
    Commissioned,
    Deadline,
    RotationState
};

// Post-commissioning rotation (CKMP (b)(iii)) as a filter: Due = not done and deadline ahead;
// Overdue = not done and deadline passed; Done = rotation recorded.
enum class RotationFilter { Any, Due, Overdue, DueOrOverdue, Done };

struct DeviceFilter {
    QString text; // device id prefix (with or without dashes), manufacturer, model or S1SP substring
    std::optional<policy::DeviceType> type;
    std::optional<policy::Cohort> cohort;
    QString s1sp; // exact
    RotationFilter rotation = RotationFilter::Any;
};

struct DeviceRow {
    qint64 rowId = 0;
    QString deviceId; // canonical: 16 uppercase hex digits
    policy::DeviceType type = policy::DeviceType::CHF;
    policy::Cohort cohort = policy::Cohort::IOC;
    QString s1sp;
    QString manufacturer;
    QString model;
    QDateTime commissionedAt; // UTC
    QDateTime deadline;       // commissionedAt + 7 days
    std::optional<QDateTime> rotationDoneAt;
    std::optional<int> category; // G2.44A category 1 or 2
    QByteArray systemTitle;      // 8 bytes
    bool hasMigrationKeys = false;
};

// Devices due/overdue for post-commissioning rotation, per S1SP and cohort (the Overview).
struct RotationCounts {
    QString s1sp;
    policy::Cohort cohort = policy::Cohort::IOC;
    qint64 total = 0;
    qint64 done = 0;
    qint64 due = 0;
    qint64 overdue = 0;
};

} // namespace symbolon::inventory
