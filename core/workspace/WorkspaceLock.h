#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace symbolon::workspace {

// One writing process per workspace (issue #14, item 6). An open file description lock
// (fcntl F_OFD_SETLK) on workspace.lock in the workspace folder, held for as long as the
// Workspace is open:
//   - Exclusive: the writer. Workspace::open and Workspace::create take it, because every open
//     writes (it journals "workspace.opened"). A second Exclusive or Shared acquirer, in another
//     process or in this one, is refused with ErrorCode::Busy and a sentence naming the holder.
//     Workspace::cards() takes it for a moment too, before the embedded token store is first
//     loaded in a process (the store's guard may rewrite token files), so that a second process
//     is refused before it asks for a PIN.
//   - Shared: for a reader that writes nothing (several may hold it together; a writer is refused
//     while any does). No front end opens a workspace without writing today, so nothing takes it
//     yet; the console's reader threads use Workspace::openConnection inside the writer's process
//     and need no lock of their own.
// The lock is the kernel's: it vanishes with its process (kill -9 included), so a stale file never
// blocks. The file's content (JSON: pid, host, user, program, since, mode) only tells a refused
// opener who holds it.
class WorkspaceLock {
public:
    enum class Mode { Shared, Exclusive };

    struct Holder {
        qint64 pid = 0;
        QString host, user, program, mode;
        QDateTime since; // UTC
    };

    ~WorkspaceLock(); // releases the lock (closes the descriptor); the file stays
    WorkspaceLock(const WorkspaceLock&) = delete;
    WorkspaceLock& operator=(const WorkspaceLock&) = delete;

    // Never blocks: refused at once with ErrorCode::Busy when another holder conflicts.
    [[nodiscard]] static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString& dir, Mode mode);
    static QString lockPath(const QString& dir);
    // What the lock file says (the last holder: perhaps gone). nullopt when absent or unreadable.
    static std::optional<Holder> lastHolder(const QString& dir);
    // "This workspace is in use by symbolon-cli (process 1234, user alice on host h1) since
    // 2026-12-06 16:20 UTC; close it there first. Nothing was changed."
    static QString busyMessage(const std::optional<Holder>& holder);

    Mode mode() const { return m_mode; }

private:
    WorkspaceLock(int fd, Mode mode) : m_fd(fd), m_mode(mode) {}
    int m_fd = -1;
    Mode m_mode = Mode::Exclusive;
    QString m_path; // canonical, for this process's list of the locks it holds
};

} // namespace symbolon::workspace
