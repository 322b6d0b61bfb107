#include "hsm/Capabilities.h"

#include "hsm/CkrvText.h"
#include "hsm/MechanismText.h"
#include "hsm/Module.h"
#include "hsm/P11.h"
#include "policy/G2Classification.h"

#include <QCoreApplication>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

enum class Flag { None, Encrypt, Decrypt, Wrap, Unwrap, Sign, Derive, EncryptAndUnwrap };

bool hasFlag(const MechanismInfo& m, Flag f) {
    switch (f) {
    case Flag::None:
        return true;
    case Flag::Encrypt:
        return m.encrypt;
    case Flag::Decrypt:
        return m.decrypt;
    case Flag::Wrap:
        return m.wrap;
    case Flag::Unwrap:
        return m.unwrap;
    case Flag::Sign:
        return m.sign;
    case Flag::Derive:
        return m.derive;
    case Flag::EncryptAndUnwrap:
        return m.encrypt && m.unwrap;
    }
    return false;
}

const char* flagName(Flag f) {
    switch (f) {
    case Flag::None:
        return "";
    case Flag::Encrypt:
        return "CKF_ENCRYPT";
    case Flag::Decrypt:
        return "CKF_DECRYPT";
    case Flag::Wrap:
        return "CKF_WRAP";
    case Flag::Unwrap:
        return "CKF_UNWRAP";
    case Flag::Sign:
        return "CKF_SIGN";
    case Flag::Derive:
        return "CKF_DERIVE";
    case Flag::EncryptAndUnwrap:
        return "CKF_ENCRYPT and CKF_UNWRAP";
    }
    return "";
}

// THE table. Rows are tried in order for an operation; the first whose mechanism the token
// lists with the needed flag decides the path. mechanism 0 with Flag::None is a host-side row
// that needs nothing from the token beyond C_CreateObject. Each row has a test in
// tests/hsm/test_hsm_capabilities.cpp.
struct Row {
    KeyOperation op;
    CK_MECHANISM_TYPE mechanism;
    Flag flag;
    PathKind kind;
    const char* reason;
};
const Row kTable[] = {
    {KeyOperation::EcbPackage, CKM_AES_ECB, Flag::Wrap, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "C_WrapKey with CKM_AES_ECB: the policy's packaging, inside the module")},
    {KeyOperation::EcbPackage, CKM_AES_CBC, Flag::Wrap, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "C_WrapKey with CKM_AES_CBC and a zero IV: identical to ECB for one "
                       "16-byte key, still inside the module (the token cannot wrap with ECB)")},
    {KeyOperation::EcbUnpackage, CKM_AES_ECB, Flag::Unwrap, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm", "C_UnwrapKey with CKM_AES_ECB: inside the module")},
    {KeyOperation::EcbUnpackage, CKM_AES_ECB, Flag::Decrypt, PathKind::ClearKeyFallback,
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "C_Decrypt with CKM_AES_ECB, then C_CreateObject: the token cannot "
                       "unwrap an ECB package, so the clear key passes through host memory")},
    {KeyOperation::EcbUnpackage, CKM_AES_CBC, Flag::Decrypt, PathKind::ClearKeyFallback,
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "C_Decrypt with CKM_AES_CBC and a zero IV (= ECB for one block), then "
                       "C_CreateObject: the clear key passes through host memory")},
    {KeyOperation::Rfc3394Wrap, CKM_AES_KEY_WRAP, Flag::Wrap, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm", "C_WrapKey with CKM_AES_KEY_WRAP (RFC 3394), inside the module")},
    {KeyOperation::Rfc3394Unwrap, CKM_AES_KEY_WRAP, Flag::Unwrap, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm", "C_UnwrapKey with CKM_AES_KEY_WRAP (RFC 3394), inside the module")},
    {KeyOperation::KcvCmac5B, CKM_AES_CMAC, Flag::Sign, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "C_Sign with CKM_AES_CMAC over a zero block, first 5 bytes, inside the "
                       "module")},
    {KeyOperation::KcvEcb3B, CKM_AES_ECB, Flag::Encrypt, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "C_Encrypt with CKM_AES_ECB of a zero block, first 3 bytes, inside the "
                       "module")},
    {KeyOperation::KcvEcb3B, CKM_AES_CBC, Flag::Encrypt, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm", "C_Encrypt with CKM_AES_CBC and a zero IV of a zero block (= ECB for "
                                        "one block), first 3 bytes, inside the module")},
    {KeyOperation::CombineComponents, CKM_XOR_BASE_AND_DATA, Flag::Derive, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm", "C_DeriveKey with CKM_XOR_BASE_AND_DATA: the components are combined "
                                        "inside the module")},
    {KeyOperation::CombineComponents, 0, Flag::None, PathKind::ClearKeyFallback,
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "XOR in locked host memory, then C_CreateObject: the token has no XOR "
                       "derivation, so the combined key exists in host memory")},
    // The first component (clear by nature: it was typed) becoming the base of the in-module
    // combination. A FIPS-mode module refuses C_CreateObject of a clear secret key; encrypting it
    // under a one-time key and unwrapping it is how such a module accepts it.
    {KeyOperation::ComponentEntry, CKM_AES_ECB, Flag::EncryptAndUnwrap, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "C_Encrypt under a one-time session key, then C_UnwrapKey with CKM_AES_ECB: "
                       "the typed component enters the module without C_CreateObject")},
    {KeyOperation::ComponentEntry, 0, Flag::None, PathKind::InModule,
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "C_CreateObject of the typed component as a derive-only session object (a "
                       "FIPS-mode module refuses this)")},
};
} // namespace

