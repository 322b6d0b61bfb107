#include "hsm/Module.h"

#include "hsm/CkrvText.h"
#include "hsm/P11.h"
#include "hsm/Session.h"

#include <p11-kit/uri.h>

#include <QCoreApplication>
#include <QHash>

#include <cstring>
#include <dlfcn.h>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

CK_FUNCTION_LIST_PTR fl(const void* p) {
    return static_cast<CK_FUNCTION_LIST_PTR>(const_cast<void*>(p));
}

QString padded(const unsigned char* text, std::size_t size) {
    return QString::fromUtf8(reinterpret_cast<const char*>(text), static_cast<qsizetype>(size)).trimmed();
}

QString tokenUri(const CK_TOKEN_INFO& info) {
    P11KitUri* uri = p11_kit_uri_new();
    if (!uri)
        return {};
    std::memcpy(p11_kit_uri_get_token_info(uri), &info, sizeof(CK_TOKEN_INFO));
    char* text = nullptr;
    QString out;
    if (p11_kit_uri_format(uri, P11_KIT_URI_FOR_TOKEN, &text) == P11_KIT_URI_OK && text) {
        out = QString::fromUtf8(text);
        free(text);
    }
    p11_kit_uri_free(uri);
    return out;
}

TokenInfo toTokenInfo(CK_SLOT_ID slot, const CK_TOKEN_INFO& ti) {
    TokenInfo t;
    t.slotId = slot;
    t.label = padded(ti.label, sizeof ti.label);
    t.manufacturer = padded(ti.manufacturerID, sizeof ti.manufacturerID);
    t.model = padded(ti.model, sizeof ti.model);
    t.serial = padded(ti.serialNumber, sizeof ti.serialNumber);
    t.flags = ti.flags;
    t.initialized = ti.flags & CKF_TOKEN_INITIALIZED;
    t.userPinInitialized = ti.flags & CKF_USER_PIN_INITIALIZED;
    t.loginRequired = ti.flags & CKF_LOGIN_REQUIRED;
    t.pinCountLow = ti.flags & CKF_USER_PIN_COUNT_LOW;
    t.pinFinalTry = ti.flags & CKF_USER_PIN_FINAL_TRY;
    t.pinLocked = ti.flags & CKF_USER_PIN_LOCKED;
    t.writeProtected = ti.flags & CKF_WRITE_PROTECTED;
    t.minPinLength = ti.ulMinPinLen;
    t.maxPinLength = ti.ulMaxPinLen;
    if (ti.ulMaxSessionCount != CK_UNAVAILABLE_INFORMATION && ti.ulMaxSessionCount != CK_EFFECTIVELY_INFINITE)
        t.maxSessions = ti.ulMaxSessionCount;
    if (ti.ulSessionCount != CK_UNAVAILABLE_INFORMATION)
        t.sessionsOpen = ti.ulSessionCount;
    t.uri = tokenUri(ti);
    return t;
}

std::mutex g_registryMutex;
QHash<QString, std::weak_ptr<Module>>& registry() {
    static QHash<QString, std::weak_ptr<Module>> r;
    return r;
}
// The parameters each library was initialised with, for the life of the process: a library is
// never finalised, so a later load with other parameters would silently get the first ones.
// The bytes stay allocated: the library may keep the pointer.
QHash<QString, QByteArray*>& initialisedWith() {
    static auto* r = new QHash<QString, QByteArray*>(); // never destroyed, like the libraries
    return *r;
}
} // namespace

QStringList Module::entryPoints() {
    return {QStringLiteral("C_GetFunctionList"), QStringLiteral("FC_GetFunctionList")};
}

Status Module::checkEntryPoint(const QString& functionList) {
    if (functionList.isEmpty() ||
        (functionList != entryPoints().first() && entryPoints().contains(functionList)))
        return {};
    return fail(ErrorCode::InvalidInput,
                hsm::tr("entry point \"%1\" is not one of %2 (leave it out for C_GetFunctionList).")
                    .arg(functionList, entryPoints().mid(1).join(QStringLiteral(", "))));
}

namespace {
// One instance per file and entry point: NSS softoken's FIPS mode is a second module in the same
// file, with state of its own.
QString registryKey(const QString& path, const QString& entry) {
    return entry == Module::entryPoints().first() ? path : QStringLiteral("%1#%2").arg(path, entry);
}
} // namespace

