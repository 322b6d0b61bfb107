#include "ceremony/CeremonyRecord.h"

#include "hsm/ReadinessCheck.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace symbolon::ceremony {

namespace {
// A fixed context lupdate can see (ceremony::tr): see STYLE.md, translations.
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}
} // namespace

CeremonyRecord CeremonyRecord::begin(const QString& ceremony, const CeremonyContext& ctx) {
    CeremonyRecord r;
    r.ceremony = ceremony;
    r.actor = ctx.actor;
    r.role = ctx.role;
    r.approvals = ctx.approvals;
    r.profile = policy::policyProfileCode(ctx.profile);
    r.startedAt = QDateTime::currentDateTimeUtc();
    return r;
}

QString CeremonyRecord::kcvOf(const QString& what) const {
    for (const auto& [name, kcv] : kcvs)
        if (name == what)
            return kcv;
    return {};
}

QJsonObject CeremonyRecord::toJson() const {
    QJsonArray k;
    for (const auto& [name, kcv] : kcvs)
        k.append(QJsonObject{{QStringLiteral("key"), name}, {QStringLiteral("kcv"), kcv}});
    QJsonObject o = extra;
    o.insert(QStringLiteral("ceremony"), ceremony);
    o.insert(QStringLiteral("actor"), actor);
    o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("approvals"), QJsonArray::fromStringList(approvals));
    o.insert(QStringLiteral("profile"), profile);
    o.insert(QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("finished_at"), finishedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("kcvs"), k);
    o.insert(QStringLiteral("paths"), QJsonArray::fromStringList(paths));
    o.insert(QStringLiteral("fallback"), QJsonArray::fromStringList(fallbacks));
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    if (cancelled)
        o.insert(QStringLiteral("cancelled"), true);
    return o;
}

QString CeremonyRecord::toText() const {
    QString t;
    t += ceremony::tr("Ceremony: %1 (%2 profile)\n").arg(ceremony, profile);
    t += ceremony::tr("Run by: %1 (%2)\n").arg(actor, role);
    for (const QString& a : approvals)
        t += ceremony::tr("Approved by: %1\n").arg(a);
    t += ceremony::tr("Started: %1  Finished: %2\n")
             .arg(startedAt.toString(Qt::ISODateWithMs), finishedAt.toString(Qt::ISODateWithMs));
    for (const auto& [name, kcv] : kcvs)
        t += QStringLiteral("  %1: %2\n").arg(name, kcv);
    for (const QString& p : paths)
        t += ceremony::tr("Path: %1\n").arg(p);
    for (const QString& f : fallbacks)
        t += ceremony::tr("FALLBACK (not for live keys): %1\n").arg(f);
    // A readiness check's table (ReadinessRecord), one operation a line.
    for (const QJsonValue& v : extra.value(QStringLiteral("readiness")).toArray()) {
        const QJsonObject row = v.toObject();
        t += ceremony::tr("Check: %1 — %2, %3: %4 (%5)\n")
                 .arg(row.value(QStringLiteral("operation")).toString(),
                      hsm::readinessPathWord(row.value(QStringLiteral("path")).toString()),
                      row.value(QStringLiteral("mechanism")).toString(),
                      hsm::readinessOutcomeWord(row.value(QStringLiteral("outcome")).toString()),
                      hsm::readinessTimeText(row));
        if (row.value(QStringLiteral("outcome")).toString() != QLatin1String("passed"))
            t += QStringLiteral("    %1\n").arg(row.value(QStringLiteral("result")).toString());
    }
    for (const QString& n : notes)
        t += ceremony::tr("Note: %1\n").arg(n);
    if (cancelled)
        t += ceremony::tr("Cancelled before completion; everything reported above was committed.\n");
    return t;
}

} // namespace symbolon::ceremony
