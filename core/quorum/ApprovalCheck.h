#pragma once

#include "workspace/SiteRegister.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace symbolon::quorum {

struct QuorumRequest;

// Re-checks the approvals recorded in a journal entry's details, for a reviewer: the request is
// rebuilt from details.request, and only if its digest equals the recorded digest (so the bytes
// the custodians signed are known exactly) is each signature verified against the public key
// enrolled for its key fingerprint. Anything that cannot be checked says so — never "verified".
// A request whose fields no longer give the digest the custodians signed was changed after
// signing: its approvals "do not match" (an error, like an invalid signature; issue #15), not
// "not checked".
class ApprovalCheck {
public:
    enum class Outcome { Verified, Invalid, NotChecked, DoesNotMatch };
    struct Result {
        QString holder;
        QString cardLabel;
        QString keyFingerprint;
        Outcome outcome = Outcome::NotChecked;
        QString why; // for Invalid and NotChecked
    };

    // The request as recorded; nullopt when a field is missing or malformed, or the digest of the
    // rebuilt request differs from the recorded one (then *digestDiffers is set).
    static std::optional<QuorumRequest> rebuildRequest(const QJsonObject& request, QString* why = nullptr,
                                                       bool* digestDiffers = nullptr);
    // One result per entry of details.approvals (none when there are none). enrolled: every card
    // the site register has enrolled, in any version (Workspace::registeredCards()).
    static QVector<Result> check(const QJsonObject& details,
                                 const QVector<workspace::RegisteredCard>& enrolled);
    static QString outcomeText(Outcome o); // "verified", "INVALID", "not checked", "does not match"
};

} // namespace symbolon::quorum
