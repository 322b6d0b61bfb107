#include "hsm/KeyWrap.h"

#include "hsm/CkrvText.h"
#include "hsm/P11.h"
#include "hsm/Session.h"
#include "policy/G2Classification.h"

#include <QCoreApplication>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

// After a failed C_UnwrapKey some modules leave an object behind (SoftHSM 2.6.1 does when the
// template is refused): destroy any object that carries the label we asked for but no handle.
void removeOrphans(Session& session, const QString& label, const QByteArray& id) {
    auto hits = session.findObjects(CKO_SECRET_KEY, id, label.toUtf8());
    if (!hits)
        return;
    for (unsigned long h : *hits)
        (void)session.destroyObject(h);
}
} // namespace

Result<QByteArray> KeyWrap::wrapRfc3394(Session& session, const Capabilities& caps, const SecretKey& kek,
                                        const SecretKey& key) {
    const PathDecision path = caps.decide(KeyOperation::Rfc3394Wrap);
    if (path.kind != PathKind::InModule)
        return fail(ErrorCode::Token,
                    hsm::tr("The token cannot wrap keys with RFC 3394 (CKM_AES_KEY_WRAP)."));
    CK_MECHANISM mech{CKM_AES_KEY_WRAP, nullptr, 0};
    unsigned char out[64];
    CK_ULONG len = sizeof out;
    const CK_RV rv = p11::functions(session.functionList())
                         ->C_WrapKey(session.handle(), &mech, kek.handle(), key.handle(), out, &len);
    if (rv != CKR_OK)
        return ckrvError(rv,
                         hsm::tr("Wrapping \"%1\" under \"%2\" (RFC 3394)").arg(key.label(), kek.label()));
    return QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(len));
}

Result<SecretKey> KeyWrap::unwrapRfc3394(Session& session, const Capabilities& caps, const SecretKey& kek,
                                         const QByteArray& wrapped, const SecretKeyAttributes& attributes,
                                         const QString& label, const QByteArray& id) {
    const PathDecision path = caps.decide(KeyOperation::Rfc3394Unwrap);
    if (path.kind != PathKind::InModule)
        return fail(ErrorCode::Token,
                    hsm::tr("The token cannot unwrap keys with RFC 3394 (CKM_AES_KEY_WRAP)."));
    if (wrapped.size() != 24)
        return fail(
            ErrorCode::InvalidInput,
            hsm::tr("An RFC 3394-wrapped AES-128 key is 24 bytes; %1 were given.").arg(wrapped.size()));
    p11::SecretKeyTemplate t(attributes, label, id, p11::SecretKeyTemplate::Purpose::Unwrap);
    CK_MECHANISM mech{CKM_AES_KEY_WRAP, nullptr, 0};
    CK_OBJECT_HANDLE h = 0;
    const CK_RV rv = p11::functions(session.functionList())
                         ->C_UnwrapKey(session.handle(), &mech, kek.handle(),
                                       reinterpret_cast<CK_BYTE_PTR>(const_cast<char*>(wrapped.constData())),
                                       static_cast<CK_ULONG>(wrapped.size()), t.data(), t.size(), &h);
    if (rv != CKR_OK) {
        if (!label.isEmpty())
            removeOrphans(session, label, id);
        if (rv == CKR_GENERAL_ERROR || rv == CKR_WRAPPED_KEY_INVALID || rv == CKR_ENCRYPTED_DATA_INVALID) {
            Error e = ckrvError(rv, hsm::tr("Unwrapping under \"%1\" (RFC 3394)").arg(kek.label()));
            e.code = ErrorCode::Crypto;
            e.message =
                hsm::tr("Unwrapping under \"%1\" failed its integrity check: the wrapped key was altered or "
                        "was wrapped under a different key (%2).")
                    .arg(kek.label(), ckrvName(rv));
            return e;
        }
        return ckrvError(rv, hsm::tr("Unwrapping under \"%1\" (RFC 3394)").arg(kek.label()));
    }
    return SecretKey(h, label, id);
}

Result<KeyWrap::Packaged> KeyWrap::package(Session& session, const Capabilities& caps, const SecretKey& kek,
                                           const SecretKey& key) {
    const PathDecision path = caps.decide(KeyOperation::EcbPackage);
    if (path.kind != PathKind::InModule)
        return fail(ErrorCode::Token,
                    hsm::tr("The token cannot package keys: it can wrap with neither CKM_AES_ECB "
                            "nor CKM_AES_CBC."));
    CK_BYTE iv[16] = {};
    CK_MECHANISM mech{path.mechanism, nullptr, 0};
    if (path.mechanism == CKM_AES_CBC) { // zero IV: CBC of one block is ECB of that block
        mech.pParameter = iv;
        mech.ulParameterLen = sizeof iv;
    }
    unsigned char out[32];
    CK_ULONG len = sizeof out;
    const CK_RV rv = p11::functions(session.functionList())
                         ->C_WrapKey(session.handle(), &mech, kek.handle(), key.handle(), out, &len);
    if (rv != CKR_OK)
        return ckrvError(
            rv,
            hsm::tr("Packaging \"%1\" under \"%2\" (%3)").arg(key.label(), kek.label(), path.mechanismName));
    if (len != 16)
        return fail(ErrorCode::Token,
                    hsm::tr("The token returned a %1-byte package; 16 bytes were expected.").arg(len));
    return Packaged{QByteArray(reinterpret_cast<const char*>(out), 16), path};
}

