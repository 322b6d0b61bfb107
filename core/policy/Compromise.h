#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace symbolon::policy {

// A compromise marking, CKMP (d)(vi): a flag on a key record in any state, never a state of
// its own, because a compromised key stays wherever it is in its life until the SMKI PMA
// instructs a re-key that replaces it. The reference (incident or PMA instruction number) is
// what lets a reviewer trace the marking, so it is mandatory.
struct Compromise {
    QString reference;  // incident or PMA instruction reference, validated by make()
    QDateTime markedAt; // UTC

    [[nodiscard]] static Result<Compromise> make(const QString& reference, const QDateTime& markedAt);
};

} // namespace symbolon::policy