Result<std::shared_ptr<Module>> Module::load(const QString& path, const QString& initArgs,
                                             const QString& functionList) {
    if (functionList != entryPoints().first())
        if (auto s = checkEntryPoint(functionList); !s)
            return s.error();
    const QString entry = functionList.isEmpty() ? entryPoints().first() : functionList;
    const QString key = registryKey(path, entry);
    const QString named =
        entry == entryPoints().first() ? path : hsm::tr("%1 (entry point %2)").arg(path, entry);
    std::lock_guard lock(g_registryMutex);
    // NSS softoken's two modes share state: once one is initialised, logins through the other fail
    // (CKR_USER_TYPE_INVALID, checked). One entry point per library and process.
    for (const QString& other : entryPoints())
        if (other != entry && initialisedWith().contains(registryKey(path, other)))
            return fail(ErrorCode::InvalidInput,
                        hsm::tr("The PKCS#11 module %1 is already initialised in this process through %2: a "
                                "library is used through one entry point (%3 was asked for). Give every "
                                "role that uses it the same entry point, or restart Symbolon.")
                            .arg(path, other, entry));
    if (const QByteArray* first = initialisedWith().value(key); first && *first != initArgs.toUtf8())
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("The PKCS#11 module %1 is already initialised in this process with other "
                            "initialisation parameters (\"%2\", now \"%3\"): a library is initialised "
                            "once. Give every role that uses it the same parameters, or restart Symbolon.")
                        .arg(named, QString::fromUtf8(*first), initArgs));
    if (auto existing = registry().value(key).lock())
        return existing;
    if (initArgs.contains(QChar(0)))
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("The initialisation parameters of the PKCS#11 module %1 contain a NUL character.")
                        .arg(named));

    void* handle = dlopen(path.toLocal8Bit().constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        return fail(ErrorCode::NotFound, hsm::tr("The PKCS#11 module %1 could not be loaded: %2")
                                             .arg(path, QString::fromLocal8Bit(dlerror())));
    auto getList = reinterpret_cast<CK_C_GetFunctionList>(dlsym(handle, entry.toLatin1().constData()));
    CK_FUNCTION_LIST_PTR list = nullptr;
    if (!getList || getList(&list) != CKR_OK || !list) {
        dlclose(handle);
        if (entry != entryPoints().first())
            return fail(ErrorCode::Token,
                        hsm::tr("%1 has no entry point %2 (NSS softoken's FIPS mode): leave out the entry "
                                "point (--key-token-function-list), or name NSS softoken's library.")
                            .arg(path, entry));
        return fail(ErrorCode::Token,
                    hsm::tr("%1 is not a PKCS#11 module (no C_GetFunctionList).").arg(path));
    }
    std::shared_ptr<Module> module(new Module());
    module->m_initArgs = initArgs;
    module->m_entryPoint = entry == entryPoints().first() ? QString() : entry;
    auto* bytes = new QByteArray(initArgs.toUtf8()); // kept for the life of the process (above)
    CK_C_INITIALIZE_ARGS args{};
    args.flags = CKF_OS_LOCKING_OK;
    if (!initArgs.isEmpty())
        args.pReserved = bytes->data();
    const CK_RV rv = list->C_Initialize(&args);
    // Already initialised by someone else (libp11) with unknown parameters: not ours to guess.
    const bool ours = initialisedWith().contains(key); // by an earlier load, with these parameters
    if (rv == CKR_CRYPTOKI_ALREADY_INITIALIZED && !initArgs.isEmpty() && !ours) {
        delete bytes;
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("The PKCS#11 module %1 was initialised in this process by another component, "
                            "without the parameters \"%2\": restart Symbolon.")
                        .arg(named, initArgs));
    }
    // libp11 may already have initialised this same module instance (glibc returns it again).
    if (rv != CKR_OK && rv != CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        delete bytes;
        dlclose(handle);
        return ckrvError(rv, initArgs.isEmpty()
                                 ? hsm::tr("Initialising the PKCS#11 module %1").arg(named)
                                 : hsm::tr("Initialising the PKCS#11 module %1 with the parameters \"%2\"")
                                       .arg(named, initArgs));
    }
    module->m_path = path;
    module->m_handle = handle;
    module->m_functions = list;
    CK_INFO info{};
    if (list->C_GetInfo(&info) == CKR_OK)
        module->m_description = QStringLiteral("%1 %2 %3.%4")
                                    .arg(padded(info.manufacturerID, sizeof info.manufacturerID),
                                         padded(info.libraryDescription, sizeof info.libraryDescription))
                                    .arg(info.libraryVersion.major)
                                    .arg(info.libraryVersion.minor);
    registry().insert(key, module);
    if (ours)
        delete bytes; // the library keeps the first load's
    else
        initialisedWith().insert(key, bytes);
    return module;
}

Module::~Module() {
    // Deliberately no C_Finalize/dlclose: another user (libp11, a later load) may share the
    // instance, and finalising kills their sessions. The OS reclaims it at exit.
}

