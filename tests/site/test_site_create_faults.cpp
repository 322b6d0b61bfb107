// `site create` under PKCS#11 faults (issue #18): every function the creation calls fails in
// turn (its first, middle and last call, through tests/faultp11), once in the key token's and
// journal token's module (NSS softoken behind the fault module) and once in the cards' (SoftHSM2
// behind it). Each failure exits non-zero with a sentence, and leaves nothing behind: no folder,
// the key token's administrator PIN still works, the journal token holds no key, and no card
// holds a share or a key pair of this run, so that a clean run on the same tokens then succeeds.
// Or the creation lives with the fault (a checkpoint it signs later, and says so): then the
// site is made and opens.
#include "DemoCli.h"
#include "FaultInjection.h"
#include "NssTokens.h"
#include "SiteWalkthrough.h"
#include "TestPaths.h"
#include "TokenStore.h"

#include "demo/DemoWorkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace symbolon;
using test::DemoCli;
using test::FaultInjection;
using test::kHsmPin;
using test::kJournalPin;
using test::kNssPassword;

namespace {

// certutil (libnss3-tools) on one NSS database: what a third party sees.
QString certutilKeys(const QString& db, const QString& passwordFile) {
    QProcess p;
    p.start(QStringLiteral("certutil"), {QStringLiteral("-K"), QStringLiteral("-d"),
                                         QStringLiteral("sql:") + db, QStringLiteral("-f"), passwordFile});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}
} // namespace

class TestSiteCreateFaults : public QObject {
    Q_OBJECT
    // One set of tokens to count the calls on (consumed by a successful run), one to fail.
    std::unique_ptr<test::TokenStore> m_countCards = std::make_unique<test::TokenStore>();
    std::unique_ptr<test::TokenStore> m_cardStore = std::make_unique<test::TokenStore>();
    std::unique_ptr<test::NssTokens> m_countNss, m_nss;
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-site-faults-XXXXXX")};
    QString m_password;

