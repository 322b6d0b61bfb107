#include "ceremony/CeremonyPlan.h"

#include "hsm/KeyLabels.h"
#include "keys/KekVersionStore.h"
#include "workspace/WorkspaceConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}
} // namespace

QString CeremonyPlan::action() const {
    switch (kind) {
    case CeremonyKind::GenerateKeks:
        return QStringLiteral("ceremony.generate-keks");
    case CeremonyKind::TransportKey:
        return QStringLiteral("ceremony.transport-key");
    case CeremonyKind::ExportSharedKey:
        return QStringLiteral("ceremony.shared-key-export");
    case CeremonyKind::ImportSharedKey:
        return QStringLiteral("ceremony.shared-key-import");
    case CeremonyKind::MigrationUnwrap:
        return QStringLiteral("ceremony.migration-unwrap");
    case CeremonyKind::ReKey:
        return QStringLiteral("rekey.run");
    case CeremonyKind::ReadinessCheck:
        return QStringLiteral("hsm.readiness-check");
    case CeremonyKind::RolloverKek:
        return QStringLiteral("ceremony.kek-rollover");
    case CeremonyKind::DestroyKek:
        return QStringLiteral("ceremony.kek-destroy");
    }
    return {};
}

QString CeremonyPlan::title() const {
    switch (kind) {
    case CeremonyKind::GenerateKeks:
        return ceremony::tr("Generate the DCO Key and the Shared Key");
    case CeremonyKind::TransportKey:
        return ceremony::tr("Transport Key from clear components");
    case CeremonyKind::ExportSharedKey:
        return ceremony::tr("Export the Shared Key to an S1SP");
    case CeremonyKind::ImportSharedKey:
        return ceremony::tr("Import a Shared Key package");
    case CeremonyKind::MigrationUnwrap:
        return ceremony::tr("Migration unwrap of device keys");
    case CeremonyKind::ReKey:
        return ceremony::tr("Re-key run %1").arg(rekeyRun);
    case CeremonyKind::ReadinessCheck:
        return ceremony::tr("Readiness check of the key token");
    case CeremonyKind::RolloverKek:
        return resume ? ceremony::tr("Resume the rollover of the %1").arg(kekName())
                      : ceremony::tr("Roll the %1 over to a new version").arg(kekName());
    case CeremonyKind::DestroyKek:
        return ceremony::tr("Destroy %1 v%2").arg(kekName()).arg(kekVersion);
    }
    return {};
}

