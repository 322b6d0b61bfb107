#include "dlms/Kcv.h"

#include "dlms/AesBlock.h"
#include "dlms/AesCmac.h"

#include <openssl/crypto.h>

#include <QCoreApplication>

namespace symbolon::dlms {

QString kcvMethodLabel(KcvMethod m) {
    return m == KcvMethod::Cmac5B ? QStringLiteral("CMAC-5B") : QStringLiteral("ECB-3B");
}

std::optional<KcvMethod> parseKcvMethod(const QString& label) {
    for (KcvMethod m : {KcvMethod::Cmac5B, KcvMethod::Ecb3B})
        if (label.trimmed().compare(kcvMethodLabel(m), Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

int kcvLength(KcvMethod m) {
    return m == KcvMethod::Cmac5B ? 5 : 3;
}

Result<QByteArray> computeKcv(const SecureBytes& key, KcvMethod method) {
    if (method == KcvMethod::Cmac5B) {
        Result<QByteArray> mac = aesCmac(key, QByteArray(16, '\0'));
        if (!mac)
            return mac.error();
        return mac->left(kcvLength(method));
    }
    Result<QByteArray> block = aesBlockEncrypt(key, SecureBytes(16));
    if (!block)
        return block.error();
    return block->left(kcvLength(method));
}

Status checkKcv(const SecureBytes& key, KcvMethod method, const QByteArray& expected) {
    Result<QByteArray> kcv = computeKcv(key, method);
    if (!kcv)
        return kcv.error();
    if (expected.size() != kcv->size() ||
        CRYPTO_memcmp(expected.constData(), kcv->constData(), expected.size()) != 0)
        return fail(ErrorCode::Crypto,
                    QCoreApplication::translate(
                        "symbolon::dlms", "The key check value does not match: expected %1, the key gives "
                                          "%2. The key or component was mistyped or is not the one "
                                          "intended.")
                        .arg(formatKcv(method, expected), formatKcv(method, *kcv)));
    return {};
}

QString formatKcv(KcvMethod method, const QByteArray& kcv) {
    return kcvMethodLabel(method) + QLatin1Char(' ') + QString::fromLatin1(kcv.toHex().toUpper());
}

} // namespace symbolon::dlms
