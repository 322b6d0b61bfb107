#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace symbolon::hsm {

class Session;

// One object on a token as the HSM Slots view shows it: read with raw C_FindObjects (libp11
// 0.4.12 stops enumerating at the first key that is neither RSA nor EC).
struct TokenObject {
    unsigned long handle = 0;
    QString label;
    QByteArray id;
    QString objectClass; // "secret key", "private key", "public key", "data", "certificate", ...
    QString keyType;     // "AES", "EC", "RSA", ... (empty for non-keys)
    QString kcv;         // labelled ("CMAC-5B …" or "ECB-3B …"), empty when not computable
    QString uri;         // RFC 7512 object URI

    // Security attributes; absent ones (not a key) read as false.
    bool sensitive = false;
    bool extractable = false;
    bool neverExtractable = false;
    bool local = false;
    bool alwaysSensitive = false;
    bool encrypt = false;
    bool decrypt = false;
    bool wrap = false;
    bool unwrap = false;
    bool sign = false;
    bool verify = false;
    bool derive = false;
    bool trusted = false;
    bool wrapWithTrusted = false;
    bool privateObject = false;
    bool tokenObject = false;

    QStringList findings; // policy findings, each a sentence

    // Every object visible in this session (log in first to see private ones).
    [[nodiscard]] static Result<QVector<TokenObject>> list(Session& session);
};

} // namespace symbolon::hsm
