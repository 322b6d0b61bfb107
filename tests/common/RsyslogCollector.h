#pragma once

// A real rsyslogd with imrelp for SIEM forwarding tests (moved here from
// tests/interop/test_siem_relp.cpp so that the kill tests use the same collector).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QVector>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace symbolon::test {

// A port nobody listens on now: bind port 0 on 127.0.0.1 and read what the kernel chose.
inline quint16 freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    socklen_t len = sizeof a;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

// The inode of the socket listening on 127.0.0.1:port (/proc/net/tcp), 0 if none.
inline quint64 listenerInode(quint16 port) {
    QFile f(QStringLiteral("/proc/net/tcp"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray local =
        QByteArrayLiteral("0100007F:") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> c = line.simplified().split(' ');
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
        if (c.size() > 9 && c[1] == local && c[3] == "0A")
            return c[9].toULongLong();
    }
    return 0;
}

// Whether process pid holds the socket with that inode.
inline bool processHoldsSocket(qint64 pid, quint64 inode) {
    const QByteArray want = "socket:[" + QByteArray::number(inode) + ']';
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    char buf[64];
    for (const QString& fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        const QByteArray path = fds.filePath(fd).toLocal8Bit();
        const ssize_t n = ::readlink(path.constData(), buf, sizeof buf - 1);
        if (n > 0 && QByteArray(buf, int(n)) == want)
            return true;
    }
    return false;
}

template <typename F> bool waitFor(F condition, int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (condition())
            return true;
        QThread::msleep(2);
    }
    return condition();
}

// An rsyslogd of our own: config, pid file, work directory and output under /dev/shm; imrelp on
// 127.0.0.1; every message written raw, one per line. The main queue is Direct, so imrelp
// answers a frame only after the message is in the file.
class RsyslogCollector {
public:
    RsyslogCollector() : m_port(freePort()) {}
    ~RsyslogCollector() { stop(); }

    QString program() const {
        return QStandardPaths::findExecutable(QStringLiteral("rsyslogd"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    }
    quint16 port() const { return m_port; }
    QString outPath() const { return m_dir.filePath(QStringLiteral("out.log")); }

    // Empty when running; else why not. The port is checked to be this rsyslogd's: a port found
    // free may be taken by another test's collector before this one binds it (ctest -j runs the
    // SIEM tests side by side), and imrelp then keeps running without listening, so that the
    // test would talk to the other collector. On a first start another free port is tried; a
    // restart keeps its port (the tests restart on the same one) and says it is taken.
    QString start() {
        for (int attempt = 0;; ++attempt) {
            QString why = startOnce();
            if (why != QLatin1String("taken"))
                return why;
            if (m_started || attempt == 4)
                return QStringLiteral("port %1 on 127.0.0.1 is taken by another process").arg(m_port);
            m_port = freePort();
        }
    }

private:
    bool m_started = false;
    QString startOnce() {
        if (program().isEmpty())
            return QStringLiteral("rsyslogd is not installed (Debian package rsyslog)");
        if (!QFile::exists(QStringLiteral("/usr/lib/x86_64-linux-gnu/rsyslog/imrelp.so")) &&
            !QFile::exists(QStringLiteral("/usr/lib/rsyslog/imrelp.so")))
            return QStringLiteral("rsyslog's imrelp module is not installed (Debian package rsyslog-relp)");
        if (m_port == 0)
            return QStringLiteral("no free TCP port on 127.0.0.1");
        QDir(m_dir.path()).mkpath(QStringLiteral("work"));
        const QString conf = m_dir.filePath(QStringLiteral("rsyslog.conf"));
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write %1").arg(conf);
        f.write(QStringLiteral("global(workDirectory=\"%1\" maxMessageSize=\"64k\")\n"
                               "main_queue(queue.type=\"Direct\")\n"
                               "module(load=\"imrelp\")\n"
                               "template(name=\"raw\" type=\"string\" string=\"%rawmsg%\\n\")\n"
                               "input(type=\"imrelp\" address=\"127.0.0.1\" port=\"%2\")\n"
                               "action(type=\"omfile\" file=\"%3\" template=\"raw\")\n")
                    .arg(m_dir.filePath(QStringLiteral("work")))
                    .arg(m_port)
                    .arg(outPath())
                    .toUtf8());
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // If this test crashes, the collector goes with it.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start(program(), {QStringLiteral("-n"), QStringLiteral("-f"), conf, QStringLiteral("-i"),
                                    m_dir.filePath(QStringLiteral("rsyslogd.pid"))});
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("rsyslogd did not start: %1").arg(m_process.errorString());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            if (m_process.state() != QProcess::Running)
                return QStringLiteral("rsyslogd exited: %1")
                    .arg(QString::fromLocal8Bit(m_process.readAll()).trimmed());
            if (const quint64 inode = listenerInode(m_port)) {
                if (processHoldsSocket(m_process.processId(), inode)) {
                    m_started = true;
                    return {};
                }
                stop();
                return QStringLiteral("taken");
            }
            QThread::msleep(20);
        }
        stop();
        return QStringLiteral("rsyslogd did not listen on port %1 within 10 s").arg(m_port);
    }

