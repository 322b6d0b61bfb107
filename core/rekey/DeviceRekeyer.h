#pragma once

#include "common/Result.h"
#include "hsm/Capabilities.h"
#include "hsm/SecretKey.h"
#include "policy/PolicyProfile.h"
#include "rekey/RekeyKinds.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QVector>

namespace symbolon::hsm {
class Session;
}

namespace symbolon::rekey {

// The KEKs a run packages under (their active versions) and the DCO Key versions an MK may be
// under (active and, during a rollover, retiring), found once per run (no per-key C_FindObjects).
struct RunKeks {
    hsm::SecretKey dco, shared;
    QString dcoKcv, sharedKcv; // labelled
    int dcoVersion = 1, sharedVersion = 1;
    QVector<std::pair<int, hsm::SecretKey>> dcoReadable; // version → key
    const hsm::SecretKey* dcoFor(int version) const {
        for (const auto& [v, k] : dcoReadable)
            if (v == version)
                return &k;
        return nullptr;
    }
};

// One device as the engine reads it from the workspace.
struct DeviceInput {
    qint64 row = 0;
    QString deviceId;
    QByteArray systemTitle;
    QByteArray mkPackage;               // the current MK, packaged under the DCO Key
    int mkKekVersion = 1;               // ... of this version
    QString mkKcv;                      // its recorded KCV (labelled)
    QHash<QString, int> nextGeneration; // "AK/1" → the generation the new key gets
};

// One new key, as committed: packaged for storage, wrapped for the device, KCV computed in the HSM.
struct NewKey {
    KeySlot slot;
    int generation = 0;
    QByteArray package; // 16 bytes under the KEK
    QByteArray wrapped; // RFC 3394 under the device's current MK (24 bytes)
    QString kek;        // "DCO Key" / "Shared Key"
    QString kekKcv;
    int kekVersion = 1;
    QString kcv; // labelled
};

struct DeviceOutput {
    qint64 row = 0;
    QString deviceId;
    QVector<NewKey> keys;
    QByteArray systemTitle; // for the instruction (DeviceRekeyer::instruction)
    QString mkKcv;          // the KCV of the MK the new keys are wrapped under
    QString failure;        // non-empty: the device was not re-keyed, and why (data, not token)
    QStringList fallbacks;  // capability paths that put key material in host memory
};

// The per-device work, entirely inside the HSM on one session: bring the MK back into the
// module from its package and check its KCV; per slot generate the new key as a session object,
// wrap it under the MK (RFC 3394, for the device), package it under its KEK (for storage),
// compute its KCV, destroy it; destroy the MK. A token error is returned as an error (the run
// stops: the chunk is not committed); a data error (the package does not open to the recorded
// KCV) is the device's failure.
class DeviceRekeyer {
public:
    DeviceRekeyer(hsm::Session& session, const hsm::Capabilities& caps, policy::PolicyProfile profile,
                  const RunKeks& keks, const RekeyKinds& kinds);
    [[nodiscard]] Result<DeviceOutput> rekey(const DeviceInput& device);
    // The device's instruction: its global_key_transfer blocks (wrapped keys only), one per keyed
    // client (GUEK before AK), then the MK last. No token work: the engine builds it on its
    // committing thread, so that the worker sessions only do HSM work.
    [[nodiscard]] static Result<QJsonObject> instruction(const DeviceOutput& out);

    static QString slotKey(const KeySlot& s); // "AK/1"

private:
    hsm::Session& m_session;
    const hsm::Capabilities& m_caps;
    policy::PolicyProfile m_profile;
    const RunKeks& m_keks;
    RekeyKinds m_kinds;
    hsm::SecretKeyAttributes m_mkAttributes, m_keyAttributes;
};

} // namespace symbolon::rekey