QString keyOperationName(KeyOperation op) {
    switch (op) {
    case KeyOperation::EcbPackage:
        return hsm::tr("ECB packaging");
    case KeyOperation::EcbUnpackage:
        return hsm::tr("ECB unpackaging");
    case KeyOperation::Rfc3394Wrap:
        return hsm::tr("RFC 3394 wrap");
    case KeyOperation::Rfc3394Unwrap:
        return hsm::tr("RFC 3394 unwrap");
    case KeyOperation::KcvCmac5B:
        return hsm::tr("CMAC-5B key check value");
    case KeyOperation::KcvEcb3B:
        return hsm::tr("ECB-3B key check value");
    case KeyOperation::CombineComponents:
        return hsm::tr("Transport Key component combination");
    case KeyOperation::ComponentEntry:
        return hsm::tr("Transport Key component entry");
    }
    return {};
}

QVector<KeyOperation> allKeyOperations() {
    return {KeyOperation::EcbPackage,        KeyOperation::EcbUnpackage,  KeyOperation::Rfc3394Wrap,
            KeyOperation::Rfc3394Unwrap,     KeyOperation::KcvCmac5B,     KeyOperation::KcvEcb3B,
            KeyOperation::CombineComponents, KeyOperation::ComponentEntry};
}

QString Capabilities::inModuleNeeds(KeyOperation op) {
    QStringList out;
    for (const Row& row : kTable)
        if (row.op == op && row.kind == PathKind::InModule && row.mechanism != 0)
            out << hsm::tr("%1 with %2")
                       .arg(mechanismName(row.mechanism), QString::fromLatin1(flagName(row.flag)));
    return out.join(hsm::tr(" or "));
}

QString PathDecision::describe() const {
    return QStringLiteral("%1: %2").arg(keyOperationName(operation), reason);
}

