#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>

namespace symbolon::hsm {

class Session;
class EcKeyPair;

// A secret sealed to a card's EC P-256 public key, ECIES-style, so that only that card can open
// it and anyone may seal to it without the card (keyslots, and key-token PIN shares re-dealt to
// cards that are not present):
//   an ephemeral P-256 key pair e is made in software;
//   Z = ECDH(e, card public key)   — to open, the card computes ECDH(card private, e.pub);
//   KEK = HKDF-SHA256(ikm = Z, salt = e.pub, info = label ‖ aad);
//   sealed = AES-256-GCM(KEK, nonce, secret, aad) ‖ tag.
// `aad` binds what the secret is for (holder, card, purpose…): changing any of it fails the open.
struct SealedToCard {
    QByteArray ephemeralPoint; // 65-byte uncompressed point
    QByteArray nonce;          // 12 bytes
    QByteArray sealed;         // ciphertext ‖ 16-byte tag
};

[[nodiscard]] Result<SealedToCard> sealToCard(const QByteArray& publicKeySpki, const SecureBytes& secret,
                                              const QByteArray& label, const QByteArray& aad);
// Needs a logged-in session on the card and its key pair. Fails with ErrorCode::Crypto when the
// tag does not verify (altered aad or ciphertext, or another card).
[[nodiscard]] Result<SecureBytes> openSealed(Session& card, const EcKeyPair& key, const SealedToCard& s,
                                             const QByteArray& label, const QByteArray& aad);

} // namespace symbolon::hsm
