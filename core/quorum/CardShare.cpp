#include "quorum/CardShare.h"

#include "hsm/CkrvText.h"
#include "hsm/P11.h"
#include "hsm/Session.h"

#include <QCoreApplication>

namespace symbolon::quorum {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::quorum", s);
}
QByteArray labelFor(const QString& purpose) {
    return "symbolon-share:" + purpose.toUtf8();
}
const char kApplication[] = "symbolon";
} // namespace

Status CardShare::store(hsm::Session& card) const {
    auto existing = card.findObjects(CKO_DATA, {}, labelFor(purpose));
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return fail(ErrorCode::AlreadyExists,
                    quorum::tr("This card already holds a share for %1.").arg(purpose));
    SecureBytes value(4 + share.data.size());
    value.data()[0] = 1;
    value.data()[1] = share.index;
    value.data()[2] = static_cast<std::uint8_t>(k);
    value.data()[3] = static_cast<std::uint8_t>(n);
    std::copy(share.data.data(), share.data.data() + share.data.size(), value.data() + 4);
    const QByteArray label = labelFor(purpose);
    CK_OBJECT_CLASS cls = CKO_DATA;
    using hsm::p11::attr;
    CK_ATTRIBUTE tmpl[] = {
        attr(CKA_CLASS, cls),
        attr(CKA_TOKEN, hsm::p11::kTrue),
        attr(CKA_PRIVATE, hsm::p11::kTrue),
        attr(CKA_MODIFIABLE, hsm::p11::kFalse),
        attr(CKA_LABEL, label.constData(), static_cast<CK_ULONG>(label.size())),
        attr(CKA_APPLICATION, kApplication, sizeof kApplication - 1),
        attr(CKA_VALUE, value.data(), static_cast<CK_ULONG>(value.size())),
    };
    auto* f = static_cast<CK_FUNCTION_LIST_PTR>(const_cast<void*>(card.functionList()));
    CK_OBJECT_HANDLE h = 0;
    const CK_RV rv = f->C_CreateObject(card.handle(), tmpl, std::size(tmpl), &h);
    if (rv != CKR_OK)
        return hsm::ckrvError(rv, quorum::tr("Storing the share on the card"));
    return {};
}

Result<CardShare> CardShare::load(hsm::Session& card, const QString& purpose) {
    auto objects = card.findObjects(CKO_DATA, {}, labelFor(purpose));
    if (!objects)
        return objects.error();
    if (objects->isEmpty())
        return fail(ErrorCode::NotFound,
                    quorum::tr("This card holds no share for %1: is it enrolled, and are you logged in?")
                        .arg(purpose));
    auto value = card.attribute(objects->front(), CKA_VALUE);
    if (!value)
        return value.error();
    SecureBytes bytes(value->constData(), static_cast<std::size_t>(value->size()));
    value->fill('\0');
    if (bytes.size() < 5 || bytes.data()[0] != 1 || bytes.data()[1] == 0)
        return fail(ErrorCode::InvalidInput,
                    quorum::tr("The share on this card is malformed (expected version 1)."));
    CardShare s;
    s.purpose = purpose;
    s.share.index = bytes.data()[1];
    s.k = bytes.data()[2];
    s.n = bytes.data()[3];
    s.share.data = SecureBytes(bytes.data() + 4, bytes.size() - 4);
    return s;
}

Status CardShare::remove(hsm::Session& card, const QString& purpose) {
    auto objects = card.findObjects(CKO_DATA, {}, labelFor(purpose));
    if (!objects)
        return objects.error();
    for (unsigned long h : *objects)
        if (auto s = card.destroyObject(h); !s)
            return s;
    return {};
}

} // namespace symbolon::quorum