Result<Capabilities> Capabilities::read(const Module& module, unsigned long slotId) {
    auto f = static_cast<CK_FUNCTION_LIST_PTR>(const_cast<void*>(module.functionList()));
    CK_ULONG count = 0;
    CK_RV rv = f->C_GetMechanismList(slotId, nullptr, &count);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Listing the token's mechanisms"));
    std::vector<CK_MECHANISM_TYPE> types(count);
    rv = f->C_GetMechanismList(slotId, types.data(), &count);
    if (rv != CKR_OK)
        return ckrvError(rv, hsm::tr("Listing the token's mechanisms"));
    QVector<MechanismInfo> out;
    for (CK_ULONG i = 0; i < count; ++i) {
        CK_MECHANISM_INFO info{};
        rv = f->C_GetMechanismInfo(slotId, types[i], &info);
        if (rv != CKR_OK)
            return ckrvError(rv, hsm::tr("Reading mechanism %1").arg(mechanismName(types[i])));
        MechanismInfo m;
        m.type = types[i];
        m.name = mechanismName(types[i]);
        m.minKeySize = info.ulMinKeySize;
        m.maxKeySize = info.ulMaxKeySize;
        m.encrypt = info.flags & CKF_ENCRYPT;
        m.decrypt = info.flags & CKF_DECRYPT;
        m.wrap = info.flags & CKF_WRAP;
        m.unwrap = info.flags & CKF_UNWRAP;
        m.sign = info.flags & CKF_SIGN;
        m.verify = info.flags & CKF_VERIFY;
        m.derive = info.flags & CKF_DERIVE;
        m.generate = info.flags & (CKF_GENERATE | CKF_GENERATE_KEY_PAIR);
        m.hardware = info.flags & CKF_HW;
        out.push_back(m);
    }
    return fromList(std::move(out));
}

Capabilities Capabilities::fromList(QVector<MechanismInfo> mechanisms) {
    Capabilities c;
    c.m_mechanisms = std::move(mechanisms);
    for (KeyOperation op : allKeyOperations()) {
        if (c.m_decided.size() <= int(op))
            c.m_decided.resize(int(op) + 1);
        c.m_decided[int(op)] = c.compute(op);
    }
    return c;
}

std::optional<MechanismInfo> Capabilities::find(unsigned long mechanism) const {
    for (const MechanismInfo& m : m_mechanisms)
        if (m.type == mechanism)
            return m;
    return std::nullopt;
}

PathDecision Capabilities::decide(KeyOperation op) const {
    if (int(op) < m_decided.size() && m_decided[int(op)].operation == op)
        return m_decided[int(op)];
    return compute(op);
}

PathDecision Capabilities::compute(KeyOperation op) const {
    for (const Row& row : kTable) {
        if (row.op != op)
            continue;
        bool ok = row.mechanism == 0;
        if (!ok)
            if (auto m = find(row.mechanism))
                ok = hasFlag(*m, row.flag);
        if (!ok)
            continue;
        PathDecision d;
        d.operation = op;
        d.kind = row.kind;
        d.mechanism = row.mechanism;
        d.mechanismName = row.mechanism ? mechanismName(row.mechanism) : QString();
        d.reason = QCoreApplication::translate("symbolon::hsm", row.reason);
        return d;
    }
    PathDecision d;
    d.operation = op;
    d.kind = PathKind::Unavailable;
    d.reason = hsm::tr("the token offers no mechanism for this operation");
    return d;
}

Result<PathDecision> Capabilities::require(KeyOperation op, policy::PolicyProfile profile) const {
    const PathDecision d = decide(op);
    if (d.kind == PathKind::Unavailable)
        return fail(ErrorCode::Token, hsm::tr("%1 needs %2, which this token does not offer. Use a "
                                              "token that supports it.")
                                          .arg(keyOperationName(op), inModuleNeeds(op)));
    if (d.fallback())
        if (auto s = policy::checkFallbackAllowed(profile); !s)
            return fail(s.error().code,
                        hsm::tr("%1 needs %2 inside the module; this token does not offer it, and the only "
                                "other way (%3) is refused. %4")
                            .arg(keyOperationName(op), inModuleNeeds(op), d.reason, s.error().message));
    return d;
}

} // namespace symbolon::hsm
