#include "cli/Areas.h"
#include "cli/CliQuorum.h"

#include "policy/Cohort.h"
#include "policy/DeviceType.h"
#include "rekey/Confirmation.h"
#include "rekey/InstructionBatch.h"
#include "rekey/KeyCompromise.h"
#include "rekey/KeyExport.h"
#include "rekey/RekeyConsistencyQuery.h"
#include "rekey/RekeyEngine.h"
#include "rekey/RekeyExclusion.h"
#include "rekey/RekeyPlanner.h"
#include "rekey/RekeyRunQuery.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace symbolon::cli {

namespace {
const QString kRotation = QStringLiteral("rotation");
const QString kCohort = QStringLiteral("cohort");
const QString kS1sp = QStringLiteral("s1sp");
const QString kDeviceType = QStringLiteral("device-type");
const QString kDeviceList = QStringLiteral("device-list");
const QString kKinds = QStringLiteral("kinds");
const QString kPmaGround = QStringLiteral("pma-ground");
const QString kPmaRef = QStringLiteral("pma-ref");
const QString kReason = QStringLiteral("reason");
const QString kDryRun = QStringLiteral("dry-run");
const QString kWorkers = QStringLiteral("workers");
const QString kResend = QStringLiteral("resend");
const QString kRecipient = QStringLiteral("recipient");
const QString kKind = QStringLiteral("kind");
const QString kReference = QStringLiteral("reference");
const QString kDevice = QStringLiteral("device");
const QString kAllFailed = QStringLiteral("all-failed");

std::atomic<bool> g_cancel{false};
extern "C" void onInterrupt(int) {
    g_cancel.store(true);
}

void addOptions(QCommandLineParser& p) {
    p.addOption({kRotation,
                 QStringLiteral("rekey plan: devices by post-commissioning rotation: any, due, overdue, "
                                "due-or-overdue (default), done."),
                 QStringLiteral("R")});
    p.addOption({kCohort, QStringLiteral("rekey plan: only this cohort (IOC or FOC)."), QStringLiteral("C")});
    p.addOption({kS1sp, QStringLiteral("rekey plan/export: only this S1SP."), QStringLiteral("NAME")});
    p.addOption({kDeviceType, QStringLiteral("rekey plan: only this device type (CHF, ESME, GSME, ...)."),
                 QStringLiteral("T")});
    p.addOption({kDeviceList,
                 QStringLiteral("rekey plan: only the devices listed in FILE (one id per line); rekey "
                                "exclude: the devices to exclude."),
                 QStringLiteral("FILE")});
    p.addOption({kKinds, QStringLiteral("rekey plan: key kinds to replace: AK,GUEK (default), MK, or all."),
                 QStringLiteral("LIST")});
    p.addOption({kPmaGround,
                 QStringLiteral("rekey plan, ceremony rollover-kek: PMA instruction ground: major-incident "
                                "or control-shortfall."),
                 QStringLiteral("G")});
    p.addOption({kPmaRef,
                 QStringLiteral("rekey plan, ceremony rollover-kek: the SMKI PMA instruction reference."),
                 QStringLiteral("REF")});
    p.addOption({kReason, QStringLiteral("rekey plan, rekey exclude, site change: why (journaled)."),
                 QStringLiteral("TEXT")});
    p.addOption({kDryRun, QStringLiteral("rekey plan: show the blast radius only; change nothing.")});
    p.addOption(
        {kWorkers,
         QStringLiteral("rekey run, ceremony migrate, ceremony rollover-kek: PKCS#11 worker sessions, 1-64 "
                        "or auto (the default: "
                        "chosen from measured throughput, within what the token allows)."),
         QStringLiteral("N")});
    p.addOption({kResend, QStringLiteral("rekey batch: also devices sent before and not yet confirmed.")});
    p.addOption({kRecipient, QStringLiteral("rekey export: dco (AK, MK packages) or s1sp (GUEK packages)."),
                 QStringLiteral("WHO")});
    p.addOption(
        {kKind, QStringLiteral("rekey compromise: only this key kind (MK, AK, GUEK)."), QStringLiteral("K")});
    p.addOption(
        {kReference, QStringLiteral("rekey compromise: incident or PMA reference."), QStringLiteral("REF")});
    p.addOption(
        {kDevice, QStringLiteral("rekey exclude: a device to exclude (repeatable)."), QStringLiteral("ID")});
    p.addOption({kAllFailed,
                 QStringLiteral("rekey exclude: every device of the run that failed or the DCO refused.")});
}

Result<qint64> runNumber(CliContext& c, int index) {
    bool ok = false;
    const qint64 n = c.args.value(index).toLongLong(&ok);
    if (!ok || n < 1)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("\"%1\" is not a re-key run number (see \"rekey status\").")
                        .arg(c.args.value(index)));
    return n;
}

