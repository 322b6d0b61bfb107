#include "workspace/JournalCards.h"

#include "workspace/Identity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}
} // namespace

void addJournalCards(const QVector<RegisterVersion>& chain, journal::JournalVerifier::Input& in) {
    if (chain.isEmpty())
        return;
    in.requireCardSignatures = chain.front().doc.settings.journalCardSignatures;
    for (const RegisterVersion& v : chain)
        for (const RegisteredCard& c : v.doc.cards) {
            const QString fp = c.fingerprint();
            auto& card = in.cards[fp];
            card.spki = c.publicKey;
            const QString actor = Identity{c.holder, c.role, c.cardLabel, c.cardSerial, fp}.actor();
            if (!card.actors.contains(actor))
                card.actors.push_back(actor);
        }
}

QJsonObject journalCardsJson(const journal::JournalVerifier::Input& in, bool required) {
    QJsonArray cards;
    for (auto it = in.cards.cbegin(); it != in.cards.cend(); ++it)
        cards.append(QJsonObject{{QStringLiteral("fingerprint"), it.key()},
                                 {QStringLiteral("public_key"), QString::fromLatin1(it->spki.toBase64())},
                                 {QStringLiteral("actors"), QJsonArray::fromStringList(it->actors)}});
    return QJsonObject{{QStringLiteral("format"), 1},
                       {QStringLiteral("card_signatures_required"), required},
                       {QStringLiteral("cards"), cards}};
}

Status journalCardsFromJson(const QJsonObject& o, journal::JournalVerifier::Input& in) {
    auto bad = [](const QString& field, const QString& expected) {
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("cards.json: field \"%1\" must be %2.").arg(field, expected));
    };
    if (o.value(QStringLiteral("format")).toInt(0) != 1)
        return bad(QStringLiteral("format"), QStringLiteral("1"));
    if (!o.value(QStringLiteral("card_signatures_required")).isBool())
        return bad(QStringLiteral("card_signatures_required"), workspace::tr("true or false"));
    if (!o.value(QStringLiteral("cards")).isArray())
        return bad(QStringLiteral("cards"), workspace::tr("a list"));
    const QJsonArray cards = o.value(QStringLiteral("cards")).toArray();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QJsonObject c = cards.at(i).toObject();
        const QString where = QStringLiteral("cards[%1].").arg(i);
        const QByteArray spki =
            QByteArray::fromBase64(c.value(QStringLiteral("public_key")).toString().toLatin1(),
                                   QByteArray::AbortOnBase64DecodingErrors);
        const QString fp = c.value(QStringLiteral("fingerprint")).toString();
        if (spki.isEmpty())
            return bad(where + QStringLiteral("public_key"), workspace::tr("a base64 public key"));
        if (fp != QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex()))
            return bad(where + QStringLiteral("fingerprint"), workspace::tr("the SHA-256 of public_key"));
        const QJsonArray actors = c.value(QStringLiteral("actors")).toArray();
        if (actors.isEmpty())
            return bad(where + QStringLiteral("actors"), workspace::tr("a list of names"));
        auto& card = in.cards[fp];
        card.spki = spki;
        for (const QJsonValue& a : actors)
            card.actors.push_back(a.toString());
    }
    in.requireCardSignatures = o.value(QStringLiteral("card_signatures_required")).toBool();
    return {};
}

} // namespace symbolon::workspace
