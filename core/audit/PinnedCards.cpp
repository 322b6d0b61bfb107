#include "audit/PinnedCards.h"

#include "common/StrictJson.h"
#include "hsm/EcKeyPair.h"
#include "workspace/JournalCards.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <map>

namespace symbolon::audit {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::audit", s);
}

Error badField(const QString& name, const QString& field, const QString& expected) {
    return fail(ErrorCode::InvalidInput,
                audit::tr("%1: field \"%2\" must be %3.").arg(name, field, expected));
}

// Fields other than `allowed`: named, so that a list written for another purpose is not half read.
QString unknownField(const QJsonObject& o, const QStringList& allowed) {
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return it.key();
    return {};
}

QString firstActor(const journal::JournalVerifier::Input::Card& c) {
    return c.actors.isEmpty() ? QString() : c.actors.constFirst();
}
} // namespace

Result<PinnedCards> PinnedCards::read(const QString& path) {
    const QString file = QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("cards.json")) : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::Io,
            audit::tr("The pinned card list %1 cannot be read (%2): give the cards.json of an evidence "
                      "pack you trust, or the file journal export-cards wrote.")
                .arg(file, f.errorString()));
    const QByteArray bytes = f.read(4 << 20);
    if (!f.atEnd())
        return fail(
            ErrorCode::InvalidInput,
            audit::tr("The pinned card list %1 is larger than 4 MiB: it is not a card list.").arg(file));
    auto pinned = parse(bytes, file);
    if (pinned)
        pinned->file = file;
    return pinned;
}

Result<PinnedCards> PinnedCards::parse(const QByteArray& bytes, const QString& name) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput, audit::tr("%1, line %2: not JSON (%3).")
                                                 .arg(name)
                                                 .arg(json::lineOf(bytes, pe.offset))
                                                 .arg(pe.errorString()));
    if (const json::Duplicate d = json::findDuplicateKey(bytes); d.found())
        return fail(ErrorCode::InvalidInput, audit::tr("%1, line %2: %3.")
                                                 .arg(name)
                                                 .arg(json::lineOf(bytes, d.offset))
                                                 .arg(json::duplicateKeyMessage(d)));
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput,
                    audit::tr("%1 is not a JSON object: it is not a card list.").arg(name));
    const QJsonObject o = doc.object();
    if (const QString extra =
            unknownField(o, {QStringLiteral("format"), QStringLiteral("card_signatures_required"),
                             QStringLiteral("cards")});
        !extra.isEmpty())
        return badField(name, extra,
                        audit::tr("absent (a card list has format, card_signatures_required and cards)"));
    if (!o.value(QStringLiteral("format")).isDouble() || o.value(QStringLiteral("format")).toDouble() != 1)
        return badField(name, QStringLiteral("format"), QStringLiteral("1"));
    if (!o.value(QStringLiteral("card_signatures_required")).isBool())
        return badField(name, QStringLiteral("card_signatures_required"), audit::tr("true or false"));
    if (!o.value(QStringLiteral("cards")).isArray())
        return badField(name, QStringLiteral("cards"), audit::tr("a list"));
    PinnedCards out;
    out.file = name;
    out.required = o.value(QStringLiteral("card_signatures_required")).toBool();
    const QJsonArray cards = o.value(QStringLiteral("cards")).toArray();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QString where = QStringLiteral("cards[%1]").arg(i);
        if (!cards.at(i).isObject())
            return badField(name, where, audit::tr("an object"));
        const QJsonObject c = cards.at(i).toObject();
        if (const QString extra = unknownField(
                c, {QStringLiteral("fingerprint"), QStringLiteral("public_key"), QStringLiteral("actors")});
            !extra.isEmpty())
            return badField(name, where + QLatin1Char('.') + extra,
                            audit::tr("absent (a card has fingerprint, public_key and actors)"));
        const QByteArray spki =
            QByteArray::fromBase64(c.value(QStringLiteral("public_key")).toString().toLatin1(),
                                   QByteArray::AbortOnBase64DecodingErrors);
        if (!c.value(QStringLiteral("public_key")).isString() || spki.isEmpty() ||
            hsm::p256PointFromSpki(spki).isEmpty())
            return badField(name, where + QStringLiteral(".public_key"),
                            audit::tr("an EC P-256 public key (SubjectPublicKeyInfo DER, base64)"));
        const QString fp = c.value(QStringLiteral("fingerprint")).toString();
        if (fp != QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex()))
            return badField(name, where + QStringLiteral(".fingerprint"),
                            audit::tr("the SHA-256 of public_key (lowercase hex)"));
        if (out.cards.contains(fp))
            return badField(name, where + QStringLiteral(".fingerprint"),
                            audit::tr("a card not listed before (it repeats %1)").arg(fp.left(16)));
        const QJsonArray actors = c.value(QStringLiteral("actors")).toArray();
        if (!c.value(QStringLiteral("actors")).isArray() || actors.isEmpty())
            return badField(name, where + QStringLiteral(".actors"), audit::tr("a list of names"));
        journal::JournalVerifier::Input::Card card;
        card.spki = spki;
        for (qsizetype a = 0; a < actors.size(); ++a) {
            if (!actors.at(a).isString() || actors.at(a).toString().trimmed().isEmpty())
                return badField(name, QStringLiteral("%1.actors[%2]").arg(where).arg(a), audit::tr("a name"));
            card.actors.push_back(actors.at(a).toString());
        }
        out.cards.insert(fp, card);
    }
    return out;
}

