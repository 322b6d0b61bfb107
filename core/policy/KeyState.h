#pragma once

#include "common/Result.h"

#include <QString>

namespace symbolon::policy {

// The life of one device key record (POLICY.md "Key states"). There is deliberately no Revoked
// and no Destroyed: CKMP (d)(vii) and (d)(x) say DLMS devices support neither; a key is
// re-generated and replaced instead, and the old record becomes Superseded (kept for audit).
// "Compromised" is not a state but a flag on any state (see Compromise.h).
enum class KeyState { Migrated = 0, Generated = 1, Distributed = 2, Active = 3, Superseded = 4 };

inline constexpr KeyState kAllKeyStates[] = {KeyState::Migrated, KeyState::Generated, KeyState::Distributed,
                                             KeyState::Active, KeyState::Superseded};

QString keyStateCode(KeyState s); // "migrated", "generated", ... (database and CSV form)
QString keyStateName(KeyState s); // "Migrated", "Generated", ... (for people)
// Case-insensitive code. "revoked" and "destroyed" are refused citing CKMP (d)(vii)/(d)(x).
[[nodiscard]] Result<KeyState> parseKeyState(const QString& code);

// The only transitions a key record may make:
//   Migrated    -> Superseded  (the key received at enrolment is replaced by a rotation)
//   Generated   -> Distributed (the instruction carrying it was issued to the DCO)
//   Distributed -> Active      (the device confirmed; CKMP (d)(iii): active immediately)
//   Active      -> Superseded  (replaced by a later rotation or re-key)
// Everything else is refused. In particular a Generated key is never superseded: an interrupted
// re-key resumes and distributes what it committed rather than generating a second set, and a
// Distributed key stays Distributed after a failed delivery (the device may hold it).
[[nodiscard]] Status checkTransition(KeyState from, KeyState to);

} // namespace symbolon::policy
