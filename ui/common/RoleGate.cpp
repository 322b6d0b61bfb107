#include "common/RoleGate.h"

#include "common/RoleText.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace symbolon::ui {

const ActionPermission& actionPermission(GatedAction action) {
    for (const ActionPermission& p : kActionPermissions)
        if (p.action == action)
            return p;
    Q_UNREACHABLE();
}

namespace {

// Enabled or not, and the tooltip that says so (empty: leave the tooltip as it is).
struct Gate {
    bool enabled = false;
    QString toolTip;
};

Gate gateFor(const workspace::Workspace& ws, GatedAction action) {
    const ActionPermission& p = actionPermission(action);
    const Status s = ws.require(p.permission);
    auto tr = [](const char* text) {
        return QCoreApplication::translate("symbolon::ui::ActionPermissions", text);
    };
    if (s)
        return {true, p.offeredTip ? tr(p.offeredTip) : QString()};
    if (s.error().message == ws.health().refusal()) // the role allows it; the workspace is damaged
        return {false, s.error().message};
    return {false, p.refusedTip ? tr(p.refusedTip).arg(roleText(ws.identity().role)) : s.error().message};
}

} // namespace

Status RoleGate::require(const workspace::Workspace& ws, GatedAction action) {
    return ws.require(actionPermission(action).permission);
}

bool RoleGate::allows(const workspace::Workspace& ws, GatedAction action) {
    return require(ws, action).ok();
}

void RoleGate::gate(QAction* action, const workspace::Workspace& ws, GatedAction gated) {
    const Gate g = gateFor(ws, gated);
    action->setEnabled(g.enabled);
    if (!g.toolTip.isEmpty())
        action->setToolTip(g.toolTip);
}

void RoleGate::gate(QWidget* widget, const workspace::Workspace& ws, GatedAction gated) {
    const Gate g = gateFor(ws, gated);
    widget->setEnabled(g.enabled);
    if (!g.toolTip.isEmpty())
        widget->setToolTip(g.toolTip);
}

} // namespace symbolon::ui
