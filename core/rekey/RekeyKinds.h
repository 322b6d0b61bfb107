#pragma once

#include "common/Result.h"
#include "policy/DlmsClient.h"

#include <QString>
#include <QVector>

namespace symbolon::rekey {

// One key a re-key replaces: the MK (client 0, belongs to the device) or an AK/GUEK of a keyed
// client. kind is the key_records code: "MK", "AK", "GUEK".
struct KeySlot {
    QString kind;
    int client = 0;
    bool operator==(const KeySlot&) const = default;
};

// Which key kinds a run replaces. AK and GUEK are replaced for all four keyed clients together
// (one global_key_transfer per client); the MK is optional (CKMP allows MK rotation where the
// device supports it) and is transferred last, because the device unwraps everything else under
// its current MK.
struct RekeyKinds {
    bool mk = false;
    bool ak = true;
    bool guek = true;

    QString code() const; // "AK+GUEK", "MK+AK+GUEK", ...
    // "AK,GUEK", "mk,ak,guek", "all"; at least one kind; the message names what is accepted.
    [[nodiscard]] static Result<RekeyKinds> parse(const QString& text);
    QVector<KeySlot> slots() const; // AK/GUEK per keyed client in client order, then the MK
    int keysPerDevice() const { return static_cast<int>(slots().size()); }
};

} // namespace symbolon::rekey
