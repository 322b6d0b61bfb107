#pragma once

#include <QString>

namespace symbolon::policy {

// "3 days", "5 hours", "12 minutes": the coarsest whole unit, rounded down, so that a clock
// never claims more time remains than there is. Used by the deadline explanations.
QString durationText(qint64 seconds);

} // namespace symbolon::policy