QJsonObject CeremonyPlan::parameters(const workspace::WorkspaceConfig& config) const {
    QJsonObject p{{QStringLiteral("key_token"),
                   QStringLiteral("%1 (serial %2)").arg(config.keyTokenLabel, config.keyTokenSerial)},
                  {QStringLiteral("profile"), config.profile}};
    if (!hostMemory.isEmpty())
        p.insert(QStringLiteral("host_memory"), hostMemory.join(QStringLiteral("; ")));
    switch (kind) {
    case CeremonyKind::GenerateKeks:
        p.insert(QStringLiteral("creates"),
                 ceremony::tr(
                     "%1 and %2: AES-128 token objects generated inside the HSM; the DCO Key sensitive and "
                     "never extractable; the Shared Key sensitive, extractable only wrapped")
                     .arg(hsm::dcoKeyLabel(), hsm::sharedKeyLabel()));
        p.insert(QStringLiteral("kcvs"), ceremony::tr("CMAC-5B and ECB-3B of each, computed inside the HSM"));
        p.insert(QStringLiteral("refused_if"),
                 ceremony::tr("either key already exists (nothing is changed)"));
        break;
    case CeremonyKind::TransportKey:
        p.insert(
            QStringLiteral("creates"),
            ceremony::tr("\"%1\": AES-128 token object, the XOR of %2 clear components typed by different "
                         "custodians")
                .arg(transportKeyLabel)
                .arg(components));
        p.insert(QStringLiteral("components"), components);
        p.insert(QStringLiteral("kcvs"), ceremony::tr("CMAC-5B of each component and of the Transport Key"));
        break;
    case CeremonyKind::ExportSharedKey:
        p.insert(QStringLiteral("exports"),
                 ceremony::tr(
                     "%1, RFC 3394-wrapped under \"%2\", in a key package signed by the journal signing key")
                     .arg(kekVersion > 0
                              ? QStringLiteral("\"%1\"").arg(keys::kekLabel(keys::Kek::Shared, kekVersion))
                              : ceremony::tr("the active version of the Shared Key"),
                          transportKeyLabel));
        p.insert(QStringLiteral("writes"), packageFile);
        break;
    case CeremonyKind::ImportSharedKey:
        p.insert(
            QStringLiteral("imports"),
            ceremony::tr("%1 from the verified package %2 (stated KCV %3), unwrapped under \"%4\" as a token "
                         "object")
                .arg(keys::kekLabel(keys::Kek::Shared, std::max(1, kekVersion)), packageFile, packageKcv,
                     transportKeyLabel.isEmpty() ? ceremony::tr("the Transport Key named in the package")
                                                 : transportKeyLabel));
        break;
    case CeremonyKind::MigrationUnwrap:
        p.insert(
            QStringLiteral("unwraps"),
            ceremony::tr("every device's migration MK, AK and GUEK (RFC 3394 under \"%1\") inside the HSM")
                .arg(transportKeyLabel));
        p.insert(QStringLiteral("packages"),
                 ceremony::tr("MK and AK under the DCO Key, GUEK under the Shared Key"));
        p.insert(QStringLiteral("chunk_size"), chunkSize);
        p.insert(QStringLiteral("commits"), ceremony::tr("all or nothing per chunk; resumable"));
        break;
    case CeremonyKind::ReKey:
        for (auto it = rekeyDetails.constBegin(); it != rekeyDetails.constEnd(); ++it)
            p.insert(it.key(), it.value());
        p.insert(QStringLiteral("run"), rekeyRun);
        p.insert(
            QStringLiteral("generates"),
            ceremony::tr(
                "new keys inside the HSM per device, RFC 3394-wrapped under the device's current MK for the "
                "DCO's global_key_transfer, packaged under the DCO Key (AK, MK) or the Shared Key (GUEK)"));
        p.insert(QStringLiteral("chunk_size"), chunkSize);
        if (workers > 0)
            p.insert(QStringLiteral("worker_sessions"), workers);
        else
            p.insert(QStringLiteral("worker_sessions"),
                     ceremony::tr("chosen from measured throughput, within what the token allows"));
        p.insert(QStringLiteral("commits"),
                 ceremony::tr("all or nothing per chunk; resumable; instructions only from "
                              "committed chunks"));
        break;
    case CeremonyKind::ReadinessCheck:
        p.insert(QStringLiteral("tries"),
                 ceremony::tr("every key-token operation Symbolon needs, on session objects made from "
                              "RFC 3394's published test keys, each answer compared with the published one"));
        p.insert(QStringLiteral("leaves"), ceremony::tr("nothing: every object it makes is destroyed"));
        break;
    case CeremonyKind::RolloverKek:
        p.insert(QStringLiteral("kek"), kekName());
        p.insert(QStringLiteral("pma_ground"), pmaGround);
        p.insert(QStringLiteral("pma_reference"), pmaReference);
        p.insert(QStringLiteral("from_version"), kekVersion);
        p.insert(QStringLiteral("creates"),
                 resume
                     ? ceremony::tr("nothing: the new version exists; the interrupted rollover goes on")
                     : ceremony::tr("%1 v%2: AES-128, generated inside the HSM with the same attributes as "
                                    "v%3; new packages go under it from then on")
                           .arg(kekName())
                           .arg(kekVersion + 1)
                           .arg(kekVersion));
        p.insert(QStringLiteral("moves"),
                 ceremony::tr("every package under %1 v%2 (%3 now): unpackaged under it inside the HSM, its "
                              "KCV checked, packaged under the new version, opened again and its KCV checked")
                     .arg(kekName())
                     .arg(kekVersion)
                     .arg(packages));
        p.insert(QStringLiteral("chunk_size"), chunkSize);
        p.insert(
            QStringLiteral("commits"),
            ceremony::tr("all or nothing per chunk; resumable; every package is under exactly one version "
                         "at every moment"));
        break;
    case CeremonyKind::DestroyKek:
        p.insert(
            QStringLiteral("destroys"),
            ceremony::tr("%1 v%2 in the HSM (C_DestroyObject), after its KCV is checked; refused while any "
                         "package refers to it")
                .arg(kekName())
                .arg(kekVersion));
        break;
    }
    return p;
}

QString CeremonyPlan::kekName() const {
    return kek == QLatin1String("shared") ? ceremony::tr("Shared Key") : ceremony::tr("DCO Key");
}

QString CeremonyPlan::parametersText(const QJsonObject& parameters) {
    QStringList lines;
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QJsonValue v = it.value();
        // Nested objects (a re-key's justification and selection) as indented JSON: every field shown.
        const QString text =
            v.isObject()
                ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)).trimmed()
            : v.isArray()
                ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)).trimmed()
                : v.toVariant().toString();
        lines << QStringLiteral("%1: %2").arg(it.key(), text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace symbolon::ceremony
