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

QString cardShareText(const workspace::RegisteredCard& card, const workspace::Workspace::ShareHolding& shares,
                      int enrolmentShareIndex) {
    if (!card.isActive() || card.role != QLatin1String("custodian"))
        return QCoreApplication::translate("symbolon::ui", "none");
    if (shares.currentGeneration == 0)
        return enrolmentShareIndex > 0
                   ? QCoreApplication::translate("symbolon::ui", "share %1, on the card")
                         .arg(enrolmentShareIndex)
                   : QCoreApplication::translate("symbolon::ui", "on the card (enrolment)");
    if (shares.byCard.contains(card.cardSerial))
        return QCoreApplication::translate("symbolon::ui",
                                           "sealed to the card, in the workspace (sharing %1)")
            .arg(shares.currentGeneration);
    return QCoreApplication::translate("symbolon::ui", "none");
}

} // namespace symbolon::ui
