// A PKCS#11 v2.40 module for tests that forwards every call to a real module and fails chosen
// calls: "the n-th call of C_X returns CKR_Y". Nothing in the product links it; tests point a
// workspace's "pkcs11_module" at it.
//
// Environment:
//   SYMBOLON_FAULT_REAL_MODULE  the real module (default /usr/lib/softhsm/libsofthsm2.so)
//   SYMBOLON_FAULT_REAL_ENTRY   its entry point (default C_GetFunctionList; FC_GetFunctionList is
//                               NSS softoken in FIPS mode)
//   SYMBOLON_FAULT_MAX_PIN_LEN  ulMaxPinLen every C_GetTokenInfo reports (a token with a short limit)
//   SYMBOLON_FAULT_HIDE         mechanisms the token is made not to have: CKM_AES_ECB,0x1057,...
//                               (left out of C_GetMechanismList; C_GetMechanismInfo says
//                               CKR_MECHANISM_INVALID): a token that lacks what a path needs
//   SYMBOLON_FAULT              plan: C_WrapKey:3:CKR_DEVICE_ERROR[,C_Login:1:CKR_PIN_LOCKED...]
//                               (n is 1-based and counts that function's calls in this process;
//                               n may be "*" for every call; the CKR by name or as 0x hex; KILL
//                               and KILL_AFTER: SIGKILL before forwarding the call, or after it)
//   SYMBOLON_FAULT_FILE         a control file with the same syntax (commas or newlines), re-read
//                               whenever it changes; counts restart from zero when it does, so an
//                               in-process test can arm a new plan between runs
//   SYMBOLON_FAULT_COUNT        file written at exit (and at C_Finalize) with one line per function
//                               called: "C_WrapKey 12"
//   SYMBOLON_FAULT_LOG          file appended with one line per injected fault: "C_WrapKey 3
//   CKR_DEVICE_ERROR"
//   SYMBOLON_FAULT_AUDIT        file appended with one line per call that could put secret key
//                               material in host memory, whatever its result: "C_CreateObject
//                               CKO_SECRET_KEY" (a clear key handed to the token), "C_GetAttributeValue
//                               CKA_VALUE CKO_SECRET_KEY" (a key's value returned: only when the token
//                               filled it in), "C_Decrypt" / "C_DecryptUpdate" / "C_DecryptFinal" (any
//                               decryption whose output reaches the host). Issue #19's tests hold the
//                               product to none of these on a token that can do everything inside.
//   SYMBOLON_FAULT_LATENCY_US   a delay before every forwarded call, in microseconds: a network HSM's
//                               round trip (issue #21). It is slept with no lock held, so calls on
//                               different sessions overlap as they do on a network HSM.
//   SYMBOLON_FAULT_MAX_SESSIONS a cap on the sessions open at once, as an HSM partition has: C_OpenSession
//                               beyond it returns CKR_SESSION_COUNT, and C_GetTokenInfo reports it as
//                               ulMaxSessionCount (and the sessions open through this module as
//                               ulSessionCount).
//
// A fault on a function that finishes or continues an operation (C_Encrypt, C_SignUpdate,
// C_FindObjects, ...) calls the real function first and then terminates the operation in the real
// module, so that the session is left as a real failure would leave it (no operation active):
// otherwise the next C_*Init on that session would get CKR_OPERATION_ACTIVE, a fault of the shim
// and not of the product. Every other faulted call is not forwarded at all (nothing happened on
// the token), which is what an error before the device acted looks like.
#include <p11-kit/pkcs11.h>

#include <sys/stat.h>

