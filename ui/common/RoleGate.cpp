#include "common/RoleGate.h"

#include "workspace/Workspace.h"

#include <QAction>
#include <QWidget>

namespace symbolon::ui {

bool RoleGate::allows(const workspace::Workspace& ws, policy::Permission permission) {
    return ws.require(permission).ok();
}

void RoleGate::gate(QAction* action, const workspace::Workspace& ws, policy::Permission permission) {
    const Status s = ws.require(permission);
    action->setEnabled(s.ok());
    if (!s)
        action->setToolTip(s.error().message);
}

void RoleGate::gate(QWidget* widget, const workspace::Workspace& ws, policy::Permission permission) {
    const Status s = ws.require(permission);
    widget->setEnabled(s.ok());
    if (!s)
        widget->setToolTip(s.error().message);
}

} // namespace symbolon::ui
