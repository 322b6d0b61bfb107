#include "policy/G2Classification.h"

#include <QCoreApplication>

namespace symbolon::policy {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::policy", s);
}
} // namespace

QString operationCode(Operation op) {
    switch (op) {
    case Operation::GenerateKek:
        return QStringLiteral("generate-kek");
    case Operation::ImportKekComponents:
        return QStringLiteral("import-kek-components");
    case Operation::ExportSharedKey:
        return QStringLiteral("export-shared-key");
    case Operation::ImportSharedKey:
        return QStringLiteral("import-shared-key");
    case Operation::MigrationUnwrap:
        return QStringLiteral("migration-unwrap");
    case Operation::GenerateDeviceKeys:
        return QStringLiteral("generate-device-keys");
    case Operation::PackageDeviceKey:
        return QStringLiteral("package-device-key");
    case Operation::WrapForDevice:
        return QStringLiteral("wrap-for-device");
    case Operation::ReKey:
        return QStringLiteral("rekey");
    case Operation::DcoCommandWithAk:
        return QStringLiteral("dco-command-with-ak");
    case Operation::S1spCommandWithGuek:
        return QStringLiteral("s1sp-command-with-guek");
    case Operation::S1spSessionWithDk:
        return QStringLiteral("s1sp-session-with-dk");
    case Operation::S1spAddCredit:
        return QStringLiteral("s1sp-add-credit");
    case Operation::SignJournal:
        return QStringLiteral("sign-journal");
    case Operation::SignKeyPackage:
        return QStringLiteral("sign-key-package");
    case Operation::ComputeKcv:
        return QStringLiteral("compute-kcv");
    }
    return {};
}

SecClause secClause(Operation op) {
    switch (op) {
    // KEK ceremonies are classed G2.44(c) on purpose: the DCO Key, Shared Key and Transport Key
    // exist only to protect SMETS1 Symmetric Keys, and CKMP (d)(iv) keeps them in FIPS 140-2
    // Level 3 modules. Classing them G2.45 would let production build a KEK on any token.
    case Operation::GenerateKek:
    case Operation::ImportKekComponents:
    case Operation::ExportSharedKey:
    case Operation::ImportSharedKey:
    case Operation::MigrationUnwrap:
    case Operation::GenerateDeviceKeys:
    case Operation::PackageDeviceKey:
    case Operation::WrapForDevice:
    case Operation::ReKey:
    case Operation::DcoCommandWithAk:
        return SecClause::G2_44c;
    case Operation::S1spCommandWithGuek:
    case Operation::S1spSessionWithDk:
    case Operation::S1spAddCredit:
        return SecClause::G2_44e;
    // Signatures use EC/RSA keys, and a KCV reveals nothing usable: no SMETS1 Symmetric Key is
    // processed as G2.44 means it (the KCV is computed where the key already is).
    case Operation::SignJournal:
    case Operation::SignKeyPackage:
    case Operation::ComputeKcv:
        return SecClause::G2_45;
    }
    return SecClause::G2_44c; // unreachable; the strictest class if it ever were
}

QString secClauseLabel(SecClause c) {
    switch (c) {
    case SecClause::G2_44c:
        return QStringLiteral("G2.44(c)");
    case SecClause::G2_44e:
        return QStringLiteral("G2.44(e)");
    case SecClause::G2_45:
        return QStringLiteral("G2.45");
    }
    return {};
}

QString exemptionLabel(G244AExemption e) {
    switch (e) {
    case G244AExemption::AddCredit:
        return QStringLiteral("G2.44A(a)");
    case G244AExemption::Category1Device:
        return QStringLiteral("G2.44A(b)");
    case G244AExemption::Category2SingleAssociation:
        return QStringLiteral("G2.44A(c)");
    }
    return {};
}

bool requiresFips140Level3(SecClause c) {
    return c != SecClause::G2_45;
}

bool usesSingleAssociationKey(Operation op) {
    return op == Operation::S1spSessionWithDk;
}

std::optional<G244AExemption> g244aExemption(Operation op, std::optional<int> deviceCategory) {
    if (secClause(op) != SecClause::G2_44e)
        return std::nullopt;
    if (op == Operation::S1spAddCredit)
        return G244AExemption::AddCredit;
    if (deviceCategory == 1)
        return G244AExemption::Category1Device;
    // G2.44A(c) needs both limbs: a key valid for one Application Association, on a Category 2
    // device. A GUEK on a Category 2 device is not exempt.
    if (deviceCategory == 2 && usesSingleAssociationKey(op))
        return G244AExemption::Category2SingleAssociation;
    return std::nullopt;
}

Status checkTokenAllowed(PolicyProfile profile, Operation op, bool tokenDeclaredFips140_2_L3,
                         std::optional<int> deviceCategory) {
    if (deviceCategory && *deviceCategory < 1)
        return fail(
            ErrorCode::InvalidInput,
            policy::tr(
                "The device category must be a positive number from the SMETS1 Supporting Requirements; "
                "check the device's inventory record."));
    if (profile == PolicyProfile::Development || tokenDeclaredFips140_2_L3)
        return {};
    const SecClause clause = secClause(op);
    if (!requiresFips140Level3(clause) || g244aExemption(op, deviceCategory))
        return {};
    return fail(
        ErrorCode::PolicyRefused,
        QCoreApplication::translate("symbolon::policy",
                                    "Refused under the production profile: %1 is cryptographic processing "
                                    "under SEC %2, which must be carried out in a FIPS 140-2 Level 3 "
                                    "module, and this token is not declared as one. Declare the token "
                                    "(manufacturer, model, serial, certificate number) in the workspace "
                                    "or use a declared token.")
            .arg(operationCode(op), secClauseLabel(clause)));
}

Status checkQuorum(PolicyProfile profile, int k, int n) {
    if (n < 1 || n > 255)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::policy",
                                                "A quorum needs between 1 and 255 cards (Shamir sharing over "
                                                "GF(256)); %1 were given.")
                        .arg(n));
    if (k < 1 || k > n)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "symbolon::policy", "The threshold must be between 1 and the number of cards (%1); "
                                            "%2 was given.")
                        .arg(n)
                        .arg(k));
    if (profile == PolicyProfile::Production && k < 2)
        return fail(
            ErrorCode::PolicyRefused,
            policy::tr(
                "Refused under the production profile: a quorum of one card is not dual control. Require "
                "at least 2 cards to use the key token."));
    return {};
}

Status checkFallbackAllowed(PolicyProfile profile) {
    if (profile == PolicyProfile::Development)
        return {};
    return fail(
        ErrorCode::PolicyRefused,
        policy::tr(
            "Refused under the production profile: this token lacks the mechanism to do the operation "
            "inside the module, and the fallback would put clear key material in host memory, outside a "
            "FIPS 140-2 Level 3 module (CKMP (b)(ii), SEC G2.44). Use a token that supports the mechanism."));
}

} // namespace symbolon::policy