PinnedCards::Mismatch
PinnedCards::compare(const QHash<QString, journal::JournalVerifier::Input::Card>& packCards,
                     const QVector<journal::Checkpoint>& checkpoints) const {
    // The first entry each card co-signs: the earliest checkpoint bearing its signature.
    QHash<QString, qint64> firstSigned;
    for (const journal::Checkpoint& c : checkpoints)
        if (c.cardSigned()) {
            auto it = firstSigned.find(c.cardFingerprint);
            if (it == firstSigned.end())
                firstSigned.insert(c.cardFingerprint, c.seq);
            else
                *it = std::min(*it, c.seq);
        }
    // Every problem, ordered by the entry it concerns (cards that co-sign nothing last), so that
    // the earliest is the one named, as the verifier names the earliest bad entry.
    std::multimap<qint64, QString> problems;
    const auto firstOf = [&](const QString& fp) {
        const qint64 seq = firstSigned.value(fp, 0);
        return seq > 0 ? seq : std::numeric_limits<qint64>::max();
    };
    const auto signs = [&](const QString& fp) {
        const qint64 seq = firstSigned.value(fp, 0);
        return seq > 0 ? audit::tr("its first co-signature is on the checkpoint of entry #%1").arg(seq)
                       : audit::tr("it co-signs no checkpoint in this pack");
    };
    for (auto it = packCards.cbegin(); it != packCards.cend(); ++it) {
        const auto pinned = cards.constFind(it.key());
        if (pinned == cards.constEnd()) {
            problems.emplace(
                firstOf(it.key()),
                audit::tr("the pack's cards.json lists card %1 (%2), which is not in the pinned card "
                          "list %3: %4. The pack's card list was changed, or the card was enrolled "
                          "after the pinned list was made.")
                    .arg(it.key(), firstActor(*it), file, signs(it.key())));
            continue;
        }
        if (pinned->spki != it->spki) { // unreachable through the parsers (fingerprint = SHA-256 of the key)
            problems.emplace(
                firstOf(it.key()),
                audit::tr("the pack's cards.json gives card %1 another public key than the pinned "
                          "card list %2: %3.")
                    .arg(it.key(), file, signs(it.key())));
            continue;
        }
        for (const QString& actor : it->actors)
            if (!pinned->actors.contains(actor)) {
                problems.emplace(
                    firstOf(it.key()),
                    audit::tr("the pack's cards.json says card %1 goes by \"%2\", but the pinned card "
                              "list %3 names it only %4: %5. The pack's card list was changed so "
                              "that this card counts for another person's entries.")
                        .arg(it.key(), actor, file,
                             QStringLiteral("\"%1\"").arg(pinned->actors.join(QStringLiteral("\", \""))),
                             signs(it.key())));
                break;
            }
    }
    for (const journal::Checkpoint& c : checkpoints)
        if (c.cardSigned() && !cards.contains(c.cardFingerprint) && !packCards.contains(c.cardFingerprint))
            problems.emplace(
                firstOf(c.cardFingerprint),
                audit::tr("the checkpoint of entry #%1 is co-signed by card %2, which is not in the "
                          "pinned card list %3.")
                    .arg(c.seq)
                    .arg(c.cardFingerprint, file));
    Mismatch m;
    if (problems.empty())
        return m;
    m.problem = problems.begin()->second;
    m.firstBadSeq =
        problems.begin()->first == std::numeric_limits<qint64>::max() ? 0 : problems.begin()->first;
    return m;
}

PinnedCards PinnedCards::fromRegister(const QVector<workspace::RegisterVersion>& verifiedChain) {
    journal::JournalVerifier::Input in;
    workspace::addJournalCards(verifiedChain, in);
    PinnedCards out;
    out.file = audit::tr("the workspace's site register");
    out.required = in.requireCardSignatures;
    out.cards = in.cards;
    return out;
}

Status PinnedCards::exportWorkspaceCards(const workspace::Workspace& ws, const QString& path) {
    if (auto allowed = ws.require(policy::Permission::ExportEvidence); !allowed)
        return allowed.error();
    if (!ws.registerAlarm().isEmpty())
        return fail(ErrorCode::PolicyRefused,
                    audit::tr("The site register is not trusted (%1): its card list cannot be pinned.")
                        .arg(ws.registerAlarm()));
    if (QFileInfo::exists(path))
        return fail(
            ErrorCode::AlreadyExists,
            audit::tr("%1 exists: choose a new file (a pinned card list is never overwritten).").arg(path));
    journal::JournalVerifier::Input in;
    workspace::addJournalCards(ws.siteRegisterChain(), in);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(workspace::journalCardsJson(in, in.requireCardSignatures)).toJson()) < 0 ||
        !f.commit())
        return fail(ErrorCode::Io, audit::tr("%1 cannot be written: %2").arg(path, f.errorString()));
    return {};
}

} // namespace symbolon::audit
