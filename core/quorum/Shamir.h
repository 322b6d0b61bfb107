#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QVector>

namespace symbolon::quorum {

// One Shamir share over GF(256) (libgfshare): x-coordinate `index` (1..255) and one byte per
// secret byte. Compatible with gfsplit/gfcombine (a share file "NAME.NNN" holds `data`, NNN
// being the index).
struct Share {
    quint8 index = 0;
    SecureBytes data;
};

// k-of-n split with distinct random indexes, randomness from OpenSSL's private DRBG.
[[nodiscard]] Result<QVector<Share>> shamirSplit(const SecureBytes& secret, int k, int n);
// Rebuilds the secret from at least k shares (fewer give garbage: the caller checks the result,
// e.g. by logging in). Refuses duplicate indexes and unequal lengths.
[[nodiscard]] Result<SecureBytes> shamirCombine(const QVector<Share>& shares);

} // namespace symbolon::quorum