public:
    void signal(int sig) {
        if (m_process.state() != QProcess::Running)
            return;
        ::kill(static_cast<pid_t>(m_process.processId()), sig);
        if (sig == SIGSTOP) // wait until every thread is stopped, or imrelp may still answer
            waitFor([this] { return allThreadsStopped(); }, 5000);
    }
    bool allThreadsStopped() const {
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(m_process.processId()));
        for (const QString& t : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile stat(tasks.filePath(t + QStringLiteral("/stat")));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const int close = line.lastIndexOf(')');
            if (close < 0 || close + 2 >= line.size() || line.at(close + 2) != 'T')
                return false;
        }
        return true;
    }
    void stop() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        signal(SIGCONT);
        m_process.terminate(); // SIGTERM
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The seq of every Symbolon message in the output, in arrival order.
    QVector<qint64> seqs() const {
        static const QRegularExpression re(QStringLiteral("\\[symbolon@32473 seq=\"(\\d+)\""));
        QVector<qint64> out;
        QFile f(outPath());
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& line : f.readAll().split('\n')) {
            auto m = re.match(QString::fromUtf8(line));
            if (m.hasMatch())
                out.push_back(m.captured(1).toLongLong());
        }
        return out;
    }
    int lineCount() const {
        QFile f(outPath());
        return f.open(QIODevice::ReadOnly) ? static_cast<int>(f.readAll().count('\n')) : 0;
    }

private:
    QTemporaryDir m_dir{QStringLiteral("/dev/shm/symbolon-rsyslog-XXXXXX")};
    quint16 m_port = 0;
    QProcess m_process;
};

// Every seq 1..head arrived; first arrivals are in increasing order; every step back (a re-send
// after an outage or a crash) is at most maxStepBack. Returns the number of duplicates.
inline int checkArrivals(const QVector<qint64>& seqs, qint64 head, int maxStepBack, QString* why) {
    QSet<qint64> seen;
    qint64 highest = 0;
    int duplicates = 0;
    for (int i = 0; i < seqs.size(); ++i) {
        const qint64 s = seqs[i];
        if (seen.contains(s)) {
            ++duplicates;
        } else {
            if (s != highest + 1) {
                *why =
                    QStringLiteral("first arrival of #%1 after #%2 (position %3)").arg(s).arg(highest).arg(i);
                return -1;
            }
            seen.insert(s);
            highest = s;
        }
        if (i > 0 && s <= seqs[i - 1] && seqs[i - 1] - s + 1 > maxStepBack) {
            *why = QStringLiteral("re-send stepped back from #%1 to #%2 (more than %3)")
                       .arg(seqs[i - 1])
                       .arg(s)
                       .arg(maxStepBack);
            return -1;
        }
    }
    if (highest != head) {
        *why = QStringLiteral("only #1..#%1 of #%2 arrived").arg(highest).arg(head);
        return -1;
    }
    return duplicates;
}

} // namespace symbolon::test
