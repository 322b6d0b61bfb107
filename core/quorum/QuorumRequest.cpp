#include "quorum/QuorumRequest.h"

#include <openssl/rand.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtEndian>

namespace symbolon::quorum {

namespace {
void putField(QByteArray& out, const QByteArray& field) {
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(field.size()), len);
    out.append(len, 4);
    out.append(field);
}
QString isoSeconds(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

QuorumRequest QuorumRequest::make(const QString& action, const QJsonObject& parameters,
                                  const QString& requester, int timeoutSecs) {
    QuorumRequest r;
    r.action = action;
    r.parameters = parameters;
    r.requester = requester;
    r.nonce = QByteArray(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(r.nonce.data()), 16) != 1)
        qFatal("the random generator failed");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.createdAt = now.addMSecs(-(now.time().msec()));
    r.expiresAt = r.createdAt.addSecs(timeoutSecs);
    return r;
}

QByteArray QuorumRequest::canonical() const {
    QByteArray out("symbolon-quorum-request-v1");
    putField(out, action.toUtf8());
    putField(out, QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    putField(out, requester.toUtf8());
    putField(out, nonce);
    putField(out, isoSeconds(createdAt).toUtf8());
    putField(out, isoSeconds(expiresAt).toUtf8());
    return out;
}

QByteArray QuorumRequest::digest() const {
    return QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256);
}

QJsonObject QuorumRequest::toJson() const {
    return QJsonObject{{QStringLiteral("action"), action},
                       {QStringLiteral("parameters"), parameters},
                       {QStringLiteral("requester"), requester},
                       {QStringLiteral("nonce"), QString::fromLatin1(nonce.toHex())},
                       {QStringLiteral("created_at"), isoSeconds(createdAt)},
                       {QStringLiteral("expires_at"), isoSeconds(expiresAt)},
                       {QStringLiteral("digest"), QString::fromLatin1(digest().toHex())}};
}

} // namespace symbolon::quorum
