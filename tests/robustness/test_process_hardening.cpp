// Process hardening (issue #7): SecureBytes::initProcessHardening() turns core dumps off
// (RLIMIT_CORE 0, not dumpable) and gives secrets an mlocked OpenSSL secure heap; SecureBytes
// lives there and wipes it. Checked in this process and on a running symbolon-cli.
#include "TestPaths.h"

#include "common/SecureBytes.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/crypto.h>

#include <cstring>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace symbolon;

namespace {
// "VmLck:     264 kB" -> 264; -1 when absent.
qint64 statusKb(const QByteArray& status, const char* field) {
    const QRegularExpression re(QStringLiteral("^%1:\\s+(\\d+) kB$").arg(QLatin1String(field)),
                                QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromLatin1(status));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}
bool readProc(const QString& proc, QByteArray& limits, QByteArray& status) {
    QFile l(proc + QStringLiteral("limits")), s(proc + QStringLiteral("status"));
    if (!l.open(QIODevice::ReadOnly) || !s.open(QIODevice::ReadOnly))
        return false;
    limits = l.readAll();
    status = s.readAll();
    return true;
}
bool memlockAllows(qint64 bytes) {
    rlimit l{};
    return getrlimit(RLIMIT_MEMLOCK, &l) == 0 && (l.rlim_cur == RLIM_INFINITY || l.rlim_cur >= rlim_t(bytes));
}
} // namespace

class TestProcessHardening : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // symbolon-cli hardens itself before it reads a PIN: while it waits for the PIN on a pipe,
    // its limits say no core file and its secure heap is locked.
    void cliWhileWaitingForAPin() {
        QVERIFY(!test::cliPath().isEmpty());
        // The child inherits our limits: raise ours first (this runs before inProcess() lowers
        // them), so that 0 in the child can only come from the child.
        rlimit mine{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &mine), 0);
        if (mine.rlim_max == 0)
            QSKIP("RLIMIT_CORE hard limit is 0 already here: the CLI's own setting cannot be told apart");
        mine.rlim_cur = mine.rlim_max;
        QCOMPARE(setrlimit(RLIMIT_CORE, &mine), 0);
        QTemporaryDir dir(QStringLiteral("/dev/shm/symbolon-hardening-XXXXXX"));
        const QString ws = dir.filePath(QStringLiteral("demo"));
        QProcess demo;
        demo.start(test::cliPath(),
                   {QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), ws,
                    QStringLiteral("--devices"), QStringLiteral("5")});
        QVERIFY(demo.waitForFinished(120000));
        QCOMPARE(demo.exitCode(), 0);
        QProcess p;
        p.start(test::cliPath(), {QStringLiteral("--workspace"), ws, QStringLiteral("--card"),
                                  QStringLiteral("ACS card 1"), QStringLiteral("--pin-fd"),
                                  QStringLiteral("0"), QStringLiteral("inventory"), QStringLiteral("stats")});
        QVERIFY(p.waitForStarted());
        const QString proc = QStringLiteral("/proc/%1/").arg(p.processId());
        QByteArray limits, status;
        // Hardening is the first thing main() does; give it a moment to get there.
        const bool lockable = memlockAllows(256 * 1024);
        QTRY_VERIFY_WITH_TIMEOUT(readProc(proc, limits, status) &&
                                     limits.contains("Max core file size        0                    0") &&
                                     (!lockable || statusKb(status, "VmLck") >= 256),
                                 10000);
        QVERIFY(p.state() == QProcess::Running); // still waiting for the PIN
        p.closeWriteChannel();                   // an empty PIN
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("Enter the card's PIN."));
    }

    void inProcess() {
        QCOMPARE(prctl(PR_GET_DUMPABLE), 1); // the default, so that the next check means something
        const bool ok = SecureBytes::initProcessHardening();
        QVERIFY(ok);
        QCOMPARE(prctl(PR_GET_DUMPABLE), 0);
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0)); // not raisable again by this process
        QCOMPARE(CRYPTO_secure_malloc_initialized(), 1);
        QVERIFY(SecureBytes::initProcessHardening()); // idempotent

        SecureBytes pin = SecureBytes::fromString("123456");
        QCOMPARE(CRYPTO_secure_allocated(pin.data()), 1);
        SecureBytes grown = pin;
        grown.append("78", 2);
        QCOMPARE(CRYPTO_secure_allocated(grown.data()), 1);
        QCOMPARE(CRYPTO_secure_allocated(grown.toHex().data()), 1);
        QCOMPARE(CRYPTO_secure_allocated(SecureBytes::random(32).data()), 1);

        QFile status(QStringLiteral("/proc/self/status"));
        QVERIFY(status.open(QIODevice::ReadOnly));
        const qint64 locked = statusKb(status.readAll(), "VmLck");
        if (!memlockAllows(256 * 1024))
            QSKIP("RLIMIT_MEMLOCK is below 256 KiB here: the secure heap cannot be locked");
        QVERIFY2(locked >= 256, qPrintable(QStringLiteral("VmLck %1 kB").arg(locked)));
    }

    // Secure-heap memory is wiped when a SecureBytes lets go of it: the freed block reads as
    // zeros (OPENSSL_secure_clear_free), including the old buffer after a resize.
    void wipedOnReleaseAndResize() {
        QVERIFY(SecureBytes::initProcessHardening());
        const std::uint8_t* oldData = nullptr;
        const QByteArray secret = "0F1E2D3C4B5A69788796A5B4C3D2E1F0";
        // The secure heap is OpenSSL's own mapping, there for the life of the process: reading a
        // freed block is defined here (it is not the C++ heap). The allocator writes its free-list
        // links into the first 16 bytes of a freed block; the rest must be zeros.
        const auto wiped = [&](const std::uint8_t* p) {
            bool zero = true;
            for (int i = 16; i < 32; ++i)
                zero = zero && p[i] == 0;
            return zero && std::memcmp(p, secret.constData(), 16) != 0;
        };
        {
            SecureBytes s(secret.constData(), 32);
            oldData = s.data();
            s.resize(64);
            QVERIFY(s.data() != oldData);
            QVERIFY(wiped(oldData));
            oldData = s.data();
        }
        QVERIFY(wiped(oldData));
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "test_process_hardening.moc"
