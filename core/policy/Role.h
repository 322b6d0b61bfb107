#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace symbolon::policy {

// Who is at the console (DESIGN.md "Who uses it"). The role comes from the person's card.
enum class Role {
    Custodian, // ACS card holder: KEK ceremonies and quorum approvals
    Reviewer,  // SMKI PMA reviewer: read-only, plus recording the 5-yearly risk review
    Responder, // incident responder: compromise markings and targeted re-keys
    Operator,  // daily operations: post-commissioning rotation, activations
};

enum class Permission {
    OpenWorkspace,
    BrowseInventory,
    ImportInventory,
    BrowseJournal,
    VerifyJournal,
    ExportEvidence,
    RecordRiskReview,
    RunCeremony,
    ApproveQuorum,
    PlanReKey,
    ExecuteReKey,
    MarkCompromised,
    ConfirmActivation,
    ChangeSiteRegister,
};

inline constexpr Role kAllRoles[] = {Role::Custodian, Role::Reviewer, Role::Responder, Role::Operator};

QString roleCode(Role r);             // "custodian", "reviewer", "responder", "operator"
QString roleName(Role r);             // for people
QString permissionCode(Permission p); // "open-workspace", ...
std::optional<Role> parseRole(const QString& code);

// The access table (✓ = allowed):
//
//   permission         Custodian Reviewer Responder Operator
//   OpenWorkspace          ✓        ✓        ✓         ✓
//   BrowseInventory        ✓        ✓        ✓         ✓
//   ImportInventory        ✓                           ✓
//   BrowseJournal          ✓        ✓        ✓         ✓
//   VerifyJournal          ✓        ✓        ✓         ✓
//   ExportEvidence         ✓        ✓        ✓
//   RecordRiskReview                ✓
//   RunCeremony            ✓
//   ApproveQuorum          ✓
//   PlanReKey                                ✓         ✓
//   ExecuteReKey                             ✓         ✓
//   MarkCompromised                          ✓
//   ConfirmActivation                        ✓         ✓
//   ChangeSiteRegister     ✓
//
// Why: the reviewer must be able to check everything and change nothing but the review record
// (assurance evidence to the PMA). HSM keys are restricted to ACS card holders (CKMP (d)(iv)),
// so only custodians run ceremonies and approve quorums — and they do not also plan or execute
// re-keys, so that approving and doing stay with different people (dual control). Importing
// inventory (enrolment at migration) is daily work for operators and needs custodians when it
// involves the Transport Key. Marking compromise follows an incident, so it is the responder's.
// Proposing a change of the site register (enrol, retire or replace a card, a role, k or n) is a
// custodian's: k custodians' cards approve it, as they approve a ceremony.
bool roleAllows(Role role, Permission permission);
[[nodiscard]] Status requirePermission(Role role, Permission permission);

} // namespace symbolon::policy
