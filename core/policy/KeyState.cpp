#include "policy/KeyState.h"

#include <QCoreApplication>

namespace symbolon::policy {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::policy", s);
}

// Why a refused transition is refused, by source state: the custodian needs the reason, not
// only "illegal".
QString whyRefused(KeyState from, KeyState to) {
    if (from == to)
        return policy::tr("a transition must change the state");
    switch (from) {
    case KeyState::Migrated:
        return policy::tr(
            "a key received at enrolment can only be replaced by a rotation (it becomes Superseded)");
    case KeyState::Generated:
        if (to == KeyState::Superseded)
            return policy::tr(
                "a generated key that was never distributed is not replaced: resume the interrupted "
                "re-key so that it distributes the keys it committed");
        return policy::tr("a generated key must first be distributed to the device");
    case KeyState::Distributed:
        if (to == KeyState::Superseded)
            return policy::tr(
                "the device may already hold a distributed key: confirm its activation or resume the "
                "re-key; it stays Distributed until then");
        return policy::tr("a distributed key only becomes Active, when the device confirms it");
    case KeyState::Active:
        return policy::tr(
            "an active key only leaves service by being replaced (Superseded); devices cannot revoke "
            "or destroy keys (CKMP (d)(vii), (d)(x))");
    case KeyState::Superseded:
        return policy::tr("a superseded key is retained for audit and never returns to service");
    }
    return {};
}
} // namespace

QString keyStateCode(KeyState s) {
    switch (s) {
    case KeyState::Migrated:
        return QStringLiteral("migrated");
    case KeyState::Generated:
        return QStringLiteral("generated");
    case KeyState::Distributed:
        return QStringLiteral("distributed");
    case KeyState::Active:
        return QStringLiteral("active");
    case KeyState::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}

QString keyStateName(KeyState s) {
    switch (s) {
    case KeyState::Migrated:
        return policy::tr("Migrated");
    case KeyState::Generated:
        return policy::tr("Generated");
    case KeyState::Distributed:
        return policy::tr("Distributed");
    case KeyState::Active:
        return policy::tr("Active");
    case KeyState::Superseded:
        return policy::tr("Superseded");
    }
    return {};
}

Result<KeyState> parseKeyState(const QString& code) {
    const QString c = code.trimmed();
    for (KeyState s : kAllKeyStates)
        if (c.compare(keyStateCode(s), Qt::CaseInsensitive) == 0)
            return s;
    if (c.compare(QLatin1String("revoked"), Qt::CaseInsensitive) == 0)
        return fail(ErrorCode::PolicyRefused,
                    policy::tr("there is no Revoked key state: SMETS1 DLMS devices cannot revoke "
                               "symmetric keys (CKMP (d)(vii)); re-key the device instead"));
    if (c.compare(QLatin1String("destroyed"), Qt::CaseInsensitive) == 0)
        return fail(
            ErrorCode::PolicyRefused,
            policy::tr("there is no Destroyed key state: SMETS1 DLMS devices cannot destroy symmetric keys "
                       "(CKMP (d)(x)); re-key the device instead"));
    if (c.compare(QLatin1String("compromised"), Qt::CaseInsensitive) == 0)
        return fail(ErrorCode::InvalidInput,
                    policy::tr("Compromised is a flag set with a reference, not a key state"));
    return fail(ErrorCode::InvalidInput,
                policy::tr("expected a key state: migrated, generated, distributed, active or superseded"));
}

Status checkTransition(KeyState from, KeyState to) {
    const bool allowed = (from == KeyState::Migrated && to == KeyState::Superseded) ||
                         (from == KeyState::Generated && to == KeyState::Distributed) ||
                         (from == KeyState::Distributed && to == KeyState::Active) ||
                         (from == KeyState::Active && to == KeyState::Superseded);
    if (allowed)
        return {};
    return fail(ErrorCode::PolicyRefused,
                QCoreApplication::translate("symbolon::policy", "A key cannot go from %1 to %2: %3.")
                    .arg(keyStateName(from), keyStateName(to), whyRefused(from, to)));
}

} // namespace symbolon::policy
