// `symbolon-cli site create` on tokens that exist already (issue #18), as a site's security
// architect would try it: the key token and the journal token on NSS softoken (a second,
// independent PKCS#11 implementation, its databases made by certutil), the cards on SoftHSM2 in
// a store of their own: two modules in one process. Then the README walkthrough end to end. The
// same with everything on SoftHSM2, the key token's SO PIN taken over too. Every refusal names
// the field or the card, and leaves the tokens and the folder as they were.
#include "DemoCli.h"
#include "NssTokens.h"
#include "SiteWalkthrough.h"
#include "TestPaths.h"
#include "TokenLogin.h"
#include "TokenStore.h"

#include "common/SecureBytes.h"
#include "demo/DemoWorkspace.h"
#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Pkcs11Uri.h"
#include "hsm/Session.h"
#include "quorum/CardShare.h"
#include "quorum/KeyTokenReshare.h"
#include "quorum/KeyTokenShares.h"
#include "quorum/QuorumRequest.h"
#include "quorum/QuorumSession.h"
#include "quorum/Shamir.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/SiteRegisterChange.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace symbolon;
using test::DemoCli;
using test::kHsmPin;
using test::kJournalPin;
using test::kNssPassword;

namespace {
const QString kHsmSoPin = QStringLiteral("hsm-so-0815");

} // namespace

class TestSiteCreate : public QObject {
    Q_OBJECT
    // Two SoftHSM2 stores: the cards, key token and journal token of the all-SoftHSM2 site, and
    // the cards of the NSS site (made last: this process's SOFTHSM2_CONF, for the turnover test
    // that opens the NSS site here). The CLI is given the store of the site it works on.
    test::TokenStore m_hsm;
    test::TokenStore m_cards;
    std::unique_ptr<test::NssTokens> m_nss;
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-site-XXXXXX")};
    DemoCli m_cli;
    QString m_inventory;

    // site create with the demo's five cards (PINs PIN1..PIN5) and the given tokens.
    QStringList createArgs(const QString& ws, bool onNss) const {
        QStringList a{QStringLiteral("--workspace"),   ws,
                      QStringLiteral("site"),          QStringLiteral("create"),
                      QStringLiteral("--name"),        QStringLiteral("North DCO site"),
                      QStringLiteral("--k"),           QStringLiteral("2"),
                      QStringLiteral("--card-module"), QStringLiteral("softhsm2")};
        if (onNss)
            a << QStringLiteral("--key-token-module") << test::NssTokens::library()
              << QStringLiteral("--key-token-init-args") << m_nss->initArgs()
              << QStringLiteral("--key-token-uri") << m_nss->keyUri() << QStringLiteral("--key-token-pin-env")
              << QStringLiteral("HSMPIN") << QStringLiteral("--journal-token-module")
              << test::NssTokens::library() << QStringLiteral("--journal-token-init-args")
              << m_nss->initArgs() << QStringLiteral("--journal-token-uri") << m_nss->journalUri()
              << QStringLiteral("--journal-token-pin-env") << QStringLiteral("JOURNALPIN");
        else
            a << QStringLiteral("--key-token-uri") << test::tokenUri(QStringLiteral("Site HSM"))
              << QStringLiteral("--key-token-pin-env") << QStringLiteral("HSMPIN")
              << QStringLiteral("--key-token-so-pin-env") << QStringLiteral("HSMSOPIN")
              << QStringLiteral("--journal-token-uri") << test::tokenUri(QStringLiteral("Site journal"))
              << QStringLiteral("--journal-token-pin-env") << QStringLiteral("JOURNALPIN");
        return a << test::demoCardOptions();
    }
    DemoCli::Result run(const QStringList& args, bool onNss) const {
        DemoCli cli = m_cli;
        cli.env().insert(QStringLiteral("SOFTHSM2_CONF"), onNss ? m_cards.confPath() : m_hsm.confPath());
        cli.env().insert(QStringLiteral("HSMPIN"), onNss ? kNssPassword : kHsmPin);
        cli.env().insert(QStringLiteral("HSMSOPIN"), kHsmSoPin);
        cli.env().insert(QStringLiteral("BADPIN"), QStringLiteral("wrong-pin-1234"));
        cli.env().insert(QStringLiteral("JOURNALPIN"), onNss ? kNssPassword : kJournalPin);
        return cli.run(args, 300000);
    }
    // The option's value replaced, or the option added when the arguments do not have it.
    static QStringList replaced(QStringList a, const QString& option, const QString& value) {
        const qsizetype i = a.indexOf(option);
        if (i >= 0)
            a[i + 1] = value;
        else
            a << option << value;
        return a;
    }
    bool nssAdminPinWorks() const {
        return test::tokenLogsIn(test::NssTokens::library(), m_nss->initArgs(), m_nss->keyUri(),
                                 kNssPassword);
    }

