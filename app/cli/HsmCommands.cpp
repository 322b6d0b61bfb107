#include "cli/Areas.h"
#include "cli/CliQuorum.h"

#include "ceremony/QuorumCeremony.h"
#include "ceremony/ReadinessRecord.h"
#include "hsm/ReadinessCheck.h"

namespace symbolon::cli {

namespace {
void addOptions(QCommandLineParser&) {} // the quorum options are the ceremony area's

// The readiness check under the quorum (the key token's PIN is rebuilt from k cards): the table
// on stdout, the same table in the journal entry; exit 5 when the token is not ready.
int check(CliContext& c) {
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::ReadinessCheck;
    auto q = openQuorum(c, plan);
    if (!q)
        return c.failWith(q.error());
    hsm::ReadinessReport report;
    const ceremony::QuorumCeremony::Body body = [&report](hsm::Session& s,
                                                          const ceremony::CeremonyContext& ctx) {
        return ceremony::ReadinessRecord::run(s, ctx, &report);
    };
    auto rec = ceremony::QuorumCeremony::run(*q->ws, *q->session, body);
    if (!rec)
        return c.failWith(rec.error());
    auto head = q->ws->journal().head();
    if (!head)
        return c.failWith(head.error());
    c.out << report.toText() << "\nJournal entry #" << head->seq << " (" << head->action << ").\n";
    c.out.flush();
    return report.ready() ? ExitOk : ExitNotReady;
}

int run(CliContext& c) {
    if (!c.requireWorkspace())
        return ExitUsage;
    if (c.args == QStringList{QStringLiteral("check")})
        return check(c);
    return c.usage(QStringLiteral("hsm commands: check"));
}
} // namespace

const CliArea kHsmArea{
    "hsm",
    "  hsm check                     every key-token operation Symbolon needs, tried on scratch objects\n"
    "                                (quorum: --quorum-card L --quorum-pin-env V, k times); a table of\n"
    "                                path, mechanism, outcome and time per call, also journaled; exit 5\n"
    "                                when the token is not ready\n",
    addOptions, run};

} // namespace symbolon::cli
