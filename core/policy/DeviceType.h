#pragma once

#include <QString>

#include <optional>

namespace symbolon::policy {

// SMETS1 device types in scope of the CKMP (b)(iii) post-commissioning rotation.
enum class DeviceType { CHF = 0, ESME = 1, GSME = 2, GPF = 3, PPMID = 4 };

inline constexpr DeviceType kAllDeviceTypes[] = {DeviceType::CHF, DeviceType::ESME, DeviceType::GSME,
                                                 DeviceType::GPF, DeviceType::PPMID};

QString deviceTypeCode(DeviceType t);                           // "CHF", "ESME", ...
QString deviceTypeDescription(DeviceType t);                    // "Communications Hub Function", ...
std::optional<DeviceType> parseDeviceType(const QString& code); // case-insensitive code

} // namespace symbolon::policy
