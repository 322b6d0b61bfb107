#include "journal/JournalEntry.h"

#include <openssl/evp.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QtEndian>

namespace symbolon::journal {

namespace {
void putField(QByteArray& out, const QByteArray& field) {
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(field.size()), len);
    out.append(len, 4);
    out.append(field);
}
} // namespace

QString JournalEntry::timeText() const {
    if (!timeStored.isEmpty())
        return timeStored;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject JournalEntry::details() const {
    return QJsonDocument::fromJson(detailsJson).object();
}

QByteArray JournalEntry::encodeDetails(const QJsonObject& details) {
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

namespace {
void appendCanonical(QByteArray& out, const JournalEntry& e) {
    out.append("symbolon-journal-v1", 19);
    char seqBytes[8];
    qToBigEndian<quint64>(static_cast<quint64>(e.seq), seqBytes);
    out.append(seqBytes, 8);
    putField(out, e.timeText().toUtf8());
    putField(out, e.actor.toUtf8());
    putField(out, e.role.toUtf8());
    putField(out, e.action.toUtf8());
    putField(out, e.target.toUtf8());
    putField(out, e.detailsJson);
}
} // namespace

QByteArray JournalEntry::canonical() const {
    QByteArray out;
    out.reserve(256);
    appendCanonical(out, *this);
    return out;
}

QByteArray JournalEntry::computeHash() const {
    // OpenSSL's one-shot SHA-256: verification hashes every entry, and it is several times faster
    // than QCryptographicHash here.
    QByteArray message; // prevHash ‖ canonical(), built in place
    message.reserve(prevHash.size() + 256 + detailsJson.size());
    message.append(prevHash);
    appendCanonical(message, *this);
    QByteArray digest(32, '\0');
    unsigned int len = 0;
    // Fetched once: an implicit fetch by EVP_sha256() costs a provider lookup on every call.
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_Digest(message.constData(), static_cast<size_t>(message.size()),
               reinterpret_cast<unsigned char*>(digest.data()), &len, sha256 ? sha256 : EVP_sha256(),
               nullptr);
    return digest;
}

} // namespace symbolon::journal
