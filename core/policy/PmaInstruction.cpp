#include "policy/PmaInstruction.h"

#include "policy/ReferenceText.h"

#include <QCoreApplication>

namespace symbolon::policy {

QString pmaGroundCode(PmaGround g) {
    switch (g) {
    case PmaGround::MajorIncident:
        return QStringLiteral("major-incident");
    case PmaGround::ControlShortfall:
        return QStringLiteral("control-shortfall");
    }
    return {};
}

QString pmaGroundName(PmaGround g) {
    switch (g) {
    case PmaGround::MajorIncident:
        return QCoreApplication::translate(
            "symbolon::policy", "recovery from a Major Incident where the DCO or an S1SP was compromised");
    case PmaGround::ControlShortfall:
        return QCoreApplication::translate("symbolon::policy",
                                           "a periodic review found Section G controls short of the minimum");
    }
    return {};
}

std::optional<PmaGround> parsePmaGround(const QString& code) {
    for (PmaGround g : {PmaGround::MajorIncident, PmaGround::ControlShortfall})
        if (code.trimmed().compare(pmaGroundCode(g), Qt::CaseInsensitive) == 0)
            return g;
    return std::nullopt;
}

Status PmaInstruction::validate() const {
    return checkReferenceText(
        reference, QCoreApplication::translate("symbolon::policy", "The PMA instruction reference"));
}

} // namespace symbolon::policy
