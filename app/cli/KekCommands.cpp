#include "cli/KekCommands.h"

#include "cli/CliQuorum.h"

#include "ceremony/CeremonyBody.h"
#include "ceremony/KekRollover.h"
#include "keys/KekVersionStore.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace symbolon::cli {

namespace {
const QString kKek = QStringLiteral("kek");
const QString kKekVersion = QStringLiteral("kek-version");
const QString kGround = QStringLiteral("pma-ground");
const QString kRef = QStringLiteral("pma-ref");
const QString kChunk = QStringLiteral("chunk-size");

std::atomic<bool> g_cancel{false};
extern "C" void onRolloverInterrupt(int) {
    g_cancel.store(true);
}

Result<keys::Kek> kekOf(CliContext& c) {
    auto k = keys::parseKekOption(c.parser.value(kKek));
    if (!k)
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("--kek: expected dco (the DCO Key) or shared (the Shared Key), not \"%1\".")
                .arg(c.parser.value(kKek)));
    return *k;
}

QString eta(double secs) {
    if (secs < 0)
        return QStringLiteral("--");
    const qint64 s = qRound64(secs);
    return QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

void addKekOptions(QCommandLineParser& p) {
    p.addOption(
        {kKek, QStringLiteral("rollover-kek, destroy-kek: which KEK: dco or shared."), QStringLiteral("K")});
    p.addOption({kKekVersion, QStringLiteral("destroy-kek: the version to destroy."), QStringLiteral("N")});
    // --pma-ground and --pma-ref are the rekey area's options (one parser for every area).
}

int rolloverKek(CliContext& c) {
    auto kek = kekOf(c);
    if (!kek)
        return c.failWith(kek.error());
    ceremony::KekRollover::Options o;
    o.kek = *kek;
    if (c.parser.isSet(kGround)) {
        auto g = policy::parsePmaGround(c.parser.value(kGround));
        if (!g)
            return c.failWith(
                fail(ErrorCode::InvalidInput,
                     QStringLiteral("--pma-ground: expected major-incident or control-shortfall "
                                    "(CKMP (b)(iii)), not \"%1\".")
                         .arg(c.parser.value(kGround))));
        o.instruction.ground = *g;
    }
    o.instruction.reference = c.parser.value(kRef);
    if (c.parser.isSet(kChunk)) {
        bool ok = false;
        o.chunkSize = c.parser.value(kChunk).toInt(&ok);
        if (!ok || o.chunkSize < 1 || o.chunkSize > 100000)
            return c.failWith(fail(ErrorCode::InvalidInput,
                                   QStringLiteral("--chunk-size: expected 1 to 100000 packages, not \"%1\".")
                                       .arg(c.parser.value(kChunk))));
    }
    auto workers = workerSessions(c, QStringLiteral("workers"));
    if (!workers)
        return c.failWith(workers.error());
    o.workers = *workers;
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    // Everything that needs no token, before any card is asked for.
    if (auto s = ceremony::KekRollover::precheck(**ws, o); !s)
        return c.failWith(s.error());
    auto running = keys::KekVersionStore::runningRollover((*ws)->db(), o.kek);
    if (!running)
        return c.failWith(running.error());
    if (!*running && !c.parser.isSet(kGround))
        return c.failWith(
            fail(ErrorCode::PolicyRefused,
                 QStringLiteral("A KEK rollover needs the SMKI PMA's instruction: --pma-ground "
                                "major-incident or control-shortfall, and --pma-ref (CKMP (b)(iii), "
                                "(d)(vi)). Nothing was changed.")));
    auto versions = keys::KekVersionStore::of((*ws)->db(), o.kek);
    if (!versions)
        return c.failWith(versions.error());
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::RolloverKek;
    plan.kek = keys::kekOption(o.kek);
    plan.chunkSize = o.chunkSize;
    plan.workers = o.workers;
    plan.resume = running->has_value();
    if (*running) {
        o.instruction.reference = (*running)->pmaReference;
        plan.pmaGround = (*running)->pmaGround;
        plan.kekVersion = (*running)->from;
    } else {
        plan.pmaGround = policy::pmaGroundCode(o.instruction.ground);
        plan.kekVersion =
            1; // a workspace with no version recorded yet: version 1 is recorded under the quorum
        for (const keys::KekVersion& v : *versions)
            if (v.state == keys::KekVersionState::Active)
                plan.kekVersion = v.version;
    }
    plan.pmaReference = o.instruction.reference;
    for (const keys::KekVersion& v : *versions)
        if (v.version == plan.kekVersion)
            plan.packages = v.packages;
    auto q = openQuorum(c, std::move(*ws), plan);
    if (!q)
        return c.failWith(q.error());
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    ceremony::CeremonyInputs inputs;
    inputs.ws = q->ws.get();
    QElapsedTimer timer;
    timer.start();
    inputs.progress = [&](qint64 done, qint64 total) {
        const double secs = timer.elapsed() / 1000.0;
        const double rate = secs > 0 ? done / secs : 0;
        if (tty)
            c.carriageReturn();
        c.err << "  moved " << done << " / " << total << " packages, " << qRound(rate) << "/s, ETA "
              << eta(rate > 0 ? (total - done) / rate : -1) << (tty ? "" : "\n") << Qt::flush;
        return !g_cancel.load(); // Ctrl-C: stop after this committed chunk
    };
    auto body = ceremony::ceremonyBody(plan, std::move(inputs));
    if (!body)
        return c.failWith(body.error());
    g_cancel.store(false);
    auto previous = std::signal(SIGINT, onRolloverInterrupt);
    const int rc = finish(c, *q, *body);
    std::signal(SIGINT, previous);
    c.err << "\n" << Qt::flush;
    if (rc == ExitOk && g_cancel.load())
        c.err << "Stopped after the last committed chunk: run ceremony rollover-kek --kek " << plan.kek
              << " again to resume (under a new approval).\n";
    return rc;
}

int destroyKek(CliContext& c) {
    auto kek = kekOf(c);
    if (!kek)
        return c.failWith(kek.error());
    bool ok = false;
    const int version = c.parser.value(kKekVersion).toInt(&ok);
    if (!ok || version < 1)
        return c.failWith(
            fail(ErrorCode::InvalidInput,
                 QStringLiteral("--kek-version: expected a version number (1, 2, …), not \"%1\".")
                     .arg(c.parser.value(kKekVersion))));
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    if (auto s = ceremony::KekRollover::destroyPrecheck(**ws, *kek, version); !s)
        return c.failWith(s.error());
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::DestroyKek;
    plan.kek = keys::kekOption(*kek);
    plan.kekVersion = version;
    auto q = openQuorum(c, std::move(*ws), plan);
    if (!q)
        return c.failWith(q.error());
    ceremony::CeremonyInputs inputs;
    inputs.ws = q->ws.get();
    auto body = ceremony::ceremonyBody(plan, std::move(inputs));
    if (!body)
        return c.failWith(body.error());
    return finish(c, *q, *body);
}

int kekVersions(CliContext& c) {
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    auto versions = keys::KekVersionStore::all((*ws)->db());
    if (!versions)
        return c.failWith(versions.error());
    auto rollovers = keys::KekVersionStore::rollovers((*ws)->db());
    if (!rollovers)
        return c.failWith(rollovers.error());
    if (versions->isEmpty())
        c.out << "No KEK version is recorded yet: version 1 of each is recorded by the first ceremony that "
                 "packages under it.\n";
    for (const keys::KekVersion& v : *versions)
        c.out << keys::kekVersionName(v.kek, v.version) << ": " << keys::kekVersionStateCode(v.state) << ", "
              << v.packages << " package(s), " << v.kcv << ", label \"" << v.label << "\""
              << (v.pmaReference.isEmpty() ? QString() : QStringLiteral(", PMA %1").arg(v.pmaReference))
              << "\n";
    for (const keys::KekRollover& r : *rollovers)
        c.out << "Rollover " << r.id << ": " << keys::kekVersionName(r.kek, r.from) << " -> v" << r.to << ", "
              << (r.completed ? "completed" : "running") << ", " << r.packagesDone << " / " << r.packagesTotal
              << " packages moved in " << r.chunks << " chunk(s), PMA " << r.pmaGround << " "
              << r.pmaReference << "\n";
    return ExitOk;
}

} // namespace symbolon::cli
