#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace symbolon {

// A buffer for secrets (PINs, shares, clear key components, the workspace key). The memory
// comes from OpenSSL's secure heap (mlocked, guard pages) when it is initialised, and is wiped
// with OPENSSL_cleanse on every resize and on destruction. Never converted implicitly to
// QByteArray/QString: those copies cannot be wiped.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const void* data, std::size_t size);
    ~SecureBytes();
    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    static SecureBytes fromString(std::string_view text) { return SecureBytes(text.data(), text.size()); }
    static SecureBytes random(std::size_t size); // from OpenSSL's DRBG

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    void clear();
    void resize(std::size_t size); // keeps the prefix; wipes the old buffer
    void append(const void* data, std::size_t size);

    // Lowercase hex, in secure memory too.
    SecureBytes toHex() const;
    bool equals(const SecureBytes& other) const; // constant time for equal sizes

    // Call once at start-up: the secure heap, no core dumps. Returns false if either failed.
    static bool initProcessHardening();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace symbolon
