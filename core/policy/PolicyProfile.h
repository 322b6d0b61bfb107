#pragma once

#include <QString>

#include <optional>

namespace symbolon::policy {

// DESIGN.md "Policy profiles". Production: the key token must be declared FIPS 140-2 Level 3,
// no clear-key fallbacks, quorum of at least 2. Development: SoftHSM2 and fallbacks allowed, and
// the caller labels every such use ("not for live keys").
enum class PolicyProfile { Production = 0, Development = 1 };

QString policyProfileCode(PolicyProfile p); // "production", "development"
std::optional<PolicyProfile> parsePolicyProfile(const QString& code);

} // namespace symbolon::policy
