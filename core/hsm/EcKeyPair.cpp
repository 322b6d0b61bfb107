#include "hsm/EcKeyPair.h"

#include "hsm/CkrvText.h"
#include "hsm/P11.h"
#include "hsm/Session.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ecdsa.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QCryptographicHash>

#include <memory>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}
CK_FUNCTION_LIST_PTR fl(const Session& s) {
    return static_cast<CK_FUNCTION_LIST_PTR>(const_cast<void*>(s.functionList()));
}
// DER of OID 1.2.840.10045.3.1.7 (prime256v1), the CKA_EC_PARAMS value for P-256.
const unsigned char kP256Oid[] = {0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07};

// CKA_EC_POINT is a DER OCTET STRING around the uncompressed point.
QByteArray unwrapOctetString(const QByteArray& der) {
    if (der.size() == 67 && static_cast<unsigned char>(der[0]) == 0x04 && der[1] == 65)
        return der.mid(2);
    if (der.size() == 65 && der[0] == 0x04)
        return der;
    return {};
}
} // namespace

QByteArray p256SpkiFromPoint(const QByteArray& point) {
    if (point.size() != 65)
        return {};
    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> bld(OSSL_PARAM_BLD_new(),
                                                                        OSSL_PARAM_BLD_free);
    OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                     static_cast<size_t>(point.size()));
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(bld.get());
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY* pkey = nullptr;
    QByteArray out;
    if (ctx && EVP_PKEY_fromdata_init(ctx.get()) == 1 &&
        EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params) == 1) {
        unsigned char* der = nullptr;
        const int len = i2d_PUBKEY(pkey, &der);
        if (len > 0) {
            out = QByteArray(reinterpret_cast<const char*>(der), len);
            OPENSSL_free(der);
        }
    }
    EVP_PKEY_free(pkey);
    OSSL_PARAM_free(params);
    return out;
}

QByteArray p256PointFromSpki(const QByteArray& spki) {
    const auto* p = reinterpret_cast<const unsigned char*>(spki.constData());
    EVP_PKEY* pkey = d2i_PUBKEY(nullptr, &p, spki.size());
    if (!pkey)
        return {};
    unsigned char buf[65];
    size_t len = 0;
    QByteArray out;
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, buf, sizeof buf, &len) == 1 &&
        len == 65)
        out = QByteArray(reinterpret_cast<const char*>(buf), 65);
    EVP_PKEY_free(pkey);
    return out;
}

bool verifyEcdsaSha256(const QByteArray& spki, const QByteArray& data, const QByteArray& derSignature) {
    const auto* p = reinterpret_cast<const unsigned char*>(spki.constData());
    EVP_PKEY* pkey = d2i_PUBKEY(nullptr, &p, spki.size());
    if (!pkey)
        return false;
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    bool ok = md && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pkey) == 1 &&
              EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(derSignature.constData()),
                               static_cast<size_t>(derSignature.size()),
                               reinterpret_cast<const unsigned char*>(data.constData()),
                               static_cast<size_t>(data.size())) == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pkey);
    return ok;
}