Result<rekey::RekeyRequest> request(CliContext& c) {
    rekey::RekeyRequest r;
    const QString rotation =
        c.parser.isSet(kRotation) ? c.parser.value(kRotation) : QStringLiteral("due-or-overdue");
    static const QMap<QString, inventory::RotationFilter> rotations{
        {QStringLiteral("any"), inventory::RotationFilter::Any},
        {QStringLiteral("due"), inventory::RotationFilter::Due},
        {QStringLiteral("overdue"), inventory::RotationFilter::Overdue},
        {QStringLiteral("due-or-overdue"), inventory::RotationFilter::DueOrOverdue},
        {QStringLiteral("done"), inventory::RotationFilter::Done}};
    if (!rotations.contains(rotation))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("--rotation %1: expected any, due, overdue, due-or-overdue "
                                   "or done.")
                        .arg(rotation));
    r.filter.rotation = rotations.value(rotation);
    if (c.parser.isSet(kCohort)) {
        auto cohort = policy::parseCohort(c.parser.value(kCohort));
        if (!cohort)
            return cohort.error();
        r.filter.cohort = *cohort;
    }
    if (c.parser.isSet(kDeviceType)) {
        auto t = policy::parseDeviceType(c.parser.value(kDeviceType));
        if (!t)
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral(
                            "--device-type %1: not a SMETS1 device type code (CHF, ESME, GSME, GPF, PPMID, "
                            "HCALCS).")
                            .arg(c.parser.value(kDeviceType)));
        r.filter.type = *t;
    }
    r.filter.s1sp = c.parser.value(kS1sp);
    if (c.parser.isSet(kDeviceList)) {
        const QString path = c.parser.value(kDeviceList);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io,
                        QStringLiteral("Cannot read the device list %1: %2.").arg(path, f.errorString()));
        auto ids = rekey::parseDeviceList(f.readAll());
        if (!ids)
            return ids.error();
        r.deviceIds = *ids;
        r.listSource = QFileInfo(path).fileName();
        if (!c.parser.isSet(kRotation))
            r.filter.rotation = inventory::RotationFilter::Any; // a list names its devices
    }
    if (c.parser.isSet(kKinds)) {
        auto k = rekey::RekeyKinds::parse(c.parser.value(kKinds));
        if (!k)
            return k.error();
        r.kinds = *k;
    }
    if (c.parser.isSet(kPmaGround) || c.parser.isSet(kPmaRef)) {
        auto g = policy::parsePmaGround(c.parser.value(kPmaGround));
        if (!g)
            return fail(
                ErrorCode::InvalidInput,
                QStringLiteral("--pma-ground: expected major-incident or control-shortfall (CKMP (d)(vi)), "
                               "with --pma-ref."));
        r.instruction = policy::PmaInstruction{*g, c.parser.value(kPmaRef)};
    }
    r.reason = c.parser.value(kReason);
    return r;
}

int plan(CliContext& c) {
    auto req = request(c);
    if (!req)
        return c.failWith(req.error());
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto preview = rekey::RekeyPlanner::preview(**ws, *req, now);
    if (!preview)
        return c.failWith(preview.error());
    c.out << "Blast radius (" << req->kinds.code() << "):\n" << preview->radius.toText();
    c.out.flush();
    if (c.parser.isSet(kDryRun))
        return preview->radius.refused() > 0 ? ExitRejected : ExitOk;
    auto run = rekey::RekeyPlanner::create(**ws, *req, now);
    if (!run)
        return c.failWith(run.error());
    c.out << run->title() << " planned; plan digest " << run->planDigest << ". Journal entry #"
          << run->journalSeq << ".\nNext: symbolon-cli rekey run " << run->id << " with the quorum cards.\n";
    c.out.flush();
    return ExitOk;
}

