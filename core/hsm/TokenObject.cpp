#include "hsm/TokenObject.h"

#include "hsm/Capabilities.h"
#include "hsm/CkrvText.h"
#include "hsm/KeyLabels.h"
#include "hsm/Module.h"
#include "hsm/P11.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"

#include <p11-kit/uri.h>

#include <QCoreApplication>

#include <cstdlib>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

QString className(CK_OBJECT_CLASS c) {
    switch (c) {
    case CKO_DATA:
        return QStringLiteral("data");
    case CKO_CERTIFICATE:
        return QStringLiteral("certificate");
    case CKO_PUBLIC_KEY:
        return QStringLiteral("public key");
    case CKO_PRIVATE_KEY:
        return QStringLiteral("private key");
    case CKO_SECRET_KEY:
        return QStringLiteral("secret key");
    default:
        return QStringLiteral("class 0x%1").arg(c, 0, 16);
    }
}

QString keyTypeName(CK_KEY_TYPE t) {
    switch (t) {
    case CKK_AES:
        return QStringLiteral("AES");
    case CKK_EC:
        return QStringLiteral("EC");
    case CKK_RSA:
        return QStringLiteral("RSA");
    case CKK_GENERIC_SECRET:
        return QStringLiteral("generic secret");
    case CKK_DES3:
        return QStringLiteral("DES3");
    default:
        return QStringLiteral("key type 0x%1").arg(t, 0, 16);
    }
}

bool readBool(CK_FUNCTION_LIST_PTR f, CK_SESSION_HANDLE s, CK_OBJECT_HANDLE o, CK_ATTRIBUTE_TYPE t) {
    CK_BBOOL v = CK_FALSE;
    CK_ATTRIBUTE a{t, &v, sizeof v};
    return f->C_GetAttributeValue(s, o, &a, 1) == CKR_OK && a.ulValueLen == sizeof v && v == CK_TRUE;
}

QString objectUri(const CK_TOKEN_INFO& token, CK_OBJECT_CLASS cls, const QByteArray& label,
                  const QByteArray& id) {
    P11KitUri* uri = p11_kit_uri_new();
    if (!uri)
        return {};
    *p11_kit_uri_get_token_info(uri) = token;
    CK_OBJECT_CLASS c = cls;
    CK_ATTRIBUTE a[] = {
        {CKA_CLASS, &c, sizeof c},
        {CKA_LABEL, const_cast<char*>(label.constData()), static_cast<CK_ULONG>(label.size())},
        {CKA_ID, const_cast<char*>(id.constData()), static_cast<CK_ULONG>(id.size())},
    };
    for (CK_ATTRIBUTE& attr : a)
        if (attr.type == CKA_CLASS || attr.ulValueLen > 0)
            (void)p11_kit_uri_set_attribute(uri, &attr);
    char* text = nullptr;
    QString out;
    if (p11_kit_uri_format(uri, P11_KIT_URI_FOR_OBJECT_ON_TOKEN, &text) == P11_KIT_URI_OK && text) {
        out = QString::fromUtf8(text);
        std::free(text);
    }
    p11_kit_uri_free(uri);
    return out;
}

void addFindings(TokenObject& o) {
    const bool secret = o.objectClass == QLatin1String("secret key");
    const bool priv = o.objectClass == QLatin1String("private key");
    if ((secret || priv) && !o.sensitive)
        o.findings << hsm::tr("%1 is not sensitive — its value can be read from the token.").arg(o.label);
    if (isVersionOf(o.label, dcoKeyLabel())) {
        if (o.extractable)
            o.findings << hsm::tr(
                "DCO Key is extractable — violates the key hierarchy (DESIGN.md: never leaves the "
                "HSM).");
        if (o.decrypt)
            o.findings << hsm::tr(
                "DCO Key may decrypt — the clear-key unpackaging fallback is enabled: development "
                "profile only, not for live keys.");
    }
    if (isVersionOf(o.label, sharedKeyLabel())) {
        if (o.extractable && !o.wrapWithTrusted)
            o.findings << hsm::tr(
                "Shared Key can be wrapped under any wrapping key, not only a trusted Transport Key "
                "— acceptable on a development token only.");
        if (o.decrypt)
            o.findings << hsm::tr(
                "Shared Key may decrypt — the clear-key unpackaging fallback is enabled: development "
                "profile only, not for live keys.");
    }
    if (o.label.startsWith(transportKeyLabelPrefix()) && o.extractable)
        o.findings << hsm::tr("Transport Key is extractable — violates the key hierarchy.");
    if (o.label == journalSigningKeyLabel() && priv && o.extractable)
        o.findings << hsm::tr("The journal signing key is extractable — violates the key hierarchy.");
}
} // namespace

