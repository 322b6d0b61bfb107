#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace symbolon::dlms {

// Key check values. A KCV is always shown and journalled with its method, because the two
// methods give different bytes for the same key and an unlabelled KCV invites a false match.
enum class KcvMethod {
    Cmac5B, // AES-CMAC of a zero block, first 5 bytes (ANSI X9.24-1:2017, TR-31)
    Ecb3B,  // AES-ECB of a zero block, first 3 bytes (PKCS#11 CKA_CHECK_VALUE)
};

QString kcvMethodLabel(KcvMethod m); // "CMAC-5B", "ECB-3B"
std::optional<KcvMethod> parseKcvMethod(const QString& label);
int kcvLength(KcvMethod m); // 5, 3

// Software computation, used to check the KCV an HSM reports or a component's printed KCV.
[[nodiscard]] Result<QByteArray> computeKcv(const SecureBytes& key, KcvMethod method);
// Refuses with ErrorCode::Crypto if the key's KCV is not `expected` (compared in constant time).
[[nodiscard]] Status checkKcv(const SecureBytes& key, KcvMethod method, const QByteArray& expected);
// "CMAC-5B 08793E25AB": the only form in which KCVs are shown or written.
QString formatKcv(KcvMethod method, const QByteArray& kcv);

} // namespace symbolon::dlms
