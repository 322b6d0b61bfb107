#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace symbolon::journal {

struct Checkpoint;

// RFC 3161 trusted timestamps on checkpoints (issue #15, external anchors): a site Time-Stamping
// Authority signs the SHA-256 of each checkpoint's canonical bytes (sequence, head hash, signing
// time, key), so that nobody, the custodians included, can later make a checkpoint that appears
// to be older than it is. The TSA is reached over HTTP (RFC 3161 section 3.4; its answers are
// signed, so no TLS is needed), its tokens are kept with the checkpoints, and they are checked
// against the TSA certificate the verifier pins, never one read from the workspace.
class Timestamp {
public:
    // SHA-256 of c.canonical(): what the TSA is asked to sign.
    static QByteArray imprintOf(const Checkpoint& c);

    // Asks the TSA at url (http://host[:port]/path) for a token over imprint (32 bytes), with a
    // random nonce and the TSA's certificate requested. Checks the answer's status, version,
    // imprint and nonce (not its signature: that is the verifier's, against a pinned
    // certificate). Returns the TimeStampToken (CMS SignedData, DER).
    [[nodiscard]] static Result<QByteArray> request(const QString& url, const QByteArray& imprint,
                                                    int timeoutSeconds = 10);

    struct Verified {
        QDateTime genTime; // UTC, as the TSA signed it
        QString tsa;       // the signer certificate's subject
        QString serial;    // the token's serial number (hex)
    };
    // Checks a token: signed by a certificate for time stamping that chains to one of the PEM
    // certificates in trustedPem, over imprint. Fails with ErrorCode::Crypto naming what is wrong.
    [[nodiscard]] static Result<Verified> verify(const QByteArray& token, const QByteArray& imprint,
                                                 const QByteArray& trustedPem);
};

} // namespace symbolon::journal