Result<EcKeyPair> EcKeyPair::generate(Session& session, const QString& label, const QByteArray& id) {
    const QByteArray labelBytes = label.toUtf8();
    CK_MECHANISM mech{CKM_EC_KEY_PAIR_GEN, nullptr, 0};
    CK_OBJECT_CLASS pubClass = CKO_PUBLIC_KEY, privClass = CKO_PRIVATE_KEY;
    CK_KEY_TYPE keyType = CKK_EC;
    using p11::attr;
    CK_ATTRIBUTE pubT[] = {
        attr(CKA_CLASS, pubClass),
        attr(CKA_KEY_TYPE, keyType),
        attr(CKA_TOKEN, p11::kTrue),
        attr(CKA_PRIVATE, p11::kFalse),
        attr(CKA_VERIFY, p11::kTrue),
        attr(CKA_ENCRYPT, p11::kFalse),
        attr(CKA_WRAP, p11::kFalse),
        attr(CKA_DERIVE, p11::kFalse),
        attr(CKA_EC_PARAMS, kP256Oid, sizeof kP256Oid),
        attr(CKA_LABEL, labelBytes.constData(), static_cast<CK_ULONG>(labelBytes.size())),
        attr(CKA_ID, id.constData(), static_cast<CK_ULONG>(id.size())),
    };
    CK_ATTRIBUTE privT[] = {
        attr(CKA_CLASS, privClass),
        attr(CKA_KEY_TYPE, keyType),
        attr(CKA_TOKEN, p11::kTrue),
        attr(CKA_PRIVATE, p11::kTrue),
        attr(CKA_SENSITIVE, p11::kTrue),
        attr(CKA_EXTRACTABLE, p11::kFalse),
        attr(CKA_SIGN, p11::kTrue),
        attr(CKA_DERIVE, p11::kTrue),
        attr(CKA_DECRYPT, p11::kFalse),
        attr(CKA_UNWRAP, p11::kFalse),
        attr(CKA_LABEL, labelBytes.constData(), static_cast<CK_ULONG>(labelBytes.size())),
        attr(CKA_ID, id.constData(), static_cast<CK_ULONG>(id.size())),
    };
    CK_OBJECT_HANDLE pub = 0, priv = 0;
    const CK_RV rv = fl(session)->C_GenerateKeyPair(session.handle(), &mech, pubT, std::size(pubT), privT,
                                                    std::size(privT), &pub, &priv);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Generating an EC P-256 key pair on the token"));
    auto made = find(session, id);
    if (!made) { // a pair that cannot be read back is not left on the token
        (void)session.destroyObject(priv);
        (void)session.destroyObject(pub);
    }
    return made;
}

namespace {
// The private and public key objects with this id (the private ones visible after login only).
Result<std::pair<QVector<unsigned long>, QVector<unsigned long>>> halves(Session& session,
                                                                         const QByteArray& id) {
    auto privs = session.findObjects(CKO_PRIVATE_KEY, id);
    if (!privs)
        return privs.error();
    auto pubs = session.findObjects(CKO_PUBLIC_KEY, id);
    if (!pubs)
        return pubs.error();
    return std::pair{*privs, *pubs};
}
} // namespace

Result<EcKeyPair> EcKeyPair::find(Session& session, const QByteArray& id) {
    auto found = halves(session, id);
    if (!found)
        return found.error();
    const auto* privs = &found->first;
    const auto* pubs = &found->second;
    // Before login the private half is invisible (CKA_PRIVATE): enrolment needs only the public one.
    if (privs->size() > 1 || pubs->size() != 1)
        return fail(
            ErrorCode::NotFound,
            hsm::tr("The token does not hold exactly one key pair with id %1 (found %2 private, %3 public).")
                .arg(QString::fromLatin1(id.toHex()))
                .arg(privs->size())
                .arg(pubs->size()));
    auto point = session.attribute(pubs->front(), CKA_EC_POINT);
    if (!point)
        return point.error();
    EcKeyPair kp;
    kp.m_id = id;
    kp.m_private = privs->isEmpty() ? 0 : privs->front();
    kp.m_public = pubs->front();
    kp.m_spki = p256SpkiFromPoint(unwrapOctetString(*point));
    if (kp.m_spki.isEmpty())
        return fail(
            ErrorCode::Token,
            hsm::tr("The key pair with id %1 is not an EC P-256 key.").arg(QString::fromLatin1(id.toHex())));
    return kp;
}

Result<bool> EcKeyPair::exists(Session& session, const QByteArray& id) {
    auto found = halves(session, id);
    if (!found)
        return found.error();
    return !found->first.isEmpty() || !found->second.isEmpty();
}

QString EcKeyPair::fingerprint() const {
    return QString::fromLatin1(QCryptographicHash::hash(m_spki, QCryptographicHash::Sha256).toHex());
}

