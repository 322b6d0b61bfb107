#include "workspace/Keyslot.h"

#include "hsm/EcKeyPair.h"
#include "hsm/SealToCard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

void putField(QByteArray& out, const QByteArray& field) {
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(field.size()), len);
    out.append(len, 4);
    out.append(field);
}

const QByteArray kLabel("symbolon-keyslot-v1");

QByteArray hexOf(const QByteArray& b) {
    return b.toHex();
}
} // namespace

QByteArray Keyslot::metadata() const {
    QByteArray out;
    putField(out, holder.toUtf8());
    putField(out, role.toUtf8());
    putField(out, tokenSerial.toUtf8());
    putField(out, keyId);
    putField(out, publicKey);
    return out;
}

QString Keyslot::fingerprint() const {
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

Result<Keyslot> Keyslot::create(const QString& holder, const QString& role, const QString& tokenLabel,
                                const QString& tokenSerial, const QByteArray& keyId,
                                const QByteArray& publicKeySpki, const SecureBytes& dbKey) {
    if (dbKey.size() != 32)
        return fail(ErrorCode::Internal, workspace::tr("The workspace key must be 32 bytes."));
    Keyslot k;
    k.holder = holder;
    k.role = role;
    k.tokenLabel = tokenLabel;
    k.tokenSerial = tokenSerial;
    k.keyId = keyId;
    k.publicKey = publicKeySpki;

    auto sealed = hsm::sealToCard(publicKeySpki, dbKey, kLabel, k.metadata());
    if (!sealed)
        return sealed.error();
    k.ephemeralPoint = sealed->ephemeralPoint;
    k.nonce = sealed->nonce;
    k.wrapped = sealed->sealed;
    return k;
}

Result<SecureBytes> Keyslot::open(hsm::Session& card, const hsm::EcKeyPair& key) const {
    if (key.publicKeyDer() != publicKey)
        return fail(ErrorCode::NotFound,
                    workspace::tr("This card's key is not the one this keyslot was made for."));
    if (wrapped.size() != 48 || nonce.size() != 12)
        return fail(ErrorCode::InvalidInput, workspace::tr("The keyslot of %1 is malformed.").arg(holder));
    auto dbKey = hsm::openSealed(card, key, {ephemeralPoint, nonce, wrapped}, kLabel, metadata());
    if (!dbKey && dbKey.error().code == ErrorCode::Crypto)
        return fail(ErrorCode::Crypto,
                    workspace::tr("The keyslot of %1 does not open: it was altered (holder, role or card "
                                  "changed in keyslots.json) or damaged.")
                        .arg(holder));
    return dbKey;
}

QJsonObject Keyslot::toJson() const {
    return QJsonObject{
        {QStringLiteral("holder"), holder},
        {QStringLiteral("role"), role},
        {QStringLiteral("token_label"), tokenLabel},
        {QStringLiteral("token_serial"), tokenSerial},
        {QStringLiteral("key_id"), QString::fromLatin1(hexOf(keyId))},
        {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
        {QStringLiteral("ephemeral_point"), QString::fromLatin1(hexOf(ephemeralPoint))},
        {QStringLiteral("nonce"), QString::fromLatin1(hexOf(nonce))},
        {QStringLiteral("wrapped_key"), QString::fromLatin1(hexOf(wrapped))},
    };
}

Result<Keyslot> Keyslot::fromJson(const QJsonObject& o) {
    Keyslot k;
    k.holder = o.value(QStringLiteral("holder")).toString();
    k.role = o.value(QStringLiteral("role")).toString();
    k.tokenLabel = o.value(QStringLiteral("token_label")).toString();
    k.tokenSerial = o.value(QStringLiteral("token_serial")).toString();
    k.keyId = QByteArray::fromHex(o.value(QStringLiteral("key_id")).toString().toLatin1());
    k.publicKey = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
    k.ephemeralPoint = QByteArray::fromHex(o.value(QStringLiteral("ephemeral_point")).toString().toLatin1());
    k.nonce = QByteArray::fromHex(o.value(QStringLiteral("nonce")).toString().toLatin1());
    k.wrapped = QByteArray::fromHex(o.value(QStringLiteral("wrapped_key")).toString().toLatin1());
    if (k.holder.isEmpty() || k.role.isEmpty() || k.tokenSerial.isEmpty() || k.keyId.isEmpty() ||
        k.publicKey.isEmpty() || k.ephemeralPoint.size() != 65 || k.nonce.size() != 12 ||
        k.wrapped.size() != 48)
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr("A keyslot in keyslots.json is incomplete (holder \"%1\"): expected holder, role, "
                          "token_serial, "
                          "key_id, public_key, ephemeral_point (65 bytes), nonce (12 bytes) and wrapped_key "
                          "(48 bytes).")
                .arg(k.holder));
    return k;
}

} // namespace symbolon::workspace
