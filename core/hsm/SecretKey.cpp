#include "hsm/SecretKey.h"

#include "hsm/Capabilities.h"
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
} // namespace

QString secretKeyRoleName(SecretKeyRole role) {
    switch (role) {
    case SecretKeyRole::DcoKey:
        return hsm::tr("DCO Key");
    case SecretKeyRole::SharedKey:
        return hsm::tr("Shared Key");
    case SecretKeyRole::TransportKey:
        return hsm::tr("Transport Key");
    case SecretKeyRole::DeviceKey:
        return hsm::tr("device key");
    case SecretKeyRole::DeviceMasterKey:
        return hsm::tr("device master key");
    case SecretKeyRole::XorBase:
        return hsm::tr("Transport Key component");
    }
    return {};
}

// Why each attribute is what it is:
// - CKA_SIGN is true on every key whose KCV we show: the CMAC-5B KCV is C_Sign CKM_AES_CMAC.
//   CKA_VERIFY stays false (no use for it).
// - CKA_ENCRYPT is true on the KEKs and the Transport Key for the ECB-3B KCV (C_Encrypt of a
//   zero block). Packaging uses C_WrapKey, which needs CKA_WRAP, not CKA_ENCRYPT.
// - CKA_DECRYPT on the KEKs is true only under the development profile: it is what the
//   clear-key unpackaging fallback (C_Decrypt + C_CreateObject) needs, and it would let anyone
//   logged in read every packaged key in clear. Production keys never get it.
// - CKA_TRUSTED is false everywhere: PKCS#11 lets only the SO set it, and SoftHSM 2.6.1 refuses
//   it in a user session (CKR_ATTRIBUTE_READ_ONLY, tested); an SO cannot create private objects.
// - The Shared Key's CKA_WRAP_WITH_TRUSTED is true under production (it may leave only under a
//   Transport Key the HSM's SO has marked trusted), false under development, where no user-made
//   key can be trusted: there the Shared Key can be wrapped under any wrapping key, and the object
//   view flags it.
// - Device keys are session objects, sensitive and extractable: extractable so that they can be
//   packaged (C_WrapKey) and later wrapped under the MK for the device.
SecretKeyAttributes secretKeyAttributes(SecretKeyRole role, policy::PolicyProfile profile) {
    const bool dev = profile == policy::PolicyProfile::Development;
    SecretKeyAttributes a;
    a.privateObject = true;
    a.sensitive = true;
    a.modifiable = false;
    a.trusted = false;
    a.verify = false;
    switch (role) {
    case SecretKeyRole::DcoKey:
        a.token = true;
        a.extractable = false;
        a.encrypt = true;
        a.decrypt = dev;
        a.wrap = true;
        a.unwrap = true;
        a.sign = true;
        a.derive = false;
        a.wrapWithTrusted = true; // moot (not extractable), set for defence in depth
        break;
    case SecretKeyRole::SharedKey:
        a.token = true;
        a.extractable = true;
        a.encrypt = true;
        a.decrypt = dev;
        a.wrap = true;
        a.unwrap = true;
        a.sign = true;
        a.derive = false;
        a.wrapWithTrusted = !dev;
        break;
    case SecretKeyRole::TransportKey:
        a.token = true;
        a.extractable = false;
        a.encrypt = true;
        a.decrypt = false;
        a.wrap = true;   // wraps the Shared Key for an S1SP
        a.unwrap = true; // unwraps migration keys and imported Shared Keys
        a.sign = true;
        a.derive = false;
        a.wrapWithTrusted = true;
        break;
    case SecretKeyRole::DeviceKey:
        a.token = false;
        a.extractable = true;
        a.encrypt = false;
        a.decrypt = false;
        a.wrap = false;
        a.unwrap = false;
        a.sign = true;
        a.derive = false;
        a.wrapWithTrusted = false;
        break;
    case SecretKeyRole::DeviceMasterKey:
        // Wraps (RFC 3394) the device's new keys for global_key_transfer; never leaves the
        // module again; sign for the CMAC-5B KCV that proves the package opened under the right KEK.
        a.token = false;
        a.extractable = false;
        a.encrypt = false;
        a.decrypt = false;
        a.wrap = true;
        a.unwrap = false;
        a.sign = true;
        a.derive = false;
        a.wrapWithTrusted = false;
        break;
    case SecretKeyRole::XorBase:
        a.token = false;
        a.extractable = false;
        a.encrypt = false;
        a.decrypt = false;
        a.wrap = false;
        a.unwrap = false;
        a.sign = false;
        a.derive = true;
        a.wrapWithTrusted = true;
        break;
    }
    return a;
}

