#include "workspace/Keyslot.h"

#include "hsm/EcKeyPair.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <memory>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

void putField(QByteArray& out, const QByteArray& field) {
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(field.size()), len);
    out.append(len, 4);
    out.append(field);
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
        return fail(ErrorCode::Crypto, workspace::tr("Deriving the keyslot key failed (HKDF)."));
    return out;
}

QByteArray hkdfInfo(const Keyslot& k) {
    return QByteArray("symbolon-keyslot-v1") + k.metadata();
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
        return fail(ErrorCode::Crypto, workspace::tr("The card's public key is not a usable EC P-256 key."));
    return z;
}

QByteArray hexOf(const QByteArray& b) {
    return b.toHex();
}
} // namespace

QByteArray Keyslot::metadata() const {
    QByteArray out;
    putField(out, holder.toUtf8());
    putField(out, role.toUtf8());
    putField(out, tokenSerial.toUtf8());
    putField(out, keyId);
    putField(out, publicKey);
    return out;
}

QString Keyslot::fingerprint() const {
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

Result<Keyslot> Keyslot::create(const QString& holder, const QString& role, const QString& tokenLabel,
                                const QString& tokenSerial, const QByteArray& keyId,
                                const QByteArray& publicKeySpki, const SecureBytes& dbKey) {
    if (dbKey.size() != 32)
        return fail(ErrorCode::Internal, workspace::tr("The workspace key must be 32 bytes."));
    Keyslot k;
    k.holder = holder;
    k.role = role;
    k.tokenLabel = tokenLabel;
    k.tokenSerial = tokenSerial;
    k.keyId = keyId;
    k.publicKey = publicKeySpki;

    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> eph(EVP_EC_gen("prime256v1"), EVP_PKEY_free);
    if (!eph)
        return fail(ErrorCode::Crypto, workspace::tr("Generating the ephemeral keyslot key failed."));
    unsigned char point[65];
    size_t plen = 0;
    if (EVP_PKEY_get_octet_string_param(eph.get(), OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &plen) !=
            1 ||
        plen != 65)
        return fail(ErrorCode::Crypto, workspace::tr("Encoding the ephemeral keyslot key failed."));
    k.ephemeralPoint = QByteArray(reinterpret_cast<const char*>(point), 65);

    auto z = softwareEcdh(eph.get(), publicKeySpki);
    if (!z)
        return z.error();
    auto kek = hkdf(*z, k.ephemeralPoint, hkdfInfo(k));
    if (!kek)
        return kek.error();
    k.nonce = QByteArray(12, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(k.nonce.data()), 12) != 1)
        return fail(ErrorCode::Crypto, workspace::tr("The random generator failed."));

    const QByteArray aad = k.metadata();
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    QByteArray out(32 + 16, '\0');
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    int len = 0;
    if (!ctx ||
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, kek->data(),
                           reinterpret_cast<const unsigned char*>(k.nonce.constData())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_EncryptUpdate(ctx.get(), o, &len, dbKey.data(), 32) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), o + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, o + 32) != 1)
        return fail(ErrorCode::Crypto, workspace::tr("Wrapping the workspace key failed."));
    k.wrapped = out;
    return k;
}

Result<SecureBytes> Keyslot::open(hsm::Session& card, const hsm::EcKeyPair& key) const {
    if (key.publicKeyDer() != publicKey)
        return fail(ErrorCode::NotFound,
                    workspace::tr("This card's key is not the one this keyslot was made for."));
    auto z = key.deriveShared(card, ephemeralPoint);
    if (!z)
        return z.error();
    auto kek = hkdf(*z, ephemeralPoint, hkdfInfo(*this));
    if (!kek)
        return kek.error();
    if (wrapped.size() != 48 || nonce.size() != 12)
        return fail(ErrorCode::InvalidInput, workspace::tr("The keyslot of %1 is malformed.").arg(holder));
    const QByteArray aad = metadata();
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free);
    SecureBytes dbKey(32);
    int len = 0;
    const auto* w = reinterpret_cast<const unsigned char*>(wrapped.constData());
    if (!ctx ||
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, kek->data(),
                           reinterpret_cast<const unsigned char*>(nonce.constData())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), dbKey.data(), &len, w, 32) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, const_cast<unsigned char*>(w + 32)) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), dbKey.data() + len, &len) != 1)
        return fail(ErrorCode::Crypto,
                    workspace::tr("The keyslot of %1 does not open: it was altered (holder, role or card "
                                  "changed in keyslots.json) or damaged.")
                        .arg(holder));
    return dbKey;
}

QJsonObject Keyslot::toJson() const {
    return QJsonObject{
        {QStringLiteral("holder"), holder},
        {QStringLiteral("role"), role},
        {QStringLiteral("token_label"), tokenLabel},
        {QStringLiteral("token_serial"), tokenSerial},
        {QStringLiteral("key_id"), QString::fromLatin1(hexOf(keyId))},
        {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
        {QStringLiteral("ephemeral_point"), QString::fromLatin1(hexOf(ephemeralPoint))},
        {QStringLiteral("nonce"), QString::fromLatin1(hexOf(nonce))},
        {QStringLiteral("wrapped_key"), QString::fromLatin1(hexOf(wrapped))},
    };
}

Result<Keyslot> Keyslot::fromJson(const QJsonObject& o) {
    Keyslot k;
    k.holder = o.value(QStringLiteral("holder")).toString();
    k.role = o.value(QStringLiteral("role")).toString();
    k.tokenLabel = o.value(QStringLiteral("token_label")).toString();
    k.tokenSerial = o.value(QStringLiteral("token_serial")).toString();
    k.keyId = QByteArray::fromHex(o.value(QStringLiteral("key_id")).toString().toLatin1());
    k.publicKey = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
    k.ephemeralPoint = QByteArray::fromHex(o.value(QStringLiteral("ephemeral_point")).toString().toLatin1());
    k.nonce = QByteArray::fromHex(o.value(QStringLiteral("nonce")).toString().toLatin1());
    k.wrapped = QByteArray::fromHex(o.value(QStringLiteral("wrapped_key")).toString().toLatin1());
    if (k.holder.isEmpty() || k.role.isEmpty() || k.tokenSerial.isEmpty() || k.keyId.isEmpty() ||
        k.publicKey.isEmpty() || k.ephemeralPoint.size() != 65 || k.nonce.size() != 12 ||
        k.wrapped.size() != 48)
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr("A keyslot in keyslots.json is incomplete (holder \"%1\"): expected holder, role, "
                          "token_serial, "
                          "key_id, public_key, ephemeral_point (65 bytes), nonce (12 bytes) and wrapped_key "
                          "(48 bytes).")
                .arg(k.holder));
    return k;
}

} // namespace symbolon::workspace
