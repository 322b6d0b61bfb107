#include "rekey/RekeyRequest.h"

#include "policy/Cohort.h"
#include "policy/DeviceId.h"
#include "policy/DeviceType.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace symbolon::rekey {

namespace {
QString rotationCode(inventory::RotationFilter r) {
    switch (r) {
    case inventory::RotationFilter::Any:
        return QStringLiteral("any");
    case inventory::RotationFilter::Due:
        return QStringLiteral("due");
    case inventory::RotationFilter::Overdue:
        return QStringLiteral("overdue");
    case inventory::RotationFilter::DueOrOverdue:
        return QStringLiteral("due-or-overdue");
    case inventory::RotationFilter::Done:
        return QStringLiteral("done");
    }
    return {};
}
} // namespace

QJsonObject RekeyRequest::selectionJson() const {
    QJsonObject o;
    if (!filter.text.isEmpty())
        o.insert(QStringLiteral("text"), filter.text);
    if (filter.type)
        o.insert(QStringLiteral("device_type"), policy::deviceTypeCode(*filter.type));
    if (filter.cohort)
        o.insert(QStringLiteral("cohort"), policy::cohortCode(*filter.cohort));
    if (!filter.s1sp.isEmpty())
        o.insert(QStringLiteral("s1sp"), filter.s1sp);
    o.insert(QStringLiteral("rotation"), rotationCode(filter.rotation));
    if (!deviceIds.isEmpty()) {
        o.insert(QStringLiteral("device_list"),
                 listSource.isEmpty() ? QStringLiteral("(given)") : listSource);
        o.insert(QStringLiteral("device_list_count"), deviceIds.size());
    }
    o.insert(QStringLiteral("kinds"), kinds.code());
    return o;
}

QJsonObject RekeyRequest::justificationJson() const {
    QJsonObject o;
    if (instruction) {
        o.insert(QStringLiteral("pma_ground"), policy::pmaGroundCode(instruction->ground));
        o.insert(QStringLiteral("pma_reference"), instruction->reference);
    } else {
        o.insert(QStringLiteral("pma_ground"), QStringLiteral("none (post-commissioning rotation)"));
    }
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

Result<QStringList> parseDeviceList(const QByteArray& content) {
    QStringList out;
    QHash<QString, int> seen;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        QByteArray line = lines[i];
        if (i == 0 && line.startsWith("\xEF\xBB\xBF"))
            line = line.mid(3);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        auto id = policy::DeviceId::parse(QByteArrayView(line));
        if (!id)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("symbolon::rekey", "Device list, line %1: %2")
                            .arg(lineNo)
                            .arg(id.error().message));
        const QString canonical = id->toString();
        if (auto it = seen.constFind(canonical); it != seen.constEnd())
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("symbolon::rekey",
                                                    "Device list, line %1: device %2 is already on line %3; "
                                                    "list each device once.")
                            .arg(lineNo)
                            .arg(canonical)
                            .arg(*it));
        seen.insert(canonical, lineNo);
        out << canonical;
    }
    if (out.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::rekey",
                                                "The device list names no device: expected one device id "
                                                "per line (blank lines and # comments are ignored)."));
    return out;
}

} // namespace symbolon::rekey