Result<KeyWrap::Unpackaged> KeyWrap::unpackage(Session& session, const Capabilities& caps,
                                               policy::PolicyProfile profile, const SecretKey& kek,
                                               const QByteArray& package,
                                               const SecretKeyAttributes& attributes, const QString& label,
                                               const QByteArray& id) {
    if (package.size() != 16)
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("A packaged AES-128 key is 16 bytes; %1 were given.").arg(package.size()));
    auto path = caps.require(KeyOperation::EcbUnpackage, profile);
    if (!path)
        return path.error();
    CK_FUNCTION_LIST_PTR f = p11::functions(session.functionList());
    CK_BYTE iv[16] = {};
    CK_MECHANISM mech{path->mechanism, nullptr, 0};
    if (path->mechanism == CKM_AES_CBC) {
        mech.pParameter = iv;
        mech.ulParameterLen = sizeof iv;
    }
    auto data = reinterpret_cast<CK_BYTE_PTR>(const_cast<char*>(package.constData()));
    if (!path->fallback()) {
        p11::SecretKeyTemplate t(attributes, label, id, p11::SecretKeyTemplate::Purpose::Unwrap);
        CK_OBJECT_HANDLE h = 0;
        const CK_RV rv =
            f->C_UnwrapKey(session.handle(), &mech, kek.handle(), data, 16, t.data(), t.size(), &h);
        if (rv != CKR_OK) {
            removeOrphans(session, label, id);
            return ckrvError(rv, hsm::tr("Unpackaging under \"%1\"").arg(kek.label()));
        }
        return Unpackaged{SecretKey(h, label, id), *path};
    }
    // Fallback: the clear key in locked host memory for the shortest possible time.
    SecureBytes clear(16);
    CK_ULONG len = 16;
    CK_RV rv = f->C_DecryptInit(session.handle(), &mech, kek.handle());
    if (rv == CKR_OK)
        rv = f->C_Decrypt(session.handle(), data, 16, clear.data(), &len);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Unpackaging under \"%1\" (clear-key fallback)").arg(kek.label()));
    auto key = SecretKey::importClear(session, profile, clear, attributes, label, id);
    clear.clear();
    if (!key)
        return key.error();
    return Unpackaged{*key, *path};
}

Result<KeyWrap::Combined> KeyWrap::combineComponents(Session& session, const Capabilities& caps,
                                                     policy::PolicyProfile profile,
                                                     const QVector<SecureBytes>& components,
                                                     const SecretKeyAttributes& attributes,
                                                     const QString& label, const QByteArray& id) {
    if (components.size() < 2 || components.size() > 3)
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("A Transport Key is built from 2 or 3 components; %1 were given.")
                        .arg(components.size()));
    for (const SecureBytes& c : components)
        if (c.size() != 16)
            return fail(ErrorCode::InvalidInput, hsm::tr("Every component must be 16 bytes."));
    auto path = caps.require(KeyOperation::CombineComponents, profile);
    if (!path)
        return path.error();
    if (path->fallback()) {
        SecureBytes key(16);
        for (int i = 0; i < 16; ++i) {
            std::uint8_t b = 0;
            for (const SecureBytes& c : components)
                b ^= c.data()[i];
            key.data()[i] = b;
        }
        auto created = SecretKey::importClear(session, profile, key, attributes, label, id);
        key.clear();
        if (!created)
            return created.error();
        return Combined{*created, *path};
    }
    // In the module: the first component becomes a derive-only session object; each further
    // component is XORed in by CKM_XOR_BASE_AND_DATA. The final derivation carries the
    // Transport Key's own attributes. (The components still arrive typed, in host memory.)
    // Importing the first component as a derive-only session object is part of this path,
    // not the clear-key fallback: the combined key never exists outside the module.
    p11::SecretKeyTemplate baseT(secretKeyAttributes(SecretKeyRole::XorBase, profile), QString(),
                                 QByteArray(), p11::SecretKeyTemplate::Purpose::Create, components[0].data(),
                                 16);
    CK_FUNCTION_LIST_PTR f = p11::functions(session.functionList());
    CK_OBJECT_HANDLE base = 0;
    CK_RV rv = f->C_CreateObject(session.handle(), baseT.data(), baseT.size(), &base);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Loading the first component into the token"));
    for (qsizetype i = 1; i < components.size(); ++i) {
        const bool last = i == components.size() - 1;
        CK_KEY_DERIVATION_STRING_DATA param{const_cast<CK_BYTE_PTR>(components[i].data()), 16};
        CK_MECHANISM mech{CKM_XOR_BASE_AND_DATA, &param, sizeof param};
        p11::SecretKeyTemplate t(last ? attributes : secretKeyAttributes(SecretKeyRole::XorBase, profile),
                                 last ? label : QString(), last ? id : QByteArray(),
                                 p11::SecretKeyTemplate::Purpose::Generate);
        CK_OBJECT_HANDLE next = 0;
        rv = f->C_DeriveKey(session.handle(), &mech, base, t.data(), t.size(), &next);
        (void)f->C_DestroyObject(session.handle(), base);
        if (rv != CKR_OK)
            return ckrvError(rv, hsm::tr("Combining component %1 inside the token").arg(i + 1));
        base = next;
    }
    return Combined{SecretKey(base, label, id), *path};
}

} // namespace symbolon::hsm