#include <csignal>

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#define FAULT_FUNCTIONS(X)                                                                                   \
    X(C_Initialize)                                                                                          \
    X(C_Finalize)                                                                                            \
    X(C_GetInfo)                                                                                             \
    X(C_GetSlotList)                                                                                         \
    X(C_GetSlotInfo)                                                                                         \
    X(C_GetTokenInfo)                                                                                        \
    X(C_GetMechanismList)                                                                                    \
    X(C_GetMechanismInfo)                                                                                    \
    X(C_InitToken)                                                                                           \
    X(C_InitPIN)                                                                                             \
    X(C_SetPIN)                                                                                              \
    X(C_OpenSession)                                                                                         \
    X(C_CloseSession)                                                                                        \
    X(C_CloseAllSessions)                                                                                    \
    X(C_GetSessionInfo)                                                                                      \
    X(C_GetOperationState)                                                                                   \
    X(C_SetOperationState)                                                                                   \
    X(C_Login)                                                                                               \
    X(C_Logout)                                                                                              \
    X(C_CreateObject)                                                                                        \
    X(C_CopyObject)                                                                                          \
    X(C_DestroyObject)                                                                                       \
    X(C_GetObjectSize)                                                                                       \
    X(C_GetAttributeValue)                                                                                   \
    X(C_SetAttributeValue)                                                                                   \
    X(C_FindObjectsInit)                                                                                     \
    X(C_FindObjects)                                                                                         \
    X(C_FindObjectsFinal)                                                                                    \
    X(C_EncryptInit)                                                                                         \
    X(C_Encrypt)                                                                                             \
    X(C_EncryptUpdate)                                                                                       \
    X(C_EncryptFinal)                                                                                        \
    X(C_DecryptInit)                                                                                         \
    X(C_Decrypt)                                                                                             \
    X(C_DecryptUpdate)                                                                                       \
    X(C_DecryptFinal)                                                                                        \
    X(C_DigestInit)                                                                                          \
    X(C_Digest)                                                                                              \
    X(C_DigestUpdate)                                                                                        \
    X(C_DigestKey)                                                                                           \
    X(C_DigestFinal)                                                                                         \
    X(C_SignInit)                                                                                            \
    X(C_Sign)                                                                                                \
    X(C_SignUpdate)                                                                                          \
    X(C_SignFinal)                                                                                           \
    X(C_SignRecoverInit)                                                                                     \
    X(C_SignRecover)                                                                                         \
    X(C_VerifyInit)                                                                                          \
    X(C_Verify)                                                                                              \
    X(C_VerifyUpdate)                                                                                        \
    X(C_VerifyFinal)                                                                                         \
    X(C_VerifyRecoverInit)                                                                                   \
    X(C_VerifyRecover)                                                                                       \
    X(C_DigestEncryptUpdate)                                                                                 \
    X(C_DecryptDigestUpdate)                                                                                 \
    X(C_SignEncryptUpdate)                                                                                   \
    X(C_DecryptVerifyUpdate)                                                                                 \
    X(C_GenerateKey)                                                                                         \
    X(C_GenerateKeyPair)                                                                                     \
    X(C_WrapKey)                                                                                             \
    X(C_UnwrapKey)                                                                                           \
    X(C_DeriveKey)                                                                                           \
    X(C_SeedRandom)                                                                                          \
    X(C_GenerateRandom)                                                                                      \
    X(C_GetFunctionStatus)                                                                                   \
    X(C_CancelFunction)                                                                                      \
    X(C_WaitForSlotEvent)

