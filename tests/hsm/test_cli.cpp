// symbolon-cli end to end: the real binary on a real demo workspace. Exit codes and messages
// are what scripts and custodians rely on.
#include "DemoFixture.h"
#include "TestPaths.h"

#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace symbolon;

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-cli-XXXXXX")};
    QString m_ws;

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run cli(const QStringList& args, const QString& pin = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!pin.isEmpty())
            env.insert(QStringLiteral("TEST_PIN"), pin);
        p.setProcessEnvironment(env);
        QStringList all = args;
        if (!pin.isEmpty())
            all << QStringLiteral("--pin-env") << QStringLiteral("TEST_PIN");
        p.start(test::cliPath(), all);
        if (!p.waitForFinished(120000))
            qFatal("symbolon-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QStringList ws(const QStringList& rest, const QString& card = QStringLiteral("ACS card 1")) {
        return QStringList{QStringLiteral("--workspace"), m_ws, QStringLiteral("--card"), card} + rest;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!test::cliPath().isEmpty());
        m_ws = m_root.filePath(QStringLiteral("demo"));
        auto r = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), m_ws,
                      QStringLiteral("--devices"), QStringLiteral("500")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("500 devices")));
    }
    void demoCreateRefusesAnExistingWorkspace() {
        auto r = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), m_ws});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("already a workspace")));
    }
    void infoNeedsNoPin() {
        auto r = cli({QStringLiteral("--workspace"), m_ws, QStringLiteral("info")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Profile:     development")));
        QVERIFY(r.out.contains(QStringLiteral("Quorum:      2 of 3")));
        QCOMPARE(r.out.count(QStringLiteral("present ")), int(demo::demoCards().size()));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // e.g. no duplicate option definitions
    }
    void usageErrorsExitTwo() {
        QCOMPARE(cli({QStringLiteral("--workspace"), m_ws}).code, 2);
        QCOMPARE(cli({QStringLiteral("info")}).code, 2);
        auto r = cli({QStringLiteral("--workspace"), m_ws, QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command")));
        QCOMPARE(
            cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                 m_root.filePath(QStringLiteral("x")), QStringLiteral("--devices"), QStringLiteral("lots")})
                .code,
            2);
    }
    void wrongPinFailsPrecisely() {
        auto r = cli(ws({QStringLiteral("journal"), QStringLiteral("verify")}), QStringLiteral("000000"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("CKR_PIN_INCORRECT")));
        QVERIFY(!r.err.contains(QStringLiteral("000000"))); // the PIN is never echoed
        // Issue #16: what the card now reports of its tries (SoftHSM2 sets CKF_USER_PIN_COUNT_LOW
        // after a wrong PIN) is said with the failure, and before the next PIN is asked for.
        QVERIFY2(
            r.err.contains(QStringLiteral("Card \"ACS card 1\" reports wrong PINs since its last correct "
                                          "one: few tries may remain before it locks.")),
            qPrintable(r.err));
        auto again = cli(ws({QStringLiteral("journal"), QStringLiteral("verify")}), QStringLiteral("111111"));
        QCOMPARE(again.code, 0);
        QVERIFY2(again.err.contains(QStringLiteral("reports wrong PINs since its last correct one")),
                 qPrintable(again.err));
        // A correct PIN clears the flag: nothing is said the next time.
        auto third = cli(ws({QStringLiteral("journal"), QStringLiteral("verify")}), QStringLiteral("111111"));
        QCOMPARE(third.code, 0);
        QVERIFY2(!third.err.contains(QStringLiteral("reports wrong PINs")), qPrintable(third.err));
    }
    // Issue #16: SQLite would take an empty file for a new database ("no such table: meta").
    void anEmptyDatabaseIsRefusedByName() {
        const QString dir = m_root.filePath(QStringLiteral("emptied"));
        auto made = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), dir,
                         QStringLiteral("--devices"), QStringLiteral("5")});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QFile db(QDir(dir).filePath(QStringLiteral("workspace.db")));
        QVERIFY(db.exists() && db.resize(0));
        auto r = cli({QStringLiteral("--workspace"), dir, QStringLiteral("--card"),
                      QStringLiteral("ACS card 1"), QStringLiteral("journal"), QStringLiteral("verify")},
                     QStringLiteral("111111"));
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.err.contains(QStringLiteral("workspace.db is empty (0 bytes): it was truncated or replaced. "
                                          "Restore the workspace from its backup; nothing was changed.")),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("no such table")));
        QCOMPARE(QFileInfo(db.fileName()).size(), qint64(0)); // nothing was written into it
    }
    void unknownCardIsNamed() {
        auto r = cli(ws({QStringLiteral("journal"), QStringLiteral("verify")}, QStringLiteral("ACS card 9")),
                     QStringLiteral("111111"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("ACS card 9")));
    }
    void importRejectsABadFileAndListsLines() {
        const QString file = m_root.filePath(QStringLiteral("bad.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("device_id,device_type,cohort,s1sp,manufacturer,model,commissioned_at,category,system_title\n"
                "00DB1234567890ZZ,ESME,IOC,Tamar S1SP,Acme,E1,2024-01-01T00:00:00Z,,0011223344556677\n");
        f.close();
        auto r =
            cli(ws({QStringLiteral("inventory"), QStringLiteral("import"), file}), QStringLiteral("111111"));
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("line 2")));
        QVERIFY(r.err.contains(QStringLiteral("device_id")));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
    }
    void importsAndVerifies() {
        const QString file = m_root.filePath(QStringLiteral("good.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "device_id,device_type,cohort,s1sp,manufacturer,model,commissioned_at,category,system_title\n"
            "00-DB-77-00-00-00-00-01,ESME,FOC,Tamar S1SP,Acme,E1,2024-01-01T00:00:00Z,1,0011223344556677\n");
        f.close();
        const QString card2 = QStringLiteral("ACS card 2");
        auto r = cli(ws({QStringLiteral("inventory"), QStringLiteral("import"), file}, card2),
                     QStringLiteral("222222"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Imported 1 device")));
        r = cli(ws({QStringLiteral("inventory"), QStringLiteral("import"), file}, card2),
                QStringLiteral("222222"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("already imported")));
        r = cli(ws({QStringLiteral("journal"), QStringLiteral("list")}), QStringLiteral("111111"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("inventory.imported  good.csv")));
        r = cli(ws({QStringLiteral("journal"), QStringLiteral("verify")}), QStringLiteral("111111"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("verified")));
    }
    void verifyRefusesABadPublicKeyOrPack() {
        const QString notPem = m_root.filePath(QStringLiteral("not.pem"));
        QFile f(notPem);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        auto r = cli({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--evidence-pack"),
                      m_root.path(), QStringLiteral("--public-key"), notPem});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("not a PEM")));
        r = cli({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--evidence-pack"),
                 m_root.filePath(QStringLiteral("no-such-pack"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("is this an evidence pack")));
    }

    void reviewerCardOpensTheWorkspace() {
        auto r =
            cli(ws({QStringLiteral("inventory"), QStringLiteral("stats")}, QStringLiteral("PMA reviewer")),
                QStringLiteral("444444"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("overdue")));
    }
    void alteredJournalFailsVerification() {
        // Change one byte of one entry's details through the database, as an insider with the
        // key could; the chain must show it.
        {
            test::DemoFixture demo(10, 3);
            auto w = demo.open();
            auto seq = w->db().scalarInt("SELECT seq FROM journal WHERE action = 'inventory.imported';");
            QVERIFY(seq);
            QVERIFY(w->db().exec("UPDATE journal SET details = replace(details, '10', '11') WHERE action = "
                                 "'inventory.imported';"));
            QCOMPARE(w->db().changes(), 1);
            auto n = w->journal().verifyChain();
            QVERIFY(!n);
            QVERIFY(
                n.error().message.contains(QStringLiteral("entry #%1: its content was altered").arg(*seq)));
            const auto report = w->verifyJournal();
            QVERIFY(!report.ok());
            QCOMPARE(report.firstBadSeq, *seq);
            w.reset();
            auto r = cli({QStringLiteral("--workspace"), demo.dir(), QStringLiteral("--card"),
                          QStringLiteral("ACS card 1"), QStringLiteral("journal"), QStringLiteral("verify")},
                         QStringLiteral("111111"));
            QCOMPARE(r.code, 1);
            QVERIFY(r.err.contains(QStringLiteral("FAILED at entry #%1").arg(*seq)));
            QVERIFY(r.err.contains(QStringLiteral("altered")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
