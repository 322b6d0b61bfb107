#include "ceremony/SharedKeyTransfer.h"

#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/EcKeyPair.h"
#include "hsm/KeyLabels.h"
#include "hsm/KeyWrap.h"
#include "hsm/Module.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"
#include "keys/KekVersionStore.h"

#include <QCoreApplication>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}
const QByteArray kJournalKeyId = QByteArrayLiteral("symbolon-journal-signing-key");

// The KCV of a key on the token by the method named in a labelled KCV ("CMAC-5B …").
Result<QString> kcvLike(hsm::Session& s, const hsm::Capabilities& caps, const hsm::SecretKey& key,
                        const QString& labelled) {
    auto method = dlms::parseKcvMethod(labelled.section(QLatin1Char(' '), 0, 0));
    if (!method)
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("The key check value \"%1\" does not name its method (CMAC-5B or ECB-3B).")
                        .arg(labelled));
    return key.labelledKcv(s, caps, *method);
}
} // namespace

Result<hsm::EcKeyPair> SharedKeyTransfer::journalSigningKey(hsm::Session& keyToken, bool create) {
    auto found = hsm::EcKeyPair::find(keyToken, kJournalKeyId);
    if (found || !create)
        return found;
    return hsm::EcKeyPair::generate(keyToken, hsm::journalSigningKeyLabel(), kJournalKeyId);
}

Result<SharedKeyTransfer::Exported> SharedKeyTransfer::exportSharedKey(hsm::Session& keyToken,
                                                                       const CeremonyContext& ctx,
                                                                       const QString& transportKeyLabel,
                                                                       int version) {
    CeremonyRecord rec = CeremonyRecord::begin(QStringLiteral("shared-key-export"), ctx);
    auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
    if (!caps)
        return caps.error();
    auto shared = hsm::SecretKey::findByLabel(keyToken, keys::kekLabel(keys::Kek::Shared, version));
    if (!shared)
        return shared.error();
    auto tk = hsm::SecretKey::findByLabel(keyToken, transportKeyLabel);
    if (!tk)
        return tk.error();
    auto signer = journalSigningKey(keyToken, true);
    if (!signer)
        return signer.error();
    auto wrapped = hsm::KeyWrap::wrapRfc3394(keyToken, *caps, *tk, *shared);
    if (!wrapped) {
        Error e = wrapped.error();
        if (e.hasCkrv && e.ckrv == 0x00000069UL) // CKR_KEY_NOT_WRAPPABLE
            e.message += ceremony::tr(
                " The Shared Key may only be wrapped under a Transport Key the HSM's security officer "
                "has marked trusted (CKA_TRUSTED).");
        return e;
    }
    auto keyKcv = shared->labelledKcv(keyToken, *caps, dlms::KcvMethod::Cmac5B);
    if (!keyKcv)
        return keyKcv.error();
    auto tkKcv = tk->labelledKcv(keyToken, *caps, dlms::KcvMethod::Cmac5B);
    if (!tkKcv)
        return tkKcv.error();

    KeyPackage p;
    p.keyKind = QStringLiteral("Shared Key");
    p.keyVersion = version;
    p.wrappedKey = *wrapped;
    p.keyKcv = *keyKcv;
    p.wrappingKeyKcv = *tkKcv;
    p.wrappingKeyLabel = transportKeyLabel;
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.createdBy = ctx.actor;
    p.approvals = ctx.approvals;
    p.signer = signer->fingerprint();
    auto sig = signer->sign(keyToken, p.canonicalBytes());
    if (!sig)
        return sig.error();
    p.signature = *sig;

    rec.addKcv(keys::kekVersionName(keys::Kek::Shared, version), *keyKcv);
    rec.addKcv(ceremony::tr("Transport Key"), *tkKcv);
    rec.paths << caps->decide(hsm::KeyOperation::Rfc3394Wrap).describe();
    rec.extra.insert(QStringLiteral("shared_key_version"), version);
    rec.extra.insert(QStringLiteral("transport_key"), transportKeyLabel);
    rec.extra.insert(QStringLiteral("signer"), p.signer);
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    return Exported{p, p.toFile(), signer->publicKeyDer(), rec};
}

