#include "cli/CliQuorum.h"

#include "cli/PinSource.h"
#include "hsm/Module.h"

namespace symbolon::cli {

// Opens the workspace (whoever opens it must be allowed to run ceremonies), asks for the plan's
// quorum and lets each named card approve it in turn. A refusal cancels the session (journaled)
// and names the card and the reason.
Result<Quorum> openQuorum(CliContext& c, const ceremony::CeremonyPlan& plan) {
    auto ws = c.openWorkspace();
    if (!ws)
        return ws.error();
    return openQuorum(c, std::move(*ws), plan);
}

Result<Quorum> openQuorum(CliContext& c, std::unique_ptr<workspace::Workspace> ws,
                          const ceremony::CeremonyPlan& plan) {
    Quorum q;
    q.ws = std::move(ws);
    auto session = ceremony::QuorumCeremony::start(*q.ws, plan);
    if (!session)
        return session.error();
    q.session.emplace(std::move(*session));
    c.err << "Quorum request: " << plan.action() << " (" << q.session->required() << " of "
          << q.session->enrolled() << " custodian cards)\n"
          << ceremony::CeremonyPlan::parametersText(q.session->request().parameters) << "\n";
    const QStringList labels = c.parser.values(QStringLiteral("quorum-card"));
    const QStringList envs = c.parser.values(QStringLiteral("quorum-pin-env"));
    auto& module = *q.ws->module();
    auto refuse = [&](const Error& e) -> Result<Quorum> {
        q.session->cancel(e.message);
        return e;
    };
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto token = module.findTokenByLabel(labels[i]);
        if (!token)
            return refuse(token.error());
        app::PinSource src;
        src.envVar = envs.value(i);
        auto pin = src.read(QStringLiteral("PIN for %1: ").arg(labels[i]));
        if (!pin)
            return refuse(pin.error());
        if (auto a = q.session->approve(token->serial, *pin); !a)
            return refuse(Error{a.error().code, QStringLiteral("%1: %2").arg(labels[i], a.error().message),
                                a.error().ckrv, a.error().hasCkrv});
        const quorum::Approval& last = q.session->approvals().constLast();
        c.err << "  Approved by " << last.holder << " with \"" << last.cardLabel << "\" ("
              << q.session->approvals().size() << " of " << q.session->required() << ")\n";
    }
    c.err.flush();
    if (!q.session->isReady())
        return refuse(fail(ErrorCode::PolicyRefused,
                           QStringLiteral("%1 of the %2 approvals needed have been given: name %2 distinct "
                                          "custodian cards with --quorum-card LABEL.")
                               .arg(q.session->approvals().size())
                               .arg(q.session->required())));
    return q;
}

// Runs under the quorum; reported done only once its journal entry is committed.
int finish(CliContext& c, Quorum& q, const ceremony::QuorumCeremony::Body& body) {
    auto rec = ceremony::QuorumCeremony::run(*q.ws, *q.session, body);
    if (!rec)
        return c.failWith(rec.error());
    auto head = q.ws->journal().head();
    if (!head)
        return c.failWith(head.error());
    c.out << rec->toText() << "Journal entry #" << head->seq << " (" << head->action << ").\n";
    c.out.flush();
    return ExitOk;
}

} // namespace symbolon::cli
