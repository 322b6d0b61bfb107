#include "dlms/Suite0Frame.h"

#include "dlms/AesGcm.h"

#include <QCoreApplication>
#include <QtEndian>

namespace symbolon::dlms {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::dlms", s);
}

Status checkKeys(const SecureBytes& ek, const SecureBytes& ak, const QByteArray& systemTitle) {
    if (ek.size() != 16 || ak.size() != 16)
        return fail(
            ErrorCode::InvalidInput,
            dlms::tr("Security suite 0 needs a 16-byte encryption key and a 16-byte authentication key."));
    if (systemTitle.size() != Suite0Frame::kSystemTitleLength)
        return fail(ErrorCode::InvalidInput, dlms::tr("The system title must be 8 bytes."));
    return {};
}

QByteArray counterBytes(std::uint32_t ic) {
    QByteArray b(4, '\0');
    qToBigEndian(ic, b.data());
    return b;
}

QByteArray makeIv(const QByteArray& systemTitle, std::uint32_t ic) {
    return systemTitle + counterBytes(ic);
}

// SC ‖ AK, then whatever the mode adds (plaintext for 0x10, the challenge for HLS 5).
QByteArray makeAad(SecurityControl sc, const SecureBytes& ak, const QByteArray& tail) {
    QByteArray aad;
    aad.reserve(1 + 16 + tail.size());
    aad.append(char(securityControlByte(sc)));
    aad.append(reinterpret_cast<const char*>(ak.data()), qsizetype(ak.size()));
    aad.append(tail);
    return aad;
}

// AAD holds the AK: wipe it before the buffer is released.
struct AadGuard {
    QByteArray& aad;
    ~AadGuard() { aad.fill('\0'); }
};
} // namespace

Result<QByteArray> Suite0Frame::protect(SecurityControl sc, const SecureBytes& ek, const SecureBytes& ak,
                                        const QByteArray& systemTitle, std::uint32_t invocationCounter,
                                        const QByteArray& plaintext) {
    if (Status s = checkKeys(ek, ak, systemTitle); !s)
        return s.error();
    const QByteArray iv = makeIv(systemTitle, invocationCounter);
    QByteArray out;
    out.append(char(securityControlByte(sc)));
    out.append(counterBytes(invocationCounter));
    if (sc == SecurityControl::EncryptionOnly) {
        Result<QByteArray> ct = aesGcmKeystreamXor(ek, iv, plaintext);
        if (!ct)
            return ct.error();
        return out + *ct;
    }
    const bool enc = encrypts(sc);
    QByteArray aad = makeAad(sc, ak, enc ? QByteArray() : plaintext);
    AadGuard guard{aad};
    Result<GcmSealed> sealed = aesGcmEncrypt(ek, iv, aad, enc ? plaintext : QByteArray(), kTagLength);
    if (!sealed)
        return sealed.error();
    return out + (enc ? sealed->ciphertext : plaintext) + sealed->tag;
}

Result<Suite0Frame::Opened> Suite0Frame::unprotect(SecurityControl expected, const SecureBytes& ek,
                                                   const SecureBytes& ak, const QByteArray& systemTitle,
                                                   const QByteArray& frame) {
    if (Status s = checkKeys(ek, ak, systemTitle); !s)
        return s.error();
    const int minimum = kHeaderLength + (authenticates(expected) ? kTagLength : 0);
    if (frame.size() < minimum)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::dlms", "The protected frame is truncated: %1 "
                                                                  "bytes, at least %2 expected for %3.")
                        .arg(frame.size())
                        .arg(minimum)
                        .arg(securityControlName(expected)));
    const auto scByte = static_cast<std::uint8_t>(frame.at(0));
    if (scByte != securityControlByte(expected)) {
        Result<SecurityControl> got = parseSecurityControl(scByte);
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("symbolon::dlms",
                                        "The frame's security control is %1 but %2 is required here.")
                .arg(got ? securityControlName(*got) : got.error().message, securityControlName(expected)));
    }
    const std::uint32_t ic = qFromBigEndian<std::uint32_t>(frame.constData() + 1);
    const QByteArray iv = makeIv(systemTitle, ic);
    const QByteArray body = frame.mid(kHeaderLength, frame.size() - minimum);
    if (expected == SecurityControl::EncryptionOnly) {
        Result<QByteArray> pt = aesGcmKeystreamXor(ek, iv, body);
        if (!pt)
            return pt.error();
        return Opened{expected, ic, *pt};
    }
    const QByteArray tag = frame.right(kTagLength);
    const bool enc = encrypts(expected);
    QByteArray aad = makeAad(expected, ak, enc ? QByteArray() : body);
    AadGuard guard{aad};
    Result<QByteArray> pt = aesGcmDecrypt(ek, iv, aad, enc ? body : QByteArray(), tag);
    if (!pt)
        return pt.error();
    return Opened{expected, ic, enc ? *pt : body};
}

Result<QByteArray> Suite0Frame::hls5Reply(const SecureBytes& ek, const SecureBytes& ak,
                                          const QByteArray& systemTitle, std::uint32_t invocationCounter,
                                          const QByteArray& challenge) {
    if (Status s = checkKeys(ek, ak, systemTitle); !s)
        return s.error();
    if (challenge.isEmpty())
        return fail(ErrorCode::InvalidInput, dlms::tr("The HLS challenge is empty."));
    constexpr SecurityControl sc = SecurityControl::AuthenticationOnly;
    QByteArray aad = makeAad(sc, ak, challenge);
    AadGuard guard{aad};
    Result<GcmSealed> sealed =
        aesGcmEncrypt(ek, makeIv(systemTitle, invocationCounter), aad, QByteArray(), kTagLength);
    if (!sealed)
        return sealed.error();
    return QByteArray(1, char(securityControlByte(sc))) + counterBytes(invocationCounter) + sealed->tag;
}

Status Suite0Frame::hls5Verify(const SecureBytes& ek, const SecureBytes& ak, const QByteArray& systemTitle,
                               const QByteArray& challenge, const QByteArray& reply) {
    if (Status s = checkKeys(ek, ak, systemTitle); !s)
        return s;
    if (reply.size() != kHeaderLength + kTagLength)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::dlms", "The HLS reply is %1 bytes; SC, "
                                                                  "invocation counter and a 12-byte tag "
                                                                  "make 17.")
                        .arg(reply.size()));
    if (static_cast<std::uint8_t>(reply.at(0)) != securityControlByte(SecurityControl::AuthenticationOnly))
        return fail(ErrorCode::InvalidInput,
                    dlms::tr("The HLS reply must use security control 0x10 (authentication)."));
    const std::uint32_t ic = qFromBigEndian<std::uint32_t>(reply.constData() + 1);
    QByteArray aad = makeAad(SecurityControl::AuthenticationOnly, ak, challenge);
    AadGuard guard{aad};
    Result<QByteArray> r =
        aesGcmDecrypt(ek, makeIv(systemTitle, ic), aad, QByteArray(), reply.right(kTagLength));
    if (!r)
        return fail(ErrorCode::Crypto,
                    dlms::tr("The HLS reply does not verify: the peer does not hold the same keys, "
                             "or the reply was altered."));
    return {};
}

} // namespace symbolon::dlms