Result<SecretKey> SecretKey::generate(Session& session, const SecretKeyAttributes& attributes,
                                      const QString& label, const QByteArray& id) {
    p11::SecretKeyTemplate t(attributes, label, id, p11::SecretKeyTemplate::Purpose::Generate);
    CK_MECHANISM mech{CKM_AES_KEY_GEN, nullptr, 0};
    CK_OBJECT_HANDLE h = 0;
    const CK_RV rv = p11::functions(session.functionList())
                         ->C_GenerateKey(session.handle(), &mech, t.data(), t.size(), &h);
    if (rv != CKR_OK) {
        // A module may leave an object behind when it refuses a template attribute: remove
        // anything with our label and id. (SoftHSM 2.6.1 refusing CKA_TRUSTED from a user
        // leaves a blank session object instead, which goes with the session: see the test.)
        if (!label.isEmpty())
            if (auto orphans = session.findObjects(CKO_SECRET_KEY, id, label.toUtf8()))
                for (unsigned long o : *orphans)
                    (void)session.destroyObject(o);
        return ckrvError(rv, hsm::tr("Generating the AES key \"%1\" on the token").arg(label));
    }
    return SecretKey(h, label, id);
}

Result<SecretKey> SecretKey::importClear(Session& session, policy::PolicyProfile profile,
                                         const SecureBytes& value, const SecretKeyAttributes& attributes,
                                         const QString& label, const QByteArray& id) {
    if (auto s = policy::checkFallbackAllowed(profile); !s)
        return s.error();
    if (value.size() != 16)
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("An AES-128 key is 16 bytes; %1 were given.").arg(value.size()));
    p11::SecretKeyTemplate t(attributes, label, id, p11::SecretKeyTemplate::Purpose::Create, value.data(),
                             static_cast<CK_ULONG>(value.size()));
    CK_OBJECT_HANDLE h = 0;
    const CK_RV rv =
        p11::functions(session.functionList())->C_CreateObject(session.handle(), t.data(), t.size(), &h);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Creating the AES key \"%1\" on the token").arg(label));
    return SecretKey(h, label, id);
}

Result<SecretKey> SecretKey::findByLabel(const Session& session, const QString& label) {
    auto hits = session.findObjects(CKO_SECRET_KEY, {}, label.toUtf8());
    if (!hits)
        return hits.error();
    if (hits->isEmpty())
        return fail(ErrorCode::NotFound,
                    hsm::tr("The token holds no secret key labelled \"%1\" (or nobody is "
                            "logged in to see it).")
                        .arg(label));
    if (hits->size() > 1)
        return fail(
            ErrorCode::InvalidInput,
            hsm::tr("The token holds %1 secret keys labelled \"%2\": remove the duplicates or name the key "
                    "by its id.")
                .arg(hits->size())
                .arg(label));
    // A read that fails is the token failing (every key has a CKA_ID, maybe empty), not a key
    // without an id.
    auto id = session.attribute(hits->front(), CKA_ID);
    if (!id)
        return id.error();
    return SecretKey(hits->front(), label, *id);
}

Result<SecretKey> SecretKey::findById(const Session& session, const QByteArray& id) {
    auto hits = session.findObjects(CKO_SECRET_KEY, id);
    if (!hits)
        return hits.error();
    if (hits->size() != 1)
        return fail(hits->isEmpty() ? ErrorCode::NotFound : ErrorCode::InvalidInput,
                    hsm::tr("%1 secret keys have the id %2; exactly one was expected.")
                        .arg(hits->size())
                        .arg(QString::fromLatin1(id.toHex())));
    auto label = session.attribute(hits->front(), CKA_LABEL);
    if (!label)
        return label.error();
    return SecretKey(hits->front(), QString::fromUtf8(*label), id);
}

