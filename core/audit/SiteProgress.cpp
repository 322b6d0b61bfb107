#include "audit/SiteProgress.h"

#include "ceremony/CeremonyHistory.h"
#include "inventory/MigrationKeyQuery.h"
#include "rekey/RekeyRunQuery.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace symbolon::audit {

namespace {

QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::audit", s, disambiguation, n);
}

QString when(const SiteProgress::Done& d) {
    return tr("%1 UTC, journal entry #%2")
        .arg(d.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(d.seq);
}

Result<std::optional<SiteProgress::Done>> completed(store::Database& db, ceremony::CeremonyKind kind) {
    auto e = ceremony::CeremonyHistory::lastCompleted(db, kind);
    if (!e)
        return e.error();
    if (!*e)
        return std::optional<SiteProgress::Done>();
    return std::optional<SiteProgress::Done>(SiteProgress::Done{(*e)->seq, (*e)->time});
}

// What a run still needs, or empty when it needs nothing.
QString runNeeds(const rekey::RekeyRunSummary& r) {
    using rekey::RunState;
    QStringList parts;
    switch (r.state) {
    case RunState::Planned:
        parts << tr("planned for %n device(s), not run yet", nullptr, int(r.total()));
        break;
    case RunState::Running:
    case RunState::Cancelled:
        parts << tr("stopped with %n device(s) still to re-key: resume it", nullptr, int(r.pending));
        break;
    case RunState::Executed:
    case RunState::Abandoned:
        break;
    }
    if (r.committed > 0)
        parts << tr("batch not yet issued for %n device(s)", nullptr, int(r.committed));
    if (r.distributed > 0)
        parts << tr("confirmations outstanding for %n device(s)", nullptr, int(r.distributed));
    if (r.failed > 0)
        parts << tr("%n device(s) failed", nullptr, int(r.failed));
    if (parts.isEmpty())
        return {};
    return tr("Re-key run %1: %2").arg(r.run).arg(parts.join(QStringLiteral("; ")));
}

} // namespace

Result<SiteProgress> SiteProgress::read(store::Database& db) {
    SiteProgress p;
    for (auto [kind, slot] : {std::pair{ceremony::CeremonyKind::GenerateKeks, &p.keks},
                              std::pair{ceremony::CeremonyKind::TransportKey, &p.transportKey},
                              std::pair{ceremony::CeremonyKind::ExportSharedKey, &p.sharedKeyExported},
                              std::pair{ceremony::CeremonyKind::ImportSharedKey, &p.sharedKeyImported}}) {
        auto d = completed(db, kind);
        if (!d)
            return d.error();
        *slot = *d;
    }
    auto handed = inventory::MigrationKeyQuery::handedOverCount(db);
    if (!handed)
        return handed.error();
    p.handedOver = *handed;
    auto left = inventory::MigrationKeyQuery::notMigratedCount(db);
    if (!left)
        return left.error();
    p.notMigrated = *left;
    auto runs = rekey::RekeyRunQuery::latest(db, kRuns);
    if (!runs)
        return runs.error();
    p.runs = *runs;
    std::reverse(p.runs.begin(), p.runs.end());
    return p;
}

QStringList SiteProgress::steps() const {
    // The marks are part of each translated line, so a line reads whole in every language.
    const auto done = [](const QString& line) { return audit::tr("✓ %1").arg(line); };
    const auto todo = [](const QString& line) { return audit::tr("○ %1").arg(line); };
    QStringList out;
    out << (keks ? done(audit::tr("KEKs generated (%1)").arg(when(*keks)))
                 : todo(audit::tr("KEKs not generated yet")));
    out << (transportKey ? done(audit::tr("Transport Key entered (%1)").arg(when(*transportKey)))
                         : todo(audit::tr("No Transport Key entered yet")));
    if (sharedKeyExported)
        out << done(audit::tr("Shared Key exported (%1)").arg(when(*sharedKeyExported)));
    if (sharedKeyImported)
        out << done(audit::tr("Shared Key imported (%1)").arg(when(*sharedKeyImported)));
    const QLocale locale;
    if (handedOver == 0)
        out << todo(audit::tr("No device came with migration keys"));
    else {
        const QString line = audit::tr("Keys migrated: %1 of %2 devices")
                                 .arg(locale.toString(handedOver - notMigrated), locale.toString(handedOver));
        out << (notMigrated == 0 ? done(line) : todo(line));
    }
    bool anyRunOpen = false;
    for (const rekey::RekeyRunSummary& r : runs) {
        const QString needs = runNeeds(r);
        if (!needs.isEmpty()) {
            out << todo(needs);
            anyRunOpen = true;
        }
    }
    if (!runs.isEmpty() && !anyRunOpen)
        out << done(audit::tr("Every re-key run is closed (%n run(s))", nullptr, int(runs.size())));
    return out;
}

QString SiteProgress::next() const {
    if (!keks)
        return audit::tr(
            "Next: generate the KEKs (Ceremonies ▸ Generate KEKs), under a quorum of custodians.");
    if (!transportKey)
        return audit::tr("Next: enter the Transport Key from its components (Ceremonies ▸ Transport Key from "
                         "components).");
    if (handedOver == 0)
        return audit::tr(
            "Next: import the inventory with its migration key columns (File ▸ Import inventory).");
    if (notMigrated > 0)
        return audit::tr("Next: migrate the keys of %n device(s) (Ceremonies ▸ Migration unwrap).", nullptr,
                         int(qMin<qint64>(notMigrated, std::numeric_limits<int>::max())));
    for (const rekey::RekeyRunSummary& r : runs) {
        using rekey::RunState;
        if (r.state == RunState::Planned || r.state == RunState::Running || r.state == RunState::Cancelled)
            return audit::tr("Next: run re-key run %1 under a quorum (Re-key ▸ Re-key runs…, then Resume).")
                .arg(r.run);
        if (r.committed > 0)
            return audit::tr(
                       "Next: issue re-key run %1's instruction batch to the DCO (Re-key ▸ Re-key runs…, "
                       "Export batch).")
                .arg(r.run);
        if (r.distributed > 0)
            return audit::tr("Next: import the DCO's confirmations for re-key run %1 (Re-key ▸ Import DCO "
                             "confirmations…).")
                .arg(r.run);
    }
    return audit::tr(
        "Nothing is outstanding: the ceremonies are done, the keys migrated, and no re-key run has "
        "work left.");
}

} // namespace symbolon::audit
