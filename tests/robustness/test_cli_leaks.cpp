// Leaks (issue #7): symbolon-cli creating a demo workspace and running a KEK ceremony under a
// 2-of-3 quorum leaks nothing of ours. In the asan build both run with LeakSanitizer on; in
// other builds the ceremony runs under valgrind (definite leaks fail). Third-party leaks (SoftHSM2, libp11,
// OpenSSL and Qt globals that live until exit) are suppressed by tests/lsan.supp and tests/valgrind.supp,
// each entry with its reason; anything else fails the test with the leak report.
#include "TestPaths.h"

#include "demo/DemoWorkspace.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;

namespace {
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAsan = true;
#else
constexpr bool kAsan = false;
#endif
#else
constexpr bool kAsan = false;
#endif
constexpr int kLeakExit = 42;
} // namespace

class TestCliLeaks : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-leaks-XXXXXX")};
    QString m_valgrind;

    struct Run {
        int code = -1;
        QString err;
    };
    // underCheck false: run the CLI plainly (set-up steps whose leaks another run checks).
    Run checked(const QStringList& args, bool underCheck = true) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto& cards = demo::demoCards();
        for (int i = 0; i < cards.size(); ++i)
            env.insert(QStringLiteral("PIN%1").arg(i + 1), cards[i].pin);
        env.insert(QStringLiteral("OPEN1"), cards[0].pin);
        env.insert(QStringLiteral("OPEN5"), cards[4].pin); // the Responder card
        const QStringList tk = demo::demoTransportKeyComponents();
        env.insert(QStringLiteral("TK1"), tk[0]);
        env.insert(QStringLiteral("TK2"), tk[1]);
        QString program = test::cliPath();
        QStringList all = args;
        if (!underCheck) {
            env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        } else if (kAsan) {
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       QStringLiteral("detect_leaks=1:exitcode=%1").arg(kLeakExit));
            env.insert(QStringLiteral("LSAN_OPTIONS"),
                       QStringLiteral("suppressions=%1/tests/lsan.supp:print_suppressions=0")
                           .arg(test::sourceDir()));
        } else {
            program = m_valgrind;
            all = QStringList{QStringLiteral("--quiet"),
                              QStringLiteral("--leak-check=full"),
                              QStringLiteral("--show-leak-kinds=definite"),
                              QStringLiteral("--errors-for-leak-kinds=definite"),
                              QStringLiteral("--error-exitcode=%1").arg(kLeakExit),
                              QStringLiteral("--suppressions=%1/tests/valgrind.supp").arg(test::sourceDir()),
                              test::cliPath()} +
                  args;
        }
        p.setProcessEnvironment(env);
        p.start(program, all);
        if (!p.waitForFinished(300000))
            qFatal("symbolon-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!test::cliPath().isEmpty());
        if (!kAsan) {
            m_valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
            if (m_valgrind.isEmpty())
                QSKIP("valgrind is not installed (packaging/debian-build-deps.txt lists it)");
        }
    }
    void ceremonyLeaksNothing() {
        const QString ws = m_root.filePath(QStringLiteral("demo"));
        auto r = checked({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), ws,
                          QStringLiteral("--devices"), QStringLiteral("3")},
                         kAsan); // under valgrind this step alone takes ~50 s: it was checked once by hand
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList ceremony{QStringLiteral("--workspace"), ws,
                             QStringLiteral("--card"),      QStringLiteral("ACS card 1"),
                             QStringLiteral("--pin-env"),   QStringLiteral("OPEN1"),
                             QStringLiteral("ceremony"),    QStringLiteral("generate-keks")};
        for (int card : {1, 2})
            ceremony << QStringLiteral("--quorum-card") << demo::demoCards()[card - 1].label
                     << QStringLiteral("--quorum-pin-env") << QStringLiteral("PIN%1").arg(card);
        r = checked(ceremony);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("LeakSanitizer")) &&
                     !r.err.contains(QStringLiteral("definitely lost")),
                 qPrintable(r.err));
    }
    // The re-key run under the same check, on the workspace the ceremony above made: the
    // set-up steps run plainly, the run itself (quorum, HSM work on 2 worker sessions, chunk
    // commits, checkpoints) under valgrind or LeakSanitizer.
    void rekeyLeaksNothing() {
        const QString ws = m_root.filePath(QStringLiteral("demo"));
        auto quorum = [](QStringList args) {
            for (int card : {1, 2})
                args << QStringLiteral("--quorum-card") << demo::demoCards()[card - 1].label
                     << QStringLiteral("--quorum-pin-env") << QStringLiteral("PIN%1").arg(card);
            return args;
        };
        const QStringList custodian{QStringLiteral("--workspace"), ws,
                                    QStringLiteral("--card"),      QStringLiteral("ACS card 1"),
                                    QStringLiteral("--pin-env"),   QStringLiteral("OPEN1")};
        const QStringList responder{QStringLiteral("--workspace"), ws,
                                    QStringLiteral("--card"),      QStringLiteral("Responder card"),
                                    QStringLiteral("--pin-env"),   QStringLiteral("OPEN5")};
        for (const QStringList& step :
             {quorum(custodian + QStringList{QStringLiteral("ceremony"), QStringLiteral("transport-key"),
                                             QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")}),
              quorum(custodian + QStringList{QStringLiteral("ceremony"), QStringLiteral("migrate")}),
              responder + QStringList{QStringLiteral("rekey"), QStringLiteral("plan"),
                                      QStringLiteral("--rotation"), QStringLiteral("any"),
                                      QStringLiteral("--kinds"), QStringLiteral("all"),
                                      QStringLiteral("--pma-ground"), QStringLiteral("major-incident"),
                                      QStringLiteral("--pma-ref"), QStringLiteral("PMA-LEAKS")}}) {
            auto r = checked(step, false);
            QVERIFY2(r.code == 0, qPrintable(step.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        }
        auto r = checked(quorum(responder + QStringList{QStringLiteral("rekey"), QStringLiteral("run"),
                                                        QStringLiteral("1"), QStringLiteral("--workers"),
                                                        QStringLiteral("2")}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("LeakSanitizer")) &&
                     !r.err.contains(QStringLiteral("definitely lost")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliLeaks)
#include "test_cli_leaks.moc"