namespace {

struct FunctionName {
    std::size_t offset;
    const char* name;
};
#define FAULT_NAME(f) {offsetof(CK_FUNCTION_LIST, f), #f},
constexpr FunctionName kFunctions[] = {FAULT_FUNCTIONS(FAULT_NAME)};
#undef FAULT_NAME
constexpr std::size_t kCount = sizeof kFunctions / sizeof kFunctions[0];

constexpr std::size_t indexOf(std::size_t offset) {
    for (std::size_t i = 0; i < kCount; ++i)
        if (kFunctions[i].offset == offset)
            return i;
    return kCount;
}

struct RvName {
    CK_RV rv;
    const char* name;
};
// Not return values: the process kills itself (SIGKILL) before forwarding the call, or after the
// token has done it. A kill at an exact call, for the tests of what a crash leaves behind.
constexpr CK_RV kKill = CKR_VENDOR_DEFINED | 0x0FFFFF01UL;
constexpr CK_RV kKillAfter = CKR_VENDOR_DEFINED | 0x0FFFFF02UL;
const RvName kRvNames[] = {
    {kKill, "KILL"},
    {kKillAfter, "KILL_AFTER"},
    {CKR_DEVICE_REMOVED, "CKR_DEVICE_REMOVED"},
    {CKR_DEVICE_ERROR, "CKR_DEVICE_ERROR"},
    {CKR_TOKEN_NOT_PRESENT, "CKR_TOKEN_NOT_PRESENT"},
    {CKR_SESSION_HANDLE_INVALID, "CKR_SESSION_HANDLE_INVALID"},
    {CKR_SESSION_CLOSED, "CKR_SESSION_CLOSED"},
    {CKR_PIN_INCORRECT, "CKR_PIN_INCORRECT"},
    {CKR_PIN_LOCKED, "CKR_PIN_LOCKED"},
    {CKR_GENERAL_ERROR, "CKR_GENERAL_ERROR"},
    {CKR_DEVICE_MEMORY, "CKR_DEVICE_MEMORY"},
    {CKR_HOST_MEMORY, "CKR_HOST_MEMORY"},
    {CKR_FUNCTION_FAILED, "CKR_FUNCTION_FAILED"},
    {CKR_USER_NOT_LOGGED_IN, "CKR_USER_NOT_LOGGED_IN"},
};

std::optional<CK_RV> parseRv(const std::string& s) {
    for (const RvName& r : kRvNames)
        if (s == r.name)
            return r.rv;
    if (s.rfind("0x", 0) == 0)
        return static_cast<CK_RV>(std::strtoul(s.c_str() + 2, nullptr, 16));
    return std::nullopt;
}

std::string rvName(CK_RV rv) {
    for (const RvName& r : kRvNames)
        if (rv == r.rv)
            return r.name;
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%lx", rv);
    return buf;
}

struct Fault {
    std::size_t function;
    unsigned long n; // 0: every call
    CK_RV rv;
};

struct State {
    std::mutex mutex;
    void* handle = nullptr;
    CK_FUNCTION_LIST* real = nullptr;
    CK_FUNCTION_LIST wrapped{};
    std::array<unsigned long, kCount> calls{};
    std::vector<Fault> plan;
    std::string controlFile;
    struct stat controlStat {};
    bool controlSeen = false;
    std::atomic<long> openSessions{0}; // opened through this module and not yet closed
    // No plan from SYMBOLON_FAULT and no control file: calls are counted here, lock-free.
    std::atomic<bool> noPlan{false};
    std::array<std::atomic<unsigned long>, kCount> freeCalls{};
};

State& state() {
    static State s;
    return s;
}

std::vector<Fault> parsePlan(const std::string& text) {
    std::vector<Fault> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find_first_of(",\n", pos);
        if (end == std::string::npos)
            end = text.size();
        std::string item = text.substr(pos, end - pos);
        pos = end + 1;
        while (!item.empty() && (item.back() == ' ' || item.back() == '\r'))
            item.pop_back();
        while (!item.empty() && item.front() == ' ')
            item.erase(0, 1);
        if (item.empty() || item[0] == '#')
            continue;
        const std::size_t a = item.find(':'), b = item.find(':', a + 1);
        if (a == std::string::npos || b == std::string::npos) {
            std::fprintf(stderr, "faultp11: ignoring malformed fault \"%s\"\n", item.c_str());
            continue;
        }
        const std::string fn = item.substr(0, a), nth = item.substr(a + 1, b - a - 1);
        const auto rv = parseRv(item.substr(b + 1));
        std::size_t idx = kCount;
        for (std::size_t i = 0; i < kCount; ++i)
            if (fn == kFunctions[i].name)
                idx = i;
        if (idx == kCount || !rv) {
            std::fprintf(stderr, "faultp11: ignoring unknown function or CKR in \"%s\"\n", item.c_str());
            continue;
        }
        out.push_back({idx, nth == "*" ? 0UL : std::strtoul(nth.c_str(), nullptr, 10), *rv});
    }
    return out;
}

void reloadControlFile(State& s) {
    if (s.controlFile.empty())
        return;
    struct stat st {};
    const bool exists = ::stat(s.controlFile.c_str(), &st) == 0;
    const bool changed =
        exists != s.controlSeen ||
        (exists && (st.st_mtim.tv_sec != s.controlStat.st_mtim.tv_sec ||
                    st.st_mtim.tv_nsec != s.controlStat.st_mtim.tv_nsec ||
                    st.st_size != s.controlStat.st_size || st.st_ino != s.controlStat.st_ino));
    if (!changed)
        return;
    s.controlSeen = exists;
    s.controlStat = st;
    s.calls.fill(0);
    s.plan.clear();
    if (const char* env = std::getenv("SYMBOLON_FAULT"))
        s.plan = parsePlan(env);
    if (!exists)
        return;
    std::string text;
    if (FILE* f = std::fopen(s.controlFile.c_str(), "r")) {
        char buf[4096];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
            text.append(buf, n);
        std::fclose(f);
    }
    auto more = parsePlan(text);
    s.plan.insert(s.plan.end(), more.begin(), more.end());
}

