#pragma once

#include "inventory/DeviceQuery.h"
#include "policy/PmaInstruction.h"
#include "rekey/RekeyKinds.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace symbolon::rekey {

// What a custodian asks to re-key: the devices (a filter over the inventory — e.g. the set due
// for post-commissioning rotation — and/or an explicit list of device ids), the key kinds, and
// the justification. After the post-commissioning rotation a re-key needs a PMA instruction
// (CKMP (b)(iii), (d)(v), (d)(vi)); the planner refuses without one, citing the clause.
struct RekeyRequest {
    inventory::DeviceFilter filter;
    QStringList deviceIds; // canonical ids; when non-empty, only these (and the filter still applies)
    QString listSource;    // where the list came from (file name), for the record
    RekeyKinds kinds;
    std::optional<policy::PmaInstruction> instruction;
    QString reason; // free text, journaled

    QJsonObject selectionJson() const;     // the selection as recorded
    QJsonObject justificationJson() const; // instruction and reason as recorded
};

// A device-list file: one device id per line (any accepted form), blank lines and # comments
// ignored. Refuses the whole file on the first bad line, naming it; refuses repeated ids naming
// both lines.
[[nodiscard]] Result<QStringList> parseDeviceList(const QByteArray& content);

} // namespace symbolon::rekey
