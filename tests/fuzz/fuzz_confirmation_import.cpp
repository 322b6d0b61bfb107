// libFuzzer target: the DCO's results file (core/rekey/Confirmation::parse), the re-key's only
// unsigned input. Oracle: a parsed file has at least one line, every line names a run >= 1, a
// canonical device id, and a failure always carries a reason; line numbers ascend.
#include "rekey/Confirmation.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace symbolon::rekey;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray content(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto lines = Confirmation::parse(content);
    if (!lines) {
        if (lines.error().message.isEmpty())
            std::abort();
        return 0;
    }
    if (lines->isEmpty())
        std::abort();
    int last = 0;
    for (const Confirmation::Line& l : *lines) {
        if (l.run < 1 || l.deviceId.size() != 16 || l.lineNo <= last ||
            (!l.success && l.reason.trimmed().isEmpty()))
            std::abort();
        last = l.lineNo;
    }
    return 0;
}