void writeCounts() {
    State& s = state();
    const char* path = std::getenv("SYMBOLON_FAULT_COUNT");
    if (!path || !*path)
        return;
    std::lock_guard lock(s.mutex);
    FILE* f = std::fopen(path, "w");
    if (!f)
        return;
    for (std::size_t i = 0; i < kCount; ++i)
        if (const unsigned long n = s.calls[i] + s.freeCalls[i].load())
            std::fprintf(f, "%s %lu\n", kFunctions[i].name, n);
    std::fclose(f);
}

// Counts the call and says whether it fails, and with what.
std::optional<CK_RV> takeFault(std::size_t idx, unsigned long* callNumber) {
    State& s = state();
    // Nothing armed and no control file (the latency benchmarks): count without the lock, so that
    // many sessions' calls do not queue on this shim.
    if (s.controlFile.empty() && s.noPlan.load(std::memory_order_relaxed)) {
        *callNumber = ++s.freeCalls[idx];
        return std::nullopt;
    }
    std::lock_guard lock(s.mutex);
    reloadControlFile(s);
    const unsigned long n = ++s.calls[idx];
    *callNumber = n;
    for (const Fault& f : s.plan)
        if (f.function == idx && (f.n == 0 || f.n == n))
            return f.rv;
    return std::nullopt;
}

void logFault(std::size_t idx, unsigned long n, CK_RV rv) {
    if (const char* path = std::getenv("SYMBOLON_FAULT_LOG"); path && *path)
        if (FILE* f = std::fopen(path, "a")) {
            std::fprintf(f, "%s %lu %s\n", kFunctions[idx].name, n, rvName(rv).c_str());
            std::fclose(f);
        }
}

void auditLine(const char* line) {
    if (const char* path = std::getenv("SYMBOLON_FAULT_AUDIT"); path && *path)
        if (FILE* f = std::fopen(path, "a")) {
            std::fprintf(f, "%s\n", line);
            std::fclose(f);
        }
}

bool isSecretKey(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object) {
    CK_OBJECT_CLASS cls = 0;
    CK_ATTRIBUTE a{CKA_CLASS, &cls, sizeof cls};
    return state().real->C_GetAttributeValue(session, object, &a, 1) == CKR_OK && cls == CKO_SECRET_KEY;
}

void auditCreate(CK_SESSION_HANDLE, CK_ATTRIBUTE_PTR t, CK_ULONG n, CK_OBJECT_HANDLE_PTR) {
    for (CK_ULONG i = 0; t && i < n; ++i)
        if (t[i].type == CKA_CLASS && t[i].pValue && t[i].ulValueLen == sizeof(CK_OBJECT_CLASS) &&
            *static_cast<CK_OBJECT_CLASS*>(t[i].pValue) == CKO_SECRET_KEY)
            auditLine("C_CreateObject CKO_SECRET_KEY");
}

// After the call: a value the token actually returned.
void auditRead(CK_SESSION_HANDLE session, CK_OBJECT_HANDLE object, CK_ATTRIBUTE_PTR t, CK_ULONG n) {
    for (CK_ULONG i = 0; t && i < n; ++i)
        if (t[i].type == CKA_VALUE && t[i].pValue && t[i].ulValueLen != CK_UNAVAILABLE_INFORMATION &&
            isSecretKey(session, object))
            auditLine("C_GetAttributeValue CKA_VALUE CKO_SECRET_KEY");
}

