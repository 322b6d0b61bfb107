#include "dlms/AesCmac.h"

#include "dlms/OpenSslCtx.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include <QCoreApplication>

namespace symbolon::dlms {

Result<QByteArray> aesCmac(const SecureBytes& key, const QByteArray& message) {
    const char* cipher = key.size() == 16   ? "AES-128-CBC"
                         : key.size() == 24 ? "AES-192-CBC"
                         : key.size() == 32 ? "AES-256-CBC"
                                            : nullptr;
    if (!cipher)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::dlms", "The AES key must be 16, 24 or 32 bytes."));
    using Mac = std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)>;
    using MacCtx = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;
    Mac mac(EVP_MAC_fetch(nullptr, "CMAC", nullptr), EVP_MAC_free);
    MacCtx ctx(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr, EVP_MAC_CTX_free);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_CIPHER, const_cast<char*>(cipher), 0),
        OSSL_PARAM_construct_end()};
    QByteArray out(16, '\0');
    std::size_t outLen = 0;
    if (!ctx || EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1 ||
        EVP_MAC_update(ctx.get(), bytes(message), static_cast<std::size_t>(message.size())) != 1 ||
        EVP_MAC_final(ctx.get(), bytes(out), &outLen, static_cast<std::size_t>(out.size())) != 1 ||
        outLen != 16)
        return fail(ErrorCode::Crypto,
                    QCoreApplication::translate("symbolon::dlms", "AES-CMAC failed in OpenSSL."));
    return out;
}

} // namespace symbolon::dlms
