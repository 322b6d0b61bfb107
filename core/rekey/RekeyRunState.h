#pragma once

#include <QString>

#include <optional>

namespace symbolon::rekey {

// A re-key run's state (rekey_runs.state; DESIGN.md "Re-key engine"):
//   planned -> running -> executed     (every device committed or failed)
//   running -> cancelled -> running    (stopped between chunks; run again to resume)
//   planned | cancelled -> abandoned
enum class RunState { Planned, Running, Cancelled, Executed, Abandoned };

// One device's place in a run (rekey_devices.status):
//   pending -> committed (new keys made, instruction written) -> distributed (batch issued)
//   -> confirmed (the device reported success); pending -> failed (could not be re-keyed).
enum class DeviceStatus { Pending, Committed, Distributed, Confirmed, Failed };

QString runStateCode(RunState s); // "planned", ...: the database's and the CLI's form
std::optional<RunState> parseRunState(const QString& code);
QString deviceStatusCode(DeviceStatus s); // "pending", ...
std::optional<DeviceStatus> parseDeviceStatus(const QString& code);

// Whether running the run again does work: its pending devices are re-keyed (a planned run
// starts, a running one interrupted by a kill or a cancelled one resumes). Executed and
// abandoned runs are closed.
bool canResume(RunState s);
// Whether the run has started before (a resumption rather than a first start).
inline bool hasStarted(RunState s) {
    return s != RunState::Planned;
}

} // namespace symbolon::rekey