    // The README walkthrough (tests/common/SiteWalkthrough.h) with this site's tokens.
    void walkthrough(const QString& ws, bool onNss) {
        const auto w =
            test::siteWalkthrough(ws, m_inventory, 24, [&](const QStringList& a) { return run(a, onNss); });
        QVERIFY2(w.failure.isEmpty(), qPrintable(w.failure));
        if (onNss) // the ceremonies ran on the NSS token
            QVERIFY2(w.output.contains(QStringLiteral("key_token: Site key token")), qPrintable(w.output));
    }

private Q_SLOTS:
    void initTestCase() {
        if (!test::NssTokens::available())
            QSKIP("NSS softoken (libsoftokn3, package libnss3) is not installed");
        QVERIFY(m_cards.isValid() && m_hsm.isValid() && m_root.isValid());
        m_nss = std::make_unique<test::NssTokens>(QStringLiteral("Site key token"),
                                                  QStringLiteral("Site journal token"), kNssPassword);
        QVERIFY2(m_nss->isValid(), qPrintable(m_nss->error()));
        for (const demo::DemoCard& c : demo::demoCards()) {
            QVERIFY(m_cards.initTokenWithTool(c.label, c.pin, QStringLiteral("so-") + c.pin));
            QVERIFY(m_hsm.initTokenWithTool(c.label, c.pin, QStringLiteral("so-") + c.pin));
        }
        QVERIFY(m_hsm.initTokenWithTool(QStringLiteral("Site HSM"), kHsmPin, kHsmSoPin));
        QVERIFY(m_hsm.initTokenWithTool(QStringLiteral("Site journal"), kJournalPin,
                                        QStringLiteral("so-journal")));
        m_cli.env().insert(QStringLiteral("SYMBOLON_DEVELOPMENT_MODULES"), QStringLiteral("1"));
        m_inventory = m_root.filePath(QStringLiteral("devices.csv"));
        QVERIFY(demo::writeDemoInventory(m_inventory, 24, 7, QDateTime::currentDateTimeUtc()));
    }

