#pragma once

#include "policy/Role.h"

#include <QtGlobal>

namespace symbolon::ui {

// Every action of the console that a role may be refused, and the permission it needs (issue #13):
// RoleGate reads this table, and every gated action, widget and guard goes through RoleGate, so
// that what the menus offer and what the handlers accept cannot disagree.
enum class GatedAction {
    ImportInventory,    // File → Import inventory…
    ExportEvidence,     // File → Export evidence pack…
    CustodianReport,    // File → Custodian report…
    RecordRiskReview,   // File → Record risk review…
    RunCeremony,        // Ceremony → each ceremony
    PlanReKey,          // Re-key → Re-key…, Re-key runs… → Exclude; "Re-key this device…"
    ExecuteReKey,       // Re-key runs… → Resume (its wizard executes at once), Export batch
    MarkCompromised,    // "Mark compromised…"
    ConfirmActivation,  // Re-key → Import DCO confirmations…
    ChangeSiteRegister, // Quorum view → enrol, retire, replace a card; change a role or k
};

struct ActionPermission {
    GatedAction action;
    policy::Permission permission;
    // The action's tooltip when offered, and when refused (%1: the user's role), in the
    // "symbolon::ui::ActionPermissions" translation context. Without them the tooltip stays as the
    // action has it when offered, and is core's refusal (naming role and permission) when refused.
    const char* offeredTip;
    const char* refusedTip;
};

inline constexpr ActionPermission kActionPermissions[] = {
    {GatedAction::ImportInventory, policy::Permission::ImportInventory, nullptr, nullptr},
    {GatedAction::ExportEvidence, policy::Permission::ExportEvidence, nullptr, nullptr},
    {GatedAction::CustodianReport, policy::Permission::ExportEvidence, nullptr, nullptr},
    {GatedAction::RecordRiskReview, policy::Permission::RecordRiskReview, nullptr, nullptr},
    {GatedAction::RunCeremony, policy::Permission::RunCeremony,
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "Opens the ceremony wizard; a quorum of custodian cards approves it."),
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "Only ACS custodians run ceremonies: your role is %1.")},
    {GatedAction::PlanReKey, policy::Permission::PlanReKey,
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "Plan a targeted re-key of this device; a quorum of custodians approves it."),
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "Only the incident responder or an operator plans re-keys (custodians approve "
                       "them): your role is %1.")},
    {GatedAction::ExecuteReKey, policy::Permission::ExecuteReKey, nullptr, nullptr},
    {GatedAction::MarkCompromised, policy::Permission::MarkCompromised,
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "Flag this device's current keys compromised, with the incident or PMA reference."),
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "Only the incident responder marks keys compromised: your role is %1.")},
    {GatedAction::ConfirmActivation, policy::Permission::ConfirmActivation,
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "Import the DCO's results for an instruction batch: new keys become active."),
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "Only the incident responder or an operator imports the DCO's confirmations: your "
                       "role is %1.")},
    {GatedAction::ChangeSiteRegister, policy::Permission::ChangeSiteRegister,
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "A new version of the site register: k custodians' cards approve it."),
     QT_TRANSLATE_NOOP("symbolon::ui::ActionPermissions",
                       "Only custodians propose changes of the site register: your role is %1.")},
};

// The table's row for an action (every action has one).
const ActionPermission& actionPermission(GatedAction action);

} // namespace symbolon::ui
