#include "hsm/Pkcs11Uri.h"

#include "hsm/CkrvText.h"
#include "hsm/Module.h"
#include "hsm/P11.h"

#include <p11-kit/uri.h>

#include <QCoreApplication>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

struct UriHolder {
    P11KitUri* uri = p11_kit_uri_new();
    ~UriHolder() { p11_kit_uri_free(uri); }
};

Status parse(UriHolder& h, const QString& text) {
    if (!h.uri)
        return fail(ErrorCode::Internal, hsm::tr("Out of memory."));
    const int rc = p11_kit_uri_parse(text.toUtf8().constData(), P11_KIT_URI_FOR_ANY, h.uri);
    if (rc != P11_KIT_URI_OK)
        return fail(ErrorCode::InvalidInput, hsm::tr("\"%1\" is not a valid PKCS#11 URI (RFC 7512): %2.")
                                                 .arg(text, QString::fromUtf8(p11_kit_uri_message(rc))));
    return {};
}
} // namespace

Result<TokenInfo> Pkcs11Uri::selectToken(const Module& module, const QString& uri) {
    UriHolder h;
    if (auto s = parse(h, uri); !s)
        return s.error();
    auto tokens = module.tokens();
    if (!tokens)
        return tokens.error();
    CK_FUNCTION_LIST_PTR f = p11::functions(module.functionList());
    QVector<TokenInfo> hits;
    for (const TokenInfo& t : *tokens) {
        CK_TOKEN_INFO ti{};
        // Removed meanwhile: not there. Any other failure is the token's, with its CKR (never
        // "no token matches").
        if (const CK_RV rv = f->C_GetTokenInfo(t.slotId, &ti);
            rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_SLOT_ID_INVALID)
            continue;
        else if (rv != CKR_OK)
            return ckrvError(rv, hsm::tr("Reading the token information of slot %1").arg(t.slotId));
        if (p11_kit_uri_match_token_info(h.uri, &ti))
            hits.push_back(t);
    }
    if (hits.isEmpty())
        return fail(ErrorCode::NotFound,
                    hsm::tr("No present token matches %1: insert the card or connect the HSM.").arg(uri));
    if (hits.size() > 1)
        return fail(
            ErrorCode::InvalidInput,
            hsm::tr("%1 tokens match %2: add the serial (serial=…) to the URI.").arg(hits.size()).arg(uri));
    return hits.front();
}

Status Pkcs11Uri::checkTokenUri(const QString& uri) {
    if (!uri.startsWith(QLatin1String("pkcs11:")))
        return fail(
            ErrorCode::InvalidInput,
            hsm::tr("\"%1\" is not a PKCS#11 URI: it must start with \"pkcs11:\" (RFC 7512).").arg(uri));
    UriHolder h;
    if (auto s = parse(h, uri); !s)
        return s;
    // p11-kit leaves the fields the URI does not name zero-filled.
    const CK_TOKEN_INFO* t = p11_kit_uri_get_token_info(h.uri);
    if (!t || (t->label[0] == 0 && t->serialNumber[0] == 0 && t->manufacturerID[0] == 0 && t->model[0] == 0))
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("%1 names no token: add token=LABEL or serial=SERIAL (e.g. %2).")
                        .arg(uri, QStringLiteral("pkcs11:token=Symbolon%20HSM")));
    return {};
}

Result<Pkcs11Uri::ObjectRef> Pkcs11Uri::objectRef(const QString& uri) {
    UriHolder h;
    if (auto s = parse(h, uri); !s)
        return s.error();
    ObjectRef r;
    if (CK_ATTRIBUTE_PTR a = p11_kit_uri_get_attribute(h.uri, CKA_LABEL))
        r.label =
            QString::fromUtf8(static_cast<const char*>(a->pValue), static_cast<qsizetype>(a->ulValueLen));
    if (CK_ATTRIBUTE_PTR a = p11_kit_uri_get_attribute(h.uri, CKA_ID))
        r.id = QByteArray(static_cast<const char*>(a->pValue), static_cast<qsizetype>(a->ulValueLen));
    if (r.label.isEmpty() && r.id.isEmpty())
        return fail(ErrorCode::InvalidInput, hsm::tr("%1 names no object (object= or id=).").arg(uri));
    return r;
}

} // namespace symbolon::hsm
