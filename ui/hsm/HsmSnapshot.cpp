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

HsmSnapshot HsmSnapshot::read(const QVector<std::shared_ptr<hsm::Module>>& modules) {
    HsmSnapshot snap;
    if (modules.isEmpty()) {
        snap.error = tr("No PKCS#11 module is loaded.");
        return snap;
    }
    for (const auto& module : modules)
        readModule(snap, module);
    return snap;
}

void HsmSnapshot::readModule(HsmSnapshot& snap, const std::shared_ptr<hsm::Module>& module) {
    const int index = int(snap.modules.size());
    snap.modules.push_back({module->path(), module->entryPoint(), module->libraryDescription(), {}});
    auto tokens = module->tokens(true);
    if (!tokens) {
        snap.modules.back().error = tokens.error().message;
        return;
    }
    for (const hsm::TokenInfo& t : *tokens) {
        HsmSlotSnapshot slot;
        slot.module = index;
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
}

} // namespace symbolon::ui
