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
// putField(out, s.toUtf8()), without the temporary when s is ASCII (its UTF-8 is its UTF-16 code
// units, narrowed): verification builds this for every entry.
void putText(QByteArray& out, const QString& s) {
    const qsizetype at = out.size();
    const qsizetype n = s.size();
    out.resize(at + 4 + n);
    char* to = out.data() + at + 4;
    const ushort* from = s.utf16();
    ushort all = 0;
    for (qsizetype i = 0; i < n; ++i) {
        all |= from[i];
        to[i] = static_cast<char>(from[i]);
    }
    if (all >= 0x80) {
        out.resize(at);
        putField(out, s.toUtf8());
        return;
    }
    qToBigEndian<quint32>(static_cast<quint32>(n), out.data() + at);
}

void appendCanonical(QByteArray& out, const JournalEntry& e) {
    out.append("symbolon-journal-v1", 19);
    char seqBytes[8];
    qToBigEndian<quint64>(static_cast<quint64>(e.seq), seqBytes);
    out.append(seqBytes, 8);
    putText(out, e.timeText());
    putText(out, e.actor);
    putText(out, e.role);
    putText(out, e.action);
    putText(out, e.target);
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
    // prevHash ‖ canonical(), built in place, in a buffer each thread keeps (verification hashes
    // entries on several threads at once).
    thread_local QByteArray message;
    message.resize(0); // keeps the capacity
    message.reserve(prevHash.size() + 64 + timeStored.size() + actor.size() + role.size() + action.size() +
                    target.size() + detailsJson.size());
    message.append(prevHash);
    appendCanonical(message, *this);
    QByteArray digest(32, '\0');
    unsigned int len = 0;
    // Fetched once: an implicit fetch by EVP_sha256() costs a provider lookup on every call.
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_Digest(message.constData(), static_cast<size_t>(message.size()),
               reinterpret_cast<unsigned char*>(digest.data()), &len, sha256 ? sha256 : EVP_sha256(),
               nullptr);
    if (message.capacity() > (1 << 20)) // a huge entry's buffer is not kept
        message = QByteArray();
    return digest;
}

} // namespace symbolon::journal
