#include "ceremony/CeremonyBody.h"

#include "ceremony/KekGeneration.h"
#include "ceremony/KekRing.h"
#include "ceremony/KekRollover.h"
#include "ceremony/KeyPackage.h"
#include "ceremony/MigrationUnwrap.h"
#include "ceremony/ReadinessRecord.h"
#include "ceremony/SharedKeyTransfer.h"
#include "ceremony/TransportKeyCeremony.h"
#include "keys/KekVersionStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}

Status writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile f(path); // atomic: the old file or the whole new one
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(ErrorCode::Io, ceremony::tr("%1 cannot be written: %2").arg(path, f.errorString()));
    return {};
}
} // namespace

Result<QuorumCeremony::Body> ceremonyBody(const CeremonyPlan& plan, CeremonyInputs inputs) {
    switch (plan.kind) {
    case CeremonyKind::GenerateKeks:
        return QuorumCeremony::Body(
            [](hsm::Session& s, const CeremonyContext& ctx) { return KekGeneration::run(s, ctx); });
    case CeremonyKind::TransportKey:
        return QuorumCeremony::Body(
            [components = std::move(inputs.components),
             label = plan.transportKeyLabel](hsm::Session& s, const CeremonyContext& ctx) {
                return TransportKeyCeremony::run(s, ctx, components, label);
            });
    case CeremonyKind::ExportSharedKey: {
        // The version the approvers were shown, else the active one (issue #20).
        int version = plan.kekVersion;
        if (version < 1 && inputs.ws) {
            auto versions = keys::KekVersionStore::of(inputs.ws->db(), keys::Kek::Shared);
            if (!versions)
                return versions.error();
            for (const keys::KekVersion& v : *versions)
                if (v.state == keys::KekVersionState::Active)
                    version = v.version;
        }
        version = std::max(version, 1);
        return QuorumCeremony::Body([label = plan.transportKeyLabel, file = plan.packageFile,
                                     version](hsm::Session& s,
                                              const CeremonyContext& ctx) -> Result<CeremonyRecord> {
            auto ex = SharedKeyTransfer::exportSharedKey(s, ctx, label, version);
            if (!ex)
                return ex.error();
            // Written before the quorum's entry records the export as completed.
            if (auto w = writeFile(file, ex->file); !w)
                return w.error();
            if (auto w = writeFile(file + QStringLiteral(".signer.pem"), publicKeyPem(ex->signerSpki)); !w)
                return w.error();
            ex->record.notes << ceremony::tr("Key package written to %1; the signer's public key to "
                                             "%1.signer.pem (send it by another channel).")
                                    .arg(file);
            return ex->record;
        });
    }
    case CeremonyKind::ImportSharedKey:
        return QuorumCeremony::Body(
            [label = plan.transportKeyLabel, file = std::move(inputs.importPackage),
             spki = std::move(inputs.importSignerSpki),
             ws = inputs.ws](hsm::Session& s, const CeremonyContext& ctx) -> Result<CeremonyRecord> {
                auto rec = SharedKeyTransfer::importSharedKey(s, ctx, file, spki, label);
                if (!rec || !ws)
                    return rec;
                // The workspace records the version it now holds (issue #20), so that its ceremonies
                // package under it and never under an older one.
                // Database work only, with the KCV the import computed inside the HSM: no further
                // token call can fail between the object's creation and its record.
                const int version = rec->extra.value(QStringLiteral("shared_key_version")).toInt(1);
                const QString kcv = rec->extra.value(QStringLiteral("shared_key_kcv")).toString();
                if (auto r = KekRing::recordImported(*ws, keys::Kek::Shared, version, kcv); !r)
                    return r.error();
                return rec;
            });
    case CeremonyKind::MigrationUnwrap: {
        if (!inputs.ws)
            return fail(ErrorCode::Internal,
                        ceremony::tr("The migration ceremony was started without its workspace."));
        MigrationUnwrap::Options o;
        o.transportKeyLabel = plan.transportKeyLabel;
        o.chunkSize = plan.chunkSize;
        o.workers = plan.workers;
        o.progress = std::move(inputs.progress);
        return QuorumCeremony::Body([ws = inputs.ws, o](hsm::Session& s, const CeremonyContext& ctx) {
            return MigrationUnwrap::run(*ws, s, ctx, o);
        });
    }
    case CeremonyKind::ReadinessCheck:
        return QuorumCeremony::Body(
            [](hsm::Session& s, const CeremonyContext& ctx) -> Result<CeremonyRecord> {
                return ReadinessRecord::run(s, ctx);
            });
    case CeremonyKind::RolloverKek: {
        if (!inputs.ws)
            return fail(ErrorCode::Internal,
                        ceremony::tr("The KEK rollover was started without its workspace."));
        KekRollover::Options o;
        o.kek = keys::parseKekOption(plan.kek).value_or(keys::Kek::Dco);
        if (auto g = policy::parsePmaGround(plan.pmaGround))
            o.instruction.ground = *g;
        o.instruction.reference = plan.pmaReference;
        o.chunkSize = plan.chunkSize;
        o.workers = plan.workers;
        if (inputs.progress)
            o.progress = [p = inputs.progress](const RolloverProgress& r) { return p(r.done, r.total); };
        return QuorumCeremony::Body([ws = inputs.ws, o](hsm::Session& s, const CeremonyContext& ctx) {
            return KekRollover::run(*ws, s, ctx, o);
        });
    }
    case CeremonyKind::DestroyKek: {
        if (!inputs.ws)
            return fail(ErrorCode::Internal,
                        ceremony::tr("Destroying a KEK version was started without its workspace."));
        const keys::Kek kek = keys::parseKekOption(plan.kek).value_or(keys::Kek::Dco);
        return QuorumCeremony::Body(
            [ws = inputs.ws, kek, v = plan.kekVersion](hsm::Session& s, const CeremonyContext& ctx) {
                return KekRollover::destroy(*ws, s, ctx, kek, v);
            });
    }
    case CeremonyKind::ReKey:
        break;
    }
    return fail(ErrorCode::Internal,
                ceremony::tr("A re-key run is executed by the re-key engine, not as a ceremony body."));
}

} // namespace symbolon::ceremony
