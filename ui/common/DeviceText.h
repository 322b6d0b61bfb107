#pragma once

#include "inventory/DeviceQuery.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace symbolon::ui {

// Post-commissioning rotation (CKMP (b)(iii)) of one device, as the UI shows it.
enum class RotationState { Due, Overdue, Done };

RotationState rotationState(const inventory::DeviceRow& row, const QDateTime& now);
QString rotationStateText(RotationState s); // "Due", "Overdue", "Done": never colour alone
QColor rotationStateColor(RotationState s); // red, amber, green (on a light background)
QString rotationDeadlineText(const inventory::DeviceRow& row, const QDateTime& now); // "due in 3 days", ...
QString dashedDeviceId(const QString& canonical);                                    // "00-1B-C5-..."
QString systemTitleHex(const QByteArray& systemTitle);                               // "4D 4D 4D ..."
QString g244CategoryText(const std::optional<int>& category);
QString utcText(const QDateTime& t);  // "2026-11-24 06:00 UTC"
QString durationText(qint64 seconds); // "3 days", "5 hours", "12 minutes"
// "1 device", "1,500 devices": spelled out, so that the untranslated source never shows "(s)".
QString deviceCountText(qint64 n);
QString errorCountText(qint64 n);

} // namespace symbolon::ui