QString duration(double secs) {
    if (secs < 0)
        return QStringLiteral("--");
    const qint64 s = qRound64(secs);
    return s >= 3600 ? QStringLiteral("%1h%2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

int execute(CliContext& c) {
    auto runId = runNumber(c, 1);
    if (!runId)
        return c.failWith(runId.error());
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    auto run = rekey::RekeyRun::load((*ws)->db(), *runId);
    if (!run)
        return c.failWith(run.error());
    // Nothing to do is not a failure, and needs no quorum: a re-run after a completed run (or
    // after a kill just past its last chunk) is safe to repeat.
    if (run->state == rekey::RunState::Executed) {
        c.out << run->title() << " is already executed: nothing left to do. Next: symbolon-cli rekey batch "
              << run->id << " --out FILE.\n";
        c.out.flush();
        return ExitOk;
    }
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::ReKey;
    plan.rekeyRun = run->id;
    plan.rekeyDetails = run->quorumRequest(); // what the quorum signs, as the console sends it
    if (c.parser.isSet(QStringLiteral("chunk-size")))
        plan.chunkSize = c.parser.value(QStringLiteral("chunk-size")).toInt();
    auto workers = workerSessions(c, kWorkers);
    if (!workers)
        return c.failWith(workers.error());
    plan.workers = *workers;
    auto q = openQuorum(c, std::move(*ws), plan);
    if (!q)
        return c.failWith(q.error());
    rekey::RekeyOptions o;
    o.chunkSize = plan.chunkSize;
    o.workers = plan.workers;
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    o.progress = [&](const rekey::RekeyProgress& p) {
        const int width = 30;
        const int filled = p.total ? static_cast<int>(width * p.done / p.total) : width;
        const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
        if (tty)
            c.carriageReturn();
        c.err << "  [" << bar << "] " << p.done << " / " << p.total << " devices, " << qRound(p.rate())
              << "/s, ETA " << duration(p.etaSecs()) << ", failed " << p.failed << (tty ? "" : "\n")
              << Qt::flush;
        return !g_cancel.load(); // Ctrl-C: stop after this committed chunk (the one cancel channel)
    };
    g_cancel.store(false);
    auto previous = std::signal(SIGINT, onInterrupt);
    workspace::Workspace& w = *q->ws;
    const int rc = finish(c, *q, [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
        return rekey::RekeyEngine::execute(w, s, ctx, *runId, o);
    });
    std::signal(SIGINT, previous);
    c.err << "\n" << Qt::flush;
    if (rc == ExitOk && g_cancel.load())
        c.err << "Cancelled after the last committed chunk: run \"rekey run " << *runId
              << "\" again to resume.\n"
              << Qt::flush;
    return rc;
}

int batch(CliContext& c) {
    auto runId = runNumber(c, 1);
    if (!runId)
        return c.failWith(runId.error());
    if (!c.parser.isSet(QStringLiteral("out")))
        return c.usage(QStringLiteral("rekey batch RUN --out FILE [--resend]"));
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    auto w = rekey::InstructionBatch::write(**ws, *runId, c.parser.value(QStringLiteral("out")),
                                            c.parser.isSet(kResend));
    if (!w)
        return c.failWith(w.error());
    c.out << "Instruction batch for run " << *runId << ": " << w->devices << " device(s) ("
          << w->newlyDistributed << " newly distributed), SHA-256 " << w->sha256 << ". Journal entry #"
          << w->journalSeq << ".\n";
    c.out.flush();
    return ExitOk;
}

int confirm(CliContext& c, const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return c.failWith(
            Error{ErrorCode::Io, QStringLiteral("Cannot read %1: %2.").arg(file, f.errorString())});
    const QByteArray content = f.readAll();
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    auto a = rekey::Confirmation::apply(**ws, content, QFileInfo(file).fileName());
    if (!a)
        return c.failWith(a.error());
    c.out << "Confirmed: " << a->activated << " device(s) active (" << a->keysActivated << " keys active, "
          << a->keysSuperseded << " superseded); " << a->alreadyConfirmed << " already confirmed; "
          << a->failed.size() << " failed (still Distributed). Journal entry #" << a->journalSeq << ".\n";
    for (const QString& f : a->failed)
        c.out << "  failed: " << f << "\n";
    c.out.flush();
    // The file was applied (successes are Active, failures recorded and still Distributed): not
    // "rejected, nothing changed" (3). Device failures to follow up exit 1 (issue #16).
    return a->failed.isEmpty() ? ExitOk : ExitFailed;
}

int exclude(CliContext& c) {
    auto runId = runNumber(c, 1);
    if (!runId)
        return c.failWith(runId.error());
    const bool listed = c.parser.isSet(kDevice) || c.parser.isSet(kDeviceList);
    if (!c.parser.isSet(kReason) || listed == c.parser.isSet(kAllFailed))
        return c.usage(QStringLiteral(
            "rekey exclude RUN (--device ID... | --device-list FILE | --all-failed) --reason TEXT"));
    QStringList ids = c.parser.values(kDevice);
    if (c.parser.isSet(kDeviceList)) {
        const QString path = c.parser.value(kDeviceList);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return c.failWith(
                Error{ErrorCode::Io,
                      QStringLiteral("Cannot read the device list %1: %2.").arg(path, f.errorString())});
        auto listed = rekey::parseDeviceList(f.readAll());
        if (!listed)
            return c.failWith(listed.error());
        ids += *listed;
    }
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    if (c.parser.isSet(kAllFailed)) {
        auto candidates = rekey::RekeyExclusion::candidates(**ws, *runId);
        if (!candidates)
            return c.failWith(candidates.error());
        ids = *candidates;
    }
    auto x = rekey::RekeyExclusion::exclude(**ws, *runId, ids, c.parser.value(kReason));
    if (!x)
        return c.failWith(x.error());
    c.out << "Excluded from run " << *runId << ": " << x->pending << " pending, " << x->failed << " failed, "
          << x->refused << " refused by the DCO (" << x->alreadyExcluded << " already excluded)."
          << (x->runClosed ? " No device is left pending: the run is closed." : "") << " Journal entry #"
          << x->journalSeq << ".\n";
    c.out.flush();
    return ExitOk;
}

int exportKeys(CliContext& c) {
    auto runId = runNumber(c, 1);
    if (!runId)
        return c.failWith(runId.error());
    if (!c.parser.isSet(QStringLiteral("out")) || !c.parser.isSet(kRecipient))
        return c.usage(QStringLiteral("rekey export RUN --recipient dco|s1sp [--s1sp NAME] --out FILE"));
    auto who = rekey::parseRecipient(c.parser.value(kRecipient));
    if (!who)
        return c.failWith(who.error());
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    auto w = rekey::KeyExport::write(**ws, *runId, *who, c.parser.value(QStringLiteral("out")),
                                     c.parser.value(kS1sp));
    if (!w)
        return c.failWith(w.error());
    c.out << "Exported " << w->keys << " packaged key(s) for " << rekey::recipientCode(*who) << ", SHA-256 "
          << w->sha256 << ".\n";
    c.out.flush();
    return ExitOk;
}

int status(CliContext& c) {
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    store::Database& db = (*ws)->db();
    if (c.args.size() == 1) {
        auto runs = rekey::RekeyRunQuery::all(db);
        if (!runs)
            return c.failWith(runs.error());
        c.out << "run  state      kinds        devices  confirmed\n";
        for (const rekey::RekeyRunSummary& r : *runs)
            c.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                         .arg(r.run, 4)
                         .arg(rekey::runStateCode(r.state), -10)
                         .arg(r.kinds, -12)
                         .arg(r.total(), 7)
                         .arg(r.confirmed, 10);
        c.out.flush();
        return ExitOk;
    }
    auto runId = runNumber(c, 1);
    if (!runId)
        return c.failWith(runId.error());
    auto run = rekey::RekeyRun::load(db, *runId);
    if (!run)
        return c.failWith(run.error());
    c.out << run->title() << "\n  state: " << rekey::runStateCode(run->state) << "\n  planned "
          << run->createdAt.toString(Qt::ISODate) << " by " << run->createdBy
          << "\n  plan digest: " << run->planDigest
          << "\n  justification: " << QJsonDocument(run->justification).toJson(QJsonDocument::Compact)
          << "\n";
    auto status = rekey::RekeyRunQuery::status(db, *runId);
    if (!status)
        return c.failWith(status.error());
    for (auto it = status->byStatus.cbegin(); it != status->byStatus.cend(); ++it)
        c.out << "  " << rekey::deviceStatusCode(it.key()) << ": " << it.value() << "\n";
    for (const QString& f : status->failures)
        c.out << "  " << f << "\n";
    if (status->failureCount > status->failures.size())
        c.out << "  … and " << status->failureCount - status->failures.size() << " more\n";
    c.out.flush();
    return ExitOk;
}

int check(CliContext& c) {
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    auto v = rekey::RekeyConsistencyQuery::check((*ws)->db());
    if (!v)
        return c.failWith(v.error());
    if (v->isEmpty()) {
        c.out << "Re-key records consistent: every run's devices, keys, instructions and chunk entries "
                 "agree.\n";
        c.out.flush();
        return ExitOk;
    }
    c.err << "symbolon-cli: " << v->size() << " re-key inconsistenc" << (v->size() == 1 ? "y" : "ies")
          << ":\n";
    for (const QString& line : *v)
        c.err << "  " << line << "\n";
    c.err.flush();
    return ExitFailed;
}

int compromise(CliContext& c, const QString& device) {
    if (!c.parser.isSet(kReference))
        return c.usage(QStringLiteral("rekey compromise DEVICE --reference REF [--kind MK|AK|GUEK]"));
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    auto m = rekey::KeyCompromise::mark(**ws, device, c.parser.value(kKind), c.parser.value(kReference));
    if (!m)
        return c.failWith(m.error());
    c.out << "Marked " << m->keys << " key(s) of " << device << " compromised. Journal entry #"
          << m->journalSeq
          << ". Plan a re-key of the device with the PMA instruction reference to replace them.\n";
    c.out.flush();
    return ExitOk;
}

int run(CliContext& c) {
    if (!c.requireWorkspace())
        return ExitUsage;
    const QString cmd = c.args.value(0);
    if (cmd == QLatin1String("plan") && c.args.size() == 1)
        return plan(c);
    if (cmd == QLatin1String("run") && c.args.size() == 2)
        return execute(c);
    if (cmd == QLatin1String("batch") && c.args.size() == 2)
        return batch(c);
    if (cmd == QLatin1String("confirm") && c.args.size() == 2)
        return confirm(c, c.args[1]);
    if (cmd == QLatin1String("export") && c.args.size() == 2)
        return exportKeys(c);
    if (cmd == QLatin1String("status") && c.args.size() <= 2)
        return status(c);
    if (cmd == QLatin1String("check") && c.args.size() == 1)
        return check(c);
    if (cmd == QLatin1String("compromise") && c.args.size() == 2)
        return compromise(c, c.args[1]);
    if (cmd == QLatin1String("exclude") && c.args.size() == 2)
        return exclude(c);
    return c.usage(
        QStringLiteral("rekey commands: plan, run RUN, batch RUN, confirm FILE, export RUN, status [RUN], "
                       "exclude RUN, compromise DEVICE"));
}
} // namespace

const CliArea kRekeyArea{
    "rekey",
    "  rekey plan                    select devices (--rotation, --cohort, --s1sp, --device-type, "
    "--device-list),\n"
    "                                --kinds, --pma-ground/--pma-ref; shows the blast radius (--dry-run: "
    "only that)\n"
    "  rekey run RUN                 execute or resume a planned run under the quorum (--workers, "
    "--chunk-size)\n"
    "  rekey batch RUN --out FILE    signed DLMS global_key_transfer instructions for the DCO (--resend)\n"
    "  rekey confirm FILE            the DCO's results: new keys Active, old Superseded; failures listed\n"
    "  rekey export RUN --recipient dco|s1sp --out FILE   role-separated packaged keys, signed\n"
    "  rekey status [RUN]            runs, or one run's devices by status and its failures\n"
    "  rekey exclude RUN --reason TEXT (--device ID... | --device-list FILE | --all-failed)\n"
    "                                take failed, DCO-refused or pending devices out of a run; the rest go "
    "on\n"
    "  rekey check                   verify the re-key invariants (after a crash or a kill)\n"
    "  rekey compromise DEVICE --reference REF [--kind K]  mark a device's current keys compromised\n",
    addOptions, run};

} // namespace symbolon::cli
