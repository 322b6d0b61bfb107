#include "cli/Areas.h"
#include "cli/CliQuorum.h"
#include "cli/KekCommands.h"
#include "cli/PinSource.h"

#include "ceremony/CeremonyBody.h"
#include "ceremony/KekGeneration.h"
#include "ceremony/KeyPackage.h"
#include "ceremony/MigrationUnwrap.h"
#include "ceremony/QuorumCeremony.h"
#include "ceremony/SharedKeyTransfer.h"
#include "ceremony/TransportKeyCeremony.h"
#include "hsm/KeyLabels.h"
#include "hsm/Module.h"
#include "keys/KekVersionStore.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QSaveFile>

#include <optional>

namespace symbolon::cli {

namespace {
const QString kQuorumCard = QStringLiteral("quorum-card");
const QString kQuorumPinEnv = QStringLiteral("quorum-pin-env");
const QString kComponentEnv = QStringLiteral("component-env");
const QString kComponents = QStringLiteral("components");
const QString kTransportKey = QStringLiteral("transport-key");
const QString kPublicKey = QStringLiteral("public-key");
const QString kChunk = QStringLiteral("chunk-size");

void addOptions(QCommandLineParser& p) {
    p.addOption(
        {kQuorumCard, QStringLiteral("A quorum card by label (repeat k times)."), QStringLiteral("LABEL")});
    p.addOption({kQuorumPinEnv,
                 QStringLiteral("That card's PIN from this environment variable (repeat, in order; "
                                "demo and tests). Default: prompt without echo."),
                 QStringLiteral("VAR")});
    p.addOption({kComponentEnv, QStringLiteral("Transport Key components from these variables (tests)."),
                 QStringLiteral("VAR1,VAR2[,VAR3]")});
    p.addOption({kComponents, QStringLiteral("How many components to prompt for (2 or 3; default 2)."),
                 QStringLiteral("N")});
    p.addOption({kTransportKey, QStringLiteral("The Transport Key's label."), QStringLiteral("LABEL")});
    p.addOption(
        {kChunk,
         QStringLiteral("Devices per committed chunk (default 500); rollover-kek: packages (default 2000)."),
         QStringLiteral("N")});
    addKekOptions(p);
}

QString transportKeyOption(CliContext& c) {
    return c.parser.isSet(kTransportKey) ? c.parser.value(kTransportKey) : hsm::transportKeyLabelPrefix();
}

// The plan's core call (ceremony::ceremonyBody, the console's too), under the quorum.
int finishPlan(CliContext& c, Quorum& q, const ceremony::CeremonyPlan& plan,
               ceremony::CeremonyInputs inputs) {
    auto body = ceremony::ceremonyBody(plan, std::move(inputs));
    if (!body)
        return c.failWith(body.error());
    return finish(c, q, *body);
}

int generateKeks(CliContext& c) {
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::GenerateKeks;
    auto q = openQuorum(c, plan);
    if (!q)
        return c.failWith(q.error());
    return finishPlan(c, *q, plan, {});
}

int transportKey(CliContext& c) {
    QVector<SecureBytes> typed;
    const QString envs = c.parser.value(kComponentEnv);
    const int n = envs.isEmpty() ? (c.parser.isSet(kComponents) ? c.parser.value(kComponents).toInt() : 2)
                                 : static_cast<int>(envs.split(QLatin1Char(',')).size());
    for (int i = 0; i < n; ++i) {
        app::PinSource src;
        src.envVar = envs.isEmpty() ? QString() : envs.split(QLatin1Char(','))[i];
        auto v = src.read(QStringLiteral("Component %1 (32 hex digits, not shown): ").arg(i + 1));
        if (!v)
            return c.failWith(v.error());
        auto parsed = ceremony::TransportKeyCeremony::parseComponent(i + 1, *v);
        if (!parsed)
            return c.failWith(parsed.error());
        auto kcv = ceremony::TransportKeyCeremony::componentKcv(*parsed);
        if (kcv)
            c.err << "  Component " << (i + 1) << ": " << *kcv << "\n";
        typed.push_back(std::move(*v));
    }
    // All of them together (count, distinct) before any card is asked for.
    if (auto all = ceremony::TransportKeyCeremony::parseComponents(typed); !all)
        return c.failWith(all.error());
    c.err.flush();
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::TransportKey;
    plan.transportKeyLabel = transportKeyOption(c);
    plan.components = n;
    auto q = openQuorum(c, plan);
    if (!q)
        return c.failWith(q.error());
    ceremony::CeremonyInputs inputs;
    inputs.components = std::move(typed);
    return finishPlan(c, *q, plan, std::move(inputs));
}

int exportSharedKey(CliContext& c) {
    const QString out = c.parser.value(QStringLiteral("out"));
    if (!c.parser.isSet(kTransportKey) || out.isEmpty())
        return c.usage(
            QStringLiteral("ceremony export-shared-key needs --transport-key LABEL and --out FILE."));
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::ExportSharedKey;
    plan.transportKeyLabel = c.parser.value(kTransportKey);
    plan.packageFile = out;
    auto ws = c.openWorkspace();
    if (!ws)
        return c.failWith(ws.error());
    // The active version, named in the request the approvers sign (issue #20).
    auto versions = keys::KekVersionStore::of((*ws)->db(), keys::Kek::Shared);
    if (!versions)
        return c.failWith(versions.error());
    plan.kekVersion = 1;
    for (const keys::KekVersion& v : *versions)
        if (v.state == keys::KekVersionState::Active)
            plan.kekVersion = v.version;
    auto q = openQuorum(c, std::move(*ws), plan);
    if (!q)
        return c.failWith(q.error());
    ceremony::CeremonyInputs inputs;
    inputs.ws = q->ws.get();
    const int rc = finishPlan(c, *q, plan,
                              std::move(inputs)); // the package and .signer.pem are written before the entry
    if (rc == ExitOk)
        c.out << "Key package: " << out << "\nSigner's public key: " << out
              << ".signer.pem (send it by another channel)\n";
    return rc;
}

int importSharedKey(CliContext& c, const QString& file) {
    if (!c.parser.isSet(kPublicKey))
        return c.usage(QStringLiteral("ceremony import-shared-key needs --public-key PEM."));
    QFile pf(c.parser.value(kPublicKey)), kf(file);
    if (!pf.open(QIODevice::ReadOnly))
        return c.failWith(fail(ErrorCode::Io, QStringLiteral("%1 cannot be read.").arg(pf.fileName())));
    if (!kf.open(QIODevice::ReadOnly))
        return c.failWith(fail(ErrorCode::Io, QStringLiteral("%1 cannot be read.").arg(file)));
    auto spki = ceremony::spkiFromPem(pf.readAll());
    if (!spki)
        return c.failWith(spki.error());
    const QByteArray bytes = kf.readAll();
    // Everything that needs no HSM, before any card is asked for.
    auto parsed = ceremony::KeyPackage::parse(bytes);
    if (!parsed)
        return c.failWith(parsed.error());
    if (auto s = parsed->verifySignature(*spki); !s)
        return c.failWith(s.error());
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::ImportSharedKey;
    plan.transportKeyLabel = c.parser.value(kTransportKey);
    plan.packageFile = file;
    plan.packageKcv = parsed->keyKcv;
    plan.kekVersion = parsed->keyVersion;
    auto q = openQuorum(c, plan);
    if (!q)
        return c.failWith(q.error());
    ceremony::CeremonyInputs inputs;
    inputs.importPackage = bytes;
    inputs.importSignerSpki = *spki;
    inputs.ws = q->ws.get();
    return finishPlan(c, *q, plan, std::move(inputs));
}

int migrate(CliContext& c) {
    ceremony::CeremonyPlan plan;
    plan.kind = ceremony::CeremonyKind::MigrationUnwrap;
    plan.transportKeyLabel = transportKeyOption(c);
    if (c.parser.isSet(kChunk))
        plan.chunkSize = c.parser.value(kChunk).toInt();
    auto workers = workerSessions(c, QStringLiteral("workers"));
    if (!workers)
        return c.failWith(workers.error());
    plan.workers = *workers;
    auto q = openQuorum(c, plan);
    if (!q)
        return c.failWith(q.error());
    ceremony::CeremonyInputs inputs;
    inputs.ws = q->ws.get();
    inputs.progress = [&](qint64 done, qint64 total) {
        c.err << "\r  migrated " << done << " / " << total << " devices" << Qt::flush;
        return true;
    };
    const int rc = finishPlan(c, *q, plan, std::move(inputs));
    c.err << "\n" << Qt::flush;
    return rc;
}

int run(CliContext& c) {
    if (!c.requireWorkspace())
        return ExitUsage;
    const QString cmd = c.args.value(0);
    if (cmd == QLatin1String("generate-keks") && c.args.size() == 1)
        return generateKeks(c);
    if (cmd == QLatin1String("transport-key") && c.args.size() == 1)
        return transportKey(c);
    if (cmd == QLatin1String("export-shared-key") && c.args.size() == 1)
        return exportSharedKey(c);
    if (cmd == QLatin1String("import-shared-key") && c.args.size() == 2)
        return importSharedKey(c, c.args[1]);
    if (cmd == QLatin1String("migrate") && c.args.size() == 1)
        return migrate(c);
    if (cmd == QLatin1String("rollover-kek") && c.args.size() == 1)
        return rolloverKek(c);
    if (cmd == QLatin1String("destroy-kek") && c.args.size() == 1)
        return destroyKek(c);
    if (cmd == QLatin1String("kek-versions") && c.args.size() == 1)
        return kekVersions(c);
    return c.usage(
        QStringLiteral("ceremony commands: generate-keks, transport-key, export-shared-key, "
                       "import-shared-key FILE, migrate, rollover-kek, destroy-kek, kek-versions"));
}
} // namespace

const CliArea kCeremonyArea{
    "ceremony",
    "  ceremony generate-keks        DCO Key and Shared Key (quorum: --quorum-card L --quorum-pin-env V, k "
    "times)\n"
    "  ceremony transport-key        Transport Key from 2-3 clear components (no echo; --component-env "
    "V1,V2)\n"
    "  ceremony export-shared-key    --transport-key LABEL --out FILE: signed Shared Key package for an "
    "S1SP\n"
    "  ceremony import-shared-key FILE --public-key PEM: verify, then unwrap the Shared Key\n"
    "  ceremony migrate              unwrap migration keys and package them (chunks; resumable)\n"
    "  ceremony rollover-kek         --kek dco|shared --pma-ground G --pma-ref REF: new KEK version, every\n"
    "                                package moved to it inside the HSM (chunks; resumable)\n"
    "  ceremony destroy-kek          --kek dco|shared --kek-version N: destroy a retired version\n"
    "  ceremony kek-versions         each KEK version, its state, KCV and packages; rollovers\n",
    addOptions, run};

} // namespace symbolon::cli
