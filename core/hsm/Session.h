#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QVector>

#include <memory>

namespace symbolon::hsm {

class Module;

// A PKCS#11 session (RAII: closed on destruction). Login state belongs to the token, not the
// session: logging out here logs out every session of this application on that token.
class Session {
public:
    Session(std::shared_ptr<Module> module, unsigned long slotId, unsigned long handle);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    unsigned long handle() const { return m_handle; }
    unsigned long slotId() const { return m_slot; }
    const void* functionList() const;
    Module& module() const { return *m_module; }

    [[nodiscard]] Status login(const SecureBytes& pin, bool securityOfficer = false);
    [[nodiscard]] Status logout();
    // C_SetPIN: changes the PIN of whoever is logged in on this session (the user, or the SO).
    [[nodiscard]] Status setPin(const SecureBytes& oldPin, const SecureBytes& newPin);
    // A user login that always checks the PIN. C_Login on a token another session has already
    // logged in answers CKR_USER_ALREADY_LOGGED_IN without looking at the PIN; a card the open
    // workspace keeps logged in (to co-sign checkpoints) must still need its PIN to approve. So
    // this logs the token out first when it is logged in. A wrong PIN then leaves it logged out.
    // `securityOfficer`: the same for the SO.
    [[nodiscard]] Status loginCheckingPin(const SecureBytes& pin, bool securityOfficer = false);
    // Whether `pin` is the token's PIN now (user or SO), always asking the token: false for a PIN
    // it refuses as wrong (or could never have had: its length or characters); an error when it
    // cannot say. Logged out afterwards.
    [[nodiscard]] Result<bool> probePin(const SecureBytes& pin, bool securityOfficer = false);
    // Logs in with `from` (checking it), changes the PIN to `to` (C_SetPIN), logs out.
    [[nodiscard]] Status changePin(const SecureBytes& from, const SecureBytes& to,
                                   bool securityOfficer = false);
    // Keeps this token logged in for a long-lived holder (the open workspace's card, which
    // co-signs checkpoints): while kept, logout() from any other session of this process is a
    // no-op, so code that logs a card in to approve and out again leaves it as it was. The
    // holder calls releaseKeptLogin() and then logout() when done.
    void keepLoggedIn();
    void releaseKeptLogin();
    // Asks the token (C_GetSessionInfo), never a cached flag.
    [[nodiscard]] Result<bool> isLoggedIn() const;

    // Objects by class and CKA_ID / CKA_LABEL (empty = any).
    [[nodiscard]] Result<QVector<unsigned long>> findObjects(unsigned long objectClass, const QByteArray& id,
                                                             const QByteArray& label = {}) const;
    [[nodiscard]] Result<QByteArray> attribute(unsigned long object, unsigned long type) const;
    [[nodiscard]] Status destroyObject(unsigned long object);
    [[nodiscard]] Result<QByteArray> random(int size) const;

private:
    std::shared_ptr<Module> m_module;
    unsigned long m_slot;
    unsigned long m_handle;
};

} // namespace symbolon::hsm
