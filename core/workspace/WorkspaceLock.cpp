#include "workspace/WorkspaceLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSysInfo>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

QString programName() {
    if (QCoreApplication::instance() && !QCoreApplication::applicationName().isEmpty())
        return QCoreApplication::applicationName();
    QFile comm(QStringLiteral("/proc/self/comm"));
    if (comm.open(QIODevice::ReadOnly))
        return QString::fromLocal8Bit(comm.readAll().trimmed());
    return QStringLiteral("?");
}

QString userName() {
    struct passwd pw {};
    struct passwd* found = nullptr;
    char buf[1024];
    if (getpwuid_r(geteuid(), &pw, buf, sizeof buf, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(geteuid());
}

// The lock files this process holds: a refusal there names this process itself.
QMutex g_heldMutex;
QSet<QString>& held() {
    static QSet<QString> s;
    return s;
}
QString canonical(const QString& path) {
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}

// Who holds the lock, for the refusal. The file names the last holder that wrote it: a holder
// that has just taken the lock may not have written yet (the file still names an earlier holder,
// perhaps this very process, or one since gone): read again for a moment before saying nothing.
std::optional<WorkspaceLock::Holder> currentHolder(const QString& dir, const QString& path) {
    bool self = false;
    {
        QMutexLocker lock(&g_heldMutex);
        self = held().contains(canonical(path));
    }
    const QString host = QSysInfo::machineHostName();
    for (int attempt = 0; attempt < 10; ++attempt) {
        auto h = WorkspaceLock::lastHolder(dir);
        const bool local = h && h->host == host;
        const bool stale =
            !h || (local && !self && h->pid == ::getpid()) ||
            (local && h->pid != ::getpid() && ::kill(static_cast<pid_t>(h->pid), 0) != 0 && errno == ESRCH);
        if (!stale)
            return h;
        QThread::msleep(20);
    }
    return std::nullopt;
}

// Takes the lock without waiting. 0, or the errno (EAGAIN/EACCES/EWOULDBLOCK when held).
int tryLock(int fd, WorkspaceLock::Mode mode) {
    struct flock fl {};
    fl.l_type = mode == WorkspaceLock::Mode::Exclusive ? F_WRLCK : F_RDLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0;
    fl.l_len = 0; // the whole file
    if (::fcntl(fd, F_OFD_SETLK, &fl) == 0)
        return 0;
    if (errno != EINVAL)
        return errno;
    // A file system without OFD locks: flock(2), which also belongs to the open file description.
    const int op = (mode == WorkspaceLock::Mode::Exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB;
    return ::flock(fd, op) == 0 ? 0 : errno;
}
} // namespace

QString WorkspaceLock::lockPath(const QString& dir) {
    return QDir(dir).filePath(QStringLiteral("workspace.lock"));
}

WorkspaceLock::~WorkspaceLock() {
    if (m_fd < 0)
        return;
    {
        QMutexLocker lock(&g_heldMutex);
        held().remove(m_path);
    }
    ::close(m_fd); // releases the OFD lock
}

std::optional<WorkspaceLock::Holder> WorkspaceLock::lastHolder(const QString& dir) {
    QFile f(lockPath(dir));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(16 * 1024));
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Holder h;
    h.pid = o.value(QStringLiteral("pid")).toInteger();
    h.host = o.value(QStringLiteral("host")).toString();
    h.user = o.value(QStringLiteral("user")).toString();
    h.program = o.value(QStringLiteral("program")).toString();
    h.mode = o.value(QStringLiteral("mode")).toString();
    h.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate).toUTC();
    if (h.pid <= 0 || h.program.isEmpty())
        return std::nullopt;
    return h;
}

QString WorkspaceLock::busyMessage(const std::optional<Holder>& holder) {
    if (!holder)
        return workspace::tr("This workspace is in use by another program, which has not yet said who it is; "
                             "close it there first. Nothing was changed.");
    return workspace::tr("This workspace is in use by %1 (process %2, user %3 on host %4) since %5 UTC; "
                         "close it there first. Nothing was changed.")
        .arg(holder->program)
        .arg(holder->pid)
        .arg(holder->user, holder->host,
             holder->since.isValid() ? holder->since.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : QStringLiteral("?"));
}

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString& dir, Mode mode) {
    // Made as the database is (0666 less the umask): whoever may write the workspace may lock it.
    const QByteArray path = QFile::encodeName(lockPath(dir));
    int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
    bool canWrite = fd >= 0;
    if (fd < 0 && mode == Mode::Shared && (errno == EACCES || errno == EROFS)) { // a read-only folder
        fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0 && errno == ENOENT) // no writer ever opened it here, and none can now: nothing to wait for
            return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(-1, mode));
    }
    if (fd < 0)
        return fail(ErrorCode::Io, workspace::tr("The workspace lock %1 cannot be opened: %2")
                                       .arg(lockPath(dir), QString::fromLocal8Bit(std::strerror(errno))));
    if (const int err = tryLock(fd, mode); err != 0) {
        ::close(fd);
        if (err == EAGAIN || err == EACCES || err == EWOULDBLOCK)
            return fail(ErrorCode::Busy, busyMessage(currentHolder(dir, lockPath(dir))));
        return fail(ErrorCode::Io, workspace::tr("The workspace lock %1 cannot be taken: %2")
                                       .arg(lockPath(dir), QString::fromLocal8Bit(std::strerror(err))));
    }
    std::unique_ptr<WorkspaceLock> lock(new WorkspaceLock(fd, mode));
    lock->m_path = canonical(lockPath(dir));
    {
        QMutexLocker guard(&g_heldMutex);
        held().insert(lock->m_path);
    }
    if (canWrite) { // who holds it, for the next opener's refusal; information only
        const QByteArray info =
            QJsonDocument(
                QJsonObject{{QStringLiteral("pid"), static_cast<qint64>(::getpid())},
                            {QStringLiteral("host"), QSysInfo::machineHostName()},
                            {QStringLiteral("user"), userName()},
                            {QStringLiteral("program"), programName()},
                            {QStringLiteral("mode"), mode == Mode::Exclusive ? QStringLiteral("exclusive")
                                                                             : QStringLiteral("shared")},
                            {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                .toJson(QJsonDocument::Compact) +
            '\n';
        // A failure here leaves the lock held and the information stale: the lock is what counts.
        if (::ftruncate(fd, 0) == 0)
            (void)!::pwrite(fd, info.constData(), static_cast<size_t>(info.size()), 0);
    }
    return lock;
}

} // namespace symbolon::workspace
