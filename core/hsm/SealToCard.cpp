#include "hsm/SealToCard.h"

#include "hsm/EcKeyPair.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <QCoreApplication>

#include <memory>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

Result<SecureBytes> hkdf(const SecureBytes& z, const QByteArray& salt, const QByteArray& info) {
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), EVP_PKEY_CTX_free);
    SecureBytes out(32);
    size_t len = 32;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), reinterpret_cast<const unsigned char*>(salt.constData()),
                                    static_cast<int>(salt.size())) != 1 ||
        EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), z.data(), static_cast<int>(z.size())) != 1 ||
        EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), reinterpret_cast<const unsigned char*>(info.constData()),
                                    static_cast<int>(info.size())) != 1 ||
        EVP_PKEY_derive(ctx.get(), out.data(), &len) != 1 || len != 32)
        return fail(ErrorCode::Crypto, hsm::tr("Deriving the sealing key failed (HKDF)."));
    return out;
}

// Software ECDH between an ephemeral private key and the card's public key.
Result<SecureBytes> softwareEcdh(EVP_PKEY* priv, const QByteArray& peerSpki) {
    const auto* p = reinterpret_cast<const unsigned char*>(peerSpki.constData());
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> peer(d2i_PUBKEY(nullptr, &p, peerSpki.size()),
                                                             EVP_PKEY_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(priv, nullptr),
                                                                    EVP_PKEY_CTX_free);
    SecureBytes z(32);
    size_t len = 32;
    if (!peer || !ctx || EVP_PKEY_derive_init(ctx.get()) != 1 ||
        EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(ctx.get(), z.data(), &len) != 1 || len != 32)
        return fail(ErrorCode::Crypto, hsm::tr("The card's public key is not a usable EC P-256 key."));
    return z;
}
} // namespace

Result<SealedToCard> sealToCard(const QByteArray& publicKeySpki, const SecureBytes& secret,
                                const QByteArray& label, const QByteArray& aad) {
    SealedToCard s;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> eph(EVP_EC_gen("prime256v1"), EVP_PKEY_free);
    if (!eph)
        return fail(ErrorCode::Crypto, hsm::tr("Generating the ephemeral sealing key failed."));
    unsigned char point[65];
    size_t plen = 0;
    if (EVP_PKEY_get_octet_string_param(eph.get(), OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &plen) !=
            1 ||
        plen != 65)
        return fail(ErrorCode::Crypto, hsm::tr("Encoding the ephemeral sealing key failed."));
    s.ephemeralPoint = QByteArray(reinterpret_cast<const char*>(point), 65);

    auto z = softwareEcdh(eph.get(), publicKeySpki);
    if (!z)
        return z.error();
    auto kek = hkdf(*z, s.ephemeralPoint, label + aad);
    if (!kek)
        return kek.error();
    s.nonce = QByteArray(12, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(s.nonce.data()), 12) != 1)
        return fail(ErrorCode::Crypto, hsm::tr("The random generator failed."));

    const int n = static_cast<int>(secret.size());
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    QByteArray out(n + 16, '\0');
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    int len = 0;
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, kek->data(),
                           reinterpret_cast<const unsigned char*>(s.nonce.constData())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), o, &len, secret.data(), n) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), o + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, o + n) != 1)
        return fail(ErrorCode::Crypto, hsm::tr("Sealing to the card's key failed (AES-GCM)."));
    s.sealed = out;
    return s;
}

Result<SecureBytes> openSealed(Session& card, const EcKeyPair& key, const SealedToCard& s,
                               const QByteArray& label, const QByteArray& aad) {
    if (s.ephemeralPoint.size() != 65 || s.nonce.size() != 12 || s.sealed.size() < 16)
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("The sealed value is malformed: expected a 65-byte point, a 12-byte nonce and a "
                            "ciphertext with its 16-byte tag."));
    // Checked in software before the card sees it: a point off the curve is never derived with.
    if (p256SpkiFromPoint(s.ephemeralPoint).isEmpty())
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("The sealed value's ephemeral key is not a point on P-256."));
    auto z = key.deriveShared(card, s.ephemeralPoint);
    if (!z)
        return z.error();
    auto kek = hkdf(*z, s.ephemeralPoint, label + aad);
    if (!kek)
        return kek.error();
    const int n = static_cast<int>(s.sealed.size()) - 16;
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    SecureBytes plain(static_cast<std::size_t>(n));
    int len = 0;
    const auto* w = reinterpret_cast<const unsigned char*>(s.sealed.constData());
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, kek->data(),
                           reinterpret_cast<const unsigned char*>(s.nonce.constData())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), plain.data(), &len, w, n) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, const_cast<unsigned char*>(w + n)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), plain.data() + len, &len) != 1)
        return fail(ErrorCode::Crypto, hsm::tr("The sealed value does not open with this card: it was "
                                               "altered, or sealed to another card."));
    return plain;
}

} // namespace symbolon::hsm
