#include "policy/Cohort.h"

#include <QCoreApplication>

namespace symbolon::policy {

QString cohortCode(Cohort c) {
    return c == Cohort::IOC ? QStringLiteral("IOC") : QStringLiteral("FOC");
}

Result<Cohort> parseCohort(const QString& code) {
    const QString c = code.trimmed().toUpper();
    if (c == QLatin1String("IOC"))
        return Cohort::IOC;
    if (c == QLatin1String("FOC"))
        return Cohort::FOC;
    if (c == QLatin1String("MOC"))
        return fail(ErrorCode::PolicyRefused,
                    QCoreApplication::translate(
                        "symbolon::policy", "MOC devices are out of scope of the SMETS1 CKMP: the MOC cohort "
                                            "uses the S1SP PKI under the S1SPKI Certificate Policy"));
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("symbolon::policy", "expected a cohort IOC or FOC"));
}

} // namespace symbolon::policy