Result<QVector<TokenObject>> TokenObject::list(Session& session) {
    CK_FUNCTION_LIST_PTR f = p11::functions(session.functionList());
    const CK_SESSION_HANDLE s = session.handle();
    CK_TOKEN_INFO tokenInfo{};
    CK_RV rv = f->C_GetTokenInfo(session.slotId(), &tokenInfo);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Reading the token information"));
    auto caps = Capabilities::read(session.module(), session.slotId());
    if (!caps)
        return caps.error();

    rv = f->C_FindObjectsInit(s, nullptr, 0);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Listing the token's objects"));
    std::vector<CK_OBJECT_HANDLE> handles;
    CK_OBJECT_HANDLE batch[64];
    CK_ULONG n = 0;
    do {
        rv = f->C_FindObjects(s, batch, 64, &n);
        if (rv != CKR_OK)
            break;
        handles.insert(handles.end(), batch, batch + n);
    } while (n == 64);
    (void)f->C_FindObjectsFinal(s);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Listing the token's objects"));

    QVector<TokenObject> out;
    for (CK_OBJECT_HANDLE h : handles) {
        TokenObject o;
        o.handle = h;
        CK_OBJECT_CLASS cls = 0;
        CK_ATTRIBUTE ca{CKA_CLASS, &cls, sizeof cls};
        if (f->C_GetAttributeValue(s, h, &ca, 1) != CKR_OK)
            continue; // destroyed meanwhile
        o.objectClass = className(cls);
        auto label = session.attribute(h, CKA_LABEL);
        const QByteArray labelBytes = label ? *label : QByteArray();
        o.label = QString::fromUtf8(labelBytes);
        auto id = session.attribute(h, CKA_ID);
        o.id = id ? *id : QByteArray();
        o.tokenObject = readBool(f, s, h, CKA_TOKEN);
        o.privateObject = readBool(f, s, h, CKA_PRIVATE);
        const bool isKey = cls == CKO_SECRET_KEY || cls == CKO_PRIVATE_KEY || cls == CKO_PUBLIC_KEY;
        if (isKey) {
            CK_KEY_TYPE kt = 0;
            CK_ATTRIBUTE ka{CKA_KEY_TYPE, &kt, sizeof kt};
            if (f->C_GetAttributeValue(s, h, &ka, 1) == CKR_OK)
                o.keyType = keyTypeName(kt);
            o.sensitive = readBool(f, s, h, CKA_SENSITIVE);
            o.extractable = readBool(f, s, h, CKA_EXTRACTABLE);
            o.neverExtractable = readBool(f, s, h, CKA_NEVER_EXTRACTABLE);
            o.alwaysSensitive = readBool(f, s, h, CKA_ALWAYS_SENSITIVE);
            o.local = readBool(f, s, h, CKA_LOCAL);
            o.encrypt = readBool(f, s, h, CKA_ENCRYPT);
            o.decrypt = readBool(f, s, h, CKA_DECRYPT);
            o.wrap = readBool(f, s, h, CKA_WRAP);
            o.unwrap = readBool(f, s, h, CKA_UNWRAP);
            o.sign = readBool(f, s, h, CKA_SIGN);
            o.verify = readBool(f, s, h, CKA_VERIFY);
            o.derive = readBool(f, s, h, CKA_DERIVE);
            o.trusted = readBool(f, s, h, CKA_TRUSTED);
            o.wrapWithTrusted = readBool(f, s, h, CKA_WRAP_WITH_TRUSTED);
            if (cls == CKO_SECRET_KEY && kt == CKK_AES) {
                SecretKey key(h, o.label, o.id);
                if (o.sign) {
                    if (auto k = key.labelledKcv(session, *caps, dlms::KcvMethod::Cmac5B))
                        o.kcv = *k;
                } else if (o.encrypt) {
                    if (auto k = key.labelledKcv(session, *caps, dlms::KcvMethod::Ecb3B))
                        o.kcv = *k;
                } else if (auto cv = session.attribute(h, CKA_CHECK_VALUE); cv && cv->size() == 3) {
                    o.kcv = dlms::formatKcv(dlms::KcvMethod::Ecb3B, *cv);
                }
            }
        }
        o.uri = objectUri(tokenInfo, cls, labelBytes, o.id);
        addFindings(o);
        out.push_back(o);
    }
    return out;
}

} // namespace symbolon::hsm
