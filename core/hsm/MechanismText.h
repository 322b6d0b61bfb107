#pragma once

#include <QString>

#include <optional>

namespace symbolon::hsm {

// The single place where PKCS#11 mechanism types get names (like CkrvText for return values).
QString mechanismName(unsigned long mechanism); // "CKM_AES_KEY_WRAP", or "CKM_0x…" when unknown
std::optional<unsigned long> mechanismFromName(const QString& name);

} // namespace symbolon::hsm
