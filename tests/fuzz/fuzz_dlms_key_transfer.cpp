// libFuzzer target: A-XDR decoding of the Security setup global_key_transfer parameter
// (core/dlms/GlobalKeyTransfer). The decoder is strict (minimal lengths, no trailing bytes), so
// its inverse is exact. Oracle: whatever decodes encodes back to the same bytes.
#include "dlms/GlobalKeyTransfer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace symbolon::dlms;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray encoded(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto decoded = decodeGlobalKeyTransfer(encoded);
    if (!decoded)
        return 0;
    auto again = encodeGlobalKeyTransfer(*decoded);
    if (!again || *again != encoded)
        std::abort();
    return 0;
}