    // Each refusal: a non-zero exit, a message naming what is wrong, no folder, and the key
    // token's administrator PIN unchanged.
    void refusals_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong key token PIN")
            << QStringLiteral("--key-token-pin-env") << QStringLiteral("BADPIN")
            << QStringLiteral("The key token \"Site key token\"");
        QTest::newRow("wrong journal token PIN")
            << QStringLiteral("--journal-token-pin-env") << QStringLiteral("BADPIN")
            << QStringLiteral("The journal token \"Site journal token\"");
        QTest::newRow("wrong card PIN") << QStringLiteral("--card-pin-env") << QStringLiteral("BADPIN")
                                        << QStringLiteral("The card of Alice Hughes");
        QTest::newRow("the same card twice")
            << QStringLiteral("--card-uri") << test::tokenUri(demo::demoCards()[1].label)
            << QStringLiteral("listed twice");
        QTest::newRow("k above n") << QStringLiteral("--k") << QStringLiteral("4")
                                   << QStringLiteral("k: k = 4 needs at least k custodian cards");
        QTest::newRow("journal token is the key token")
            << QStringLiteral("--journal-token-uri") << QString() << QStringLiteral("are the same token");
        QTest::newRow("a module that does not load")
            << QStringLiteral("--key-token-module") << QStringLiteral("/nonexistent/libvendor-pkcs11.so")
            << QStringLiteral("The key token's module");
        QTest::newRow("a URI that selects nothing")
            << QStringLiteral("--key-token-uri") << QStringLiteral("pkcs11:token=No%20such%20HSM")
            << QStringLiteral("The key token URI pkcs11:token=No%20such%20HSM");
        QTest::newRow("a bad role") << QStringLiteral("--card-role") << QStringLiteral("admin")
                                    << QStringLiteral("card 1: role \"admin\"");
        QTest::newRow("production without a FIPS declaration")
            << QStringLiteral("--name") << QStringLiteral("@production")
            << QStringLiteral("fips_declaration.manufacturer");
        QTest::newRow("production with k = 1") << QStringLiteral("--k") << QStringLiteral("@production-k1")
                                               << QStringLiteral("k: Refused under the production profile");
        // NSS softoken has no SO login once its database has a password.
        QTest::newRow("an SO PIN for a token that has none")
            << QStringLiteral("--key-token-so-pin-env") << QStringLiteral("HSMSOPIN")
            << QStringLiteral("The key token \"Site key token\" (SO PIN)");
        QTest::newRow("module parameters without the module")
            << QStringLiteral("--journal-token-module") << QString()
            << QStringLiteral("journal token module: its parameters are given, but not the module");
        QTest::newRow("an entry point Symbolon does not call")
            << QStringLiteral("--key-token-function-list") << QStringLiteral("C_GetInterface")
            << QStringLiteral(
                   "key token module: entry point \"C_GetInterface\" is not one of FC_GetFunctionList");
        QTest::newRow("an entry point without the module")
            << QStringLiteral("--journal-token-function-list") << QStringLiteral("@without-module")
            << QStringLiteral("journal token module: its entry point is given, but not the module");
        QTest::newRow("one library with two parameter strings")
            << QStringLiteral("--journal-token-init-args")
            << QStringLiteral("configdir='sql:/dev/shm/elsewhere'")
            << QStringLiteral("is already initialised in this process with other initialisation parameters");
    }
    void refusals() {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const QString ws = m_root.filePath(QStringLiteral("refused"));
        QStringList args = createArgs(ws, true);
        if (option == QLatin1String("--journal-token-uri") && value.isEmpty())
            args = replaced(args, option, m_nss->keyUri());
        else if (value == QLatin1String("@production"))
            args << QStringLiteral("--profile") << QStringLiteral("production");
        else if (value == QLatin1String("@production-k1"))
            args = replaced(args, option, QStringLiteral("1"))
                   << QStringLiteral("--profile") << QStringLiteral("production")
                   << QStringLiteral("--fips-manufacturer") << QStringLiteral("Mozilla Foundation")
                   << QStringLiteral("--fips-model") << QStringLiteral("NSS 3")
                   << QStringLiteral("--fips-serial") << QStringLiteral("0000000000000000")
                   << QStringLiteral("--fips-certificate") << QStringLiteral("test-only");
        else if (value == QLatin1String("@without-module"))
            args = replaced(replaced(replaced(args, QStringLiteral("--journal-token-module"), QString()),
                                     QStringLiteral("--journal-token-init-args"), QString()),
                            option, QStringLiteral("FC_GetFunctionList"));
        else
            args = replaced(args, option, value);
        const auto r = run(args, true);
        QVERIFY2(r.code != 0 && !r.crashed, qPrintable(r.all()));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(ws), "a refused site create left its folder");
        QVERIFY(nssAdminPinWorks());
    }

    void aNonEmptyFolderIsRefused() {
        const QString ws = m_root.filePath(QStringLiteral("occupied"));
        QVERIFY(QDir().mkpath(ws));
        QFile f(QDir(ws).filePath(QStringLiteral("notes.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const auto r = run(createArgs(ws, true), true);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("is not empty")), qPrintable(r.all()));
        QVERIFY(QFile::exists(f.fileName()));
        QVERIFY(nssAdminPinWorks());
    }

    // The key token and the journal token on NSS softoken, the cards on SoftHSM2.
    void onNssSoftokenTheWalkthroughRuns() {
        const QString ws = m_root.filePath(QStringLiteral("nss"));
        auto r = run(createArgs(ws, true), true);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("quorum 2 of 3")), qPrintable(r.out));
        // The administrator's PIN no longer logs the key token in; nobody was shown the new one.
        QVERIFY(!nssAdminPinWorks());
        QVERIFY(!r.all().contains(kNssPassword));
        // The register records the key token's module, its parameters and its URI.
        QFile f(QDir(ws).filePath(QStringLiteral("workspace.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject key = QJsonDocument::fromJson(f.readAll())
                                    .object()
                                    .value(QStringLiteral("key_token_module"))
                                    .toObject();
        QCOMPARE(key.value(QStringLiteral("init_args")).toString(), m_nss->initArgs());
        // The token as selected, by its full URI (not only the label typed).
        const QString recorded = key.value(QStringLiteral("token_uri")).toString();
        QVERIFY2(recorded.contains(QStringLiteral("token=Site%20key%20token")) &&
                     recorded.contains(QStringLiteral("serial=0000000000000000")) &&
                     recorded.contains(QStringLiteral("manufacturer=Mozilla%20Foundation")),
                 qPrintable(recorded));
        QCOMPARE(key.value(QStringLiteral("sha256")).toString().size(), 64);
        r = run(DemoCli::opened(ws, 4) << QStringLiteral("site") << QStringLiteral("show"), true);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("libsoftokn3")), qPrintable(r.out));
        walkthrough(ws, true);
        // A second site on the same tokens is refused: the cards already hold shares, the
        // journal token a key.
        r = run(createArgs(m_root.filePath(QStringLiteral("again")), true), true);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("already holds")), qPrintable(r.all()));
        QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral("again"))));
    }

    // Turnover on the NSS site: a custodian leaves; their old share with another's no longer logs
    // the key token in (only the user PIN is Symbolon's there: NSS softoken has no SO PIN); the
    // remaining cards can. workspace.json pointing the key token at another module is a mirror
    // the register overrides, and says so.
    void onNssSoftokenALeaversShareStopsWorking() {
        const QString ws = m_root.filePath(QStringLiteral("nss"));
        QVERIFY(QFileInfo::exists(ws));
        QFile f(QDir(ws).filePath(QStringLiteral("workspace.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonObject key = config.value(QStringLiteral("key_token_module")).toObject();
        key.insert(QStringLiteral("module"), QStringLiteral("/dev/shm/evil/libforwarding-pkcs11.so"));
        config.insert(QStringLiteral("key_token_module"), key);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(config).toJson());
        f.close();

        workspace::MachineSettings machine;
        machine.developmentModules = true;
        auto cards = workspace::Workspace::cards(ws, machine);
        QVERIFY2(cards, cards ? "" : qPrintable(cards.error().message));
        QHash<int, QString> serial;
        for (const auto& c : *cards)
            for (int i = 0; i < 3; ++i)
                if (c.keyslot.tokenLabel == demo::demoCards()[i].label)
                    serial[i + 1] = c.keyslot.tokenSerial;
        const auto pin = [](int card) {
            return SecureBytes::fromString(demo::demoCards()[card - 1].pin.toStdString());
        };
        auto opened = workspace::Workspace::open(ws, serial[1], pin(1), machine);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        std::unique_ptr<workspace::Workspace> w = std::move(*opened);
        const QString notices = w->notices().join(QLatin1Char('\n'));
        QVERIFY2(notices.contains(QStringLiteral("key_token_module")) &&
                     notices.contains(QStringLiteral("the register's value is used")),
                 qPrintable(notices));
        QVERIFY2(!notices.contains(QStringLiteral("did not load")), qPrintable(notices));
        QVERIFY(!w->siteRegister().settings.keyTokenSoPinShared);

        const auto shareOnCard = [&](int card) {
            auto token = w->module()->findTokenBySerial(serial[card]);
            auto s = token ? w->module()->openSession(token->slotId, false)
                           : Result<std::unique_ptr<hsm::Session>>(token.error());
            if (!s || !(*s)->loginCheckingPin(pin(card)))
                qFatal("card %d does not log in", card);
            auto share = quorum::CardShare::load(**s, quorum::kUserPinShare);
            (void)(*s)->logout();
            if (!share)
                qFatal("%s", qPrintable(share.error().message));
            return share->share;
        };
        const auto logKeyTokenIn = [&](const SecureBytes& p) -> Status {
            auto s = w->openKeyTokenSession(false);
            if (!s)
                return s.error();
            auto l = (*s)->login(p);
            if (l)
                (void)(*s)->logout();
            return l;
        };
        // Before: the leaver's share and one colluder's rebuild the PIN (the attack works).
        auto oldPin = quorum::shamirCombine({shareOnCard(3), shareOnCard(1)});
        QVERIFY(oldPin);
        QVERIFY(logKeyTokenIn(*oldPin));

        workspace::SiteRegister next = w->siteRegister();
        next.reason = QStringLiteral("Chidi has left");
        next.settings.quorumN = 2;
        for (auto& c : next.cards)
            if (c.cardSerial == serial[3])
                c.state = QStringLiteral("revoked");
        auto change =
            workspace::SiteRegisterChange::start(*w, next, std::make_unique<quorum::KeyTokenReshare>());
        QVERIFY2(change, change ? "" : qPrintable(change.error().message));
        QVERIFY(change->approve(serial[1], pin(1)));
        QVERIFY(change->approve(serial[2], pin(2)));
        const Status made = change->commit();
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));

        // The journal token's PIN (on NSS softoken here) changed with it, sealed to the two that
        // stay (issue #15), and checkpoints are still signed.
        {
            auto st = w->db().prepare("SELECT details FROM journal WHERE action = 'site.register_changed' "
                                      "ORDER BY seq DESC LIMIT 1;");
            QVERIFY(st);
            QJsonObject pinChange;
            QVERIFY(st->forEachRow([&](const store::Statement& r) {
                pinChange = QJsonDocument::fromJson(r.text(0).toUtf8())
                                .object()
                                .value(QStringLiteral("journal_token_pin"))
                                .toObject();
            }));
            QCOMPARE(pinChange.value(QStringLiteral("changed")).toBool(), true);
            QVERIFY(!pinChange.value(QStringLiteral("sealed_to")).toArray().contains(serial[3]));
            QVERIFY(w->signsCheckpoints());
            QVERIFY(w->checkpoint());
        }
        const Status after = logKeyTokenIn(*oldPin);
        QVERIFY(!after);
        QCOMPARE(after.error().code, ErrorCode::PinIncorrect);
        // The remaining custodians log it in; the retired card cannot approve.
        const auto quorumOf = [&](int a, int b) -> Status {
            auto q = quorum::QuorumSession::start(
                *w, quorum::QuorumRequest::make(QStringLiteral("test.action"), {}, w->identity().actor()));
            if (!q)
                return q.error();
            if (auto s = q->approve(serial[a], pin(a)); !s)
                return s;
            if (auto s = q->approve(serial[b], pin(b)); !s)
                return s;
            auto r = q->execute([](hsm::Session& keyToken) -> Result<QJsonObject> {
                auto in = keyToken.isLoggedIn();
                if (!in || !*in)
                    return fail(ErrorCode::Internal, QStringLiteral("not logged in"));
                return QJsonObject{};
            });
            return r ? Status() : Status(r.error());
        };
        const Status remaining = quorumOf(2, 1);
        QVERIFY2(remaining, remaining ? "" : qPrintable(remaining.error().message));
        const Status leaver = quorumOf(1, 3);
        QVERIFY(!leaver);
        QVERIFY2(leaver.error().message.contains(QStringLiteral("revoked")),
                 qPrintable(leaver.error().message));

        // Whether the SO PIN is Symbolon's is decided at creation: neither a register change nor a
        // version that k custodians' cards signed can change it.
        workspace::SiteRegister flipped = w->siteRegister();
        flipped.reason = QStringLiteral("split the SO PIN too");
        flipped.settings.keyTokenSoPinShared = true;
        auto refused =
            workspace::SiteRegisterChange::start(*w, flipped, std::make_unique<quorum::KeyTokenReshare>());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("SO PIN")),
                 qPrintable(refused.error().message));
        workspace::RegisterVersion forged{flipped, {}};
        forged.doc.version = w->siteRegister().version + 1;
        forged.doc.previous = w->siteRegister().digestHex();
        for (int card : {1, 2}) {
            const workspace::RegisteredCard* registered = w->siteRegister().cardBySerial(serial[card]);
            QVERIFY(registered);
            auto token = w->module()->findTokenBySerial(serial[card]);
            QVERIFY(token);
            auto session = w->module()->openSession(token->slotId, false);
            QVERIFY(session && (*session)->loginCheckingPin(pin(card)));
            auto key = hsm::EcKeyPair::find(**session, registered->keyId);
            QVERIFY(key);
            auto signature = key->sign(**session, forged.doc.canonical());
            (void)(*session)->logout();
            QVERIFY(signature);
            forged.signatures.push_back({serial[card], registered->fingerprint(), *signature});
        }
        QVector<workspace::RegisterVersion> chain = w->siteRegisterChain();
        QVERIFY(workspace::verifyRegisterChain(chain).ok);
        chain.push_back(forged);
        const workspace::ChainCheck check = workspace::verifyRegisterChain(chain);
        QVERIFY(!check.ok);
        QVERIFY2(check.problem.contains(QStringLiteral("SO PIN")), qPrintable(check.problem));
    }

    // Everything on SoftHSM2 in one store: one module serves all three roles; the key token's SO
    // PIN is taken over too.
    void onSoftHsmWithTheSoPinTheWalkthroughRuns() {
        const QString ws = m_root.filePath(QStringLiteral("softhsm"));
        // A wrong SO PIN is refused before anything changes.
        auto r = run(replaced(createArgs(ws, false), QStringLiteral("--key-token-so-pin-env"),
                              QStringLiteral("BADPIN")),
                     false);
        QVERIFY2(r.code != 0 && r.err.contains(QStringLiteral("The key token \"Site HSM\"")),
                 qPrintable(r.all()));
        QVERIFY(!QFileInfo::exists(ws));
        r = run(createArgs(ws, false), false);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY(!r.all().contains(kHsmPin) && !r.all().contains(kHsmSoPin));
        // The administrator's PINs no longer log in, asked through pkcs11-tool (a third party).
        for (const auto& [pin, so] : {std::pair{kHsmPin, false}, std::pair{kHsmSoPin, true}}) {
            QProcess tool;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SOFTHSM2_CONF"), m_hsm.confPath());
            tool.setProcessEnvironment(env);
            QStringList args{QStringLiteral("--module"),
                             test::softhsmModule(),
                             QStringLiteral("--token-label"),
                             QStringLiteral("Site HSM"),
                             so ? QStringLiteral("--so-pin") : QStringLiteral("--pin"),
                             pin,
                             QStringLiteral("--login"),
                             QStringLiteral("--login-type"),
                             so ? QStringLiteral("so") : QStringLiteral("user")};
            // The SO logs in on a read-write session: ask for something only an SO does.
            if (so)
                args << QStringLiteral("--init-pin") << QStringLiteral("--new-pin") << QStringLiteral("0000");
            else
                args << QStringLiteral("--list-objects");
            tool.start(QStringLiteral("pkcs11-tool"), args);
            QVERIFY(tool.waitForFinished(30000));
            const QString said =
                QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
            QVERIFY2(tool.exitCode() != 0 && said.contains(QStringLiteral("CKR_PIN_INCORRECT")),
                     qPrintable(said));
        }
        walkthrough(ws, false);
    }
};

QTEST_GUILESS_MAIN(TestSiteCreate)
#include "test_site_create.moc"
