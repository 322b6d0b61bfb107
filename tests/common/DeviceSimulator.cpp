#include "DeviceSimulator.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace symbolon::test {

namespace {
struct CtxFree {
    void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;
const auto* u8(const QByteArray& b) {
    return reinterpret_cast<const unsigned char*>(b.constData());
}

QByteArray unwrap(const QByteArray& kek, const QByteArray& wrapped) {
    Ctx ctx(EVP_CIPHER_CTX_new());
    EVP_CIPHER_CTX_set_flags(ctx.get(), EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    QByteArray out(wrapped.size(), '\0');
    int len = 0;
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_wrap(), nullptr, u8(kek), nullptr) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, u8(wrapped),
                          static_cast<int>(wrapped.size())) != 1)
        return {};
    out.resize(len);
    return out;
}

QByteArray iv(const QByteArray& systemTitle, std::uint32_t ic) {
    QByteArray v = systemTitle;
    for (int s = 24; s >= 0; s -= 8)
        v.append(static_cast<char>((ic >> s) & 0xFF));
    return v;
}
} // namespace

DeviceSimulator::DeviceSimulator(QByteArray systemTitle, QByteArray mk)
    : m_systemTitle(std::move(systemTitle)), m_mk(std::move(mk)) {}

void DeviceSimulator::setKeys(int client, QByteArray ak, QByteArray guek) {
    m_ak[client] = std::move(ak);
    m_guek[client] = std::move(guek);
}

QString DeviceSimulator::applyGlobalKeyTransfer(int client, const QByteArray& p) {
    // 01 n { 02 02 16 id 09 len wrapped }*n — lengths below 0x80 only (24- or 40-byte blobs).
    if (p.size() < 2 || quint8(p[0]) != 0x01)
        return QStringLiteral("not an array");
    const int n = quint8(p[1]);
    int at = 2;
    QByteArray newMk, newAk, newGuek;
    for (int i = 0; i < n; ++i) {
        if (at + 6 > p.size() || quint8(p[at]) != 0x02 || quint8(p[at + 1]) != 0x02 ||
            quint8(p[at + 2]) != 0x16 || quint8(p[at + 4]) != 0x09)
            return QStringLiteral("bad structure at %1").arg(at);
        const int id = quint8(p[at + 3]);
        const int len = quint8(p[at + 5]);
        if (len >= 0x80 || at + 6 + len > p.size())
            return QStringLiteral("bad octet-string length at %1").arg(at + 5);
        const QByteArray key = unwrap(m_mk, p.mid(at + 6, len));
        if (key.size() != 16)
            return QStringLiteral("key %1 does not unwrap under the current MK").arg(id);
        if (id == 0)
            newGuek = key;
        else if (id == 2)
            newAk = key;
        else if (id == 3)
            newMk = key;
        else
            return QStringLiteral("unsupported key id %1").arg(id);
        at += 6 + len;
    }
    if (at != p.size())
        return QStringLiteral("trailing bytes");
    // All keys of one invocation are unwrapped before any is installed.
    if (!newGuek.isEmpty())
        m_guek[client] = newGuek;
    if (!newAk.isEmpty())
        m_ak[client] = newAk;
    if (!newMk.isEmpty())
        m_mk = newMk;
    return {};
}

QByteArray DeviceSimulator::protect(int client, std::uint8_t sc, std::uint32_t ic,
                                    const QByteArray& apdu) const {
    Ctx ctx(EVP_CIPHER_CTX_new());
    const QByteArray nonce = iv(m_systemTitle, ic);
    QByteArray aad(1, static_cast<char>(sc));
    aad += m_ak[client];
    if (sc == 0x10)
        aad += apdu;
    int len = 0;
    EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_gcm(), nullptr, nullptr, nullptr);
    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, 12, nullptr);
    EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u8(m_guek[client]), u8(nonce));
    EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size()));
    QByteArray body = apdu;
    if (sc == 0x30) {
        body = QByteArray(apdu.size(), '\0');
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(body.data()), &len, u8(apdu),
                          static_cast<int>(apdu.size()));
    }
    unsigned char fin[16];
    EVP_EncryptFinal_ex(ctx.get(), fin, &len);
    unsigned char tag[16];
    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag);
    QByteArray frame(1, static_cast<char>(sc));
    frame += nonce.mid(8);
    frame += body;
    frame += QByteArray(reinterpret_cast<const char*>(tag), 12);
    return frame;
}

QByteArray DeviceSimulator::unprotect(int client, std::uint8_t sc, const QByteArray& peerSystemTitle,
                                      const QByteArray& frame, bool* ok) const {
    *ok = false;
    if (frame.size() < 5 + 12 || quint8(frame[0]) != sc)
        return {};
    const std::uint32_t ic =
        (quint8(frame[1]) << 24) | (quint8(frame[2]) << 16) | (quint8(frame[3]) << 8) | quint8(frame[4]);
    const QByteArray body = frame.mid(5, frame.size() - 5 - 12);
    QByteArray tag = frame.right(12);
    const QByteArray nonce = iv(peerSystemTitle, ic);
    Ctx ctx(EVP_CIPHER_CTX_new());
    QByteArray aad(1, static_cast<char>(sc));
    aad += m_ak[client];
    if (sc == 0x10)
        aad += body;
    int len = 0;
    EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_gcm(), nullptr, nullptr, nullptr);
    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, 12, nullptr);
    EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u8(m_guek[client]), u8(nonce));
    EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(aad), static_cast<int>(aad.size()));
    QByteArray plain = body;
    if (sc == 0x30)
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &len, u8(body),
                          static_cast<int>(body.size()));
    EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 12, tag.data());
    unsigned char fin[16];
    if (EVP_DecryptFinal_ex(ctx.get(), fin, &len) != 1)
        return {};
    *ok = true;
    return plain;
}

QByteArray DeviceSimulator::cmac5(const QByteArray& key) {
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "CMAC", nullptr);
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
    char cipher[] = "AES-128-CBC";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("cipher", cipher, 0), OSSL_PARAM_construct_end()};
    unsigned char out[16];
    size_t outLen = 0;
    const unsigned char zero[16] = {};
    EVP_MAC_init(ctx, u8(key), key.size(), params);
    EVP_MAC_update(ctx, zero, 16);
    EVP_MAC_final(ctx, out, &outLen, sizeof out);
    EVP_MAC_CTX_free(ctx);
    EVP_MAC_free(mac);
    return QByteArray(reinterpret_cast<const char*>(out), 5);
}

} // namespace symbolon::test
