#include "policy/PolicyProfile.h"

namespace symbolon::policy {

QString policyProfileCode(PolicyProfile p) {
    return p == PolicyProfile::Production ? QStringLiteral("production") : QStringLiteral("development");
}

std::optional<PolicyProfile> parsePolicyProfile(const QString& code) {
    for (PolicyProfile p : {PolicyProfile::Production, PolicyProfile::Development})
        if (code.trimmed().compare(policyProfileCode(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

} // namespace symbolon::policy
