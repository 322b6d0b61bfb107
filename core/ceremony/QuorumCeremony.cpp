#include "ceremony/QuorumCeremony.h"

#include "ceremony/CeremonyHistory.h"
#include "ceremony/CeremonyPaths.h"

#include "journal/JournalStore.h"
#include "policy/PolicyProfile.h"
#include "policy/Role.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <optional>

namespace symbolon::ceremony {

Result<quorum::QuorumSession> QuorumCeremony::start(workspace::Workspace& ws, const CeremonyPlan& plan,
                                                    int timeoutSecs) {
    // A re-key is asked for by an incident responder or an operator; a KEK ceremony by a custodian.
    // Either way only custodian cards approve it (QuorumSession).
    if (auto s = ws.require(plan.kind == CeremonyKind::ReKey ? policy::Permission::ExecuteReKey
                                                             : policy::Permission::RunCeremony);
        !s)
        return s.error();
    // What can be known before anyone is convened is checked before (issue #17): the journal and
    // the inventory say what was done (the key token's private objects need its PIN, which exists
    // only inside a quorum).
    if (auto s = CeremonyHistory::checkBeforeQuorum(ws.db(), plan); !s)
        return s.error();
    // Where key material would pass through host memory is part of what the approvers sign.
    CeremonyPlan signedPlan = plan;
    auto hostMemory = CeremonyPaths::disclose(ws, plan);
    if (!hostMemory)
        return hostMemory.error();
    signedPlan.hostMemory = *hostMemory;
    return quorum::QuorumSession::start(ws, quorum::QuorumRequest::make(signedPlan.action(),
                                                                        signedPlan.parameters(ws.config()),
                                                                        ws.identity().actor(), timeoutSecs));
}

CeremonyContext QuorumCeremony::context(const workspace::Workspace& ws,
                                        const quorum::QuorumSession& session) {
    CeremonyContext ctx;
    ctx.profile =
        ws.config().isDevelopment() ? policy::PolicyProfile::Development : policy::PolicyProfile::Production;
    ctx.actor = ws.identity().actor();
    ctx.role = ws.identity().role;
    for (const quorum::Approval& a : session.approvals())
        ctx.approvals << QCoreApplication::translate("symbolon::ceremony",
                                                     "%1 (%2), card \"%3\" serial %4, share %5, at %6")
                             .arg(a.holder, a.role, a.cardLabel, a.cardSerial)
                             .arg(a.shareIndex)
                             .arg(a.at.toUTC().toString(Qt::ISODate));
    return ctx;
}

QJsonArray QuorumCeremony::approvalsJson(const QVector<quorum::Approval>& approvals) {
    QJsonArray out;
    for (const quorum::Approval& a : approvals)
        out.append(a.toJson());
    return out;
}

Result<CeremonyRecord> QuorumCeremony::run(workspace::Workspace& ws, quorum::QuorumSession& session,
                                           const Body& body) {
    const CeremonyContext ctx = context(ws, session);
    std::optional<CeremonyRecord> record;
    auto outcome = session.execute([&](hsm::Session& keyToken) -> Result<QJsonObject> {
        auto rec = body(keyToken, ctx);
        if (!rec)
            return rec.error();
        record = *rec;
        QJsonObject json = rec->toJson();
        json.insert(QStringLiteral("quorum_approvals"), approvalsJson(session.approvals()));
        return json;
    });
    // The journal entry is written (completed or failed) before this returns: sign the head.
    auto checkpointed = ws.checkpoint();
    if (!outcome)
        return outcome.error();
    if (!checkpointed) {
        // Done and committed: say so, or a custodian would repeat a ceremony that happened.
        auto head = ws.journal().head();
        const Error& e = checkpointed.error();
        return Error{e.code,
                     QCoreApplication::translate(
                         "symbolon::ceremony",
                         "The ceremony completed and is recorded in the journal (entry #%1), but the "
                         "journal head could not be signed: %2. Nothing needs to be repeated: the next "
                         "operation on this workspace signs the head.")
                         .arg(head ? head->seq : 0)
                         .arg(e.message),
                     e.ckrv, e.hasCkrv};
    }
    return *record;
}

} // namespace symbolon::ceremony
