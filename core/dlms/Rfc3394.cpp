#include "dlms/Rfc3394.h"

#include <openssl/evp.h>

#include <QCoreApplication>

#include <memory>

namespace symbolon::dlms {

namespace {
const EVP_CIPHER* wrapCipher(std::size_t kekSize) {
    switch (kekSize) {
    case 16:
        return EVP_aes_128_wrap();
    case 24:
        return EVP_aes_192_wrap();
    case 32:
        return EVP_aes_256_wrap();
    default:
        return nullptr;
    }
}
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::dlms", s);
}
} // namespace

Result<QByteArray> rfc3394Wrap(const SecureBytes& kek, const SecureBytes& keyData) {
    const EVP_CIPHER* cipher = wrapCipher(kek.size());
    if (!cipher)
        return fail(ErrorCode::InvalidInput, dlms::tr("the wrapping key must be 16, 24 or 32 bytes"));
    if (keyData.size() < 16 || keyData.size() % 8 != 0)
        return fail(ErrorCode::InvalidInput,
                    dlms::tr("RFC 3394 wraps key data of a multiple of 8 bytes, at least 16"));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(static_cast<qsizetype>(keyData.size() + 8), '\0');
    int len = 0, fin = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, kek.data(), nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, keyData.data(),
                          static_cast<int>(keyData.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len, &fin) != 1)
        return fail(ErrorCode::Crypto, dlms::tr("AES key wrap failed in OpenSSL"));
    out.resize(len + fin);
    return out;
}

Result<SecureBytes> rfc3394Unwrap(const SecureBytes& kek, const QByteArray& wrapped) {
    const EVP_CIPHER* cipher = wrapCipher(kek.size());
    if (!cipher)
        return fail(ErrorCode::InvalidInput, dlms::tr("the wrapping key must be 16, 24 or 32 bytes"));
    if (wrapped.size() < 24 || wrapped.size() % 8 != 0)
        return fail(ErrorCode::InvalidInput,
                    dlms::tr("a wrapped key must be a multiple of 8 bytes, at least 24"));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    SecureBytes out(static_cast<std::size_t>(wrapped.size()));
    int len = 0, fin = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, kek.data(), nullptr) != 1 ||
        EVP_DecryptUpdate(ctx.get(), out.data(), &len,
                          reinterpret_cast<const unsigned char*>(wrapped.constData()),
                          static_cast<int>(wrapped.size())) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &fin) != 1)
        return fail(ErrorCode::Crypto,
                    dlms::tr("the wrapped key failed its integrity check: wrong wrapping key, or "
                             "the data was altered"));
    out.resize(static_cast<std::size_t>(len + fin));
    return out;
}

} // namespace symbolon::dlms
