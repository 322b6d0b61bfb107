#include "inventory/Sha256Hasher.h"

#include <openssl/evp.h>

namespace symbolon::inventory {

void Sha256Hasher::Free::operator()(evp_md_ctx_st* ctx) const {
    EVP_MD_CTX_free(ctx);
}

Sha256Hasher::Sha256Hasher() : m_ctx(EVP_MD_CTX_new()) {
    m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) == 1;
}

Sha256Hasher::~Sha256Hasher() = default;

void Sha256Hasher::addData(QByteArrayView data) {
    if (m_ok && !data.isEmpty())
        m_ok = EVP_DigestUpdate(m_ctx.get(), data.data(), static_cast<std::size_t>(data.size())) == 1;
}

QByteArray Sha256Hasher::result() {
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    if (!m_ok || EVP_DigestFinal_ex(m_ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len) != 1)
        return {};
    m_ok = false; // finalised
    out.resize(static_cast<qsizetype>(len));
    return out;
}

} // namespace symbolon::inventory
