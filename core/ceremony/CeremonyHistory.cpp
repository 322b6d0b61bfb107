#include "ceremony/CeremonyHistory.h"

#include "keys/KekVersionStore.h"

#include "journal/JournalQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::ceremony", s, disambiguation, n);
}
} // namespace

Result<std::optional<journal::JournalEntry>> CeremonyHistory::lastCompleted(store::Database& db,
                                                                            CeremonyKind kind) {
    CeremonyPlan plan;
    plan.kind = kind;
    journal::JournalFilter done;
    done.actionPrefix = QStringLiteral("quorum.") + plan.action();
    done.text = QStringLiteral("\"outcome\":\"completed\"");
    auto found = journal::JournalQuery(db).page(done, 0, 1, journal::JournalQuery::Order::NewestFirst);
    if (!found)
        return found.error();
    // An action prefix without a trailing dot matches that action exactly (JournalQuery).
    if (found->isEmpty())
        return std::optional<journal::JournalEntry>();
    return std::optional<journal::JournalEntry>(found->first());
}

Status CeremonyHistory::checkBeforeQuorum(store::Database& db, CeremonyKind kind) {
    switch (kind) {
    case CeremonyKind::GenerateKeks: {
        auto keks = lastCompleted(db, CeremonyKind::GenerateKeks);
        if (!keks)
            return keks.error();
        if (*keks)
            return fail(ErrorCode::AlreadyExists,
                        ceremony::tr("The KEKs were generated at %1 (journal entry #%2): they are generated "
                                     "once. No quorum was convened.")
                            .arg((*keks)->timeText())
                            .arg((*keks)->seq));
        return {};
    }
    case CeremonyKind::ImportSharedKey: {
        auto imported = lastCompleted(db, CeremonyKind::ImportSharedKey);
        if (!imported)
            return imported.error();
        if (*imported)
            return fail(
                ErrorCode::AlreadyExists,
                ceremony::tr("A Shared Key was imported at %1 (journal entry #%2): the key token holds "
                             "one, and an import is refused on a token that does. No quorum was "
                             "convened.")
                    .arg((*imported)->timeText())
                    .arg((*imported)->seq));
        auto keks = lastCompleted(db, CeremonyKind::GenerateKeks);
        if (!keks)
            return keks.error();
        if (*keks)
            return fail(ErrorCode::AlreadyExists,
                        ceremony::tr("This key token's Shared Key was generated with the KEKs at %1 (journal "
                                     "entry #%2): a Shared Key is imported only into a key token that has "
                                     "none. No quorum was convened.")
                            .arg((*keks)->timeText())
                            .arg((*keks)->seq));
        return {};
    }
    case CeremonyKind::MigrationUnwrap: {
        // From the journal alone (counting packaged keys is a scan of every device): a completed
        // unwrap with no inventory imported after it left nothing to unwrap.
        auto migrated = lastCompleted(db, CeremonyKind::MigrationUnwrap);
        if (!migrated)
            return migrated.error();
        if (!*migrated)
            return {};
        // A run stopped between chunks says how many devices it left.
        const QJsonObject result = QJsonDocument::fromJson((*migrated)->detailsJson)
                                       .object()
                                       .value(QStringLiteral("result"))
                                       .toObject();
        if (result.value(QStringLiteral("devices_remaining")).toInteger(1) != 0)
            return {};
        journal::JournalFilter imports;
        imports.actionPrefix = QStringLiteral("inventory.imported");
        auto newest =
            journal::JournalQuery(db).page(imports, 0, 1, journal::JournalQuery::Order::NewestFirst);
        if (!newest)
            return newest.error();
        if (!newest->isEmpty() && newest->first().seq > (*migrated)->seq)
            return {};
        return fail(ErrorCode::AlreadyExists,
                    ceremony::tr("The migration unwrap completed at %1 (journal entry #%2) and no inventory "
                                 "was imported since: every device's keys are packaged. No quorum was "
                                 "convened.")
                        .arg((*migrated)->timeText())
                        .arg((*migrated)->seq));
    }
    case CeremonyKind::TransportKey:
    case CeremonyKind::ExportSharedKey:
    case CeremonyKind::ReKey:
    case CeremonyKind::ReadinessCheck:
    case CeremonyKind::RolloverKek:
    case CeremonyKind::DestroyKek:
        break;
    }
    return {};
}

Status CeremonyHistory::checkBeforeQuorum(store::Database& db, const CeremonyPlan& plan) {
    if (plan.kind != CeremonyKind::ImportSharedKey || plan.kekVersion < 2)
        return checkBeforeQuorum(db, plan.kind);
    auto versions = keys::KekVersionStore::of(db, keys::Kek::Shared);
    if (!versions)
        return versions.error();
    for (const keys::KekVersion& v : *versions) {
        if (v.version >= plan.kekVersion)
            return fail(
                ErrorCode::AlreadyExists,
                ceremony::tr("The workspace already records %1 (%2): the package's v%3 is not newer. No "
                             "quorum was convened.")
                    .arg(keys::kekVersionName(v.kek, v.version), keys::kekVersionStateCode(v.state))
                    .arg(plan.kekVersion));
        if (v.packages > 0)
            return fail(
                ErrorCode::PolicyRefused,
                ceremony::tr("%n package(s) in this workspace are under %1: importing v%2 would leave them "
                             "under a version that is no longer the DCO's, and moving them to an "
                             "imported version is not supported yet. No quorum was convened.",
                             nullptr, int(v.packages))
                    .arg(keys::kekVersionName(v.kek, v.version))
                    .arg(plan.kekVersion));
    }
    return {};
}

} // namespace symbolon::ceremony