Result<QVector<TokenInfo>> Module::tokens(bool includeUninitialised) const {
    std::lock_guard lock(m_slotMutex);
    CK_FUNCTION_LIST_PTR f = fl(m_functions);
    CK_ULONG count = 0;
    CK_RV rv = f->C_GetSlotList(CK_TRUE, nullptr, &count);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Listing the token slots"));
    std::vector<CK_SLOT_ID> slots(count);
    rv = f->C_GetSlotList(CK_TRUE, slots.data(), &count);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Listing the token slots"));
    QVector<TokenInfo> out;
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_TOKEN_INFO ti{};
        rv = f->C_GetTokenInfo(slots[i], &ti);
        // Removed between the two calls: not there now. Any other failure (a device error, a
        // removed reader) is reported with its CKR, not turned into "no such token".
        if (rv == CKR_TOKEN_NOT_PRESENT || rv == CKR_SLOT_ID_INVALID)
            continue;
        if (rv != CKR_OK)
            return ckrvError(rv, hsm::tr("Reading the token information of slot %1").arg(slots[i]));
        TokenInfo t = toTokenInfo(slots[i], ti);
        if (t.initialized || includeUninitialised)
            out.push_back(t);
    }
    return out;
}

Result<TokenInfo> Module::tokenInfo(unsigned long slotId) const {
    CK_TOKEN_INFO ti{};
    const CK_RV rv = fl(m_functions)->C_GetTokenInfo(slotId, &ti);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Reading the token information"));
    return toTokenInfo(slotId, ti);
}

Result<TokenInfo> Module::findTokenByLabel(const QString& label) const {
    auto all = tokens();
    if (!all)
        return all.error();
    QVector<TokenInfo> hits;
    for (const TokenInfo& t : *all)
        if (t.label == label)
            hits.push_back(t);
    if (hits.isEmpty())
        return fail(ErrorCode::NotFound,
                    hsm::tr("No token labelled \"%1\" is present: insert the card or connect "
                            "the HSM.")
                        .arg(label));
    if (hits.size() > 1)
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("%1 tokens are labelled \"%2\": select the token by serial number instead.")
                        .arg(hits.size())
                        .arg(label));
    return hits.front();
}

Result<TokenInfo> Module::findTokenBySerial(const QString& serial) const {
    auto all = tokens();
    if (!all)
        return all.error();
    for (const TokenInfo& t : *all)
        if (t.serial == serial)
            return t;
    return fail(
        ErrorCode::NotFound,
        hsm::tr("No token with serial %1 is present: insert the card or connect the HSM.").arg(serial));
}

Result<TokenInfo> Module::initToken(const QString& label, const SecureBytes& soPin,
                                    const SecureBytes& userPin) {
    const QByteArray labelBytes = label.toUtf8();
    if (labelBytes.isEmpty() || labelBytes.size() > 32)
        return fail(ErrorCode::InvalidInput, hsm::tr("A token label must be 1 to 32 bytes of UTF-8."));
    auto all = tokens(true);
    if (!all)
        return all.error();
    for (const TokenInfo& t : *all)
        if (t.initialized && t.label == label)
            return fail(ErrorCode::AlreadyExists,
                        hsm::tr("A token labelled \"%1\" already exists.").arg(label));
    CK_SLOT_ID freeSlot = 0;
    bool found = false;
    for (const TokenInfo& t : *all)
        if (!t.initialized) {
            freeSlot = t.slotId;
            found = true;
            break;
        }
    if (!found)
        return fail(ErrorCode::NotFound, hsm::tr("No free (uninitialised) token slot is available."));

    CK_UTF8CHAR padLabel[32];
    std::memset(padLabel, ' ', sizeof padLabel);
    std::memcpy(padLabel, labelBytes.constData(), static_cast<std::size_t>(labelBytes.size()));
    CK_FUNCTION_LIST_PTR f = fl(m_functions);
    CK_RV rv = f->C_InitToken(freeSlot, const_cast<CK_UTF8CHAR*>(soPin.data()), soPin.size(), padLabel);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Initialising token \"%1\"").arg(label));
    // SoftHSM moves the new token to a new slot id: find it again by label.
    auto created = findTokenByLabel(label);
    if (!created)
        return created.error();
    {
        auto session = openSession(created->slotId, true);
        if (!session)
            return session.error();
        if (auto s = (*session)->login(soPin, true); !s)
            return s.error();
        rv = f->C_InitPIN((*session)->handle(), const_cast<CK_UTF8CHAR*>(userPin.data()), userPin.size());
        (void)(*session)->logout();
        if (rv != CKR_OK)
            return ckrvError(rv, hsm::tr("Setting the user PIN of token \"%1\"").arg(label));
    }
    return tokenInfo(created->slotId);
}

Result<std::unique_ptr<Session>> Module::openSession(unsigned long slotId, bool readWrite) {
    CK_SESSION_HANDLE h = 0;
    CK_FLAGS flags = CKF_SERIAL_SESSION | (readWrite ? CKF_RW_SESSION : 0);
    const CK_RV rv = fl(m_functions)->C_OpenSession(slotId, flags, nullptr, nullptr, &h);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Opening a session on the token"));
    return std::make_unique<Session>(shared_from_this(), slotId, h);
}

} // namespace symbolon::hsm
