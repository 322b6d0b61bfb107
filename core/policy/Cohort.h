#pragma once

#include "common/Result.h"

#include <QString>

namespace symbolon::policy {

// SMETS1 cohorts. IOC and FOC are in scope of the CKMP; MOC is not (it uses an S1SP PKI under
// the S1SPKI Certificate Policy), so MOC is not a value here: parsing it is refused with why.
enum class Cohort { IOC = 0, FOC = 1 };

QString cohortCode(Cohort c);
Result<Cohort> parseCohort(const QString& code); // "IOC"/"FOC"; "MOC" refused with the reason

} // namespace symbolon::policy
