#pragma once

#include "common/Result.h"
#include "hsm/Capabilities.h"
#include "policy/PolicyProfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace symbolon::hsm {

class Session;

// One line of the readiness check (issue #19): an operation Symbolon needs, how this token will
// do it, and what happened when it was tried on scratch objects.
struct ReadinessRow {
    enum class Outcome {
        Passed,  // ran, and gave the published answer (or refused what it must refuse)
        Warning, // ran; the token behaves in a way a reviewer should know about (the note says)
        Failed,  // ran and failed, or cannot run on this token under this profile
    };
    QString check;                       // stable id: "ecb-package", "generate.dco-key", ...
    QString operation;                   // for people: "ECB packaging"
    std::optional<KeyOperation> tableOp; // the capability table's operation, where it is one
    PathKind kind = PathKind::InModule;  // as the table decided (InModule for the others)
    QString mechanism;                   // "CKM_AES_ECB"
    Outcome outcome = Outcome::Failed;
    QString result; // "ok", or what went wrong, with the CKR
    int calls = 0;  // timed calls
    qint64 nanosPerCall = 0;

    QString pathText(policy::PolicyProfile profile) const; // "native", "fallback (development only)", ...
    QString outcomeText() const;                           // "passed", "WARNING", "FAILED"
};

// A row as the journal keeps it (ReadinessReport::toJson), in words: its path token ("native",
// "fallback", "impossible"), its outcome token ("passed", "warning", "failed"), its time.
QString readinessPathWord(const QString& token);
QString readinessOutcomeWord(const QString& token);
QString readinessTimeText(const QJsonObject& row); // "0.031 ms", or "-" when it did not run

struct ReadinessReport {
    policy::PolicyProfile profile = policy::PolicyProfile::Production;
    QVector<ReadinessRow> rows;

    bool ready() const; // no row failed
    QJsonArray toJson() const;
    QString toText() const; // the table, one row per line, aligned
};

// Runs, on session objects it destroys afterwards, every key-token operation Symbolon needs:
// AES key generation with each role's template (attributes read back), the Transport Key
// component entry and XOR combination, both KCV methods, ECB packaging and unpackaging, RFC 3394
// wrap and unwrap, and whether the token refuses CKA_TRUSTED to a user and enforces
// CKA_WRAP_WITH_TRUSTED. The keys it makes are built from published values (RFC 3394 §4.1's
// KEK and key data, entered as Transport Key components), so each answer is compared with a
// known one computed on the host. Each table operation takes the path the capability table
// decides (the same call as the ceremonies); a fallback is not run under production.
// The session must be logged in as the user. Nothing is left on the token.
class ReadinessCheck {
public:
    [[nodiscard]] static Result<ReadinessReport> run(Session& keyToken, const Capabilities& caps,
                                                     policy::PolicyProfile profile);
};

} // namespace symbolon::hsm
