#pragma once

#include "common/Result.h"
#include "inventory/DeviceQuery.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace symbolon::store {
class Database;
}

namespace symbolon::rekey {

// The devices a re-key plan considers, each with everything the policy checks need (devices,
// key_records, rekey_devices and rekey_runs in one query); read by RekeyPlanner.
struct RekeyCandidate {
    qint64 row = 0;
    QString deviceId;
    int cohort = 0;
    QString s1sp;
    int deviceType = 0;
    bool rotationDone = false;
    std::optional<int> category;
    bool hasCurrentMk = false;       // a Migrated or Active MK
    bool hasUnconfirmedKeys = false; // Generated or Distributed records of an earlier run
    std::optional<qint64> openRun;   // an open run in which the device is still pending
};

class RekeyCandidateQuery {
public:
    using Visit = std::function<void(const RekeyCandidate&)>;
    // Every device the filter selects, in row order.
    [[nodiscard]] static Status forFilter(store::Database& db, const inventory::DeviceFilter& filter,
                                          const QDateTime& now, const Visit& visit);
    // Each listed device (canonical ids) that the filter also selects; notFound is called for the
    // others, in the list's order.
    [[nodiscard]] static Status forDevices(store::Database& db, const inventory::DeviceFilter& filter,
                                           const QDateTime& now, const QStringList& deviceIds,
                                           const Visit& visit,
                                           const std::function<void(const QString&)>& notFound);
};

} // namespace symbolon::rekey
