#pragma once
// The raw floor of the re-key: per device the PKCS#11 calls the engine makes, straight on the
// function list (no Symbolon layers, no database). Shared by bench_rekey and
// bench_session_scaling.
#include "hsm/P11.h"
#include "hsm/SecretKey.h"

#include <QByteArray>

#include <openssl/crypto.h>

namespace symbolon::bench {

struct RawKeys {
    CK_OBJECT_HANDLE dco = 0, shared = 0;
};

// One device, raw: returns false on any CK_RV other than CKR_OK.
inline bool rawDevice(CK_FUNCTION_LIST_PTR f, CK_SESSION_HANDLE s, const RawKeys& k,
                      const QByteArray& mkPackage, const hsm::SecretKeyAttributes& mkAttrs,
                      const hsm::SecretKeyAttributes& keyAttrs) {
    CK_MECHANISM ecb{CKM_AES_ECB, nullptr, 0};
    CK_BYTE clear[16];
    CK_ULONG len = 16;
    if (f->C_DecryptInit(s, &ecb, k.dco) != CKR_OK ||
        f->C_Decrypt(s, reinterpret_cast<CK_BYTE_PTR>(const_cast<char*>(mkPackage.constData())), 16, clear,
                     &len) != CKR_OK)
        return false;
    hsm::p11::SecretKeyTemplate mkT(mkAttrs, QString(), QByteArray(),
                                    hsm::p11::SecretKeyTemplate::Purpose::Create, clear, 16);
    CK_OBJECT_HANDLE mk = 0;
    const CK_RV created = f->C_CreateObject(s, mkT.data(), mkT.size(), &mk);
    OPENSSL_cleanse(clear, sizeof clear);
    if (created != CKR_OK)
        return false;
    CK_MECHANISM cmac{CKM_AES_CMAC, nullptr, 0};
    CK_BYTE zero[16] = {}, mac[16];
    CK_ULONG macLen = 16;
    bool ok = f->C_SignInit(s, &cmac, mk) == CKR_OK && f->C_Sign(s, zero, 16, mac, &macLen) == CKR_OK;
    CK_MECHANISM gen{CKM_AES_KEY_GEN, nullptr, 0};
    CK_MECHANISM kw{CKM_AES_KEY_WRAP, nullptr, 0};
    CK_BYTE iv[16] = {};
    CK_MECHANISM cbc{CKM_AES_CBC, iv, 16};
    for (int i = 0; ok && i < 8; ++i) {
        hsm::p11::SecretKeyTemplate t(keyAttrs, QString(), QByteArray(),
                                      hsm::p11::SecretKeyTemplate::Purpose::Generate);
        CK_OBJECT_HANDLE key = 0;
        ok = f->C_GenerateKey(s, &gen, t.data(), t.size(), &key) == CKR_OK;
        CK_BYTE wrapped[40], pkg[32];
        CK_ULONG wl = sizeof wrapped, pl = sizeof pkg;
        ok = ok && f->C_WrapKey(s, &kw, mk, key, wrapped, &wl) == CKR_OK;
        ok = ok && f->C_WrapKey(s, &cbc, i % 2 ? k.shared : k.dco, key, pkg, &pl) == CKR_OK;
        macLen = 16;
        ok = ok && f->C_SignInit(s, &cmac, key) == CKR_OK && f->C_Sign(s, zero, 16, mac, &macLen) == CKR_OK;
        if (key)
            f->C_DestroyObject(s, key);
    }
    f->C_DestroyObject(s, mk);
    return ok;
}

} // namespace symbolon::bench
