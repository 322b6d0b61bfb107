#include "ceremony/KekGeneration.h"

#include "hsm/Capabilities.h"
#include "hsm/KeyLabels.h"
#include "hsm/Module.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"

#include <QCoreApplication>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}
} // namespace

Result<CeremonyRecord> KekGeneration::run(hsm::Session& keyToken, const CeremonyContext& ctx) {
    CeremonyRecord rec = CeremonyRecord::begin(QStringLiteral("kek-generation"), ctx);
    auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
    if (!caps)
        return caps.error();
    for (const QString& label : {hsm::dcoKeyLabel(), hsm::sharedKeyLabel()}) {
        auto exists = hsm::SecretKey::exists(keyToken, label);
        if (!exists)
            return exists.error();
        if (*exists)
            return fail(
                ErrorCode::AlreadyExists,
                ceremony::tr(
                    "The key token already holds \"%1\": KEKs are generated once. Nothing was changed.")
                    .arg(label));
    }
    struct Spec {
        hsm::SecretKeyRole role;
        QString label;
        QByteArray id;
    };
    const Spec specs[] = {
        {hsm::SecretKeyRole::DcoKey, hsm::dcoKeyLabel(), QByteArrayLiteral("symbolon-dco-key")},
        {hsm::SecretKeyRole::SharedKey, hsm::sharedKeyLabel(), QByteArrayLiteral("symbolon-shared-key")},
    };
    QVector<hsm::SecretKey> made;
    auto undo = [&] {
        for (hsm::SecretKey& k : made)
            (void)k.destroy(keyToken);
    };
    for (const Spec& s : specs) {
        auto key =
            hsm::SecretKey::generate(keyToken, hsm::secretKeyAttributes(s.role, ctx.profile), s.label, s.id);
        if (!key) {
            undo();
            return key.error();
        }
        made.push_back(*key);
        for (dlms::KcvMethod m : {dlms::KcvMethod::Cmac5B, dlms::KcvMethod::Ecb3B}) {
            auto kcv = key->labelledKcv(keyToken, *caps, m);
            if (!kcv) {
                undo();
                return kcv.error();
            }
            rec.addKcv(hsm::secretKeyRoleName(s.role), *kcv);
        }
    }
    rec.paths << caps->decide(hsm::KeyOperation::KcvCmac5B).describe()
              << caps->decide(hsm::KeyOperation::KcvEcb3B).describe();
    if (ctx.profile == policy::PolicyProfile::Development)
        rec.notes << ceremony::tr(
            "Development profile: the Shared Key may be wrapped under any wrapping key "
            "(CKA_WRAP_WITH_TRUSTED false), because no user can mark a Transport Key trusted; both "
            "KEKs may decrypt (CKA_DECRYPT) for the clear-key unpackaging fallback. Not for live keys.");
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    return rec;
}

} // namespace symbolon::ceremony
