#include "hsm/HsmSnapshot.h"

#include "hsm/Module.h"
#include "hsm/Session.h"

#include <QCoreApplication>

namespace symbolon::ui {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ui::HsmSnapshot", s);
}
} // namespace

HsmSnapshot HsmSnapshot::read(const std::shared_ptr<hsm::Module>& module) {
    HsmSnapshot snap;
    if (!module) {
        snap.error = tr("No PKCS#11 module is loaded.");
        return snap;
    }
    snap.modulePath = module->path();
    snap.moduleDescription = module->libraryDescription();
    auto tokens = module->tokens(true);
    if (!tokens) {
        snap.error = tokens.error().message;
        return snap;
    }
    for (const hsm::TokenInfo& t : *tokens) {
        HsmSlotSnapshot slot;
        slot.slotId = t.slotId;
        slot.token = t;
        if (!t.initialized) {
            slot.objectsNote = tr("No initialised token in this slot.");
            snap.slots.push_back(slot);
            continue;
        }
        auto caps = hsm::Capabilities::read(*module, t.slotId);
        if (caps)
            slot.capabilities = *caps;
        else
            slot.error = caps.error().message;
        auto session = module->openSession(t.slotId, false);
        if (!session) {
            slot.error = session.error().message;
        } else {
            auto in = (*session)->isLoggedIn();
            slot.privateObjectsShown = in && *in;
            auto objects = hsm::TokenObject::list(**session);
            if (objects)
                slot.objects = *objects;
            else
                slot.error = objects.error().message;
            slot.objectsNote =
                slot.privateObjectsShown
                    ? tr("All objects (the token is logged in by this application right now).")
                    : tr("Public objects only: private objects (secret keys, card keys, shares) need the "
                         "token's "
                         "PIN. The key token's PIN exists only inside a quorum session — its private objects "
                         "appear here as listed at the end of the last ceremony run in this console.");
        }
        snap.slots.push_back(slot);
    }
    return snap;
}

} // namespace symbolon::ui
