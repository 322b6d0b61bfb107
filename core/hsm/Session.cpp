#include "hsm/Session.h"

#include "hsm/CkrvText.h"
#include "hsm/Module.h"
#include "hsm/P11.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>

#include <mutex>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}
// Tokens a long-lived holder keeps logged in, by module and slot, with how many holders.
std::mutex g_keptMutex;
QHash<QPair<const void*, unsigned long>, int>& kept() {
    static QHash<QPair<const void*, unsigned long>, int> k;
    return k;
}
} // namespace

#define P11F static_cast<CK_FUNCTION_LIST_PTR>(const_cast<void*>(functionList()))

Session::Session(std::shared_ptr<Module> module, unsigned long slotId, unsigned long handle)
    : m_module(std::move(module)), m_slot(slotId), m_handle(handle) {}

Session::~Session() {
    (void)P11F->C_CloseSession(m_handle);
}

const void* Session::functionList() const {
    return m_module->functionList();
}

Status Session::login(const SecureBytes& pin, bool securityOfficer) {
    const CK_RV rv = P11F->C_Login(m_handle, securityOfficer ? CKU_SO : CKU_USER,
                                   const_cast<CK_UTF8CHAR*>(pin.data()), pin.size());
    if (rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN)
        return {};
    return ckrvError(rv, securityOfficer ? hsm::tr("Logging in as the token's security officer")
                                         : hsm::tr("Logging in to the token"));
}

Status Session::setPin(const SecureBytes& oldPin, const SecureBytes& newPin) {
    const CK_RV rv = P11F->C_SetPIN(m_handle, const_cast<CK_UTF8CHAR*>(oldPin.data()), oldPin.size(),
                                    const_cast<CK_UTF8CHAR*>(newPin.data()), newPin.size());
    if (rv == CKR_OK)
        return {};
    return ckrvError(rv, hsm::tr("Changing the token's PIN"));
}

Status Session::loginCheckingPin(const SecureBytes& pin, bool securityOfficer) {
    auto in = isLoggedIn();
    if (!in)
        return in.error();
    if (*in) // C_Logout itself: also when a holder keeps the token logged in (the PIN is checked)
        if (const CK_RV out = P11F->C_Logout(m_handle); out != CKR_OK && out != CKR_USER_NOT_LOGGED_IN)
            return ckrvError(out, hsm::tr("Logging out of the token"));
    const CK_RV rv = P11F->C_Login(m_handle, securityOfficer ? CKU_SO : CKU_USER,
                                   const_cast<CK_UTF8CHAR*>(pin.data()), pin.size());
    if (rv == CKR_OK)
        return {};
    return ckrvError(rv, securityOfficer ? hsm::tr("Logging in as the token's security officer")
                                         : hsm::tr("Logging in to the token"));
}

Result<bool> Session::probePin(const SecureBytes& pin, bool securityOfficer) {
    if (auto l = loginCheckingPin(pin, securityOfficer); !l) {
        const Error& e = l.error();
        if (e.hasCkrv &&
            (e.ckrv == CKR_PIN_INCORRECT || e.ckrv == CKR_PIN_LEN_RANGE || e.ckrv == CKR_PIN_INVALID))
            return false;
        return e;
    }
    (void)logout();
    return true;
}

Status Session::changePin(const SecureBytes& from, const SecureBytes& to, bool securityOfficer) {
    if (auto l = loginCheckingPin(from, securityOfficer); !l)
        return l;
    auto set = setPin(from, to);
    (void)logout();
    return set;
}

void Session::keepLoggedIn() {
    std::lock_guard lock(g_keptMutex);
    ++kept()[{functionList(), m_slot}];
}

void Session::releaseKeptLogin() {
    std::lock_guard lock(g_keptMutex);
    auto it = kept().find({functionList(), m_slot});
    if (it != kept().end() && --it.value() <= 0)
        kept().erase(it);
}

Status Session::logout() {
    {
        std::lock_guard lock(g_keptMutex);
        if (kept().contains({functionList(), m_slot}))
            return {}; // another holder keeps this token logged in
    }
    const CK_RV rv = P11F->C_Logout(m_handle);
    if (rv == CKR_OK || rv == CKR_USER_NOT_LOGGED_IN)
        return {};
    return ckrvError(rv, hsm::tr("Logging out of the token"));
}

Result<bool> Session::isLoggedIn() const {
    CK_SESSION_INFO info{};
    const CK_RV rv = P11F->C_GetSessionInfo(m_handle, &info);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Reading the session state"));
    return info.state == CKS_RO_USER_FUNCTIONS || info.state == CKS_RW_USER_FUNCTIONS ||
           info.state == CKS_RW_SO_FUNCTIONS;
}

Result<QVector<unsigned long>> Session::findObjects(unsigned long objectClass, const QByteArray& id,
                                                    const QByteArray& label) const {
    CK_OBJECT_CLASS cls = objectClass;
    std::vector<CK_ATTRIBUTE> tmpl{p11::attr(CKA_CLASS, cls)};
    if (!id.isEmpty())
        tmpl.push_back(p11::attr(CKA_ID, id.constData(), static_cast<CK_ULONG>(id.size())));
    if (!label.isEmpty())
        tmpl.push_back(p11::attr(CKA_LABEL, label.constData(), static_cast<CK_ULONG>(label.size())));
    CK_RV rv = P11F->C_FindObjectsInit(m_handle, tmpl.data(), static_cast<CK_ULONG>(tmpl.size()));
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Searching the token for objects"));
    QVector<unsigned long> out;
    CK_OBJECT_HANDLE batch[64];
    CK_ULONG n = 0;
    do {
        rv = P11F->C_FindObjects(m_handle, batch, 64, &n);
        if (rv != CKR_OK)
            break;
        for (CK_ULONG i = 0; i < n; ++i)
            out.push_back(batch[i]);
    } while (n == 64);
    const CK_RV frv = P11F->C_FindObjectsFinal(m_handle);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Searching the token for objects"));
    if (frv != CKR_OK)
        return ckrvError(frv, hsm::tr("Finishing the object search"));
    return out;
}

Result<QByteArray> Session::attribute(unsigned long object, unsigned long type) const {
    CK_ATTRIBUTE a{type, nullptr, 0};
    CK_RV rv = P11F->C_GetAttributeValue(m_handle, object, &a, 1);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Reading an attribute of a token object"));
    if (a.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return fail(ErrorCode::Token, hsm::tr("The token does not reveal this attribute."));
    QByteArray value(static_cast<qsizetype>(a.ulValueLen), '\0');
    a.pValue = value.data();
    rv = P11F->C_GetAttributeValue(m_handle, object, &a, 1);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Reading an attribute of a token object"));
    value.resize(static_cast<qsizetype>(a.ulValueLen));
    return value;
}

Status Session::destroyObject(unsigned long object) {
    const CK_RV rv = P11F->C_DestroyObject(m_handle, object);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Destroying a token object"));
    return {};
}

Result<QByteArray> Session::random(int size) const {
    QByteArray out(size, '\0');
    const CK_RV rv = P11F->C_GenerateRandom(m_handle, reinterpret_cast<CK_BYTE_PTR>(out.data()),
                                            static_cast<CK_ULONG>(size));
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Asking the token for random bytes"));
    return out;
}

} // namespace symbolon::hsm
