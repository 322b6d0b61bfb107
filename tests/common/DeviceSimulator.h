#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>

namespace symbolon::test {

// A simulated SMETS1 meter for the end-to-end re-key tests: it holds its MK and, per keyed
// client (1..4), its AK and GUEK in plain memory (test data only). Deliberately independent of
// Symbolon's core DLMS code — its own A-XDR reader, OpenSSL's AES key wrap (EVP_aes_128_wrap)
// and OpenSSL's AES-GCM — so that an end-to-end pass means two implementations agree.
class DeviceSimulator {
public:
    DeviceSimulator(QByteArray systemTitle, QByteArray mk);
    void setKeys(int client, QByteArray ak, QByteArray guek);

    // Security setup method 2 (global_key_transfer) invoked by `client`: array of
    // {key_id enum, key_wrapped octet-string}, each unwrapped under the *current* MK.
    // Returns an empty string on success, else what the meter would reject.
    QString applyGlobalKeyTransfer(int client, const QByteArray& params);

    QByteArray mk() const { return m_mk; }
    QByteArray ak(int client) const { return m_ak[client]; }
    QByteArray guek(int client) const { return m_guek[client]; }
    QByteArray systemTitle() const { return m_systemTitle; }

    // Suite 0 (AES-GCM-128) as the meter does it, for `client`'s keys.
    // sc 0x30: SC ‖ IC ‖ ciphertext ‖ tag(12), AAD = SC ‖ AK. sc 0x10: SC ‖ IC ‖ plaintext ‖ tag,
    // AAD = SC ‖ AK ‖ plaintext. IV = sender's system title ‖ IC.
    QByteArray protect(int client, std::uint8_t sc, std::uint32_t ic, const QByteArray& apdu) const;
    // Verifies and opens a frame sent by a peer with that system title; empty on failure.
    QByteArray unprotect(int client, std::uint8_t sc, const QByteArray& peerSystemTitle,
                         const QByteArray& frame, bool* ok) const;

    static QByteArray cmac5(const QByteArray& key); // the KCV the records carry (CMAC-5B)

private:
    QByteArray m_systemTitle, m_mk;
    std::array<QByteArray, 5> m_ak, m_guek;
};

} // namespace symbolon::test
