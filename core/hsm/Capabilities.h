#pragma once

#include "common/Result.h"
#include "policy/PolicyProfile.h"

#include <QString>
#include <QVector>

#include <optional>

namespace symbolon::hsm {

class Module;

// One mechanism as the token reports it (C_GetMechanismInfo), flags in Qt-friendly form.
struct MechanismInfo {
    unsigned long type = 0;
    QString name; // "CKM_AES_ECB"
    unsigned long minKeySize = 0;
    unsigned long maxKeySize = 0; // bytes for AES, bits for EC/RSA (as the module reports)
    bool encrypt = false;
    bool decrypt = false;
    bool wrap = false;
    bool unwrap = false;
    bool sign = false;
    bool verify = false;
    bool derive = false;
    bool generate = false; // CKF_GENERATE or CKF_GENERATE_KEY_PAIR
    bool hardware = false;
};

// The operations whose route depends on what the token can do.
enum class KeyOperation {
    EcbPackage,        // package a device key under a KEK (CKMP (b)(ii): AES-ECB-128)
    EcbUnpackage,      // bring a packaged key back into the module
    Rfc3394Wrap,       // AES key wrap (RFC 3394)
    Rfc3394Unwrap,     // AES key unwrap (RFC 3394)
    KcvCmac5B,         // AES-CMAC of a zero block, first 5 bytes
    KcvEcb3B,          // AES-ECB of a zero block, first 3 bytes
    CombineComponents, // Transport Key = XOR of clear components
    ComponentEntry,    // the first component entering the module as a derive-only key
};
QString keyOperationName(KeyOperation op); // "ECB packaging", ...
// Every operation, in the order the HSM view and the readiness check list them.
QVector<KeyOperation> allKeyOperations();

enum class PathKind {
    InModule,         // the key material never leaves the module
    ClearKeyFallback, // key material passes through host memory (development profile only)
    Unavailable,      // the token cannot do it at all
};

// How an operation will be done on this token, and why.
struct PathDecision {
    KeyOperation operation = KeyOperation::EcbPackage;
    PathKind kind = PathKind::Unavailable;
    unsigned long mechanism = 0; // 0: none (host-side fallback)
    QString mechanismName;
    QString reason; // one line, for the record and the UI
    bool fallback() const { return kind == PathKind::ClearKeyFallback; }
    QString describe() const; // "ECB packaging: CKM_AES_CBC wrap (...)"
};

// What a token can do, read from it, and the single table that turns that into each
// operation's path. Vendor names never enter the decision.
class Capabilities {
public:
    [[nodiscard]] static Result<Capabilities> read(const Module& module, unsigned long slotId);
    static Capabilities fromList(QVector<MechanismInfo> mechanisms); // for tests and previews

    const QVector<MechanismInfo>& mechanisms() const { return m_mechanisms; }
    std::optional<MechanismInfo> find(unsigned long mechanism) const;

    // The one table (see Capabilities.cpp): first row whose mechanism has the needed flag wins.
    PathDecision decide(KeyOperation op) const;
    // decide() plus the policy: Unavailable is refused; a fallback is refused under production.
    // Each refusal names the operation, what the token would need to offer ("CKM_AES_ECB with
    // CKF_UNWRAP") and, for a fallback, the clause that forbids it.
    [[nodiscard]] Result<PathDecision> require(KeyOperation op, policy::PolicyProfile profile) const;
    // What the token must offer for the operation to be done inside the module: the in-module
    // rows of the table, "CKM_AES_ECB with CKF_UNWRAP or CKM_AES_CBC with CKF_WRAP".
    static QString inModuleNeeds(KeyOperation op);

private:
    PathDecision compute(KeyOperation op) const;
    QVector<MechanismInfo> m_mechanisms;
    // Every operation's decision, made once when the list is read: decide() runs several times
    // per key in bulk work, on worker threads, and making it there (a translated reason, a
    // mechanism name, a search of the list) cost the rollover engine a tenth of its rate.
    QVector<PathDecision> m_decided;
};

} // namespace symbolon::hsm
