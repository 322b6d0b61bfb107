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
// Only a label or an id says which object is the orphan: an unlabelled session key (a device's
// MK brought back for a re-key) has neither, and a search for it would match every secret key
// the session can see, the DCO Key and the Shared Key among them. Nothing is removed then (a
// session object goes with its session).
void removeOrphans(Session& session, const QString& label, const QByteArray& id) {
    if (label.isEmpty() && id.isEmpty())
        return;
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

Result<unsigned long> KeyWrap::enterComponent(Session& session, const Capabilities& caps,
                                              policy::PolicyProfile profile, const SecureBytes& component,
                                              std::optional<SecretKeyAttributes> attributes) {
    if (component.size() != 16)
        return fail(ErrorCode::InvalidInput, hsm::tr("Every component must be 16 bytes."));
    const PathDecision path = caps.decide(KeyOperation::ComponentEntry);
    CK_FUNCTION_LIST_PTR f = p11::functions(session.functionList());
    p11::SecretKeyTemplate baseT(attributes ? *attributes
                                            : secretKeyAttributes(SecretKeyRole::XorBase, profile),
                                 QString(), QByteArray(),
                                 path.mechanism == CKM_AES_ECB ? p11::SecretKeyTemplate::Purpose::Unwrap
                                                               : p11::SecretKeyTemplate::Purpose::Create,
                                 path.mechanism == CKM_AES_ECB ? nullptr : component.data(), 16);
    CK_OBJECT_HANDLE base = 0;
    if (path.mechanism != CKM_AES_ECB) {
        const CK_RV rv = f->C_CreateObject(session.handle(), baseT.data(), baseT.size(), &base);
        if (rv != CKR_OK)
            return ckrvError(rv, hsm::tr("Loading the first component into the token"));
        return base;
    }
    // A one-time key made here encrypts the component (C_Encrypt: data in, data out), then
    // unwraps the result into the derive-only base; the one-time key is destroyed at once.
    SecretKeyAttributes once;
    once.encrypt = true;
    once.unwrap = true;
    auto oneTime = SecretKey::generate(session, once, QString(), QByteArray());
    if (!oneTime)
        return oneTime.error();
    CK_MECHANISM mech{CKM_AES_ECB, nullptr, 0};
    // The component under the one-time key: in locked memory and wiped, like the component.
    SecureBytes sealed(16);
    CK_ULONG len = 16;
    CK_RV rv = f->C_EncryptInit(session.handle(), &mech, oneTime->handle());
    if (rv == CKR_OK)
        rv = f->C_Encrypt(session.handle(), const_cast<CK_BYTE_PTR>(component.data()), 16, sealed.data(),
                          &len);
    if (rv == CKR_OK && len != 16)
        rv = CKR_ENCRYPTED_DATA_LEN_RANGE;
    if (rv == CKR_OK)
        rv = f->C_UnwrapKey(session.handle(), &mech, oneTime->handle(), sealed.data(), 16, baseT.data(),
                            baseT.size(), &base);
    sealed.clear();
    // A one-time key that cannot be destroyed is a sensitive session object: it goes when the
    // quorum's session logs out.
    (void)oneTime->destroy(session);
    if (rv != CKR_OK)
        return ckrvError(rv,
                         hsm::tr("Entering the first component into the token (%1)").arg(path.mechanismName));
    return base;
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
    // In the module: the first component becomes a derive-only session object (entered as the
    // table decides, see enterComponent); each further component is XORed in by
    // CKM_XOR_BASE_AND_DATA. The final derivation carries the Transport Key's own attributes. The
    // components still arrive typed, in host memory; the combined key never exists outside the
    // module.
    CK_FUNCTION_LIST_PTR f = p11::functions(session.functionList());
    auto entered = enterComponent(session, caps, profile, components[0]);
    if (!entered)
        return entered.error();
    CK_OBJECT_HANDLE base = *entered;
    CK_RV rv = CKR_OK;
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
