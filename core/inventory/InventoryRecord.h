#pragma once

#include "policy/Cohort.h"
#include "policy/DeviceId.h"
#include "policy/DeviceType.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace symbolon::inventory {

// One device as read from (or written to) an inventory file. Plain data: validation lives in
// the parser, storage in the workspace database.
struct InventoryRecord {
    policy::DeviceId deviceId;
    policy::DeviceType deviceType = policy::DeviceType::CHF;
    policy::Cohort cohort = policy::Cohort::IOC;
    QString s1sp;
    QString manufacturer;
    QString model;
    QDateTime commissionedAt;    // UTC
    std::optional<int> category; // SEC G2.44A device category 1 or 2; none for most devices
    QByteArray systemTitle;      // DLMS system title, 8 bytes

    // Migration key columns: each empty, or a 24-byte RFC 3394 blob of a 16-byte key wrapped
    // under the Transport Key. Kept wrapped here; the HSM unwraps them at enrolment.
    // ak/guek are indexed in policy::kKeyedClients order (DataCollection, ExtendedDataCollection,
    // Management, Firmware); see keyedClientIndex().
    QByteArray mk;
    std::array<QByteArray, 4> ak;
    std::array<QByteArray, 4> guek;

    int sourceLine = 0; // the physical line the record started on; 0 when not from a file

    bool hasKeys() const { return !mk.isEmpty(); }

    friend bool operator==(const InventoryRecord&, const InventoryRecord&) = default;
};

} // namespace symbolon::inventory
