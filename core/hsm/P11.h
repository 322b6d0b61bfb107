#pragma once

// Private to core/hsm/*.cpp: p11-kit's PKCS#11 header #defines lowercase names (iv_len,
// public_data, ...) that would leak into every includer. Never include from a public header.
#include <p11-kit/pkcs11.h>

#include <vector>

namespace symbolon::hsm::p11 {

// Attribute template helpers: every attribute spelled out (SoftHSM defaults usage flags to true).
inline CK_ATTRIBUTE attr(CK_ATTRIBUTE_TYPE type, const void* value, CK_ULONG size) {
    return CK_ATTRIBUTE{type, const_cast<void*>(value), size};
}
template <typename T> CK_ATTRIBUTE attr(CK_ATTRIBUTE_TYPE type, const T& value) {
    return CK_ATTRIBUTE{type, const_cast<T*>(&value), sizeof(T)};
}
inline constexpr CK_BBOOL kTrue = CK_TRUE;
inline constexpr CK_BBOOL kFalse = CK_FALSE;

} // namespace symbolon::hsm::p11

#include "hsm/SecretKey.h"

#include <QByteArray>

namespace symbolon::hsm::p11 {

// The attribute template of an AES-128 secret key, every attribute spelled out from a
// SecretKeyAttributes. Value storage lives in this object: keep it alive across the call.
class SecretKeyTemplate {
public:
    enum class Purpose { Generate, Unwrap, Create };
    SecretKeyTemplate(const SecretKeyAttributes& a, const QString& label, const QByteArray& id,
                      Purpose purpose, const unsigned char* value = nullptr, CK_ULONG valueLen = 0)
        : m_label(label.toUtf8()), m_id(id) {
        auto b = [](bool v) { return v ? &kTrue : &kFalse; };
        m_attrs = {
            attr(CKA_CLASS, m_class),
            attr(CKA_KEY_TYPE, m_type),
            // Label and id first: SoftHSM applies attributes in order and, when it refuses a
            // later one, leaves an object behind that we can then find by label and id.
            attr(CKA_LABEL, m_label.constData(), static_cast<CK_ULONG>(m_label.size())),
            attr(CKA_ID, m_id.constData(), static_cast<CK_ULONG>(m_id.size())),
            attr(CKA_TOKEN, b(a.token), sizeof(CK_BBOOL)),
            attr(CKA_PRIVATE, b(a.privateObject), sizeof(CK_BBOOL)),
            attr(CKA_SENSITIVE, b(a.sensitive), sizeof(CK_BBOOL)),
            attr(CKA_EXTRACTABLE, b(a.extractable), sizeof(CK_BBOOL)),
            attr(CKA_ENCRYPT, b(a.encrypt), sizeof(CK_BBOOL)),
            attr(CKA_DECRYPT, b(a.decrypt), sizeof(CK_BBOOL)),
            attr(CKA_WRAP, b(a.wrap), sizeof(CK_BBOOL)),
            attr(CKA_UNWRAP, b(a.unwrap), sizeof(CK_BBOOL)),
            attr(CKA_SIGN, b(a.sign), sizeof(CK_BBOOL)),
            attr(CKA_VERIFY, b(a.verify), sizeof(CK_BBOOL)),
            attr(CKA_DERIVE, b(a.derive), sizeof(CK_BBOOL)),
            attr(CKA_WRAP_WITH_TRUSTED, b(a.wrapWithTrusted), sizeof(CK_BBOOL)),
            attr(CKA_MODIFIABLE, b(a.modifiable), sizeof(CK_BBOOL)),
        };
        // CKA_VALUE_LEN only when generating: in an unwrap template SoftHSM 2.6.1 fails with
        // CKR_ATTRIBUTE_READ_ONLY and leaves an orphan object; with CKA_VALUE it is implied.
        // CKA_TRUSTED in an unwrap template, even false, makes SoftHSM 2.6.1 fail with
        // CKR_ATTRIBUTE_READ_ONLY (tested): there it is left to its default, false.
        if (purpose != Purpose::Unwrap || a.trusted)
            m_attrs.push_back(attr(CKA_TRUSTED, b(a.trusted), sizeof(CK_BBOOL)));
        if (purpose == Purpose::Generate)
            m_attrs.push_back(attr(CKA_VALUE_LEN, m_len));
        if (purpose == Purpose::Create)
            m_attrs.push_back(attr(CKA_VALUE, value, valueLen));
    }
    CK_ATTRIBUTE* data() { return m_attrs.data(); }
    CK_ULONG size() const { return static_cast<CK_ULONG>(m_attrs.size()); }

private:
    CK_OBJECT_CLASS m_class = CKO_SECRET_KEY;
    CK_KEY_TYPE m_type = CKK_AES;
    CK_ULONG m_len = 16;
    QByteArray m_label;
    QByteArray m_id;
    std::vector<CK_ATTRIBUTE> m_attrs;
};

inline CK_FUNCTION_LIST_PTR functions(const void* list) {
    return static_cast<CK_FUNCTION_LIST_PTR>(const_cast<void*>(list));
}

} // namespace symbolon::hsm::p11
