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