Result<SecureBytes> EcKeyPair::deriveShared(Session& session, const QByteArray& peerPoint) const {
    if (!m_private)
        return fail(ErrorCode::NotFound,
                    hsm::tr("The card's private key is not visible: log in to the card first."));
    CK_ECDH1_DERIVE_PARAMS params{};
    params.kdf = CKD_NULL;
    params.pPublicData = reinterpret_cast<CK_BYTE_PTR>(const_cast<char*>(peerPoint.constData()));
    params.ulPublicDataLen = static_cast<CK_ULONG>(peerPoint.size());
    CK_MECHANISM mech{CKM_ECDH1_DERIVE, &params, sizeof params};
    CK_OBJECT_CLASS cls = CKO_SECRET_KEY;
    CK_KEY_TYPE kt = CKK_GENERIC_SECRET;
    CK_ULONG len = 32;
    using p11::attr;
    // A session object, readable once: the shared secret is only the input of HKDF (keyslot).
    CK_ATTRIBUTE tmpl[] = {
        attr(CKA_CLASS, cls),
        attr(CKA_KEY_TYPE, kt),
        attr(CKA_VALUE_LEN, len),
        attr(CKA_TOKEN, p11::kFalse),
        attr(CKA_PRIVATE, p11::kTrue),
        attr(CKA_SENSITIVE, p11::kFalse),
        attr(CKA_EXTRACTABLE, p11::kTrue),
        attr(CKA_ENCRYPT, p11::kFalse),
        attr(CKA_DECRYPT, p11::kFalse),
        attr(CKA_WRAP, p11::kFalse),
        attr(CKA_UNWRAP, p11::kFalse),
        attr(CKA_SIGN, p11::kFalse),
        attr(CKA_VERIFY, p11::kFalse),
        attr(CKA_DERIVE, p11::kFalse),
    };
    CK_OBJECT_HANDLE secret = 0;
    CK_RV rv = fl(session)->C_DeriveKey(session.handle(), &mech, m_private, tmpl, std::size(tmpl), &secret);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Deriving the keyslot secret on the card (ECDH)"));
    SecureBytes out(32);
    CK_ATTRIBUTE value{CKA_VALUE, out.data(), 32};
    rv = fl(session)->C_GetAttributeValue(session.handle(), secret, &value, 1);
    (void)fl(session)->C_DestroyObject(session.handle(), secret);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Reading the derived keyslot secret"));
    if (value.ulValueLen != 32)
        return fail(ErrorCode::Token, hsm::tr("The card derived a secret of unexpected length."));
    return out;
}

Result<QByteArray> EcKeyPair::sign(Session& session, const QByteArray& data) const {
    if (!m_private)
        return fail(ErrorCode::NotFound,
                    hsm::tr("The private key is not visible: log in to the token first."));
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()),
           digest);
    CK_MECHANISM mech{CKM_ECDSA, nullptr, 0};
    CK_RV rv = fl(session)->C_SignInit(session.handle(), &mech, m_private);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Starting a signature on the token"));
    unsigned char raw[64];
    CK_ULONG rawLen = sizeof raw;
    rv = fl(session)->C_Sign(session.handle(), digest, sizeof digest, raw, &rawLen);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Signing on the token"));
    if (rawLen != 64)
        return fail(ErrorCode::Token, hsm::tr("The token returned an ECDSA signature of unexpected length."));
    // PKCS#11 gives r ‖ s; OpenSSL and every verifier want DER.
    ECDSA_SIG* sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(raw, 32, nullptr), BN_bin2bn(raw + 32, 32, nullptr));
    unsigned char* der = nullptr;
    const int len = i2d_ECDSA_SIG(sig, &der);
    QByteArray out;
    if (len > 0)
        out = QByteArray(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    if (out.isEmpty())
        return fail(ErrorCode::Crypto, hsm::tr("Encoding the signature failed."));
    return out;
}

Status EcKeyPair::destroy(Session& session) const {
    if (auto s = session.destroyObject(m_private); !s)
        return s;
    return session.destroyObject(m_public);
}

} // namespace symbolon::hsm
