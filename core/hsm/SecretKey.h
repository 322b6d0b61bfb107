#pragma once

#include "common/Result.h"
#include "dlms/Kcv.h"
#include "policy/PolicyProfile.h"

#include <QByteArray>
#include <QString>

namespace symbolon::hsm {

class Capabilities;
class Session;

// The roles an AES-128 secret key plays in the key hierarchy (DESIGN.md).
enum class SecretKeyRole {
    DcoKey,          // KEK for MK and AK packages; never leaves the module
    SharedKey,       // KEK for GUEK and DK packages; leaves only wrapped, to an S1SP
    TransportKey,    // from clear components; unwraps migration keys, wraps the Shared Key for export
    DeviceKey,       // MK/AK/GUEK while being (re)packaged: a session object, destroyed after use
    DeviceMasterKey, // a device's current MK brought back to wrap its new keys: session object, wraps
    XorBase,         // first Transport Key component while combining by CKM_XOR_BASE_AND_DATA
};
QString secretKeyRoleName(SecretKeyRole role);

// Every attribute Symbolon sets on an AES key, spelled out: SoftHSM (and others) default the
// usage flags to true. The reasons per role are in SecretKey.cpp beside secretKeyAttributes().
struct SecretKeyAttributes {
    bool token = false;
    bool privateObject = true;
    bool sensitive = true;
    bool extractable = false;
    bool encrypt = false;
    bool decrypt = false;
    bool wrap = false;
    bool unwrap = false;
    bool sign = false;
    bool verify = false;
    bool derive = false;
    bool trusted = false;         // only the SO may set it true (PKCS#11 §4.4)
    bool wrapWithTrusted = false; // may only be wrapped under a CKA_TRUSTED key
    bool modifiable = false;
};
SecretKeyAttributes secretKeyAttributes(SecretKeyRole role, policy::PolicyProfile profile);

// An AES secret key object on a token (by handle; valid for the session's application).
class SecretKey {
public:
    SecretKey() = default;
    SecretKey(unsigned long handle, QString label, QByteArray id)
        : m_handle(handle), m_label(std::move(label)), m_id(std::move(id)) {}

    unsigned long handle() const { return m_handle; }
    QString label() const { return m_label; }
    QByteArray id() const { return m_id; }
    bool isValid() const { return m_handle != 0; }

    // C_GenerateKey CKM_AES_KEY_GEN, 16 bytes, with exactly these attributes.
    [[nodiscard]] static Result<SecretKey> generate(Session& session, const SecretKeyAttributes& attributes,
                                                    const QString& label, const QByteArray& id);
    // C_CreateObject with a clear value: the key passed through host memory. Refused unless
    // the profile allows clear-key fallbacks (policy::checkFallbackAllowed).
    [[nodiscard]] static Result<SecretKey> importClear(Session& session, policy::PolicyProfile profile,
                                                       const SecureBytes& value,
                                                       const SecretKeyAttributes& attributes,
                                                       const QString& label, const QByteArray& id);
    // Exactly one AES secret key with this label (NotFound / InvalidInput when 0 or several).
    [[nodiscard]] static Result<SecretKey> findByLabel(const Session& session, const QString& label);
    [[nodiscard]] static Result<SecretKey> findById(const Session& session, const QByteArray& id);
    [[nodiscard]] static Result<bool> exists(const Session& session, const QString& label);

    [[nodiscard]] Status destroy(Session& session);
    // Reads the attributes back from the token (what it actually holds, not what we asked).
    [[nodiscard]] Result<SecretKeyAttributes> readAttributes(const Session& session) const;
    // KCV computed inside the module (CMAC-5B by C_Sign CKM_AES_CMAC, ECB-3B by C_Encrypt of a
    // zero block), the path chosen by the capability table.
    [[nodiscard]] Result<QByteArray> kcv(Session& session, const Capabilities& caps,
                                         dlms::KcvMethod method) const;
    // "CMAC-5B 08793E25AB"
    [[nodiscard]] Result<QString> labelledKcv(Session& session, const Capabilities& caps,
                                              dlms::KcvMethod method) const;

private:
    unsigned long m_handle = 0;
    QString m_label;
    QByteArray m_id;
};

// A session object destroyed whatever happens on the way out (bulk work: re-key, rollover).
// Clear `key` to keep the object.
struct ScopedSecretKey {
    Session& session;
    SecretKey key;
    ~ScopedSecretKey() {
        if (key.isValid())
            (void)key.destroy(session);
    }
};

} // namespace symbolon::hsm
