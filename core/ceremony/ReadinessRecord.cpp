#include "ceremony/ReadinessRecord.h"

#include "hsm/Capabilities.h"
#include "hsm/Session.h"

#include <QCoreApplication>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}
} // namespace

Result<CeremonyRecord> ReadinessRecord::run(hsm::Session& keyToken, const CeremonyContext& ctx,
                                            hsm::ReadinessReport* report) {
    CeremonyRecord rec = CeremonyRecord::begin(QStringLiteral("hsm-readiness-check"), ctx);
    auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
    if (!caps)
        return caps.error();
    auto checked = hsm::ReadinessCheck::run(keyToken, *caps, ctx.profile);
    if (!checked)
        return checked.error();
    for (hsm::KeyOperation op : hsm::allKeyOperations())
        rec.paths << caps->decide(op).describe();
    for (const hsm::ReadinessRow& r : checked->rows)
        if (r.tableOp && r.kind == hsm::PathKind::ClearKeyFallback && r.calls > 0)
            rec.fallbacks
                << ceremony::tr("%1 (published test keys only)").arg(caps->decide(*r.tableOp).describe());
    rec.extra.insert(QStringLiteral("readiness"), checked->toJson());
    rec.extra.insert(QStringLiteral("ready"), checked->ready());
    rec.notes << (checked->ready()
                      ? ceremony::tr("Ready: every operation this site needs works on this token.")
                      : ceremony::tr("NOT READY: the token cannot do what this site needs (see the "
                                     "FAILED rows)."));
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    if (report)
        *report = *checked;
    return rec;
}

} // namespace symbolon::ceremony
