// libFuzzer target: the signed JSON Lines reader of instruction batches and key exports
// (core/rekey/SignedJsonLines::parse, no key: structure only), and the device-list reader of
// "rekey plan --device-list". Oracle: no crash, every refusal has a message, and a parsed
// document has its header's format.
#include "rekey/InstructionBatch.h"
#include "rekey/RekeyRequest.h"
#include "rekey/SignedJsonLines.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace symbolon::rekey;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto doc = SignedJsonLines::parse(content, InstructionBatch::format(), QByteArray());
    if (!doc && doc.error().message.isEmpty())
        std::abort();
    if (doc && doc->header.value(QStringLiteral("format")).toString() != InstructionBatch::format())
        std::abort();
    auto ids = parseDeviceList(content);
    if (!ids && ids.error().message.isEmpty())
        std::abort();
    if (ids)
        for (const QString& id : *ids)
            if (id.size() != 16)
                std::abort();
    return 0;
}
