#include "dlms/AesBlock.h"

#include "dlms/OpenSslCtx.h"

#include <QCoreApplication>

namespace symbolon::dlms {

namespace {
constexpr int kBlock = 16;
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::dlms", s);
}

// Raw one-block ECB; padding off because the input is always exactly one block.
bool ecbOneBlock(bool encrypt, const SecureBytes& key, const unsigned char* in, unsigned char* out) {
    CipherCtx ctx = newCipherCtx();
    int len = 0, fin = 0;
    return ctx &&
           EVP_CipherInit_ex(ctx.get(), aesEcb(key.size()), nullptr, key.data(), nullptr, encrypt ? 1 : 0) ==
               1 &&
           EVP_CIPHER_CTX_set_padding(ctx.get(), 0) == 1 &&
           EVP_CipherUpdate(ctx.get(), out, &len, in, kBlock) == 1 &&
           EVP_CipherFinal_ex(ctx.get(), out + len, &fin) == 1 && len + fin == kBlock;
}
} // namespace

Result<QByteArray> aesBlockEncrypt(const SecureBytes& key, const SecureBytes& block) {
    if (!aesEcb(key.size()))
        return fail(ErrorCode::InvalidInput, dlms::tr("The AES key must be 16, 24 or 32 bytes."));
    if (block.size() != kBlock)
        return fail(ErrorCode::InvalidInput, dlms::tr("AES-ECB packaging takes exactly one 16-byte block."));
    QByteArray out(kBlock, '\0');
    if (!ecbOneBlock(true, key, block.data(), bytes(out)))
        return fail(ErrorCode::Crypto, dlms::tr("AES encryption failed in OpenSSL."));
    return out;
}

Result<SecureBytes> aesBlockDecrypt(const SecureBytes& key, const QByteArray& block) {
    if (!aesEcb(key.size()))
        return fail(ErrorCode::InvalidInput, dlms::tr("The AES key must be 16, 24 or 32 bytes."));
    if (block.size() != kBlock)
        return fail(ErrorCode::InvalidInput, dlms::tr("An AES-ECB package is exactly one 16-byte block."));
    SecureBytes out(kBlock);
    if (!ecbOneBlock(false, key, bytes(block), out.data()))
        return fail(ErrorCode::Crypto, dlms::tr("AES decryption failed in OpenSSL."));
    return out;
}

} // namespace symbolon::dlms