Result<bool> SecretKey::exists(const Session& session, const QString& label) {
    auto hits = session.findObjects(CKO_SECRET_KEY, {}, label.toUtf8());
    if (!hits)
        return hits.error();
    return !hits->isEmpty();
}

Status SecretKey::destroy(Session& session) {
    if (auto s = session.destroyObject(m_handle); !s)
        return s;
    m_handle = 0;
    return {};
}

Result<SecretKeyAttributes> SecretKey::readAttributes(const Session& session) const {
    CK_BBOOL v[14] = {};
    const CK_ATTRIBUTE_TYPE types[14] = {CKA_TOKEN,
                                         CKA_PRIVATE,
                                         CKA_SENSITIVE,
                                         CKA_EXTRACTABLE,
                                         CKA_ENCRYPT,
                                         CKA_DECRYPT,
                                         CKA_WRAP,
                                         CKA_UNWRAP,
                                         CKA_SIGN,
                                         CKA_VERIFY,
                                         CKA_DERIVE,
                                         CKA_TRUSTED,
                                         CKA_WRAP_WITH_TRUSTED,
                                         CKA_MODIFIABLE};
    CK_ATTRIBUTE t[14];
    for (int i = 0; i < 14; ++i)
        t[i] = CK_ATTRIBUTE{types[i], &v[i], sizeof(CK_BBOOL)};
    const CK_RV rv =
        p11::functions(session.functionList())->C_GetAttributeValue(session.handle(), m_handle, t, 14);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Reading the attributes of \"%1\"").arg(m_label));
    SecretKeyAttributes a;
    a.token = v[0];
    a.privateObject = v[1];
    a.sensitive = v[2];
    a.extractable = v[3];
    a.encrypt = v[4];
    a.decrypt = v[5];
    a.wrap = v[6];
    a.unwrap = v[7];
    a.sign = v[8];
    a.verify = v[9];
    a.derive = v[10];
    a.trusted = v[11];
    a.wrapWithTrusted = v[12];
    a.modifiable = v[13];
    return a;
}

Result<QByteArray> SecretKey::kcv(Session& session, const Capabilities& caps, dlms::KcvMethod method) const {
    CK_FUNCTION_LIST_PTR f = p11::functions(session.functionList());
    unsigned char zero[16] = {};
    unsigned char out[16] = {};
    CK_ULONG outLen = sizeof out;
    const KeyOperation op =
        method == dlms::KcvMethod::Cmac5B ? KeyOperation::KcvCmac5B : KeyOperation::KcvEcb3B;
    const PathDecision path = caps.decide(op);
    if (path.kind != PathKind::InModule)
        return fail(ErrorCode::Token, hsm::tr("The token cannot compute a %1 key check value: %2.")
                                          .arg(dlms::kcvMethodLabel(method), path.reason));
    CK_BYTE iv[16] = {};
    CK_MECHANISM mech{path.mechanism, nullptr, 0};
    if (path.mechanism == CKM_AES_CBC) {
        mech.pParameter = iv;
        mech.ulParameterLen = sizeof iv;
    }
    CK_RV rv;
    if (op == KeyOperation::KcvCmac5B) {
        rv = f->C_SignInit(session.handle(), &mech, m_handle);
        if (rv == CKR_OK)
            rv = f->C_Sign(session.handle(), zero, sizeof zero, out, &outLen);
    } else {
        rv = f->C_EncryptInit(session.handle(), &mech, m_handle);
        if (rv == CKR_OK)
            rv = f->C_Encrypt(session.handle(), zero, sizeof zero, out, &outLen);
    }
    if (rv != CKR_OK)
        return ckrvError(
            rv,
            hsm::tr("Computing the %1 key check value of \"%2\"").arg(dlms::kcvMethodLabel(method), m_label));
    if (outLen < 16)
        return fail(ErrorCode::Token, hsm::tr("The token returned a short result for the key check value."));
    return QByteArray(reinterpret_cast<const char*>(out), dlms::kcvLength(method));
}

Result<QString> SecretKey::labelledKcv(Session& session, const Capabilities& caps,
                                       dlms::KcvMethod method) const {
    auto k = kcv(session, caps, method);
    if (!k)
        return k.error();
    return dlms::formatKcv(method, *k);
}

} // namespace symbolon::hsm
