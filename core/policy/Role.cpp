#include "policy/Role.h"

#include <QCoreApplication>

namespace symbolon::policy {

QString roleCode(Role r) {
    switch (r) {
    case Role::Custodian:
        return QStringLiteral("custodian");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Responder:
        return QStringLiteral("responder");
    case Role::Operator:
        return QStringLiteral("operator");
    }
    return {};
}

QString roleName(Role r) {
    switch (r) {
    case Role::Custodian:
        return QCoreApplication::translate("symbolon::policy", "custodian (ACS card holder)");
    case Role::Reviewer:
        return QCoreApplication::translate("symbolon::policy", "SMKI PMA reviewer");
    case Role::Responder:
        return QCoreApplication::translate("symbolon::policy", "incident responder");
    case Role::Operator:
        return QCoreApplication::translate("symbolon::policy", "operator");
    }
    return {};
}

QString permissionCode(Permission p) {
    switch (p) {
    case Permission::OpenWorkspace:
        return QStringLiteral("open-workspace");
    case Permission::BrowseInventory:
        return QStringLiteral("browse-inventory");
    case Permission::ImportInventory:
        return QStringLiteral("import-inventory");
    case Permission::BrowseJournal:
        return QStringLiteral("browse-journal");
    case Permission::VerifyJournal:
        return QStringLiteral("verify-journal");
    case Permission::ExportEvidence:
        return QStringLiteral("export-evidence");
    case Permission::RecordRiskReview:
        return QStringLiteral("record-risk-review");
    case Permission::RunCeremony:
        return QStringLiteral("run-ceremony");
    case Permission::ApproveQuorum:
        return QStringLiteral("approve-quorum");
    case Permission::PlanReKey:
        return QStringLiteral("plan-rekey");
    case Permission::ExecuteReKey:
        return QStringLiteral("execute-rekey");
    case Permission::MarkCompromised:
        return QStringLiteral("mark-compromised");
    case Permission::ConfirmActivation:
        return QStringLiteral("confirm-activation");
    case Permission::ChangeSiteRegister:
        return QStringLiteral("change-site-register");
    }
    return {};
}

std::optional<Role> parseRole(const QString& code) {
    for (Role r : kAllRoles)
        if (code.trimmed().compare(roleCode(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

bool roleAllows(Role role, Permission permission) {
    switch (permission) {
    case Permission::OpenWorkspace:
    case Permission::BrowseInventory:
    case Permission::BrowseJournal:
    case Permission::VerifyJournal:
        return true;
    case Permission::ImportInventory:
        return role == Role::Custodian || role == Role::Operator;
    case Permission::ExportEvidence:
        return role != Role::Operator;
    case Permission::RecordRiskReview:
        return role == Role::Reviewer;
    case Permission::RunCeremony:
    case Permission::ApproveQuorum:
    case Permission::ChangeSiteRegister:
        return role == Role::Custodian;
    case Permission::PlanReKey:
    case Permission::ExecuteReKey:
    case Permission::ConfirmActivation:
        return role == Role::Responder || role == Role::Operator;
    case Permission::MarkCompromised:
        return role == Role::Responder;
    }
    return false;
}

Status requirePermission(Role role, Permission permission) {
    if (roleAllows(role, permission))
        return {};
    return fail(ErrorCode::PolicyRefused,
                QCoreApplication::translate(
                    "symbolon::policy", "Your role (%1) does not allow %2. Ask a person holding a role that "
                                        "does, or have your card's role changed by the workspace owner.")
                    .arg(roleName(role), permissionCode(permission)));
}

} // namespace symbolon::policy
