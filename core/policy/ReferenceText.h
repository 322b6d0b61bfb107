#pragma once

#include "common/Result.h"

#include <QString>

namespace symbolon::policy {

// References recorded in the journal (SMKI PMA instructions, compromise reports) are short
// printable identifiers, not free text: they are shown in tables, exported in evidence packs and
// compared by reviewers, so control characters or pages of prose would hide what was cited.
inline constexpr int kMaxReferenceLength = 64;

// `what` names the field in the message, e.g. "The PMA instruction reference".
[[nodiscard]] Status checkReferenceText(const QString& reference, const QString& what);

} // namespace symbolon::policy
