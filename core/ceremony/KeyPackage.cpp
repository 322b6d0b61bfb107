#include "ceremony/KeyPackage.h"

#include "common/StrictJson.h"
#include "hsm/EcKeyPair.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}
const QString kFormat = QStringLiteral("symbolon-key-package");
} // namespace

QJsonObject KeyPackage::toJson(bool withSignature) const {
    QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("key_kind"), keyKind},
        {QStringLiteral("wrapping"), QStringLiteral("RFC 3394")},
        {QStringLiteral("wrapped_key"), QString::fromLatin1(wrappedKey.toHex().toUpper())},
        {QStringLiteral("key_kcv"), keyKcv},
        {QStringLiteral("wrapping_key_kcv"), wrappingKeyKcv},
        {QStringLiteral("wrapping_key_label"), wrappingKeyLabel},
        {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("approvals"), QJsonArray::fromStringList(approvals)},
        {QStringLiteral("signer"), signer},
    };
    if (keyVersion > 1)
        o.insert(QStringLiteral("key_version"), keyVersion);
    if (withSignature)
        o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return o;
}

QByteArray KeyPackage::canonicalBytes() const {
    return QByteArrayLiteral("symbolon-key-package-v1\n") +
           QJsonDocument(toJson(false)).toJson(QJsonDocument::Compact);
}

QByteArray KeyPackage::toFile() const {
    return QJsonDocument(toJson(true)).toJson(QJsonDocument::Indented);
}

Result<KeyPackage> KeyPackage::parse(const QByteArray& file) {
    if (file.size() > kMaxFileBytes)
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The key package is %1 bytes long; a key package is at most %2 bytes. Ask "
                                 "the sender for the file again.")
                        .arg(file.size())
                        .arg(kMaxFileBytes));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(file, &pe);
    if (pe.error == QJsonParseError::NoError && !doc.isObject())
        return fail(
            ErrorCode::InvalidInput,
            ceremony::tr(
                "This file is JSON but not a Symbolon key package (a key package is one JSON object)."));
    if (pe.error != QJsonParseError::NoError)
        return fail(
            ErrorCode::InvalidInput,
            ceremony::tr(
                "The key package is not complete JSON (truncated or damaged near byte %1: %2). Ask the "
                "sender for the file again.")
                .arg(pe.offset)
                .arg(pe.errorString()));
    if (const json::Duplicate d = json::findDuplicateKey(file); d.found())
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The key package is refused: %1.").arg(json::duplicateKeyMessage(d)));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("This file is not a Symbolon key package (field \"format\" is not \"%1\").")
                        .arg(kFormat));
    const QJsonValue v = o.value(QStringLiteral("version"));
    if (!v.isUndefined() && !v.isDouble())
        return fail(
            ErrorCode::InvalidInput,
            ceremony::tr("The key package's \"version\" must be a number; this Symbolon reads version %1.")
                .arg(kVersion));
    if (!v.isDouble() || v.toInt() != kVersion)
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The key package has version %1; this Symbolon reads version %2 only.")
                        .arg(v.isDouble() ? QString::number(v.toDouble()) : QStringLiteral("(missing)"))
                        .arg(kVersion));
    for (const char* field : {"key_kind", "wrapping", "wrapped_key", "key_kcv", "wrapping_key_kcv",
                              "wrapping_key_label", "created_at", "created_by", "signer", "signature"})
        if (!o.value(QLatin1String(field)).isString() || o.value(QLatin1String(field)).toString().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        ceremony::tr("The key package lacks the field \"%1\" (or it is empty).")
                            .arg(QLatin1String(field)));
    // The signature covers every field but "signature" (canonicalBytes): a field this version
    // does not know would be outside it, so it is refused rather than carried along unsigned.
    static const QStringList known{QStringLiteral("format"),           QStringLiteral("version"),
                                   QStringLiteral("key_kind"),         QStringLiteral("wrapping"),
                                   QStringLiteral("wrapped_key"),      QStringLiteral("key_kcv"),
                                   QStringLiteral("wrapping_key_kcv"), QStringLiteral("wrapping_key_label"),
                                   QStringLiteral("created_at"),       QStringLiteral("created_by"),
                                   QStringLiteral("approvals"),        QStringLiteral("signer"),
                                   QStringLiteral("signature"),        QStringLiteral("key_version")};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!known.contains(it.key()))
            return fail(ErrorCode::InvalidInput,
                        ceremony::tr("The key package has a field \"%1\" that the format does not have; its "
                                     "signature would not cover it, so the package is refused.")
                            .arg(it.key().left(64)));
    if (!o.value(QStringLiteral("approvals")).isArray())
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr(
                        "The key package lacks the field \"approvals\" (a list of the quorum's approvals)."));
    if (o.value(QStringLiteral("wrapping")).toString() != QLatin1String("RFC 3394"))
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The key package uses wrapping \"%1\"; only \"RFC 3394\" is accepted.")
                        .arg(o.value(QStringLiteral("wrapping")).toString()));
    KeyPackage p;
    p.keyKind = o.value(QStringLiteral("key_kind")).toString();
    if (o.contains(QStringLiteral("key_version"))) {
        const QJsonValue v = o.value(QStringLiteral("key_version"));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < 2 || d > 1000000)
            return fail(
                ErrorCode::InvalidInput,
                ceremony::tr("The key package's \"key_version\" must be a whole number from 2 to 1000000 "
                             "(version 1 is written without it)."));
        p.keyVersion = int(d);
    }
    const QString hex = o.value(QStringLiteral("wrapped_key")).toString();
    static const QRegularExpression notHex(QStringLiteral("[^0-9A-Fa-f]"));
    if (const auto m = notHex.match(hex); m.hasMatch())
        return fail(
            ErrorCode::InvalidInput,
            ceremony::tr(
                "The key package's \"wrapped_key\" has a character that is not a hexadecimal digit at "
                "position %1; expected 48 hexadecimal digits (an RFC 3394-wrapped AES-128 key).")
                .arg(m.capturedStart() + 1));
    if (hex.size() != 48)
        return fail(
            ErrorCode::InvalidInput,
            ceremony::tr(
                "The key package's \"wrapped_key\" must be 48 hexadecimal digits (an RFC 3394-wrapped "
                "AES-128 key); it has %1 characters.")
                .arg(hex.size()));
    p.wrappedKey = QByteArray::fromHex(hex.toLatin1());
    p.keyKcv = o.value(QStringLiteral("key_kcv")).toString();
    p.wrappingKeyKcv = o.value(QStringLiteral("wrapping_key_kcv")).toString();
    p.wrappingKeyLabel = o.value(QStringLiteral("wrapping_key_label")).toString();
    p.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    if (!p.createdAt.isValid())
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The key package's \"created_at\" is not an ISO 8601 time."));
    p.createdBy = o.value(QStringLiteral("created_by")).toString();
    for (const QJsonValue& a : o.value(QStringLiteral("approvals")).toArray()) {
        if (!a.isString())
            return fail(ErrorCode::InvalidInput,
                        ceremony::tr("The key package's \"approvals\" must list the approvals as text."));
        p.approvals << a.toString();
    }
    p.signer = o.value(QStringLiteral("signer")).toString();
    p.signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
    if (p.signature.isEmpty())
        return fail(ErrorCode::InvalidInput, ceremony::tr("The key package's \"signature\" is not base64."));
    return p;
}

