#include "cli/Areas.h"
#include "cli/PinSource.h"

#include "ceremony/KekGeneration.h"
#include "ceremony/KeyPackage.h"
#include "ceremony/KeyTokenLogin.h"
#include "ceremony/MigrationUnwrap.h"
#include "ceremony/SharedKeyTransfer.h"
#include "ceremony/TransportKeyCeremony.h"
#include "hsm/KeyLabels.h"
#include "hsm/Module.h"

#include <QFile>
#include <QSaveFile>

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
    p.addOption({kChunk, QStringLiteral("Devices per committed chunk (default 500)."), QStringLiteral("N")});
}

struct Quorum {
    std::unique_ptr<workspace::Workspace> ws;
    std::unique_ptr<ceremony::KeyTokenLogin> login;
    ceremony::CeremonyContext ctx;
};

Result<Quorum> openQuorum(CliContext& c) {
    Quorum q;
    auto ws = c.openWorkspace();
    if (!ws)
        return ws.error();
    q.ws = std::move(*ws);
    const QStringList labels = c.parser.values(kQuorumCard);
    const QStringList envs = c.parser.values(kQuorumPinEnv);
    if (labels.size() < 2)
        return fail(
            ErrorCode::PolicyRefused,
            QStringLiteral("A ceremony needs a quorum: name at least 2 cards with --quorum-card LABEL."));
    auto& module = *q.ws->module();
    QVector<quorum::CardLogin> cards;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        auto token = module.findTokenByLabel(labels[i]);
        if (!token)
            return token.error();
        app::PinSource src;
        src.envVar = envs.value(i);
        auto pin = src.read(QStringLiteral("PIN for %1: ").arg(labels[i]));
        if (!pin)
            return pin.error();
        cards.push_back({token->serial, std::move(*pin)});
        q.ctx.approvals << QStringLiteral("%1 [%2, serial %3]").arg(labels[i], token->label, token->serial);
    }
    auto login = ceremony::KeyTokenLogin::open(module, q.ws->config().keyTokenSerial, cards);
    if (!login)
        return login.error();
    q.login = std::move(*login);
    q.ctx.profile = q.ws->config().isDevelopment() ? policy::PolicyProfile::Development
                                                   : policy::PolicyProfile::Production;
    q.ctx.actor = q.ws->identity().actor();
    q.ctx.role = q.ws->identity().role;
    return q;
}

// The ceremony is reported done only once its journal entry is committed.
int finish(CliContext& c, Quorum& q, const QString& action, const QString& target,
           const Result<ceremony::CeremonyRecord>& rec) {
    if (!rec)
        return c.failWith(rec.error());
    auto e = q.ws->record(action, target, rec->toJson());
    if (!e)
        return c.failWith(e.error());
    c.out << rec->toText() << "Journal entry #" << e->seq << ".\n";
    c.out.flush();
    return ExitOk;
}

int generateKeks(CliContext& c) {
    auto q = openQuorum(c);
    if (!q)
        return c.failWith(q.error());
    return finish(c, *q, QStringLiteral("ceremony.kek-generation"), q->ws->config().keyTokenLabel,
                  ceremony::KekGeneration::run(q->login->session(), q->ctx));
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
    c.err.flush();
    auto q = openQuorum(c);
    if (!q)
        return c.failWith(q.error());
    const QString label =
        c.parser.isSet(kTransportKey) ? c.parser.value(kTransportKey) : hsm::transportKeyLabelPrefix();
    return finish(c, *q, QStringLiteral("ceremony.transport-key"), label,
                  ceremony::TransportKeyCeremony::run(q->login->session(), q->ctx, typed, label));
}

int exportSharedKey(CliContext& c) {
    const QString out = c.parser.value(QStringLiteral("out"));
    if (!c.parser.isSet(kTransportKey) || out.isEmpty())
        return c.usage(
            QStringLiteral("ceremony export-shared-key needs --transport-key LABEL and --out FILE."));
    auto q = openQuorum(c);
    if (!q)
        return c.failWith(q.error());
    auto ex = ceremony::SharedKeyTransfer::exportSharedKey(q->login->session(), q->ctx,
                                                           c.parser.value(kTransportKey));
    if (!ex)
        return c.failWith(ex.error());
    for (const auto& [path, bytes] :
         {std::pair{out, ex->file},
          std::pair{out + QStringLiteral(".signer.pem"), ceremony::publicKeyPem(ex->signerSpki)}}) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return c.failWith(fail(ErrorCode::Io, QStringLiteral("%1 cannot be written.").arg(path)));
    }
    c.out << "Key package: " << out << "\nSigner's public key: " << out << ".signer.pem (send it by another "
          << "channel)\n";
    Result<ceremony::CeremonyRecord> rec(ex->record);
    return finish(c, *q, QStringLiteral("ceremony.shared-key-export"), out, rec);
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
    auto q = openQuorum(c);
    if (!q)
        return c.failWith(q.error());
    return finish(c, *q, QStringLiteral("ceremony.shared-key-import"), file,
                  ceremony::SharedKeyTransfer::importSharedKey(q->login->session(), q->ctx, bytes, *spki,
                                                               c.parser.value(kTransportKey)));
}

int migrate(CliContext& c) {
    auto q = openQuorum(c);
    if (!q)
        return c.failWith(q.error());
    ceremony::MigrationUnwrap::Options o;
    o.transportKeyLabel =
        c.parser.isSet(kTransportKey) ? c.parser.value(kTransportKey) : hsm::transportKeyLabelPrefix();
    if (c.parser.isSet(kChunk))
        o.chunkSize = c.parser.value(kChunk).toInt();
    o.progress = [&](qint64 done, qint64 total) {
        c.err << "\r  migrated " << done << " / " << total << " devices" << Qt::flush;
        return true;
    };
    auto rec = ceremony::MigrationUnwrap::run(*q->ws, q->login->session(), q->ctx, o);
    c.err << "\n" << Qt::flush;
    return finish(c, *q, QStringLiteral("ceremony.migration-unwrap"), QStringLiteral("migration_keys"), rec);
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
    return c.usage(QStringLiteral("ceremony commands: generate-keks, transport-key, export-shared-key, "
                                  "import-shared-key FILE, migrate"));
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
    "  ceremony migrate              unwrap migration keys and package them (chunks; resumable)\n",
    addOptions, run};

} // namespace symbolon::cli
