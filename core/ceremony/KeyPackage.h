#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace symbolon::ceremony {

// A self-describing, signed KEK package (CKMP (d)(ii): digital signatures on key packages).
// JSON, version 1:
//   format "symbolon-key-package", version 1, key_kind "Shared Key",
//   wrapping "RFC 3394", wrapped_key (hex, 24 bytes), key_kcv and wrapping_key_kcv (labelled),
//   wrapping_key_label, created_at, created_by, approvals [..],
//   signer (SHA-256 of the signing key's SPKI, hex), signature (base64 DER ECDSA P-256/SHA-256)
// The signature covers canonicalBytes(): a domain prefix and the compact JSON (Qt sorts the
// keys) of every field except "signature".
struct KeyPackage {
    static constexpr int kVersion = 1;
    // A real package is under 2 KiB; the cap keeps a hostile file from costing memory (issue #16).
    static constexpr qsizetype kMaxFileBytes = 64 * 1024;
    QString keyKind;
    // The KEK version carried (issue #20): "key_version", written only from version 2 on, so that
    // a version 1 package is byte for byte what it always was; absent means 1.
    int keyVersion = 1;
    QByteArray wrappedKey;
    QString keyKcv;
    QString wrappingKeyKcv;
    QString wrappingKeyLabel;
    QDateTime createdAt;
    QString createdBy;
    QStringList approvals;
    QString signer;
    QByteArray signature;

    QJsonObject toJson(bool withSignature = true) const;
    QByteArray canonicalBytes() const;
    QByteArray toFile() const; // indented JSON

    // Format, version and fields only (no signature check): precise refusals.
    [[nodiscard]] static Result<KeyPackage> parse(const QByteArray& file);
    // Signer fingerprint and ECDSA signature against this public key (SPKI DER).
    [[nodiscard]] Status verifySignature(const QByteArray& publicKeySpki) const;
};

// PEM "PUBLIC KEY" <-> SPKI DER.
QByteArray publicKeyPem(const QByteArray& spki);
[[nodiscard]] Result<QByteArray> spkiFromPem(const QByteArray& pem);

} // namespace symbolon::ceremony