// SYMBOLON_FAULT_HIDE, parsed once.
const std::vector<CK_MECHANISM_TYPE>& hidden() {
    static const std::vector<CK_MECHANISM_TYPE> list = [] {
        static const std::pair<const char*, CK_MECHANISM_TYPE> names[] = {
            {"CKM_AES_ECB", CKM_AES_ECB},
            {"CKM_AES_CBC", CKM_AES_CBC},
            {"CKM_AES_KEY_WRAP", CKM_AES_KEY_WRAP},
            {"CKM_AES_CMAC", CKM_AES_CMAC},
            {"CKM_AES_KEY_GEN", CKM_AES_KEY_GEN},
            {"CKM_XOR_BASE_AND_DATA", CKM_XOR_BASE_AND_DATA},
            {"CKM_ECDSA", CKM_ECDSA},
            {"CKM_ECDH1_DERIVE", CKM_ECDH1_DERIVE}};
        std::vector<CK_MECHANISM_TYPE> out;
        const char* env = std::getenv("SYMBOLON_FAULT_HIDE");
        std::string text = env ? env : "";
        std::size_t pos = 0;
        while (pos < text.size()) {
            std::size_t end = text.find(',', pos);
            if (end == std::string::npos)
                end = text.size();
            const std::string item = text.substr(pos, end - pos);
            pos = end + 1;
            bool known = false;
            for (const auto& [name, type] : names)
                if (item == name) {
                    out.push_back(type);
                    known = true;
                }
            if (!known && item.rfind("0x", 0) == 0)
                out.push_back(std::strtoul(item.c_str() + 2, nullptr, 16));
            else if (!known && !item.empty())
                std::fprintf(stderr, "faultp11: ignoring unknown mechanism \"%s\" to hide\n", item.c_str());
        }
        return out;
    }();
    return list;
}

unsigned long envNumber(const char* name) {
    const char* v = std::getenv(name);
    return v && *v ? std::strtoul(v, nullptr, 10) : 0;
}

// SYMBOLON_FAULT_LATENCY_US and SYMBOLON_FAULT_MAX_SESSIONS, read once (0: none).
unsigned long latencyUs() {
    static const unsigned long us = envNumber("SYMBOLON_FAULT_LATENCY_US");
    return us;
}
unsigned long maxSessions() {
    static const unsigned long n = envNumber("SYMBOLON_FAULT_MAX_SESSIONS");
    return n;
}

// The round trip: no lock is held here, so sessions on other threads overlap.
void networkDelay() {
    if (const unsigned long us = latencyUs())
        std::this_thread::sleep_for(std::chrono::microseconds(us));
}

bool isHidden(CK_MECHANISM_TYPE type) {
    for (CK_MECHANISM_TYPE h : hidden())
        if (h == type)
            return true;
    return false;
}

// C_GetMechanismList without the hidden mechanisms (the size query says the real count, which
// is never too small).
CK_RV hideFromList(CK_RV rv, CK_MECHANISM_TYPE_PTR list, CK_ULONG_PTR count) {
    if (rv != CKR_OK || !list || !count || hidden().empty())
        return rv;
    CK_ULONG kept = 0;
    for (CK_ULONG i = 0; i < *count; ++i)
        if (!isHidden(list[i]))
            list[kept++] = list[i];
    *count = kept;
    return rv;
}

// Ends whatever operation of this kind the real module still has open on the session, by
// finishing it into a scratch buffer (a Final on no active operation just fails harmlessly).
enum class OpKind { None, Encrypt, Decrypt, Digest, Sign, Verify, Find, SignRecover, VerifyRecover };

void terminate(OpKind kind, CK_SESSION_HANDLE h) {
    CK_FUNCTION_LIST* r = state().real;
    std::vector<unsigned char> scratch(16384);
    CK_ULONG len = scratch.size();
    switch (kind) {
    case OpKind::Encrypt:
        (void)r->C_EncryptFinal(h, scratch.data(), &len);
        break;
    case OpKind::Decrypt:
        (void)r->C_DecryptFinal(h, scratch.data(), &len);
        break;
    case OpKind::Digest:
        (void)r->C_DigestFinal(h, scratch.data(), &len);
        break;
    case OpKind::Sign:
        (void)r->C_SignFinal(h, scratch.data(), &len);
        break;
    case OpKind::Verify:
        (void)r->C_VerifyFinal(h, scratch.data(), 64);
        break;
    case OpKind::Find:
        (void)r->C_FindObjectsFinal(h);
        break;
    case OpKind::SignRecover:
        (void)r->C_SignRecover(h, scratch.data(), 1, scratch.data(), &len);
        break;
    case OpKind::VerifyRecover:
        (void)r->C_VerifyRecover(h, scratch.data(), 1, scratch.data(), &len);
        break;
    case OpKind::None:
        break;
    }
}

