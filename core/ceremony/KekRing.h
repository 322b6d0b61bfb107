#pragma once

#include "common/Result.h"
#include "hsm/SecretKey.h"
#include "keys/KekVersionStore.h"

#include <QVector>

#include <initializer_list>

namespace symbolon::hsm {
class Capabilities;
class Session;
} // namespace symbolon::hsm
namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ceremony {

// One KEK version found on the key token, its KCV checked against the workspace's record.
struct KekKey {
    keys::Kek kek = keys::Kek::Dco;
    int version = 1;
    hsm::SecretKey key;
    QString kcv; // labelled CMAC-5B, as recorded (and just recomputed inside the HSM)
    QString name() const { return keys::kekVersionName(kek, version); }
};

// The KEK versions a ceremony packages under (the active one) and reads from (active and
// retiring), found once per ceremony (issue #20). A workspace that has never recorded a version
// of a KEK records version 1 here: the token's object with the label Symbolon has always used,
// its KCV computed inside the HSM, journaled as kek.version-recorded. Every version is then looked
// up by its label and its KCV recomputed: an object that does not match its record is refused by
// name, so a key planted under a version's label is never used.
//
// Versions only move forward, and the records must say so: the active version is the highest
// recorded, and the token holds no object under the next version's label. Otherwise the records
// were rolled back or altered (an insider with the database key can write them), or a rollover's
// start was interrupted; either way nothing is packaged under what may be an old, compromised
// version, and the sentence says which and what to do.
class KekRing {
public:
    enum class Use { Package, Rollover }; // Rollover: the rollover itself handles the next version
    [[nodiscard]] static Result<KekRing>
    load(workspace::Workspace& ws, hsm::Session& keyToken, const hsm::Capabilities& caps,
         std::initializer_list<keys::Kek> keks = {keys::Kek::Dco, keys::Kek::Shared}, Use use = Use::Package);

    const KekKey& active(keys::Kek kek) const;
    // The version that reads a package, or nullptr when it is neither active nor retiring.
    const KekKey* readable(keys::Kek kek, int version) const;
    const QVector<KekKey>& keys() const { return m_keys; }

    // A Shared Key version imported from the DCO's package (issue #20): recorded active with the
    // KCV the import computed inside the HSM, journaled as kek.version-recorded; an older active
    // version, which no package may be under, becomes retired. Database work only.
    [[nodiscard]] static Status recordImported(workspace::Workspace& ws, keys::Kek kek, int version,
                                               const QString& kcv);
    // Checks one version's token object against its record: found by label, KCV equal.
    [[nodiscard]] static Result<KekKey> check(hsm::Session& keyToken, const hsm::Capabilities& caps,
                                              const keys::KekVersion& recorded);

private:
    QVector<KekKey> m_keys; // active first per KEK, then retiring
};

} // namespace symbolon::ceremony
