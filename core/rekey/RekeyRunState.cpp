#include "rekey/RekeyRunState.h"

namespace symbolon::rekey {

namespace {
constexpr RunState kRunStates[] = {RunState::Planned, RunState::Running, RunState::Cancelled,
                                   RunState::Executed, RunState::Abandoned};
constexpr DeviceStatus kDeviceStatuses[] = {DeviceStatus::Pending, DeviceStatus::Committed,
                                            DeviceStatus::Distributed, DeviceStatus::Confirmed,
                                            DeviceStatus::Failed};
} // namespace

QString runStateCode(RunState s) {
    switch (s) {
    case RunState::Planned:
        return QStringLiteral("planned");
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    case RunState::Executed:
        return QStringLiteral("executed");
    case RunState::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

std::optional<RunState> parseRunState(const QString& code) {
    for (RunState s : kRunStates)
        if (runStateCode(s) == code)
            return s;
    return std::nullopt;
}

QString deviceStatusCode(DeviceStatus s) {
    switch (s) {
    case DeviceStatus::Pending:
        return QStringLiteral("pending");
    case DeviceStatus::Committed:
        return QStringLiteral("committed");
    case DeviceStatus::Distributed:
        return QStringLiteral("distributed");
    case DeviceStatus::Confirmed:
        return QStringLiteral("confirmed");
    case DeviceStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<DeviceStatus> parseDeviceStatus(const QString& code) {
    for (DeviceStatus s : kDeviceStatuses)
        if (deviceStatusCode(s) == code)
            return s;
    return std::nullopt;
}

bool canResume(RunState s) {
    return s == RunState::Planned || s == RunState::Running || s == RunState::Cancelled;
}

} // namespace symbolon::rekey
