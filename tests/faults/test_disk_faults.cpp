// Disk faults under symbolon-cli: the workspace on a full file system (a small tmpfs in a user
// and mount namespace: ENOSPC), writes beyond a file-size limit (RLIMIT_FSIZE with SIGXFSZ
// ignored: EFBIG; works without namespaces), and a read-only workspace (a read-only bind mount
// in a namespace; as root, chmod would not stop a write). Each: a clear error, the workspace
// still opens and its journal verifies, nothing half-written (the device count is unchanged and
// the import can be run again to completion).
#include "DemoCli.h"
#include "TestPaths.h"
#include "TreeCopy.h"
#include "WorkspaceProbe.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;
using test::DemoCli;

namespace {
constexpr int kDevices = 12;
constexpr int kImported = 3000;

qint64 treeSize(const QString& dir) {
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

// Every file's path and SHA-256, to show that nothing in the folder changed.
QMap<QString, QByteArray> treeHashes(const QString& dir) {
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        QFile f(p);
        if (f.open(QIODevice::ReadOnly)) {
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&f);
            out.insert(QDir(dir).relativeFilePath(p), h.result().toHex());
        }
    }
    return out;
}

QString shellQuote(const QString& s) {
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

class TestDiskFaults : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-disk-XXXXXX")};
    DemoCli m_cli;
    QString m_base, m_csv, m_migrateBase;

    QString path(const QString& name) const { return m_root.filePath(name); }

    static QString show(const DemoCli::Result& r) {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(r.code).arg(r.out, r.err);
    }

    // Runs a shell script with the demo environment (PINs in variables, never on a command line).
    DemoCli::Result shell(const QString& script) {
        QProcess p;
        p.setProcessEnvironment(m_cli.env());
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
        DemoCli::Result r;
        if (!p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished();
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.code = r.crashed ? -1 : p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList importArgs(const QString& ws) const {
        return DemoCli::opened(ws, 1) << QStringLiteral("inventory") << QStringLiteral("import") << m_csv;
    }
    static QString quoted(const QStringList& args) {
        QStringList q;
        for (const QString& a : args)
            q << shellQuote(a);
        return q.join(QLatin1Char(' '));
    }

    // After a failed write: opens, verifies, nothing half-written, and the import completes.
    void checkRecovers(const QString& ws) {
        test::WorkspaceProbe probe(ws);
        auto before = probe.query(
            {QStringLiteral("SELECT COUNT(*) FROM devices;"), QStringLiteral("SELECT COUNT(*) FROM imports;"),
             QStringLiteral("SELECT COUNT(*) FROM journal WHERE action LIKE 'inventory.import%';")});
        QVERIFY2(before, qPrintable(probe.error()));
        QCOMPARE(before->at(0), kDevices); // all or nothing: none of the 3,000 rows
        const qint64 imports = before->at(1), importEntries = before->at(2);
        auto verify = m_cli.run(DemoCli::journalVerify(ws));
        QVERIFY2(verify.code == 0, qPrintable(show(verify)));
        auto again = m_cli.run(importArgs(ws));
        QVERIFY2(again.code == 0, qPrintable(show(again)));
        auto after = probe.query(
            {QStringLiteral("SELECT COUNT(*) FROM devices;"), QStringLiteral("SELECT COUNT(*) FROM imports;"),
             QStringLiteral("SELECT COUNT(*) FROM journal WHERE action LIKE 'inventory.import%';")});
        QVERIFY2(after, qPrintable(probe.error()));
        QCOMPARE(after->at(0), kDevices + kImported);
        QCOMPARE(after->at(1), imports + 1);
        QCOMPARE(after->at(2), importEntries + 1);
        verify = m_cli.run(DemoCli::journalVerify(ws));
        QVERIFY2(verify.code == 0, qPrintable(show(verify)));
    }

    bool namespacesWork(QString* why) {
        QDir().mkpath(path(QStringLiteral("nsprobe")));
        auto r = shell(QStringLiteral("unshare -rm sh -c 'mount -t tmpfs -o size=64k tmpfs %1 && echo ok'")
                           .arg(shellQuote(path(QStringLiteral("nsprobe")))));
        if (r.code == 0 && r.out.contains(QStringLiteral("ok")))
            return true;
        *why = QStringLiteral("user and mount namespaces are not available here (unshare -rm: %1)")
                   .arg(r.err.trimmed());
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!test::cliPath().isEmpty());
        m_base = path(QStringLiteral("base"));
        m_csv = path(QStringLiteral("devices.csv"));
        auto r = m_cli.run({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                            m_base, QStringLiteral("--devices"), QString::number(kDevices)});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        m_migrateBase = path(QStringLiteral("migrate-base"));
        QVERIFY(test::copyTree(m_base, m_migrateBase));
        r = m_cli.run(DemoCli::ceremony(m_migrateBase, {QStringLiteral("generate-keks")}, {1, 2}));
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        r = m_cli.run(DemoCli::ceremony(
            m_migrateBase,
            {QStringLiteral("transport-key"), QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")},
            {1, 2}));
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        r = m_cli.run({QStringLiteral("demo"), QStringLiteral("inventory"), QStringLiteral("--out"), m_csv,
                       QStringLiteral("--devices"), QString::number(kImported), QStringLiteral("--seed"),
                       QStringLiteral("4242")});
        QVERIFY2(r.code == 0, qPrintable(show(r)));
    }

    // ENOSPC: the workspace copied onto a tmpfs a little larger than itself, the import run there,
    // and the result copied back out for the checks.
    void fullFileSystem() {
        QString why;
        if (!namespacesWork(&why))
            QSKIP(qPrintable(why));
        const QString mnt = path(QStringLiteral("mnt")), out = path(QStringLiteral("full"));
        QDir().mkpath(mnt);
        QDir(out).removeRecursively();
        const qint64 sizeKb = treeSize(m_base) / 1024 + 192;
        const QString inner = mnt + QStringLiteral("/ws");
        const QString script =
            QStringLiteral(
                "set -e; mount -t tmpfs -o size=%1k tmpfs %2; cp -a %3 %4; set +e; %5 %6 >%7/o 2>%7/e; "
                "echo $? >%7/rc; cp -a %4 %8")
                .arg(sizeKb)
                .arg(shellQuote(mnt), shellQuote(m_base), shellQuote(inner), shellQuote(test::cliPath()),
                     quoted(importArgs(inner)), shellQuote(m_root.path()), shellQuote(out));
        auto r = shell(QStringLiteral("unshare -rm sh -c %1").arg(shellQuote(script)));
        QVERIFY2(r.code == 0, qPrintable(show(r)));
        auto read = [&](const char* name) {
            QFile f(m_root.filePath(QString::fromLatin1(name)));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const int rc = read("rc").trimmed().toInt();
        const QString err = read("e");
        qInfo("full file system (%lld KiB): exit %d: %s", sizeKb, rc, qPrintable(err.trimmed()));
        QCOMPARE(rc, 1);
        QVERIFY2(err.contains(QStringLiteral("The disk is full")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("nothing was written")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("report this")), qPrintable(err));
        checkRecovers(out);
    }

    // EFBIG: no namespace needed. Writes past the limit fail; SIGXFSZ is ignored (inherited
    // through exec) so that the process sees the error instead of dying.
    void fileSizeLimit() {
        const QString ws = path(QStringLiteral("fsize"));
        QVERIFY(test::copyTree(m_base, ws));
        qint64 largest = 0;
        QDirIterator it(ws, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            largest = qMax(largest, QFileInfo(it.next()).size());
        const qint64 limit = largest + 128 * 1024;
        auto r = shell(QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 %2 %3")
                           .arg(limit)
                           .arg(shellQuote(test::cliPath()), quoted(importArgs(ws))));
        qInfo("file size limit %lld bytes: exit %d: %s", limit, r.code, qPrintable(r.err.trimmed()));
        QVERIFY2(!r.crashed, qPrintable(show(r)));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("file size limit")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("report this")), qPrintable(r.err));
        checkRecovers(ws);
    }

    // Ceremonies past a file-size limit: from a limit too small to open the workspace, doubling
    // up to one the ceremony fits in, each on a fresh copy; every failure is checked. The
    // migration commits in chunks (no device half-done, resumed exactly once); generate-keks
    // must not leave keys on the token that the journal does not know of.
    void ceremoniesPastFileSizeLimit_data() {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("done");
        QTest::newRow("migrate") << QStringList{QStringLiteral("migrate"), QStringLiteral("--chunk-size"),
                                                QStringLiteral("2")}
                                 << QStringLiteral(
                                        "SELECT COUNT(*) = %1 * 9 AND NOT EXISTS (SELECT 1 FROM key_records "
                                        "GROUP BY device HAVING COUNT(*) <> 9) FROM key_records;")
                                        .arg(kDevices);
        QTest::newRow("generate-keks") << QStringList{QStringLiteral("generate-keks")}
                                       << QStringLiteral("SELECT COUNT(*) FROM journal WHERE action = "
                                                         "'quorum.ceremony.generate-keks' AND details LIKE "
                                                         "'%\"outcome\":\"completed\"%';");
    }
    void ceremoniesPastFileSizeLimit() {
        QFETCH(QStringList, command);
        QFETCH(QString, done);
        const QString ws = path(QStringLiteral("ceremony-fsize"));
        const QString from = command.first() == QLatin1String("migrate") ? m_migrateBase : m_base;
        int failures = 0, unrecorded = 0;
        for (qint64 limit = 16 * 1024;; limit *= 2) {
            QVERIFY2(limit < 64 * 1024 * 1024, "the ceremony never fitted");
            QVERIFY(test::copyTree(from, ws));
            const QStringList args = DemoCli::ceremony(ws, command, {1, 2});
            auto r = shell(QStringLiteral("trap '' XFSZ; exec prlimit --fsize=%1 %2 %3")
                               .arg(limit)
                               .arg(shellQuote(test::cliPath()), quoted(args)));
            qInfo("%s, file size limit %lld KiB: exit %d: %s", qPrintable(command.first()), limit / 1024,
                  r.code, qPrintable(r.err.section(QStringLiteral("symbolon-cli: "), 1).trimmed()));
            QVERIFY2(!r.crashed, qPrintable(show(r)));
            if (r.code == 0)
                break;
            ++failures;
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("file size limit")), qPrintable(show(r)));
            QVERIFY2(!r.err.contains(QStringLiteral("report this")), qPrintable(r.err));
            auto verify = m_cli.run(DemoCli::journalVerify(ws));
            QVERIFY2(verify.code == 0, qPrintable(show(verify)));
            auto again = m_cli.run(args);
            if (r.err.contains(QStringLiteral("The ceremony ran on the key token, but the journal entry"))) {
                // Known gap, said plainly: the token changed, the journal could not record it.
                // Generating again is refused, not repeated.
                ++unrecorded;
                QVERIFY2(again.code == 1 && again.err.contains(QStringLiteral("already holds")),
                         qPrintable(show(again)));
                continue;
            }
            QVERIFY2(again.code == 0,
                     qPrintable(QStringLiteral("the re-run after the limit %1: ").arg(limit) + show(again)));
            test::WorkspaceProbe probe(ws);
            auto ok = probe.scalar(done);
            QVERIFY2(ok, qPrintable(probe.error()));
            QVERIFY2(*ok == 1, qPrintable(done));
            verify = m_cli.run(DemoCli::journalVerify(ws));
            QVERIFY2(verify.code == 0, qPrintable(show(verify)));
        }
        QVERIFY(failures >= 2);
        if (unrecorded)
            qInfo("%s: %d limit(s) stopped the journal entry after the token had changed (reported as such)",
                  qPrintable(command.first()), unrecorded);
    }

    // A read-only bind mount over the workspace: every command that writes says so, and not a
    // byte of the folder changes.
    void readOnlyWorkspace() {
        QString why;
        if (!namespacesWork(&why))
            QSKIP(qPrintable(why));
        const QString ws = path(QStringLiteral("ro"));
        QVERIFY(test::copyTree(m_base, ws));
        // Opened once normally, so that softhsm2.conf already names this folder.
        auto first = m_cli.run(DemoCli::journalVerify(ws));
        QVERIFY2(first.code == 0, qPrintable(show(first)));
        const auto before = treeHashes(ws);
        const QList<QStringList> commands{
            importArgs(ws),
            DemoCli::journalVerify(ws),
            DemoCli::ceremony(ws, {QStringLiteral("generate-keks")}, {1, 2}),
        };
        for (const QStringList& args : commands) {
            const QString script =
                QStringLiteral("mount --bind %1 %1 && mount -o remount,bind,ro %1 && exec %2 %3")
                    .arg(shellQuote(ws), shellQuote(test::cliPath()), quoted(args));
            auto r = shell(QStringLiteral("unshare -rm sh -c %1").arg(shellQuote(script)));
            qInfo("read-only: %s: exit %d: %s", qPrintable(args.mid(6, 2).join(QLatin1Char(' '))), r.code,
                  qPrintable(r.err.trimmed()));
            QVERIFY2(!r.crashed, qPrintable(show(r)));
            QVERIFY2(r.code == 1, qPrintable(show(r)));
            QVERIFY2(r.err.contains(QStringLiteral("read-only"), Qt::CaseInsensitive) ||
                         r.err.contains(QStringLiteral("cannot be written")),
                     qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("report this")), qPrintable(r.err));
        }
        QCOMPARE(treeHashes(ws), before);
        checkRecovers(ws);
    }
};

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "test_disk_faults.moc"
