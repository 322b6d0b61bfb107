#pragma once

#include "common/ActionPermissions.h"
#include "common/Result.h"

class QAction;
class QWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// The one role-gating path (issue #13): an action is offered only to roles that may use it, as
// kActionPermissions declares. For other roles it is disabled, with a tooltip saying why (the
// table's, or core's refusal naming the role and the permission), and the handler asks again with
// require() or allows(): core refuses too if it were triggered anyway.
class RoleGate {
public:
    static Status require(const workspace::Workspace& ws, GatedAction action);
    static bool allows(const workspace::Workspace& ws, GatedAction action);
    static void gate(QAction* action, const workspace::Workspace& ws, GatedAction gated);
    static void gate(QWidget* widget, const workspace::Workspace& ws, GatedAction gated);
};

} // namespace symbolon::ui
