#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::rekey {

// The signed JSON Lines documents the re-key issues (instruction batch, key export):
//   line 1         header object: "format", "version", and the document's fields
//   lines 2..n     one object per record
//   last line      {"signature": base64 DER ECDSA P-256/SHA-256 over every byte before this
//                   line, "signer": SHA-256 of the signing key's SPKI, hex}
// Signed with the workspace's journal signing key, so the evidence pack's public key verifies it.
class SignedJsonLines {
public:
    [[nodiscard]] static Result<QByteArray> build(workspace::Workspace& ws, const QJsonObject& header,
                                                  const QVector<QByteArray>& compactRecords);
    struct Parsed {
        QJsonObject header;
        QVector<QJsonObject> records;
        QString signer;
    };
    // Strict: every line must be a JSON object; the header's format must be `format`; the
    // signature must verify under spki (when given). Errors name the line.
    [[nodiscard]] static Result<Parsed> parse(const QByteArray& content, const QString& format,
                                              const QByteArray& spki);
};

} // namespace symbolon::rekey
