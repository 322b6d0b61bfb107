#include "quorum/Shamir.h"

// libgfshare.h has no extern "C" guard of its own.
extern "C" {
#include <libgfshare.h>
}
#include <openssl/rand.h>

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace symbolon::quorum {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::quorum", s);
}

// libgfshare's coefficients must come from a cryptographic generator, never random().
void fillRandom(unsigned char* buffer, unsigned int size) {
    if (RAND_priv_bytes(buffer, static_cast<int>(size)) != 1)
        abort(); // no safe way to continue a split without randomness
}
} // namespace

Result<QVector<Share>> shamirSplit(const SecureBytes& secret, int k, int n) {
    if (k < 1 || n < k || n > 255)
        return fail(ErrorCode::InvalidInput,
                    quorum::tr("A quorum needs 1 <= k <= n <= 255 (k = %1, n = %2).").arg(k).arg(n));
    if (secret.empty())
        return fail(ErrorCode::InvalidInput, quorum::tr("There is no secret to split."));
    gfshare_fill_rand = fillRandom;

    std::vector<unsigned char> indexes;
    while (static_cast<int>(indexes.size()) < n) {
        unsigned char x = 0;
        fillRandom(&x, 1);
        if (x != 0 && std::find(indexes.begin(), indexes.end(), x) == indexes.end())
            indexes.push_back(x);
    }
    gfshare_ctx* ctx =
        gfshare_ctx_init_enc(indexes.data(), static_cast<unsigned>(n), static_cast<unsigned char>(k),
                             static_cast<unsigned>(secret.size()));
    if (!ctx)
        return fail(ErrorCode::Crypto, quorum::tr("libgfshare could not start the split."));
    SecureBytes copy(secret); // libgfshare takes a non-const pointer
    gfshare_ctx_enc_setsecret(ctx, copy.data());
    QVector<Share> shares;
    for (int i = 0; i < n; ++i) {
        Share s;
        s.index = indexes[static_cast<std::size_t>(i)];
        s.data = SecureBytes(secret.size());
        gfshare_ctx_enc_getshare(ctx, static_cast<unsigned char>(i), s.data.data());
        shares.push_back(std::move(s));
    }
    gfshare_ctx_free(ctx); // libgfshare wipes its buffers before freeing them
    return shares;
}

Result<SecureBytes> shamirCombine(const QVector<Share>& shares) {
    if (shares.isEmpty())
        return fail(ErrorCode::InvalidInput, quorum::tr("No shares were given."));
    const std::size_t size = shares.front().data.size();
    std::vector<unsigned char> indexes;
    for (const Share& s : shares) {
        if (s.index == 0)
            return fail(ErrorCode::InvalidInput,
                        quorum::tr("A share has index 0, which is not a valid share."));
        if (s.data.size() != size || size == 0)
            return fail(ErrorCode::InvalidInput,
                        quorum::tr("The shares have different lengths: they come from different splits."));
        if (std::find(indexes.begin(), indexes.end(), s.index) != indexes.end())
            return fail(ErrorCode::InvalidInput,
                        quorum::tr("The same share (index %1) was given twice.").arg(s.index));
        indexes.push_back(s.index);
    }
    // gfshare_ctx_free scrubs through gfshare_fill_rand: a process that only combines (the CLI)
    // would otherwise call a null pointer there.
    gfshare_fill_rand = fillRandom;
    gfshare_ctx* ctx = gfshare_ctx_init_dec(indexes.data(), static_cast<unsigned>(indexes.size()),
                                            static_cast<unsigned>(size));
    if (!ctx)
        return fail(ErrorCode::Crypto, quorum::tr("libgfshare could not start combining."));
    for (int i = 0; i < shares.size(); ++i) {
        SecureBytes copy(shares[i].data);
        gfshare_ctx_dec_giveshare(ctx, static_cast<unsigned char>(i), copy.data());
    }
    SecureBytes secret(size);
    gfshare_ctx_dec_extract(ctx, secret.data());
    gfshare_ctx_free(ctx);
    return secret;
}

} // namespace symbolon::quorum
