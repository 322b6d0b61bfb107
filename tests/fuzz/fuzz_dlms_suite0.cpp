// libFuzzer target: DLMS security suite 0 frame opening (core/dlms/Suite0Frame::unprotect) and
// HLS-5 reply checking over arbitrary frames. The first input byte chooses the expected security
// control. Oracle: for an encryption-only frame (no tag) that opens, protecting the plaintext
// again with the returned counter must give back the very same frame.
#include "dlms/Suite0Frame.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace symbolon;
using namespace symbolon::dlms;

namespace {
SecureBytes key(const char* hex) {
    const QByteArray b = QByteArray::fromHex(hex);
    return SecureBytes(b.constData(), static_cast<std::size_t>(b.size()));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    static const SecureBytes ek = key("000102030405060708090A0B0C0D0E0F");
    static const SecureBytes ak = key("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF");
    static const QByteArray title = QByteArray::fromHex("4D4D4D0000BC614E");
    static const SecurityControl kinds[] = {SecurityControl::AuthenticationOnly,
                                            SecurityControl::EncryptionOnly,
                                            SecurityControl::AuthenticatedEncryption};
    const SecurityControl expected = kinds[data[0] % 3];
    const QByteArray frame(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    auto opened = Suite0Frame::unprotect(expected, ek, ak, title, frame);
    if (opened) {
        if (opened->sc != expected)
            std::abort(); // a downgrade got through
        auto again =
            Suite0Frame::protect(opened->sc, ek, ak, title, opened->invocationCounter, opened->plaintext);
        if (!again || *again != frame)
            std::abort();
    }
    (void)Suite0Frame::hls5Verify(ek, ak, title, QByteArray::fromHex("503677524A323146"), frame);
    return 0;
}
