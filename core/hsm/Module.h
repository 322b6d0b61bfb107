#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "hsm/TokenInfo.h"

#include <QString>
#include <QVector>

#include <memory>
#include <mutex>

namespace symbolon::hsm {

class Session;

// Owns one PKCS#11 module (by path): dlopen, C_GetFunctionList, C_Initialize (accepting
// CKR_CRYPTOKI_ALREADY_INITIALIZED, since libp11 may have initialised the same instance).
// One Module per path per process; get it with Module::load. Finalised at process exit only:
// finalising would kill every session, libp11's included. Several modules (a key token's, the
// cards') are loaded side by side; each keeps its own slot lock.
class Module : public std::enable_shared_from_this<Module> {
public:
    // initArgs: the C_Initialize parameter string (CK_C_INITIALIZE_ARGS.pReserved; p11-kit's
    // "x-init-reserved"), which NSS softoken needs (configdir='sql:DIR' ...). A library is
    // initialised once per process: loading it again with other parameters is refused.
    // functionList: the entry point, one of entryPoints() (empty: C_GetFunctionList). NSS
    // softoken's FC_GetFunctionList is its FIPS 140-2 mode: another module in the same file, with
    // its own state, so a library is one Module per entry point.
    [[nodiscard]] static Result<std::shared_ptr<Module>>
    load(const QString& path, const QString& initArgs = {}, const QString& functionList = {});
    // "C_GetFunctionList" (the standard's, first), "FC_GetFunctionList" (NSS softoken, FIPS mode).
    static QStringList entryPoints();
    // An entry point a workspace or a site may name: empty (the standard's) or another of
    // entryPoints(). The refusal lists them.
    [[nodiscard]] static Status checkEntryPoint(const QString& functionList);
    ~Module();
    Module(const Module&) = delete;
    Module& operator=(const Module&) = delete;

    QString path() const { return m_path; }
    QString initArgs() const { return m_initArgs; }
    // Its entry point when it is not the standard C_GetFunctionList (FC_GetFunctionList), or empty.
    QString entryPoint() const { return m_entryPoint; }
    QString libraryDescription() const { return m_description; }

    // Slots with a token present; uninitialised tokens included only when asked.
    [[nodiscard]] Result<QVector<TokenInfo>> tokens(bool includeUninitialised = false) const;
    [[nodiscard]] Result<TokenInfo> tokenInfo(unsigned long slotId) const;
    [[nodiscard]] Result<TokenInfo> findTokenByLabel(const QString& label) const;
    [[nodiscard]] Result<TokenInfo> findTokenBySerial(const QString& serial) const;

    // Initialises a token in a free (uninitialised) slot and sets its user PIN.
    [[nodiscard]] Result<TokenInfo> initToken(const QString& label, const SecureBytes& soPin,
                                              const SecureBytes& userPin);

    [[nodiscard]] Result<std::unique_ptr<Session>> openSession(unsigned long slotId, bool readWrite);

    // CK_FUNCTION_LIST_PTR, for core/hsm internals only.
    const void* functionList() const { return m_functions; }

private:
    Module() = default;
    QString m_path;
    QString m_initArgs;
    QString m_entryPoint;
    QString m_description;
    void* m_handle = nullptr;
    const void* m_functions = nullptr;
    mutable std::mutex m_slotMutex; // C_GetSlotList may re-enumerate: serialise it
};

} // namespace symbolon::hsm