    QStringList createArgs(const QString& ws, const test::NssTokens& nss, bool faultyTokens) const {
        const QString keyModule = faultyTokens ? FaultInjection::modulePath() : test::NssTokens::library();
        QStringList a{QStringLiteral("--workspace"),
                      ws,
                      QStringLiteral("site"),
                      QStringLiteral("create"),
                      QStringLiteral("--name"),
                      QStringLiteral("Faulty site"),
                      QStringLiteral("--card-module"),
                      faultyTokens ? QStringLiteral("softhsm2") : FaultInjection::modulePath(),
                      QStringLiteral("--key-token-module"),
                      keyModule,
                      QStringLiteral("--key-token-init-args"),
                      nss.initArgs(),
                      QStringLiteral("--key-token-uri"),
                      nss.keyUri(),
                      QStringLiteral("--key-token-pin-env"),
                      QStringLiteral("HSMPIN"),
                      QStringLiteral("--journal-token-module"),
                      keyModule,
                      QStringLiteral("--journal-token-init-args"),
                      nss.initArgs(),
                      QStringLiteral("--journal-token-uri"),
                      nss.journalUri(),
                      QStringLiteral("--journal-token-pin-env"),
                      QStringLiteral("JOURNALPIN")};
        return a << test::demoCardOptions();
    }
    DemoCli::Result run(const QStringList& args, const test::TokenStore& cards, bool faultyTokens,
                        const QString& plan, const QString& countFile = {}) const {
        DemoCli cli;
        cli.env().insert(QStringLiteral("SOFTHSM2_CONF"), cards.confPath());
        cli.env().insert(QStringLiteral("HSMPIN"), kNssPassword);
        cli.env().insert(QStringLiteral("JOURNALPIN"), kNssPassword);
        if (faultyTokens)
            cli.env().insert(QStringLiteral("SYMBOLON_FAULT_REAL_MODULE"), test::NssTokens::library());
        FaultInjection::arm(cli.env(), plan);
        FaultInjection::countInto(cli.env(), countFile);
        return cli.run(args, 120000);
    }
    // The cards that hold a share or a card key pair, seen by pkcs11-tool with each card's PIN.
    static QStringList cardsWithShares(const test::TokenStore& store) {
        QStringList out;
        for (const demo::DemoCard& c : demo::demoCards()) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SOFTHSM2_CONF"), store.confPath());
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("pkcs11-tool"),
                    {QStringLiteral("--module"), test::softhsmModule(), QStringLiteral("--token-label"),
                     c.label, QStringLiteral("--login"), QStringLiteral("--pin"), c.pin,
                     QStringLiteral("--list-objects")});
            p.waitForFinished(30000);
            const QString objects = QString::fromUtf8(p.readAllStandardOutput());
            if (objects.contains(QStringLiteral("symbolon-share")) ||
                objects.contains(QStringLiteral("Symbolon card key")))
                out << c.label;
        }
        return out;
    }
    // Nothing left behind by a failed creation.
    QString leftBehind(const QString& ws) const {
        QStringList problems;
        if (QFileInfo::exists(ws))
            problems << QStringLiteral("the folder is there");
        if (certutilKeys(m_nss->keyDb(), m_password).contains(QStringLiteral("SEC_ERROR_BAD_PASSWORD")))
            problems << QStringLiteral("the key token's administrator PIN no longer works");
        if (!certutilKeys(m_nss->journalDb(), m_password).contains(QStringLiteral("no keys found")))
            problems << QStringLiteral("the journal token holds a key");
        if (const QStringList c = cardsWithShares(*m_cardStore); !c.isEmpty())
            problems << QStringLiteral("cards hold shares or key pairs: ") + c.join(QStringLiteral(", "));
        return problems.join(QStringLiteral("; "));
    }
    void sweep(bool faultyTokens) {
        const QString countFile =
            m_root.filePath(faultyTokens ? QStringLiteral("count-tokens") : QStringLiteral("count-cards"));
        const QString counted = m_root.filePath(faultyTokens ? QStringLiteral("counted-tokens")
                                                             : QStringLiteral("counted-cards"));
        auto r =
            run(createArgs(counted, *m_countNss, faultyTokens), *m_countCards, faultyTokens, {}, countFile);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        const auto counts = FaultInjection::readCounts(countFile);
        QVERIFY(!counts.isEmpty());
        // Calls whose failure is ignored by design (closing, logging out, reading info that is
        // only shown) would let the run succeed and consume the tokens.
        const QStringList ignored{QStringLiteral("C_Logout"), QStringLiteral("C_CloseSession"),
                                  QStringLiteral("C_CloseAllSessions"), QStringLiteral("C_Finalize"),
                                  QStringLiteral("C_GetInfo")};
        int failed = 0, made = 0;
        for (const auto& site : FaultInjection::sample(counts, ignored)) {
            const QString ws = m_root.filePath(QStringLiteral("faulty"));
            r = run(createArgs(ws, *m_nss, faultyTokens), *m_cardStore, faultyTokens,
                    QStringLiteral("%1:%2:CKR_DEVICE_ERROR").arg(site.function).arg(site.n));
            if (r.code == 0) {
                // A fault the creation can live with (a checkpoint not signed yet once the site
                // was made, which it then says; a call after everything was committed): the site
                // is made and opens. Those tokens are used up: fresh ones for the next fault.
                ++made;
                qInfo("%s: the site was made%s", qPrintable(site.toString()),
                      r.out.contains(QStringLiteral("Note: ")) ? ", and says what is left to do" : "");
                DemoCli cli;
                cli.env().insert(QStringLiteral("SOFTHSM2_CONF"), m_cardStore->confPath());
                cli.env().insert(QStringLiteral("SYMBOLON_DEVELOPMENT_MODULES"), QStringLiteral("1"));
                if (faultyTokens)
                    cli.env().insert(QStringLiteral("SYMBOLON_FAULT_REAL_MODULE"),
                                     test::NssTokens::library());
                const auto shown =
                    cli.run(DemoCli::opened(ws, 1) << QStringLiteral("site") << QStringLiteral("show"));
                QVERIFY2(shown.code == 0, qPrintable(site.toString() + QStringLiteral(": ") + shown.all()));
                QVERIFY(QDir(ws).removeRecursively());
                QVERIFY(freshTokens());
                continue;
            }
            QVERIFY2(!r.crashed, qPrintable(site.toString()));
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(site.toString()));
            const QString left = leftBehind(ws);
            QVERIFY2(left.isEmpty(), qPrintable(site.toString() + QStringLiteral(": ") + left +
                                                QStringLiteral("\nsymbolon-cli said: ") + r.all()));
            ++failed;
        }
        QVERIFY(failed > 10);
        qInfo("%d call sites failed in turn: %d creations failed and left nothing behind, %d made a usable "
              "site",
              failed + made, failed, made);
    }

    // A new set of tokens to fail (the old one was used up by a site that was made).
    bool freshTokens() {
        m_nss = std::make_unique<test::NssTokens>(QStringLiteral("Site key token"),
                                                  QStringLiteral("Site journal token"), kNssPassword);
        m_cardStore = std::make_unique<test::TokenStore>();
        bool ok = m_nss->isValid();
        for (const demo::DemoCard& c : demo::demoCards())
            ok = ok && m_cardStore->initTokenWithTool(c.label, c.pin, QStringLiteral("so-") + c.pin);
        return ok;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!test::NssTokens::available())
            QSKIP("NSS softoken (libsoftokn3, package libnss3) is not installed");
        QVERIFY(m_root.isValid());
        m_countNss = std::make_unique<test::NssTokens>(QStringLiteral("Site key token"),
                                                       QStringLiteral("Site journal token"), kNssPassword);
        QVERIFY(m_countNss->isValid() && freshTokens());
        m_password = m_root.filePath(QStringLiteral("password"));
        QFile pw(m_password);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(kNssPassword.toUtf8() + '\n');
        pw.close();
        for (const demo::DemoCard& c : demo::demoCards()) {
            QVERIFY(m_countCards->initTokenWithTool(c.label, c.pin, QStringLiteral("so-") + c.pin));
        }
        QCOMPARE(leftBehind(m_root.filePath(QStringLiteral("faulty"))), QString());
    }

    void faultsInTheKeyTokensModule() { sweep(true); }

    void faultsInTheCardsModule() {
        // The count run of the first sweep consumed m_countCards: new ones for this one.
        m_countCards = std::make_unique<test::TokenStore>();
        m_countNss = std::make_unique<test::NssTokens>(QStringLiteral("Site key token"),
                                                       QStringLiteral("Site journal token"), kNssPassword);
        for (const demo::DemoCard& c : demo::demoCards())
            QVERIFY(m_countCards->initTokenWithTool(c.label, c.pin, QStringLiteral("so-") + c.pin));
        sweep(false);
    }

    // After every fault, the same tokens still make a site.
    void aCleanRunThenSucceeds() {
        const auto r =
            run(createArgs(m_root.filePath(QStringLiteral("clean")), *m_nss, false), *m_cardStore, false, {});
        QVERIFY2(r.code == 0, qPrintable(r.all()));
    }
};

QTEST_GUILESS_MAIN(TestSiteCreateFaults)
#include "test_site_create_faults.moc"
