#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "inventory/InventoryRecord.h"
#include "policy/DlmsClient.h"
#include "policy/KeyKind.h"

#include <QDateTime>
#include <QVector>

#include <functional>
#include <optional>

class QIODevice;

namespace symbolon::demo {

// A demo device: its inventory record, and whether its post-commissioning rotation (CKMP
// (b)(iii), within 7 days) has been done, so that demos show due and overdue devices.
struct DemoDevice {
    inventory::InventoryRecord record;
    std::optional<QDateTime> rotationDoneAt; // nullopt: not rotated yet
};

struct DemoInventoryOptions {
    quint64 seed = 1;
    int deviceCount = 2000;
    QDateTime now; // reference for commissioning times; required, so output is reproducible
    // When set, every device gets migration key columns: MK, AKs and GUEKs wrapped (RFC 3394)
    // under this Transport Key.
    std::optional<SecureBytes> transportKey;
};

// Deterministic, realistic demo inventories: the same options give the same bytes on every
// platform (its own SplitMix64 stream and integer arithmetic, no std distributions, no global
// generator). Premises get a CHF and an ESME, usually a GSME and GPF, sometimes a PPMID; one
// cohort (about 70 % IOC), S1SP and commissioning day per premises; about 3 % of premises were
// commissioned in the last 7 days (about half of those rotated already), about 1.5 % 8–30 days
// ago and never rotated (overdue); about 5 % of devices are G2.44A category 1 and 5 % category 2.
// All names are invented. Key material is derived from the seed: demo data, never live keys.
class DemoInventoryGenerator {
public:
    explicit DemoInventoryGenerator(DemoInventoryOptions options);

    [[nodiscard]] Result<QVector<DemoDevice>> generate() const;
    // Streams the devices as an inventory file (InventoryCsvWriter), in constant memory;
    // with key columns when a Transport Key is set.
    [[nodiscard]] Status writeCsv(QIODevice& out) const;
    // Calls sink for each device in order; stops at the first failure.
    [[nodiscard]] Status forEachDevice(const std::function<Status(DemoDevice&&)>& sink) const;

    // The clear key the generator wrapped for device `deviceIndex` (0-based, generation order):
    // for tests and the device simulator. client is ignored for MK; Public has no keys.
    [[nodiscard]] Result<SecureBytes> clearKey(int deviceIndex, policy::KeyKind kind,
                                               policy::DlmsClient client = policy::DlmsClient::Public) const;

private:
    [[nodiscard]] Status validate() const;

    DemoInventoryOptions m_options;
};

} // namespace symbolon::demo