// Which operation a function belongs to, when it finishes or continues one (its fault must call
// the real function first); None for everything else.
constexpr OpKind opKind(std::size_t offset) {
#define K(f, k)                                                                                              \
    if (offset == offsetof(CK_FUNCTION_LIST, f))                                                             \
        return OpKind::k;
    K(C_Encrypt, Encrypt) K(C_EncryptUpdate, Encrypt) K(C_EncryptFinal, Encrypt);
    K(C_Decrypt, Decrypt) K(C_DecryptUpdate, Decrypt) K(C_DecryptFinal, Decrypt);
    K(C_Digest, Digest) K(C_DigestUpdate, Digest) K(C_DigestKey, Digest) K(C_DigestFinal, Digest);
    K(C_Sign, Sign) K(C_SignUpdate, Sign) K(C_SignFinal, Sign);
    K(C_Verify, Verify) K(C_VerifyUpdate, Verify) K(C_VerifyFinal, Verify);
    K(C_FindObjects, Find) K(C_FindObjectsFinal, Find);
    K(C_SignRecover, SignRecover) K(C_VerifyRecover, VerifyRecover);
#undef K
    return OpKind::None;
}

// (session, in, in_len, out, out_len*): calling it again with a buffer finishes the operation.
constexpr bool isSinglePart(std::size_t offset) {
    return offset == offsetof(CK_FUNCTION_LIST, C_Encrypt) ||
           offset == offsetof(CK_FUNCTION_LIST, C_Decrypt) ||
           offset == offsetof(CK_FUNCTION_LIST, C_Digest) || offset == offsetof(CK_FUNCTION_LIST, C_Sign) ||
           offset == offsetof(CK_FUNCTION_LIST, C_SignRecover) ||
           offset == offsetof(CK_FUNCTION_LIST, C_VerifyRecover);
}

