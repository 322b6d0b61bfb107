#include "workspace/SiteRegister.h"

#include "hsm/EcKeyPair.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}
const char kTag[] = "symbolon-site-register-v1\n";

QString b64(const QByteArray& b) {
    return QString::fromLatin1(b.toBase64());
}

// Strict field readers: the error names the field.
struct Reader {
    const QJsonObject& o;
    QString where;
    QString error;
    QString str(const char* key, bool mayBeEmpty = true) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || (!mayBeEmpty && v.toString().isEmpty()))
            failField(key, workspace::tr("a text"));
        return v.toString();
    }
    int integer(const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            failField(key, workspace::tr("a whole number"));
        return v.toInt();
    }
    QByteArray base64(const char* key) {
        const QString s = str(key, false);
        const auto r = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!r)
            failField(key, workspace::tr("base64"));
        return *r;
    }
    QJsonObject object(const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isObject())
            failField(key, workspace::tr("an object"));
        return v.toObject();
    }
    QJsonArray array(const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            failField(key, workspace::tr("a list"));
        return v.toArray();
    }
    void failField(const char* key, const QString& expected) {
        if (error.isEmpty())
            error = workspace::tr("site register%1: field \"%2\" must be %3.")
                        .arg(where, QLatin1String(key), expected);
    }
};
} // namespace

bool RegisteredCard::isKnownState(const QString& state) {
    for (const char* known : {"active", "retired", "replaced", "revoked"})
        if (state == QLatin1String(known))
            return true;
    return false;
}

