#pragma once

#include "hsm/Capabilities.h"
#include "hsm/TokenInfo.h"
#include "hsm/TokenObject.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace symbolon::hsm {
class Module;
}

namespace symbolon::ui {

// One slot as the HSM Slots view shows it, read in one go off the GUI thread.
struct HsmSlotSnapshot {
    unsigned long slotId = 0;
    hsm::TokenInfo token; // token.initialized false: an empty slot
    QVector<hsm::TokenObject> objects;
    bool privateObjectsShown = false;
    QString objectsNote; // what the object list covers and why
    std::optional<hsm::Capabilities> capabilities;
    QString error; // a read that failed, in core's words
};

struct HsmSnapshot {
    QString modulePath;
    QString moduleDescription;
    QVector<HsmSlotSnapshot> slots;
    QString error;

    // Blocking: tokens, public objects (a read-only session, no login) and mechanisms.
    static HsmSnapshot read(const std::shared_ptr<hsm::Module>& module);
};

} // namespace symbolon::ui

Q_DECLARE_METATYPE(symbolon::ui::HsmSnapshot)
