#include "policy/DeviceType.h"

namespace symbolon::policy {

QString deviceTypeCode(DeviceType t) {
    switch (t) {
    case DeviceType::CHF:
        return QStringLiteral("CHF");
    case DeviceType::ESME:
        return QStringLiteral("ESME");
    case DeviceType::GSME:
        return QStringLiteral("GSME");
    case DeviceType::GPF:
        return QStringLiteral("GPF");
    case DeviceType::PPMID:
        return QStringLiteral("PPMID");
    }
    return {};
}

QString deviceTypeDescription(DeviceType t) {
    switch (t) {
    case DeviceType::CHF:
        return QStringLiteral("Communications Hub Function");
    case DeviceType::ESME:
        return QStringLiteral("Electricity Smart Meter");
    case DeviceType::GSME:
        return QStringLiteral("Gas Smart Meter");
    case DeviceType::GPF:
        return QStringLiteral("Gas Proxy Function");
    case DeviceType::PPMID:
        return QStringLiteral("Prepayment Meter Interface Device");
    }
    return {};
}

std::optional<DeviceType> parseDeviceType(const QString& code) {
    for (DeviceType t : kAllDeviceTypes)
        if (code.compare(deviceTypeCode(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

} // namespace symbolon::policy