template <class F> struct Wrapper;
template <class... A> struct Wrapper<CK_RV (*)(A...)> {
    template <std::size_t Offset> static CK_RV call(A... a) {
        constexpr std::size_t idx = indexOf(Offset);
        static_assert(idx < kCount);
        using Fn = CK_RV (*)(A...);
        Fn real = *reinterpret_cast<Fn*>(reinterpret_cast<char*>(state().real) + Offset);
        unsigned long n = 0;
        const auto fault = takeFault(idx, &n);
        networkDelay();
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_OpenSession)) {
            if (!fault) {
                State& s = state();
                if (const long cap = static_cast<long>(maxSessions()); cap > 0 && ++s.openSessions > cap) {
                    --s.openSessions;
                    return CKR_SESSION_COUNT;
                } else if (cap <= 0) {
                    ++s.openSessions;
                }
                const CK_RV rv = real(a...);
                if (rv != CKR_OK)
                    --s.openSessions;
                return rv;
            }
        }
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_CloseSession)) {
            if (!fault) {
                const CK_RV rv = real(a...);
                if (rv == CKR_OK)
                    --state().openSessions;
                return rv;
            }
        }
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_CloseAllSessions)) {
            if (!fault) {
                const CK_RV rv = real(a...);
                if (rv == CKR_OK)
                    state().openSessions = 0; // one token behind this module in every test that caps
                return rv;
            }
        }
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_Finalize)) {
            const CK_RV rv = fault ? *fault : real(a...);
            writeCounts(); // the module is done: the counts are final
            if (fault)
                logFault(idx, n, *fault);
            return rv;
        }
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_CreateObject))
            auditCreate(a...);
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_Decrypt) ||
                      Offset == offsetof(CK_FUNCTION_LIST, C_DecryptUpdate) ||
                      Offset == offsetof(CK_FUNCTION_LIST, C_DecryptFinal))
            auditLine(kFunctions[idx].name);
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_GetMechanismList)) {
            if (!fault) {
                std::tuple<A...> t(a...);
                return hideFromList(real(a...), std::get<1>(t), std::get<2>(t));
            }
        }
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_GetTokenInfo)) {
            if (!fault) {
                std::tuple<A...> t(a...);
                const CK_RV rv = real(a...);
                if (const char* max = std::getenv("SYMBOLON_FAULT_MAX_PIN_LEN"); rv == CKR_OK && max && *max)
                    std::get<1>(t)->ulMaxPinLen = std::strtoul(max, nullptr, 10);
                if (const unsigned long cap = maxSessions(); rv == CKR_OK && cap > 0) {
                    std::get<1>(t)->ulMaxSessionCount = cap;
                    std::get<1>(t)->ulSessionCount = static_cast<CK_ULONG>(state().openSessions.load());
                }
                return rv;
            }
        }
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_GetMechanismInfo)) {
            if (!fault && isHidden(std::get<1>(std::tuple<A...>(a...))))
                return CKR_MECHANISM_INVALID;
        }
        if constexpr (Offset == offsetof(CK_FUNCTION_LIST, C_GetAttributeValue)) {
            if (!fault) {
                const CK_RV rv = real(a...);
                auditRead(a...);
                return rv;
            }
        }
        if (!fault)
            return real(a...);
        if (*fault == kKill || *fault == kKillAfter) {
            logFault(idx, n, *fault);
            if (*fault == kKillAfter)
                (void)real(a...);
            ::raise(SIGKILL);
        }
        constexpr OpKind kind = opKind(Offset);
        if constexpr (kind != OpKind::None) {
            (void)real(a...);
            if constexpr (isSinglePart(Offset)) {
                // A size query (no output buffer) or a short buffer leaves a single-part operation
                // active, and not every mechanism has a Final (ECDSA): finish it the way it began.
                std::tuple<A...> t(a...);
                std::vector<unsigned char> scratch(16384);
                CK_ULONG len = scratch.size();
                (void)real(std::get<0>(t), std::get<1>(t), std::get<2>(t), scratch.data(), &len);
            } else {
                // The first argument of every operation function is the session.
                terminate(kind, std::get<0>(std::tuple<A...>(a...)));
            }
        }
        logFault(idx, n, *fault);
        return *fault;
    }
};

CK_RV wrappedGetFunctionList(CK_FUNCTION_LIST** list);

bool loadReal() {
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (s.real)
        return true;
    const char* path = std::getenv("SYMBOLON_FAULT_REAL_MODULE");
    if (!path || !*path)
        path = "/usr/lib/softhsm/libsofthsm2.so";
    s.handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!s.handle) {
        std::fprintf(stderr, "faultp11: cannot load %s: %s\n", path, dlerror());
        return false;
    }
    const char* entry = std::getenv("SYMBOLON_FAULT_REAL_ENTRY");
    auto get = reinterpret_cast<CK_C_GetFunctionList>(
        dlsym(s.handle, entry && *entry ? entry : "C_GetFunctionList"));
    if (!get || get(&s.real) != CKR_OK || !s.real) {
        s.real = nullptr;
        return false;
    }
    s.wrapped.version = s.real->version;
#define FAULT_WRAP(f)                                                                                        \
    s.wrapped.f = &Wrapper<decltype(CK_FUNCTION_LIST::f)>::call<offsetof(CK_FUNCTION_LIST, f)>;
    FAULT_FUNCTIONS(FAULT_WRAP)
#undef FAULT_WRAP
    s.wrapped.C_GetFunctionList = wrappedGetFunctionList;
    if (const char* env = std::getenv("SYMBOLON_FAULT"))
        s.plan = parsePlan(env);
    if (const char* file = std::getenv("SYMBOLON_FAULT_FILE"))
        s.controlFile = file;
    s.noPlan = s.plan.empty();
    std::atexit(writeCounts);
    return true;
}

CK_RV wrappedGetFunctionList(CK_FUNCTION_LIST** list) {
    if (!list)
        return CKR_ARGUMENTS_BAD;
    if (!loadReal())
        return CKR_GENERAL_ERROR;
    *list = &state().wrapped;
    return CKR_OK;
}

} // namespace

extern "C" __attribute__((visibility("default"))) CK_RV C_GetFunctionList(CK_FUNCTION_LIST** list) {
    return wrappedGetFunctionList(list);
}
