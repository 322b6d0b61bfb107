#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace symbolon::inventory {

// Streaming SHA-256 through OpenSSL. QCryptographicHash in Qt 6.4 has its own portable SHA-256,
// several times slower than OpenSSL's SHA-NI/AVX2 code: on a million-row inventory file that
// difference was most of the parse time.
class Sha256Hasher {
public:
    Sha256Hasher();
    ~Sha256Hasher();
    Sha256Hasher(const Sha256Hasher&) = delete;
    Sha256Hasher& operator=(const Sha256Hasher&) = delete;

    void addData(QByteArrayView data);
    // The 32-byte digest; empty if OpenSSL failed (never silently a wrong digest).
    QByteArray result();

private:
    struct Free {
        void operator()(evp_md_ctx_st* ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
    bool m_ok = false;
};

} // namespace symbolon::inventory
