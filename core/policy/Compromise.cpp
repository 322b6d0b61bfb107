#include "policy/Compromise.h"

#include "policy/ReferenceText.h"

#include <QCoreApplication>

namespace symbolon::policy {

Result<Compromise> Compromise::make(const QString& reference, const QDateTime& markedAt) {
    Status ref =
        checkReferenceText(reference, QCoreApplication::translate("symbolon::policy",
                                                                  "The compromise reference (CKMP (d)(vi))"));
    if (!ref)
        return ref.error();
    if (!markedAt.isValid())
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("symbolon::policy", "The compromise marking needs a valid time."));
    return Compromise{reference.trimmed(), markedAt.toUTC()};
}

} // namespace symbolon::policy
