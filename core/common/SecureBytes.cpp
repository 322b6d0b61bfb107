#include "common/SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <cstring>
#include <stdexcept>

namespace symbolon {

namespace {
std::uint8_t* allocate(std::size_t size) {
    if (size == 0)
        return nullptr;
    auto* p = static_cast<std::uint8_t*>(OPENSSL_secure_zalloc(size));
    if (!p)
        throw std::bad_alloc();
    return p;
}
void release(std::uint8_t* p, std::size_t size) {
    if (p)
        OPENSSL_secure_clear_free(p, size);
}
} // namespace

SecureBytes::SecureBytes(std::size_t size) : m_data(allocate(size)), m_size(size) {}

SecureBytes::SecureBytes(const void* data, std::size_t size) : m_data(allocate(size)), m_size(size) {
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes() {
    release(m_data, m_size);
}

SecureBytes::SecureBytes(const SecureBytes& other) : SecureBytes(other.m_data, other.m_size) {}

SecureBytes& SecureBytes::operator=(const SecureBytes& other) {
    if (this != &other) {
        SecureBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept : m_data(other.m_data), m_size(other.m_size) {
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        release(m_data, m_size);
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size) {
    SecureBytes out(size);
    if (size && RAND_priv_bytes(out.m_data, static_cast<int>(size)) != 1)
        throw std::runtime_error("random generator failed");
    return out;
}

void SecureBytes::clear() {
    release(m_data, m_size);
    m_data = nullptr;
    m_size = 0;
}

void SecureBytes::resize(std::size_t size) {
    SecureBytes next(size);
    if (m_size && size)
        std::memcpy(next.m_data, m_data, std::min(size, m_size));
    *this = std::move(next);
}

void SecureBytes::append(const void* data, std::size_t size) {
    const std::size_t old = m_size;
    resize(old + size);
    if (size)
        std::memcpy(m_data + old, data, size);
}

SecureBytes SecureBytes::toHex() const {
    static const char digits[] = "0123456789abcdef";
    SecureBytes out(m_size * 2);
    for (std::size_t i = 0; i < m_size; ++i) {
        out.m_data[2 * i] = static_cast<std::uint8_t>(digits[m_data[i] >> 4]);
        out.m_data[2 * i + 1] = static_cast<std::uint8_t>(digits[m_data[i] & 0xF]);
    }
    return out;
}

bool SecureBytes::equals(const SecureBytes& other) const {
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

bool SecureBytes::initProcessHardening() {
    bool ok = true;
    // No core dumps: a dump would carry PINs and keys out of locked memory.
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        ok = false;
    if (prctl(PR_SET_DUMPABLE, 0) != 0)
        ok = false;
    // 256 KiB of mlocked secure heap; OpenSSL falls back to malloc if this fails (RLIMIT_MEMLOCK).
    if (CRYPTO_secure_malloc_initialized() == 0 && CRYPTO_secure_malloc_init(256 * 1024, 16) == 0)
        ok = false;
    return ok;
}

} // namespace symbolon