Result<CeremonyRecord> SharedKeyTransfer::importSharedKey(hsm::Session& keyToken, const CeremonyContext& ctx,
                                                          const QByteArray& file,
                                                          const QByteArray& signerSpki,
                                                          const QString& transportKeyLabel) {
    CeremonyRecord rec = CeremonyRecord::begin(QStringLiteral("shared-key-import"), ctx);
    // 1. Everything that needs no HSM.
    auto p = KeyPackage::parse(file);
    if (!p)
        return p.error();
    if (auto s = p->verifySignature(signerSpki); !s)
        return s.error();
    if (p->keyKind != QLatin1String("Shared Key"))
        return fail(
            ErrorCode::InvalidInput,
            ceremony::tr("The key package carries a \"%1\", not a Shared Key: refused.").arg(p->keyKind));
    // 2. The wrapping key, by KCV, before anything is created.
    auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
    if (!caps)
        return caps.error();
    const QString tkLabel = transportKeyLabel.isEmpty() ? p->wrappingKeyLabel : transportKeyLabel;
    auto tk = hsm::SecretKey::findByLabel(keyToken, tkLabel);
    if (!tk)
        return tk.error();
    auto tkKcv = kcvLike(keyToken, *caps, *tk, p->wrappingKeyKcv);
    if (!tkKcv)
        return tkKcv.error();
    if (*tkKcv != p->wrappingKeyKcv)
        return fail(
            ErrorCode::Crypto,
            ceremony::tr(
                "Wrong Transport Key: the package was wrapped under a key with %1, but \"%2\" on this token "
                "has %3. Build the Transport Key from the components agreed with the sender.")
                .arg(p->wrappingKeyKcv, tkLabel, *tkKcv));
    const QString label = keys::kekLabel(keys::Kek::Shared, p->keyVersion);
    auto exists = hsm::SecretKey::exists(keyToken, label);
    if (!exists)
        return exists.error();
    if (*exists)
        return fail(
            ErrorCode::AlreadyExists,
            ceremony::tr("The key token already holds \"%1\": refused, nothing was changed.").arg(label));
    // 3. Unwrap as a token object, then check what arrived.
    auto key =
        hsm::KeyWrap::unwrapRfc3394(keyToken, *caps, *tk, p->wrappedKey,
                                    hsm::secretKeyAttributes(hsm::SecretKeyRole::SharedKey, ctx.profile),
                                    label, keys::kekObjectId(keys::Kek::Shared, p->keyVersion));
    if (!key)
        return key.error();
    auto kcv = kcvLike(keyToken, *caps, *key, p->keyKcv);
    if (!kcv || *kcv != p->keyKcv) {
        (void)key->destroy(keyToken);
        if (!kcv)
            return kcv.error();
        return fail(ErrorCode::Crypto,
                    ceremony::tr("The unwrapped key has %1, but the package says %2: refused and removed.")
                        .arg(*kcv, p->keyKcv));
    }
    rec.addKcv(keys::kekVersionName(keys::Kek::Shared, p->keyVersion), *kcv);
    rec.addKcv(ceremony::tr("Transport Key"), *tkKcv);
    rec.paths << caps->decide(hsm::KeyOperation::Rfc3394Unwrap).describe();
    rec.extra.insert(QStringLiteral("shared_key_version"), p->keyVersion);
    rec.extra.insert(QStringLiteral("shared_key_kcv"), *kcv);
    rec.extra.insert(QStringLiteral("package_created_by"), p->createdBy);
    rec.extra.insert(QStringLiteral("package_created_at"), p->createdAt.toString(Qt::ISODateWithMs));
    rec.extra.insert(QStringLiteral("package_approvals"), p->approvals.join(QStringLiteral("; ")));
    rec.extra.insert(QStringLiteral("signer"), p->signer);
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    return rec;
}

} // namespace symbolon::ceremony