Status KeyPackage::verifySignature(const QByteArray& publicKeySpki) const {
    const QString fingerprint =
        QString::fromLatin1(QCryptographicHash::hash(publicKeySpki, QCryptographicHash::Sha256).toHex());
    if (signer != fingerprint)
        return fail(
            ErrorCode::Crypto,
            ceremony::tr(
                "The key package was signed by an unknown key (fingerprint %1…); the expected signer is %2…. "
                "Refused: confirm the sender's journal signing key out of band.")
                .arg(signer.left(16), fingerprint.left(16)));
    if (!hsm::verifyEcdsaSha256(publicKeySpki, canonicalBytes(), signature))
        return fail(ErrorCode::Crypto,
                    ceremony::tr("The key package's signature does not verify: the package was altered "
                                 "after signing. Refused."));
    return {};
}

QByteArray publicKeyPem(const QByteArray& spki) {
    QByteArray b64 = spki.toBase64();
    QByteArray out = "-----BEGIN PUBLIC KEY-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += "-----END PUBLIC KEY-----\n";
    return out;
}

Result<QByteArray> spkiFromPem(const QByteArray& pem) {
    const qsizetype b = pem.indexOf("-----BEGIN PUBLIC KEY-----");
    const qsizetype e = pem.indexOf("-----END PUBLIC KEY-----");
    if (b < 0 || e < b)
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The public key file is not a PEM \"PUBLIC KEY\"."));
    const QByteArray body = pem.mid(b + 26, e - b - 26).simplified().replace(' ', "");
    QByteArray der = QByteArray::fromBase64(body, QByteArray::AbortOnBase64DecodingErrors);
    if (der.isEmpty() || hsm::p256PointFromSpki(der).isEmpty())
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The public key file does not hold an EC P-256 public key."));
    return der;
}

} // namespace symbolon::ceremony