QString RegisteredCard::fingerprint() const {
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

void SiteSettings::applyTo(WorkspaceConfig& c) const {
    c.profile = profile;
    c.fipsDeclaration = fipsDeclaration;
    c.quorumK = quorumK;
    c.quorumN = quorumN;
    c.keyTokenLabel = keyTokenLabel;
    c.keyTokenSerial = keyTokenSerial;
    c.journalTokenSerial = journalTokenSerial;
    c.journalKeyFingerprint = journalKeyFingerprint;
    c.moduleSha256 = moduleSha256;
    c.keyTokenModule = keyTokenModule;
    c.journalTokenModule = journalTokenModule;
    c.keyTokenSoPinShared = keyTokenSoPinShared;
}

QString RegisteredCard::person() const {
    return holder.simplified().toCaseFolded();
}

QByteArray SiteRegister::canonical() const {
    return QByteArray(kTag) + QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QByteArray SiteRegister::digest() const {
    return QCryptographicHash::hash(canonical(), QCryptographicHash::Sha256);
}

const RegisteredCard* SiteRegister::cardBySerial(const QString& serial) const {
    for (const RegisteredCard& c : cards)
        if (c.cardSerial == serial)
            return &c;
    return nullptr;
}

const RegisteredCard* SiteRegister::cardByFingerprint(const QString& fingerprint) const {
    for (const RegisteredCard& c : cards)
        if (c.fingerprint() == fingerprint)
            return &c;
    return nullptr;
}

int SiteRegister::activePersons(const QString& role) const {
    QSet<QString> persons;
    for (const RegisteredCard& c : cards)
        if (c.isActive() && c.role == role)
            persons.insert(c.person());
    return int(persons.size());
}

bool SiteRegister::takesCardsOutFrom(const SiteRegister& before) const {
    for (const RegisteredCard& c : before.cards) {
        if (!c.isActive())
            continue;
        const RegisteredCard* now = cardBySerial(c.cardSerial);
        if (!now || !now->isActive() || now->fingerprint() != c.fingerprint())
            return true;
    }
    return false;
}

bool SiteRegister::changesShareHoldersFrom(const SiteRegister& before) const {
    const auto holders = [](const SiteRegister& r) {
        QStringList out;
        for (const RegisteredCard& c : r.cards)
            if (c.isActive() && c.role == QLatin1String("custodian"))
                out << c.person() + QLatin1Char('\n') + c.cardSerial + QLatin1Char('\n') + c.fingerprint();
        out.sort();
        return out;
    };
    return settings.quorumK != before.settings.quorumK || holders(*this) != holders(before);
}

QJsonObject SiteRegister::toJson() const {
    QJsonArray cardArray;
    for (const RegisteredCard& c : cards)
        cardArray.append(QJsonObject{{QStringLiteral("holder"), c.holder},
                                     {QStringLiteral("role"), c.role},
                                     {QStringLiteral("card_serial"), c.cardSerial},
                                     {QStringLiteral("card_label"), c.cardLabel},
                                     {QStringLiteral("key_id"), b64(c.keyId)},
                                     {QStringLiteral("public_key"), b64(c.publicKey)},
                                     {QStringLiteral("state"), c.state}});
    const SiteSettings& s = settings;
    QJsonObject settingsJson{{QStringLiteral("profile"), s.profile},
                             {QStringLiteral("fips_declaration"), s.fipsDeclaration},
                             {QStringLiteral("quorum_k"), s.quorumK},
                             {QStringLiteral("quorum_n"), s.quorumN},
                             {QStringLiteral("key_token_label"), s.keyTokenLabel},
                             {QStringLiteral("key_token_serial"), s.keyTokenSerial},
                             {QStringLiteral("journal_token_serial"), s.journalTokenSerial},
                             {QStringLiteral("journal_key_fingerprint"), s.journalKeyFingerprint},
                             {QStringLiteral("module"), s.module},
                             {QStringLiteral("module_sha256"), s.moduleSha256}};
    if (s.journalCardSignatures) // only when set: registers made before it keep their digests
        settingsJson.insert(QStringLiteral("journal_card_signatures"), true);
    if (!s.moduleInitArgs.isEmpty()) // the same for the per-role modules (issue #18)
        settingsJson.insert(QStringLiteral("module_init_args"), s.moduleInitArgs);
    if (s.keyTokenModule.isSet())
        settingsJson.insert(QStringLiteral("key_token_module"), s.keyTokenModule.toJson());
    if (s.journalTokenModule.isSet())
        settingsJson.insert(QStringLiteral("journal_token_module"), s.journalTokenModule.toJson());
    if (!s.keyTokenSoPinShared)
        settingsJson.insert(QStringLiteral("key_token_so_pin_shared"), false);
    return QJsonObject{
        {QStringLiteral("format"), 1},
        {QStringLiteral("version"), version},
        {QStringLiteral("previous"), previous},
        {QStringLiteral("made_at"), madeAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("made_by"), madeBy},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("settings"), settingsJson},
        {QStringLiteral("cards"), cardArray},
    };
}

Result<SiteRegister> SiteRegister::fromJson(const QJsonObject& o) {
    SiteRegister r;
    Reader top{o, {}, {}};
    if (top.integer("format") != 1 && top.error.isEmpty())
        top.failField("format", QStringLiteral("1"));
    r.version = top.integer("version");
    r.previous = top.str("previous");
    r.madeAt = QDateTime::fromString(top.str("made_at", false), Qt::ISODate);
    if (!r.madeAt.isValid())
        top.failField("made_at", workspace::tr("an ISO 8601 time"));
    r.madeBy = top.str("made_by");
    r.reason = top.str("reason");
    const QJsonObject so = top.object("settings");
    const QJsonArray ca = top.array("cards");
    if (!top.error.isEmpty())
        return fail(ErrorCode::InvalidInput, top.error);
    Reader s{so, QStringLiteral(" settings"), {}};
    r.settings.profile = s.str("profile");
    if (r.settings.profile != QLatin1String("production") &&
        r.settings.profile != QLatin1String("development"))
        s.failField("profile", QStringLiteral("\"production\" or \"development\""));
    r.settings.fipsDeclaration = s.object("fips_declaration");
    r.settings.quorumK = s.integer("quorum_k");
    r.settings.quorumN = s.integer("quorum_n");
    if (r.settings.quorumK < 1 || r.settings.quorumN < r.settings.quorumK || r.settings.quorumN > 255)
        s.failField("quorum_k", workspace::tr("1 <= k <= n <= 255"));
    r.settings.keyTokenLabel = s.str("key_token_label");
    r.settings.keyTokenSerial = s.str("key_token_serial");
    r.settings.journalTokenSerial = s.str("journal_token_serial");
    r.settings.journalKeyFingerprint = s.str("journal_key_fingerprint");
    r.settings.module = s.str("module", false);
    r.settings.moduleSha256 = s.str("module_sha256");
    if (const QJsonValue v = so.value(QStringLiteral("journal_card_signatures")); !v.isUndefined()) {
        if (v != QJsonValue(true))
            s.failField("journal_card_signatures", QStringLiteral("true, or absent"));
        r.settings.journalCardSignatures = true;
    }
    if (const QJsonValue v = so.value(QStringLiteral("module_init_args")); !v.isUndefined()) {
        if (!v.isString() || v.toString().isEmpty())
            s.failField("module_init_args", workspace::tr("a non-empty string, or absent"));
        r.settings.moduleInitArgs = v.toString();
    }
    if (const QJsonValue v = so.value(QStringLiteral("key_token_so_pin_shared")); !v.isUndefined()) {
        if (v != QJsonValue(false))
            s.failField("key_token_so_pin_shared", QStringLiteral("false, or absent"));
        r.settings.keyTokenSoPinShared = false;
    }
    if (!s.error.isEmpty())
        return fail(ErrorCode::InvalidInput, s.error);
    auto keyModule = RoleModule::fromJson(so.value(QStringLiteral("key_token_module")),
                                          QStringLiteral("site register settings: key_token_module"));
    if (!keyModule)
        return keyModule.error();
    r.settings.keyTokenModule = *keyModule;
    auto journalModule = RoleModule::fromJson(so.value(QStringLiteral("journal_token_module")),
                                              QStringLiteral("site register settings: journal_token_module"));
    if (!journalModule)
        return journalModule.error();
    r.settings.journalTokenModule = *journalModule;
    for (qsizetype i = 0; i < ca.size(); ++i) {
        const QJsonObject co = ca.at(i).toObject();
        Reader c{co, QStringLiteral(" card %1").arg(i + 1), {}};
        RegisteredCard card;
        card.holder = c.str("holder", false);
        card.role = c.str("role", false);
        card.cardSerial = c.str("card_serial", false);
        card.cardLabel = c.str("card_label");
        card.keyId = c.base64("key_id");
        card.publicKey = c.base64("public_key");
        card.state = c.str("state", false);
        if (!RegisteredCard::isKnownState(card.state))
            c.failField("state", QStringLiteral("\"active\", \"retired\", \"replaced\" or \"revoked\""));
        if (!c.error.isEmpty())
            return fail(ErrorCode::InvalidInput, c.error);
        if (r.cardBySerial(card.cardSerial))
            return fail(ErrorCode::InvalidInput,
                        workspace::tr("site register: card %1 is listed twice.").arg(card.cardSerial));
        r.cards.push_back(card);
    }
    return r;
}

QStringList SiteRegister::changesFrom(const SiteRegister& before) const {
    QStringList out;
    const SiteSettings& a = before.settings;
    const SiteSettings& b = settings;
    auto setting = [&out](const QString& name, const QString& from, const QString& to) {
        if (from != to)
            out << workspace::tr("%1: %2 → %3")
                       .arg(name, from.isEmpty() ? QStringLiteral("–") : from,
                            to.isEmpty() ? QStringLiteral("–") : to);
    };
    setting(workspace::tr("profile"), a.profile, b.profile);
    setting(workspace::tr("quorum"), QStringLiteral("%1 of %2").arg(a.quorumK).arg(a.quorumN),
            QStringLiteral("%1 of %2").arg(b.quorumK).arg(b.quorumN));
    setting(workspace::tr("key token"), a.keyTokenSerial, b.keyTokenSerial);
    setting(workspace::tr("journal token"), a.journalTokenSerial, b.journalTokenSerial);
    setting(workspace::tr("journal signing key"), a.journalKeyFingerprint, b.journalKeyFingerprint);
    setting(workspace::tr("PKCS#11 module"), a.module, b.module);
    setting(workspace::tr("module SHA-256"), a.moduleSha256, b.moduleSha256);
    setting(workspace::tr("module parameters"), a.moduleInitArgs, b.moduleInitArgs);
    const auto roleModule = [&setting](const QString& role, const RoleModule& x, const RoleModule& y) {
        setting(workspace::tr("%1 module").arg(role), x.module, y.module);
        setting(workspace::tr("%1 module SHA-256").arg(role), x.sha256, y.sha256);
        setting(workspace::tr("%1 module parameters").arg(role), x.initArgs, y.initArgs);
        setting(workspace::tr("%1 URI").arg(role), x.tokenUri, y.tokenUri);
        setting(workspace::tr("%1 entry point").arg(role), x.functionList, y.functionList);
    };
    roleModule(workspace::tr("key token"), a.keyTokenModule, b.keyTokenModule);
    roleModule(workspace::tr("journal token"), a.journalTokenModule, b.journalTokenModule);
    if (a.keyTokenSoPinShared != b.keyTokenSoPinShared)
        out << (b.keyTokenSoPinShared
                    ? workspace::tr("the key token's SO PIN is now split among the custodians")
                    : workspace::tr("the key token's SO PIN is no longer split among the custodians"));
    if (a.fipsDeclaration != b.fipsDeclaration)
        out << workspace::tr("FIPS declaration changed");
    for (const RegisteredCard& c : cards) {
        const RegisteredCard* old = before.cardBySerial(c.cardSerial);
        if (!old)
            out << workspace::tr("card %1 enrolled for %2 (%3)").arg(c.cardSerial, c.holder, c.role);
        else {
            if (old->holder != c.holder)
                out << workspace::tr("card %1: holder %2 → %3").arg(c.cardSerial, old->holder, c.holder);
            if (old->role != c.role)
                out << workspace::tr("card %1 (%2): role %3 → %4")
                           .arg(c.cardSerial, c.holder, old->role, c.role);
            if (old->state != c.state)
                out << workspace::tr("card %1 (%2): %3 → %4")
                           .arg(c.cardSerial, c.holder, old->state, c.state);
            if (old->publicKey != c.publicKey)
                out << workspace::tr("card %1 (%2): new card key").arg(c.cardSerial, c.holder);
        }
    }
    for (const RegisteredCard& c : before.cards)
        if (!cardBySerial(c.cardSerial))
            out << workspace::tr("card %1 of %2 removed").arg(c.cardSerial, c.holder);
    return out;
}

QJsonObject RegisterSignature::toJson() const {
    return QJsonObject{{QStringLiteral("card_serial"), cardSerial},
                       {QStringLiteral("key_fingerprint"), keyFingerprint},
                       {QStringLiteral("signature"), b64(signature)}};
}

Result<RegisterSignature> RegisterSignature::fromJson(const QJsonObject& o) {
    Reader r{o, QStringLiteral(" signature"), {}};
    RegisterSignature s;
    s.cardSerial = r.str("card_serial", false);
    s.keyFingerprint = r.str("key_fingerprint", false);
    s.signature = r.base64("signature");
    if (!r.error.isEmpty())
        return fail(ErrorCode::InvalidInput, r.error);
    return s;
}

int countApprovingPersons(const SiteRegister& doc, const QVector<RegisterSignature>& signatures,
                          const SiteRegister& signers, QString* why) {
    const QByteArray bytes = doc.canonical();
    QSet<QString> persons;
    for (const RegisterSignature& s : signatures) {
        const RegisteredCard* card = signers.cardBySerial(s.cardSerial);
        if (!card || !card->isActive() || card->role != QLatin1String("custodian")) {
            if (why)
                *why = workspace::tr("card %1 is not an active custodian's card in version %2")
                           .arg(s.cardSerial)
                           .arg(signers.version);
            continue;
        }
        if (!hsm::verifyEcdsaSha256(card->publicKey, bytes, s.signature)) {
            if (why)
                *why = workspace::tr("the signature of card %1 (%2) does not verify")
                           .arg(s.cardSerial, card->holder);
            continue;
        }
        persons.insert(card->person());
    }
    return int(persons.size());
}

ChainCheck verifyRegisterChain(const QVector<RegisterVersion>& chain) {
    ChainCheck c;
    if (chain.isEmpty()) {
        c.problem = workspace::tr("The workspace holds no site register.");
        return c;
    }
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const SiteRegister& doc = chain[i].doc;
        const SiteRegister& signers = i == 0 ? doc : chain[i - 1].doc;
        auto bad = [&c, &doc](const QString& why) {
            c.badVersion = doc.version;
            c.problem = workspace::tr("Site register version %1 is not valid: %2.").arg(doc.version).arg(why);
            return c;
        };
        if (doc.version != int(i) + 1)
            return bad(workspace::tr("it is numbered %1 where %2 was expected").arg(doc.version).arg(i + 1));
        if (i == 0 && !doc.previous.isEmpty())
            return bad(workspace::tr("the first version names a previous one"));
        if (i > 0 && doc.previous != chain[i - 1].doc.digestHex())
            return bad(
                workspace::tr("it does not follow version %1 (its digest is not the one named)").arg(i));
        // Decided at creation (issue #18): a version that stops re-sharing the SO PIN is not valid.
        if (i > 0 && doc.settings.keyTokenSoPinShared != chain[i - 1].doc.settings.keyTokenSoPinShared)
            return bad(
                workspace::tr("it changes whether the key token's SO PIN is split among the custodians"));
        QString why;
        const int persons = countApprovingPersons(doc, chain[i].signatures, signers, &why);
        const int k = signers.settings.quorumK;
        if (persons < k)
            return bad(
                workspace::tr("%1 of the %2 custodians needed signed it%3")
                    .arg(persons)
                    .arg(k)
                    .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + QStringLiteral(")")));
    }
    c.ok = true;
    return c;
}

} // namespace symbolon::workspace
