#include "hsm/DataObject.h"

#include "hsm/CkrvText.h"
#include "hsm/P11.h"
#include "hsm/Session.h"

#include <QCoreApplication>

namespace symbolon::hsm {

namespace {
const char kApplication[] = "symbolon";
}

Result<QVector<DataObject>> DataObject::find(Session& session, const QByteArray& label) {
    auto handles = session.findObjects(CKO_DATA, {}, label);
    if (!handles)
        return handles.error();
    QVector<DataObject> out;
    for (unsigned long h : *handles) {
        auto value = session.attribute(h, CKA_VALUE);
        if (!value)
            return value.error();
        out.push_back({h, *value});
    }
    return out;
}

Status DataObject::create(Session& session, const QByteArray& label, const QByteArray& value) {
    CK_OBJECT_CLASS cls = CKO_DATA;
    using p11::attr;
    CK_ATTRIBUTE tmpl[] = {
        attr(CKA_CLASS, cls),
        attr(CKA_TOKEN, p11::kTrue),
        attr(CKA_PRIVATE, p11::kTrue),
        attr(CKA_MODIFIABLE, p11::kTrue),
        attr(CKA_LABEL, label.constData(), static_cast<CK_ULONG>(label.size())),
        attr(CKA_APPLICATION, kApplication, sizeof kApplication - 1),
        attr(CKA_VALUE, value.constData(), static_cast<CK_ULONG>(value.size())),
    };
    auto* f = static_cast<CK_FUNCTION_LIST_PTR>(const_cast<void*>(session.functionList()));
    CK_OBJECT_HANDLE h = 0;
    const CK_RV rv = f->C_CreateObject(session.handle(), tmpl, std::size(tmpl), &h);
    if (rv != CKR_OK)
        return ckrvError(rv,
                         QCoreApplication::translate("symbolon::hsm", "Writing a data object on the card"));
    return {};
}

Status DataObject::replace(Session& session, const QByteArray& label, const QByteArray& value) {
    auto old = find(session, label);
    if (!old)
        return old.error();
    if (auto s = create(session, label, value); !s)
        return s;
    for (const DataObject& o : *old)
        if (auto s = session.destroyObject(o.handle); !s)
            return s;
    return {};
}

} // namespace symbolon::hsm
