#include "common/RoleText.h"

#include "policy/Role.h"

#include <QCoreApplication>

namespace symbolon::ui {

QString roleText(const QString& code) {
    const auto role = policy::parseRole(code);
    if (!role)
        return code;
    switch (*role) {
    case policy::Role::Custodian:
        return QCoreApplication::translate("symbolon::ui", "custodian");
    case policy::Role::Reviewer:
        return QCoreApplication::translate("symbolon::ui", "reviewer");
    case policy::Role::Responder:
        return QCoreApplication::translate("symbolon::ui", "responder");
    case policy::Role::Operator:
        return QCoreApplication::translate("symbolon::ui", "operator");
    }
    return code;
}

QString cardStateText(const QString& code) {
    if (code == QLatin1String("active"))
        return QCoreApplication::translate("symbolon::ui", "active");
    if (code == QLatin1String("retired"))
        return QCoreApplication::translate("symbolon::ui", "retired");
    if (code == QLatin1String("replaced"))
        return QCoreApplication::translate("symbolon::ui", "replaced");
    if (code == QLatin1String("revoked"))
        return QCoreApplication::translate("symbolon::ui", "revoked");
    return code;
}

} // namespace symbolon::ui
