#pragma once

#include "policy/Role.h"

class QAction;
class QWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// Offers an action only to roles that may use it (policy::roleAllows): for other roles it is
// disabled, with core's refusal — naming the role and the permission — as its tooltip, so the
// reviewer sees why, and core refuses again if it were triggered anyway.
class RoleGate {
public:
    static bool allows(const workspace::Workspace& ws, policy::Permission permission);
    static void gate(QAction* action, const workspace::Workspace& ws, policy::Permission permission);
    static void gate(QWidget* widget, const workspace::Workspace& ws, policy::Permission permission);
};

} // namespace symbolon::ui
