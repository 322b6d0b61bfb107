#pragma once

#include "common/Result.h"
#include "policy/PolicyProfile.h"

#include <QString>

#include <optional>

namespace symbolon::policy {

// The custodial operations Symbolon performs with a cryptographic module, each classified under
// SEC G2.44/G2.45 (seeds/000): which clause decides the kind of module it may run in.
enum class Operation {
    // KEK ceremonies (DCO Key, Shared Key, Transport Key)
    GenerateKek,
    ImportKekComponents,
    ExportSharedKey,
    ImportSharedKey,
    // DCO processing with SMETS1 Symmetric Keys
    MigrationUnwrap,    // import device keys handed over at migration (Transport Key)
    GenerateDeviceKeys, // new MK/AK/GUEK inside the HSM
    PackageDeviceKey,   // AES-ECB packaging under the DCO Key or Shared Key
    WrapForDevice,      // RFC 3394 under the device MK for global_key_transfer
    ReKey,              // the re-key engine as a whole
    DcoCommandWithAk,   // DCO applies a packaged AK to a command
    // S1SP processing with SMETS1 Symmetric Keys
    S1spCommandWithGuek, // GUEK used by the S1SP to build an Instruction
    S1spSessionWithDk,   // DK: valid for a single Application Association
    S1spAddCredit,       // an SMETS1 "add credit" command
    // Neither: Information Classification Scheme
    SignJournal,
    SignKeyPackage,
    ComputeKcv,
};

inline constexpr Operation kAllOperations[] = {
    Operation::GenerateKek,      Operation::ImportKekComponents, Operation::ExportSharedKey,
    Operation::ImportSharedKey,  Operation::MigrationUnwrap,     Operation::GenerateDeviceKeys,
    Operation::PackageDeviceKey, Operation::WrapForDevice,       Operation::ReKey,
    Operation::DcoCommandWithAk, Operation::S1spCommandWithGuek, Operation::S1spSessionWithDk,
    Operation::S1spAddCredit,    Operation::SignJournal,         Operation::SignKeyPackage,
    Operation::ComputeKcv};

enum class SecClause {
    G2_44c, // carried out by a DCO and involves the use of a SMETS1 Symmetric Key
    G2_44e, // carried out by an S1SP and involves the use of a SMETS1 Symmetric Key (G2.44A exceptions)
    G2_45,  // everything else: modules per the Information Classification Scheme
};

// The G2.44A circumstances that take G2.44(e) processing out of the FIPS 140-2 Level 3 rule.
enum class G244AExemption {
    AddCredit,                  // G2.44A(a)
    Category1Device,            // G2.44A(b)
    Category2SingleAssociation, // G2.44A(c): key valid for one Application Association AND Category 2 device
};

QString operationCode(Operation op); // "generate-kek", ...
SecClause secClause(Operation op);
QString secClauseLabel(SecClause c);         // "G2.44(c)", "G2.44(e)", "G2.45"
QString exemptionLabel(G244AExemption e);    // "G2.44A(a)", ...
bool requiresFips140Level3(SecClause c);     // G2.44(c) and (e)
bool usesSingleAssociationKey(Operation op); // true for the DK session operation
// The exemption that applies, if any. Only G2.44(e) operations can be exempt (G2.44A qualifies
// G2.44(e) alone). deviceCategory is inventory data (SMETS1 Supporting Requirements); unknown
// is nullopt and grants no exemption except "add credit", which does not depend on the device.
std::optional<G244AExemption> g244aExemption(Operation op, std::optional<int> deviceCategory);

// Production: G2.44 operations run only on a token declared FIPS 140-2 Level 3, unless exempt.
// Development: everything is allowed and the caller labels it.
[[nodiscard]] Status checkTokenAllowed(PolicyProfile profile, Operation op, bool tokenDeclaredFips140_2_L3,
                                       std::optional<int> deviceCategory = std::nullopt);
// Shamir over GF(256): 1 <= k <= n <= 255; production also needs k >= 2 (dual control).
[[nodiscard]] Status checkQuorum(PolicyProfile profile, int k, int n);
// Clear-key fallbacks (key material in host memory because a token lacks a mechanism).
[[nodiscard]] Status checkFallbackAllowed(PolicyProfile profile);

} // namespace symbolon::policy
