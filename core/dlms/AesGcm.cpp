#include "dlms/AesGcm.h"

#include "dlms/OpenSslCtx.h"

#include <QCoreApplication>

namespace symbolon::dlms {

namespace {
constexpr int kIvLength = 12;
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::dlms", s);
}

const EVP_CIPHER* gcmCipher(std::size_t keySize) {
    switch (keySize) {
    case 16:
        return EVP_aes_128_gcm();
    case 24:
        return EVP_aes_192_gcm();
    case 32:
        return EVP_aes_256_gcm();
    default:
        return nullptr;
    }
}

Status checkParams(const SecureBytes& key, const QByteArray& iv) {
    if (!gcmCipher(key.size()))
        return fail(ErrorCode::InvalidInput, dlms::tr("The AES-GCM key must be 16, 24 or 32 bytes."));
    if (iv.size() != kIvLength)
        return fail(ErrorCode::InvalidInput, dlms::tr("The AES-GCM initialisation vector must be 12 bytes."));
    return {};
}

// The counter-mode pass shared by the three entry points; AAD is fed first when there is any.
bool gcmPass(EVP_CIPHER_CTX* ctx, bool encrypt, const SecureBytes& key, const QByteArray& iv,
             const QByteArray& aad, const QByteArray& in, QByteArray& out) {
    int len = 0;
    out = QByteArray(in.size(), '\0');
    if (EVP_CipherInit_ex(ctx, gcmCipher(key.size()), nullptr, key.data(), bytes(iv), encrypt ? 1 : 0) != 1)
        return false;
    if (!aad.isEmpty() && EVP_CipherUpdate(ctx, nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1)
        return false;
    if (!in.isEmpty() && EVP_CipherUpdate(ctx, bytes(out), &len, bytes(in), static_cast<int>(in.size())) != 1)
        return false;
    return true;
}
} // namespace

Result<GcmSealed> aesGcmEncrypt(const SecureBytes& key, const QByteArray& iv, const QByteArray& aad,
                                const QByteArray& plaintext, int tagLength) {
    if (Status s = checkParams(key, iv); !s)
        return s.error();
    if (tagLength < 12 || tagLength > 16)
        return fail(ErrorCode::InvalidInput, dlms::tr("The AES-GCM tag length must be 12 to 16 bytes."));
    CipherCtx ctx = newCipherCtx();
    GcmSealed sealed;
    QByteArray fullTag(16, '\0');
    int fin = 0;
    if (!ctx || !gcmPass(ctx.get(), true, key, iv, aad, plaintext, sealed.ciphertext) ||
        EVP_EncryptFinal_ex(ctx.get(), nullptr, &fin) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, fullTag.data()) != 1)
        return fail(ErrorCode::Crypto, dlms::tr("AES-GCM encryption failed in OpenSSL."));
    sealed.tag = fullTag.left(tagLength);
    return sealed;
}

Result<QByteArray> aesGcmDecrypt(const SecureBytes& key, const QByteArray& iv, const QByteArray& aad,
                                 const QByteArray& ciphertext, const QByteArray& tag) {
    if (Status s = checkParams(key, iv); !s)
        return s.error();
    if (tag.size() < 12 || tag.size() > 16)
        return fail(ErrorCode::InvalidInput, dlms::tr("The AES-GCM tag must be 12 to 16 bytes."));
    CipherCtx ctx = newCipherCtx();
    QByteArray plaintext;
    if (!ctx || !gcmPass(ctx.get(), false, key, iv, aad, ciphertext, plaintext))
        return fail(ErrorCode::Crypto, dlms::tr("AES-GCM decryption failed in OpenSSL."));
    QByteArray expected = tag;
    int fin = 0;
    // OpenSSL compares the tag in constant time, over the given (possibly truncated) length.
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(expected.size()),
                            expected.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), nullptr, &fin) != 1) {
        plaintext.fill('\0');
        return fail(ErrorCode::Crypto,
                    dlms::tr("The authentication tag does not verify: the data was altered, or the "
                             "key, system title or invocation counter is wrong."));
    }
    return plaintext;
}

Result<QByteArray> aesGcmKeystreamXor(const SecureBytes& key, const QByteArray& iv, const QByteArray& data) {
    if (Status s = checkParams(key, iv); !s)
        return s.error();
    CipherCtx ctx = newCipherCtx();
    QByteArray out;
    // Encrypt direction in both cases: with no tag to compute or check, GCM is plain CTR.
    if (!ctx || !gcmPass(ctx.get(), true, key, iv, QByteArray(), data, out))
        return fail(ErrorCode::Crypto, dlms::tr("AES-GCM encryption failed in OpenSSL."));
    return out;
}

} // namespace symbolon::dlms
