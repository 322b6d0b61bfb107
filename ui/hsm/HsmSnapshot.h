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
    int module = 0; // index into HsmSnapshot::modules
    unsigned long slotId = 0;
    hsm::TokenInfo token; // token.initialized false: an empty slot
    QVector<hsm::TokenObject> objects;
    bool privateObjectsShown = false;
    QString objectsNote; // what the object list covers and why
    std::optional<hsm::Capabilities> capabilities;
    QString error; // a read that failed, in core's words
};

struct HsmModuleSnapshot {
    QString path;
    QString functionList; // FC_GetFunctionList (NSS softoken's FIPS mode), or empty
    QString description;
    QString error; // its slots could not be listed
};

// Every module the workspace loaded (the cards', and the key token's and journal token's where
// they have their own: issue #18), each with its slots.
struct HsmSnapshot {
    QVector<HsmModuleSnapshot> modules;
    QVector<HsmSlotSnapshot> slots;
    QString error; // no module at all

    // Blocking: tokens, public objects (a read-only session, no login) and mechanisms.
    static HsmSnapshot read(const QVector<std::shared_ptr<hsm::Module>>& modules);

private:
    static void readModule(HsmSnapshot& snap, const std::shared_ptr<hsm::Module>& module);
};

} // namespace symbolon::ui

Q_DECLARE_METATYPE(symbolon::ui::HsmSnapshot)
