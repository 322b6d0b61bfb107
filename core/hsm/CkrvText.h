#pragma once

#include "common/Error.h"

#include <QString>

namespace symbolon::hsm {

// The single place where PKCS#11 return values get names and custodian-facing sentences.
QString ckrvName(unsigned long rv);     // "CKR_PIN_INCORRECT"
QString ckrvSentence(unsigned long rv); // "The PIN is not correct. ..."
// An Error for a failed call: code chosen from rv, message "<what>: <sentence> (CKR_…, 0x…)".
Error ckrvError(unsigned long rv, const QString& what);

} // namespace symbolon::hsm
