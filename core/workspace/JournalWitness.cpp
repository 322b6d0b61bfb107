#include "workspace/JournalWitness.h"

#include "common/StrictJson.h"
#include "hsm/DataObject.h"
#include "hsm/Session.h"
#include "journal/JournalStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}
QByteArray labelFor(const QString& site) {
    return "symbolon-journal:" + site.toLatin1();
}
} // namespace

Result<std::optional<JournalWitness>> JournalWitness::read(hsm::Session& card, const QString& site) {
    auto objects = hsm::DataObject::find(card, labelFor(site));
    if (!objects)
        return objects.error();
    std::optional<JournalWitness> best;
    for (const hsm::DataObject& o : *objects) {
        QJsonParseError err{};
        const QJsonObject j = QJsonDocument::fromJson(o.value, &err).object();
        const qint64 seq = j.value(QStringLiteral("seq")).toInteger(0);
        const QByteArray hash = QByteArray::fromHex(j.value(QStringLiteral("hash")).toString().toLatin1());
        if (err.error != QJsonParseError::NoError || json::findDuplicateKey(o.value).found() || seq < 1 ||
            hash.size() != 32)
            return fail(ErrorCode::InvalidInput,
                        workspace::tr("The journal witness on this card is malformed: the card was "
                                      "written by something other than Symbolon."));
        if (!best || seq > best->seq)
            best = JournalWitness{seq, hash};
    }
    return best;
}

Status JournalWitness::write(hsm::Session& card, const QString& site, const JournalWitness& witness) {
    const QByteArray value =
        QJsonDocument(QJsonObject{{QStringLiteral("seq"), witness.seq},
                                  {QStringLiteral("hash"), QString::fromLatin1(witness.hash.toHex())}})
            .toJson(QJsonDocument::Compact);
    return hsm::DataObject::replace(card, labelFor(site), value);
}

Result<QString> JournalWitness::problemIn(journal::JournalStore& journal, const JournalWitness& witness,
                                          const QString& holder) {
    auto now = journal.hashAt(witness.seq);
    if (!now)
        return now.error();
    if (now->isEmpty()) {
        auto head = journal.head();
        if (!head)
            return head.error();
        return workspace::tr("the journal ends at entry #%1, but the card of %2 co-signed entry #%3 at its "
                             "last use: entries #%4 to #%3 (at least) were deleted")
            .arg(head->seq)
            .arg(holder)
            .arg(witness.seq)
            .arg(head->seq + 1);
    }
    if (*now != witness.hash)
        return workspace::tr("entry #%1 is not the one the card of %2 co-signed (card: %3…, journal: %4…): "
                             "the journal was rewritten at or before entry #%1")
            .arg(witness.seq)
            .arg(holder, QString::fromLatin1(witness.hash.toHex().left(16)),
                 QString::fromLatin1(now->toHex().left(16)));
    return QString();
}

} // namespace symbolon::workspace
