#pragma once

#include <openssl/evp.h>

#include <QByteArray>

#include <cstddef>
#include <memory>

namespace symbolon::dlms {

// Shared plumbing for the software crypto in this folder. Private to core/dlms (included only
// from .cpp files), so that OpenSSL stays a PRIVATE dependency of symbolon_core.
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

inline CipherCtx newCipherCtx() {
    return CipherCtx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
}

inline const unsigned char* bytes(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}
inline unsigned char* bytes(QByteArray& b) {
    return reinterpret_cast<unsigned char*>(b.data());
}

// AES by key length; nullptr for any other length.
inline const EVP_CIPHER* aesEcb(std::size_t keySize) {
    switch (keySize) {
    case 16:
        return EVP_aes_128_ecb();
    case 24:
        return EVP_aes_192_ecb();
    case 32:
        return EVP_aes_256_ecb();
    default:
        return nullptr;
    }
}

} // namespace symbolon::dlms
