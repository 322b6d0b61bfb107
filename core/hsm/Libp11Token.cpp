#include "hsm/Libp11Token.h"

#include "hsm/CkrvText.h"

#include <libp11.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <QCoreApplication>

#include <cstring>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

// The CK_RV behind the last libp11 error, when there is one.
Error libp11Error(const QString& what) {
    unsigned long e = 0, last = 0;
    while ((e = ERR_get_error()) != 0)
        last = e;
    if (last && ERR_GET_LIB(last) == ERR_get_CKR_code())
        return ckrvError(ERR_GET_REASON(last), what);
    return fail(ErrorCode::Token, hsm::tr("%1 failed in libp11.").arg(what));
}

PKCS11_KEY* findKey(PKCS11_TOKEN* token, const QByteArray& id, bool privateKeys) {
    PKCS11_KEY* keys = nullptr;
    unsigned int n = 0;
    const int rc = privateKeys ? PKCS11_enumerate_keys(token, &keys, &n)
                               : PKCS11_enumerate_public_keys(token, &keys, &n);
    if (rc != 0)
        return nullptr;
    for (unsigned int i = 0; i < n; ++i)
        if (keys[i].id_len == static_cast<size_t>(id.size()) &&
            std::memcmp(keys[i].id, id.constData(), keys[i].id_len) == 0)
            return &keys[i];
    return nullptr;
}
} // namespace

Result<std::unique_ptr<Libp11Token>> Libp11Token::open(const QString& modulePath,
                                                       const QString& tokenSerial) {
    std::unique_ptr<Libp11Token> t(new Libp11Token());
    PKCS11_CTX* ctx = PKCS11_CTX_new();
    if (!ctx)
        return fail(ErrorCode::Internal, hsm::tr("libp11 could not allocate a context."));
    t->m_ctx = ctx;
    if (PKCS11_CTX_load(ctx, modulePath.toLocal8Bit().constData()) != 0)
        return libp11Error(hsm::tr("Loading %1 through libp11").arg(modulePath));
    PKCS11_SLOT* slots = nullptr;
    unsigned int n = 0;
    if (PKCS11_enumerate_slots(ctx, &slots, &n) != 0)
        return libp11Error(hsm::tr("Listing slots through libp11"));
    t->m_slots = slots;
    t->m_slotCount = n;
    for (unsigned int i = 0; i < n; ++i)
        if (slots[i].token && slots[i].token->initialized &&
            QString::fromUtf8(slots[i].token->serialnr).trimmed() == tokenSerial)
            t->m_slot = &slots[i];
    if (!t->m_slot)
        return fail(ErrorCode::NotFound, hsm::tr("libp11 sees no token with serial %1.").arg(tokenSerial));
    // Read-only, and never changed: a change of rw mode makes libp11 close every session.
    if (PKCS11_open_session(static_cast<PKCS11_SLOT*>(t->m_slot), 0) != 0)
        return libp11Error(hsm::tr("Opening libp11's session"));
    return t;
}

Libp11Token::~Libp11Token() {
    // Deliberately nothing: PKCS11_release_all_slots would C_CloseAllSessions (killing raw
    // sessions and logging the token out) and PKCS11_CTX_unload would C_Finalize the module.
}

Result<void*> Libp11Token::privateKey(const QByteArray& id) const {
    auto* slot = static_cast<PKCS11_SLOT*>(m_slot);
    // The public-key twin first: PKCS11_get_public_key (also reached internally) crashes without it.
    if (!findKey(slot->token, id, false))
        return fail(ErrorCode::NotFound,
                    hsm::tr("The token has no public key with id %1 beside the private key: "
                            "libp11 cannot use the key safely.")
                        .arg(QString::fromLatin1(id.toHex())));
    PKCS11_KEY* key = findKey(slot->token, id, true);
    if (!key)
        return fail(ErrorCode::NotFound,
                    hsm::tr("libp11 finds no private key with id %1 (log in to the token first).")
                        .arg(QString::fromLatin1(id.toHex())));
    EVP_PKEY* pkey = PKCS11_get_private_key(key);
    if (!pkey)
        return libp11Error(hsm::tr("Getting the private key through libp11"));
    return static_cast<void*>(pkey);
}

Result<QByteArray> Libp11Token::signSha256(const QByteArray& id, const QByteArray& data) const {
    auto k = privateKey(id);
    if (!k)
        return k.error();
    auto* pkey = static_cast<EVP_PKEY*>(*k);
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    QByteArray sig;
    size_t len = 0;
    bool ok = md && EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, pkey) == 1 &&
              EVP_DigestSign(md, nullptr, &len, reinterpret_cast<const unsigned char*>(data.constData()),
                             static_cast<size_t>(data.size())) == 1;
    if (ok) {
        sig.resize(static_cast<qsizetype>(len));
        ok = EVP_DigestSign(md, reinterpret_cast<unsigned char*>(sig.data()), &len,
                            reinterpret_cast<const unsigned char*>(data.constData()),
                            static_cast<size_t>(data.size())) == 1;
        sig.resize(static_cast<qsizetype>(len));
    }
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pkey);
    if (!ok)
        return libp11Error(hsm::tr("Signing through libp11"));
    return sig;
}

} // namespace symbolon::hsm
