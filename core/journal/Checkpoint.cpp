#include "journal/Checkpoint.h"

#include <QCoreApplication>
#include <QtEndian>

namespace symbolon::journal {

QByteArray Checkpoint::canonical() const {
    QByteArray out("symbolon-checkpoint-v1");
    char seqBytes[8];
    qToBigEndian<quint64>(static_cast<quint64>(seq), seqBytes);
    out.append(seqBytes, 8);
    out.append(hash);
    const QByteArray t = time.toUTC().toString(Qt::ISODateWithMs).toUtf8();
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(t.size()), len);
    out.append(len, 4);
    out.append(t);
    out.append(keyFingerprint.toLatin1());
    return out;
}

QByteArray Checkpoint::cardCanonical() const {
    return QByteArray("symbolon-checkpoint-card-v1") + canonical();
}

QJsonObject Checkpoint::toJson() const {
    QJsonObject o{{QStringLiteral("seq"), seq},
                  {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())},
                  {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("key_fingerprint"), keyFingerprint},
                  {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    if (cardSigned()) {
        o.insert(QStringLiteral("card_fingerprint"), cardFingerprint);
        o.insert(QStringLiteral("card_signature"), QString::fromLatin1(cardSignature.toBase64()));
    }
    return o;
}

Result<Checkpoint> Checkpoint::fromJson(const QJsonObject& o) {
    Checkpoint c;
    c.seq = o.value(QStringLiteral("seq")).toInteger(-1);
    c.hash = QByteArray::fromHex(o.value(QStringLiteral("hash")).toString().toLatin1());
    c.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    c.keyFingerprint = o.value(QStringLiteral("key_fingerprint")).toString();
    c.signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    const bool hasCard =
        o.contains(QStringLiteral("card_fingerprint")) || o.contains(QStringLiteral("card_signature"));
    c.cardFingerprint = o.value(QStringLiteral("card_fingerprint")).toString();
    c.cardSignature = QByteArray::fromBase64(o.value(QStringLiteral("card_signature")).toString().toLatin1());
    if (hasCard && (c.cardFingerprint.size() != 64 || c.cardSignature.isEmpty()))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "symbolon::journal",
                        "A checkpoint's card signature is malformed: expected card_fingerprint (64 hex) "
                        "and card_signature (base64), both or neither."));
    if (c.seq < 1 || c.hash.size() != 32 || !c.time.isValid() || c.keyFingerprint.size() != 64 ||
        c.signature.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "symbolon::journal",
                        "A checkpoint is malformed: expected seq (>= 1), hash (32 bytes hex), "
                        "time (ISO 8601), key_fingerprint (64 hex) and signature (base64)."));
    return c;
}

} // namespace symbolon::journal
