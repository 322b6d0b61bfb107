#include "ceremony/KekRing.h"

#include "hsm/Capabilities.h"
#include "hsm/Session.h"
#include "journal/JournalStore.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}

// Version 1 of a KEK the workspace has no version of yet: the object KekGeneration (or the Shared
// Key import) made, under the label Symbolon has always used.
Status recordFirstVersion(workspace::Workspace& ws, hsm::Session& keyToken, const hsm::Capabilities& caps,
                          keys::Kek kek) {
    auto key = hsm::SecretKey::findByLabel(keyToken, keys::kekLabel(kek, 1));
    if (!key)
        return key.error();
    auto kcv = key->labelledKcv(keyToken, caps, dlms::KcvMethod::Cmac5B);
    if (!kcv)
        return kcv.error();
    store::Database& db = ws.db();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    const QString name = keys::kekVersionName(kek, 1);
    auto entry = ws.journal().append({ws.identity().actor(), ws.identity().role,
                                      QStringLiteral("kek.version-recorded"), name,
                                      QJsonObject{{QStringLiteral("kek"), keys::kekCode(kek)},
                                                  {QStringLiteral("version"), 1},
                                                  {QStringLiteral("label"), key->label()},
                                                  {QStringLiteral("kcv"), *kcv}}});
    if (!entry)
        return entry.error();
    keys::KekVersion v;
    v.kek = kek;
    v.version = 1;
    v.label = key->label();
    v.objectId = keys::kekObjectId(kek, 1);
    v.kcv = *kcv;
    v.journalSeq = entry->seq;
    if (auto s = keys::KekVersionStore::add(db, v, QDateTime::currentSecsSinceEpoch()); !s)
        return s;
    return tx.commit();
}
} // namespace

Status KekRing::recordImported(workspace::Workspace& ws, keys::Kek kek, int version, const QString& kcv) {
    const QString label = keys::kekLabel(kek, version);
    store::Database& db = ws.db();
    auto versions = keys::KekVersionStore::of(db, kek);
    if (!versions)
        return versions.error();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const keys::KekVersion& v : *versions) {
        if (v.version >= version)
            return fail(
                ErrorCode::AlreadyExists,
                ceremony::tr("The workspace already records %1.").arg(keys::kekVersionName(kek, v.version)));
        if (v.state != keys::KekVersionState::Active)
            continue;
        if (v.packages > 0)
            return fail(ErrorCode::PolicyRefused,
                        ceremony::tr("%1 still has packages under it: the import is not recorded.")
                            .arg(keys::kekVersionName(kek, v.version)));
        if (auto s = keys::KekVersionStore::setState(db, kek, v.version, keys::KekVersionState::Active,
                                                     keys::KekVersionState::Retired, now);
            !s)
            return s;
    }
    auto entry =
        ws.journal().append({ws.identity().actor(), ws.identity().role,
                             QStringLiteral("kek.version-recorded"), keys::kekVersionName(kek, version),
                             QJsonObject{{QStringLiteral("kek"), keys::kekCode(kek)},
                                         {QStringLiteral("version"), version},
                                         {QStringLiteral("label"), label},
                                         {QStringLiteral("kcv"), kcv},
                                         {QStringLiteral("imported"), true}}});
    if (!entry)
        return entry.error();
    keys::KekVersion v;
    v.kek = kek;
    v.version = version;
    v.label = label;
    v.objectId = keys::kekObjectId(kek, version);
    v.kcv = kcv;
    v.journalSeq = entry->seq;
    if (auto s = keys::KekVersionStore::add(db, v, now); !s)
        return s;
    return tx.commit();
}

