#include "dlms/Rfc5649.h"

#include "dlms/OpenSslCtx.h"

#include <QCoreApplication>

namespace symbolon::dlms {

namespace {
const EVP_CIPHER* wrapPadCipher(std::size_t kekSize) {
    switch (kekSize) {
    case 16:
        return EVP_aes_128_wrap_pad();
    case 24:
        return EVP_aes_192_wrap_pad();
    case 32:
        return EVP_aes_256_wrap_pad();
    default:
        return nullptr;
    }
}
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::dlms", s);
}
// OpenSSL caps one wrap at 2^31 bytes; key data is never near that, so refuse early and clearly.
constexpr std::size_t kMaxKeyData = 64 * 1024;
} // namespace

Result<QByteArray> rfc5649Wrap(const SecureBytes& kek, const SecureBytes& keyData) {
    const EVP_CIPHER* cipher = wrapPadCipher(kek.size());
    if (!cipher)
        return fail(ErrorCode::InvalidInput, dlms::tr("The wrapping key must be 16, 24 or 32 bytes."));
    if (keyData.empty() || keyData.size() > kMaxKeyData)
        return fail(ErrorCode::InvalidInput,
                    dlms::tr("RFC 5649 wraps between 1 byte and 64 KiB of key data."));
    CipherCtx ctx = newCipherCtx();
    QByteArray out(static_cast<qsizetype>((keyData.size() + 7) / 8 * 8 + 8), '\0');
    int len = 0, fin = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, kek.data(), nullptr) != 1 ||
        EVP_EncryptUpdate(ctx.get(), bytes(out), &len, keyData.data(), static_cast<int>(keyData.size())) !=
            1 ||
        EVP_EncryptFinal_ex(ctx.get(), bytes(out) + len, &fin) != 1)
        return fail(ErrorCode::Crypto, dlms::tr("AES key wrap with padding failed in OpenSSL."));
    out.resize(len + fin);
    return out;
}

Result<SecureBytes> rfc5649Unwrap(const SecureBytes& kek, const QByteArray& wrapped) {
    const EVP_CIPHER* cipher = wrapPadCipher(kek.size());
    if (!cipher)
        return fail(ErrorCode::InvalidInput, dlms::tr("The wrapping key must be 16, 24 or 32 bytes."));
    if (wrapped.size() < 16 || wrapped.size() % 8 != 0 ||
        static_cast<std::size_t>(wrapped.size()) > kMaxKeyData + 8)
        return fail(ErrorCode::InvalidInput,
                    dlms::tr("A key wrapped with padding is a multiple of 8 bytes, at least 16."));
    CipherCtx ctx = newCipherCtx();
    SecureBytes out(static_cast<std::size_t>(wrapped.size()));
    int len = 0, fin = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, kek.data(), nullptr) != 1 ||
        EVP_DecryptUpdate(ctx.get(), out.data(), &len, bytes(wrapped), static_cast<int>(wrapped.size())) !=
            1 ||
        EVP_DecryptFinal_ex(ctx.get(), out.data() + len, &fin) != 1)
        return fail(ErrorCode::Crypto,
                    dlms::tr("The wrapped key failed its integrity check: wrong wrapping key, or the "
                             "data was altered."));
    out.resize(static_cast<std::size_t>(len + fin));
    return out;
}

} // namespace symbolon::dlms
