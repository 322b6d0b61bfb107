#include "policy/ReferenceText.h"

#include <QCoreApplication>

namespace symbolon::policy {

Status checkReferenceText(const QString& reference, const QString& what) {
    if (reference.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::policy",
                                                "%1 is empty: enter the reference exactly as "
                                                "it appears on the document you are citing.")
                        .arg(what));
    if (reference.size() > kMaxReferenceLength)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::policy",
                                                "%1 is %2 characters long; at most %3 are allowed. Cite the "
                                                "document's identifier, not its text.")
                        .arg(what)
                        .arg(reference.size())
                        .arg(kMaxReferenceLength));
    for (qsizetype i = 0; i < reference.size(); ++i) {
        if (!reference.at(i).isPrint())
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("symbolon::policy",
                                                    "%1 contains a non-printable character at position %2: "
                                                    "retype it rather than pasting it.")
                            .arg(what)
                            .arg(i + 1));
    }
    return {};
}

} // namespace symbolon::policy
