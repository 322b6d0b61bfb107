#include "ceremony/CeremonyPaths.h"

#include "hsm/Module.h"
#include "inventory/MigrationKeyQuery.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::ceremony", s, disambiguation, n);
}

// How much key material one operation of the ceremony touches.
QString volume(CeremonyKind kind, hsm::KeyOperation op, const CeremonyPlan& plan, qint64 devices) {
    const QLocale locale;
    switch (kind) {
    case CeremonyKind::GenerateKeks:
        return tr("2 keys (the DCO Key and the Shared Key)");
    case CeremonyKind::TransportKey:
        return op == hsm::KeyOperation::CombineComponents
                   ? tr("the Transport Key and its %n clear components", nullptr, plan.components)
                   : tr("the Transport Key");
    case CeremonyKind::ExportSharedKey:
    case CeremonyKind::ImportSharedKey:
        return tr("1 key (the Shared Key)");
    case CeremonyKind::MigrationUnwrap:
        return tr("up to %1 devices, 3 keys each (MK, AK, GUEK): up to %2 keys")
            .arg(locale.toString(devices), locale.toString(devices * 3));
    case CeremonyKind::ReKey:
        return tr("%1 devices, each new key of the run").arg(locale.toString(devices));
    case CeremonyKind::RolloverKek:
        return tr("%1 packages under %2 v%3, each unpackaged twice")
            .arg(locale.toString(plan.packages), plan.kekName())
            .arg(plan.kekVersion);
    case CeremonyKind::ReadinessCheck:
    case CeremonyKind::DestroyKek:
        break;
    }
    return {};
}
} // namespace

QVector<hsm::KeyOperation> CeremonyPaths::operations(CeremonyKind kind) {
    using hsm::KeyOperation;
    switch (kind) {
    case CeremonyKind::GenerateKeks:
        return {KeyOperation::KcvCmac5B, KeyOperation::KcvEcb3B};
    case CeremonyKind::TransportKey:
        return {KeyOperation::CombineComponents, KeyOperation::KcvCmac5B, KeyOperation::KcvEcb3B};
    case CeremonyKind::ExportSharedKey:
        return {KeyOperation::Rfc3394Wrap};
    case CeremonyKind::ImportSharedKey:
        return {KeyOperation::Rfc3394Unwrap};
    case CeremonyKind::MigrationUnwrap:
        return {KeyOperation::Rfc3394Unwrap, KeyOperation::EcbPackage, KeyOperation::KcvCmac5B};
    case CeremonyKind::ReKey:
        return {KeyOperation::EcbUnpackage, KeyOperation::Rfc3394Wrap, KeyOperation::EcbPackage,
                KeyOperation::KcvCmac5B};
    case CeremonyKind::RolloverKek:
        return {KeyOperation::EcbUnpackage, KeyOperation::EcbPackage, KeyOperation::KcvCmac5B};
    case CeremonyKind::DestroyKek:
        return {KeyOperation::KcvCmac5B};
    case CeremonyKind::ReadinessCheck:
        // It tries every operation, but on published test keys only: no key material of the site
        // passes through host memory, and under production it reports a fallback instead of
        // taking it. Nothing to disclose, and nothing to refuse before the quorum.
        return {};
    }
    return {};
}

Result<QStringList> CeremonyPaths::disclose(const hsm::Capabilities& caps, policy::PolicyProfile profile,
                                            const CeremonyPlan& plan, qint64 devices) {
    QStringList out;
    for (hsm::KeyOperation op : operations(plan.kind)) {
        // A token that cannot do an operation at all, or only through host memory under the
        // production profile: refused here, with what the token lacks and the clause, before
        // any custodian is asked for a card.
        if (auto allowed = caps.require(op, profile); !allowed)
            return fail(allowed.error().code,
                        ceremony::tr("%1 No quorum was convened.").arg(allowed.error().message));
        const hsm::PathDecision d = caps.decide(op);
        if (d.fallback())
            out << ceremony::tr("%1 — for %2").arg(d.describe(), volume(plan.kind, op, plan, devices));
    }
    return out;
}

Result<QStringList> CeremonyPaths::disclose(workspace::Workspace& ws, const CeremonyPlan& plan) {
    const auto& config = ws.config();
    if (!ws.module() || config.keyTokenSerial.isEmpty())
        return QStringList();
    // No key token present: nothing to disclose; the ceremony's body says the token is missing.
    auto module = ws.keyTokenModule();
    auto token = ws.keyToken();
    if (!module || !token)
        return QStringList();
    auto caps = hsm::Capabilities::read(**module, token->slotId);
    if (!caps)
        return caps.error();
    qint64 devices = 0;
    if (plan.kind == CeremonyKind::MigrationUnwrap) {
        auto n = inventory::MigrationKeyQuery::handedOverCount(ws.db());
        if (!n)
            return n.error();
        devices = *n;
    } else if (plan.kind == CeremonyKind::ReKey) {
        devices = plan.rekeyDetails.value(QStringLiteral("devices")).toInteger();
    }
    const auto profile =
        config.isDevelopment() ? policy::PolicyProfile::Development : policy::PolicyProfile::Production;
    return disclose(*caps, profile, plan, devices);
}

} // namespace symbolon::ceremony