Result<KekKey> KekRing::check(hsm::Session& keyToken, const hsm::Capabilities& caps,
                              const keys::KekVersion& recorded) {
    const QString name = keys::kekVersionName(recorded.kek, recorded.version);
    // The object is found by the label and id the version number gives, never by what the
    // workspace says: an insider with the database key could otherwise point a version at
    // another version's object (and have the active KEK destroyed, or an old one used).
    const QString label = keys::kekLabel(recorded.kek, recorded.version);
    if (recorded.label != label || recorded.objectId != keys::kekObjectId(recorded.kek, recorded.version))
        return fail(
            ErrorCode::Crypto,
            ceremony::tr("%1: the workspace records the label \"%2\" for it, but the version's object "
                         "is \"%3\": its KEK records were altered. Nothing was done.")
                .arg(name, recorded.label.left(80), label));
    auto key = hsm::SecretKey::findByLabel(keyToken, label);
    if (!key)
        return Error{key.error().code, ceremony::tr("%1: %2").arg(name, key.error().message),
                     key.error().ckrv, key.error().hasCkrv};
    if (key->id() != keys::kekObjectId(recorded.kek, recorded.version))
        return fail(
            ErrorCode::Crypto,
            ceremony::tr("%1: the key token's \"%2\" has the id \"%3\", not \"%4\": it is not the object "
                         "Symbolon made. Nothing was done; find out who changed the key token.")
                .arg(name, label, QString::fromLatin1(key->id().toHex()),
                     QString::fromLatin1(keys::kekObjectId(recorded.kek, recorded.version))));
    auto kcv = key->labelledKcv(keyToken, caps, dlms::KcvMethod::Cmac5B);
    if (!kcv)
        return kcv.error();
    if (*kcv != recorded.kcv)
        return fail(
            ErrorCode::Crypto,
            ceremony::tr("%1: the key token's \"%2\" has KCV %3, but the workspace recorded %4 for this "
                         "version. It is not the key the packages are under: nothing was done. Find out "
                         "who changed the key token or the workspace before any ceremony runs.")
                .arg(name, label, *kcv, recorded.kcv));
    return KekKey{recorded.kek, recorded.version, *key, *kcv};
}

Result<KekRing> KekRing::load(workspace::Workspace& ws, hsm::Session& keyToken, const hsm::Capabilities& caps,
                              std::initializer_list<keys::Kek> keks, Use use) {
    KekRing ring;
    for (keys::Kek kek : keks) {
        auto versions = keys::KekVersionStore::of(ws.db(), kek);
        if (!versions)
            return versions.error();
        if (versions->isEmpty()) {
            if (auto s = recordFirstVersion(ws, keyToken, caps, kek); !s)
                return s.error();
            versions = keys::KekVersionStore::of(ws.db(), kek);
            if (!versions)
                return versions.error();
        }
        // Active first: active(kek) is the first of its KEK.
        bool sawActive = false;
        for (keys::KekVersionState state : {keys::KekVersionState::Active, keys::KekVersionState::Retiring})
            for (const keys::KekVersion& v : *versions) {
                if (v.state != state)
                    continue;
                auto k = check(keyToken, caps, v);
                if (!k)
                    return k.error();
                ring.m_keys.push_back(*k);
                sawActive = sawActive || state == keys::KekVersionState::Active;
            }
        if (!sawActive)
            return fail(
                ErrorCode::NotFound,
                ceremony::tr("The workspace has no active version of the %1.").arg(keys::kekCode(kek)));
        int highest = 0;
        for (const keys::KekVersion& v : *versions)
            highest = std::max(highest, v.version);
        const KekKey& active = ring.active(kek);
        if (active.version != highest)
            return fail(
                ErrorCode::Crypto,
                ceremony::tr("The workspace marks %1 active, but it records %2 too: versions only move "
                             "forward, so its KEK records were altered. Nothing was done: compare them "
                             "with the journal's rollover entries before any ceremony runs.")
                    .arg(active.name(), keys::kekVersionName(kek, highest)));
        if (use == Use::Package) {
            const QString next = keys::kekLabel(kek, highest + 1);
            auto unrecorded = hsm::SecretKey::exists(keyToken, next);
            if (!unrecorded)
                return unrecorded.error();
            if (*unrecorded)
                return fail(
                    ErrorCode::PolicyRefused,
                    ceremony::tr("The key token holds \"%1\", which the workspace has no record of: a "
                                 "rollover of the %2 was interrupted before it started (run the rollover "
                                 "again), or the workspace's KEK records were rolled back. "
                                 "Nothing was packaged under %3.")
                        .arg(next, keys::kekCode(kek), active.name()));
        }
    }
    return ring;
}

const KekKey& KekRing::active(keys::Kek kek) const {
    for (const KekKey& k : m_keys)
        if (k.kek == kek)
            return k;
    static const KekKey none;
    return none;
}

const KekKey* KekRing::readable(keys::Kek kek, int version) const {
    for (const KekKey& k : m_keys)
        if (k.kek == kek && k.version == version)
            return &k;
    return nullptr;
}

} // namespace symbolon::ceremony
