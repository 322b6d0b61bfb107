#include "rekey/BlastRadius.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}
QJsonObject mapJson(const QMap<QString, qint64>& m) {
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
QString mapText(const QMap<QString, qint64>& m) {
    QStringList parts;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}
} // namespace

qint64 BlastRadius::refused() const {
    qint64 n = 0;
    for (const Refusal& r : refusals)
        n += r.count;
    return n;
}

void BlastRadius::refuse(const QString& reason, const QString& deviceId) {
    for (Refusal& r : refusals)
        if (r.reason == reason) {
            ++r.count;
            if (r.sample.size() < 20)
                r.sample << deviceId;
            return;
        }
    refusals.push_back({reason, 1, {deviceId}});
}

QJsonObject BlastRadius::toJson() const {
    QJsonObject o{{QStringLiteral("devices"), devices},
                  {QStringLiteral("keys"), keys},
                  {QStringLiteral("post_commissioning"), postCommissioning},
                  {QStringLiteral("after_rotation"), afterRotation},
                  {QStringLiteral("by_cohort"), mapJson(byCohort)},
                  {QStringLiteral("by_s1sp"), mapJson(byS1sp)},
                  {QStringLiteral("by_type"), mapJson(byType)}};
    if (!refusals.isEmpty()) {
        QJsonArray a;
        for (const Refusal& r : refusals)
            a.append(QJsonObject{{QStringLiteral("reason"), r.reason},
                                 {QStringLiteral("count"), r.count},
                                 {QStringLiteral("sample"), QJsonArray::fromStringList(r.sample)}});
        o.insert(QStringLiteral("refused"), a);
    }
    return o;
}

QString BlastRadius::toText() const {
    QString t = rekey::tr("Devices: %1 (%2 post-commissioning rotation, %3 under a PMA instruction)\n")
                    .arg(devices)
                    .arg(postCommissioning)
                    .arg(afterRotation);
    t += rekey::tr("New keys: %1\n").arg(keys);
    t += rekey::tr("By cohort: %1\n").arg(byCohort.isEmpty() ? rekey::tr("none") : mapText(byCohort));
    t += rekey::tr("By S1SP: %1\n").arg(byS1sp.isEmpty() ? rekey::tr("none") : mapText(byS1sp));
    t += rekey::tr("By device type: %1\n").arg(byType.isEmpty() ? rekey::tr("none") : mapText(byType));
    for (const Refusal& r : refusals)
        t += rekey::tr("Refused, %1 device(s): %2 (e.g. %3)\n")
                 .arg(r.count)
                 .arg(r.reason, r.sample.join(QStringLiteral(", ")));
    return t;
}

} // namespace symbolon::rekey
