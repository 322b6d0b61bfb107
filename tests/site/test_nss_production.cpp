// Issue #19: the production profile run for real on a second PKCS#11 implementation. NSS softoken
// in its FIPS 140-2 mode (FC_GetFunctionList) as the key token, registered with p11-kit as a site
// registers its HSM's module (packaging/register-test-modules.sh), the cards and the journal token
// on SoftHSM2. The README walkthrough under the production profile takes no fallback anywhere,
// and the same walkthrough through the counting module (tests/faultp11, SYMBOLON_FAULT_AUDIT)
// shows that no secret key ever reaches host memory there, while on the tokens that lack the
// mechanisms it sees exactly the fallbacks the journal declares. What a token lacks is refused
// with the operation, the mechanism and the clause. The readiness check agrees with the
// capability table on every implementation, and leaves nothing on the token.
#include "DemoCli.h"
#include "NssTokens.h"
#include "SiteWalkthrough.h"
#include "TestPaths.h"
#include "TokenStore.h"

#include "common/SecureBytes.h"
#include "demo/DemoWorkspace.h"
#include "hsm/Capabilities.h"
#include "hsm/KeyLabels.h"
#include "hsm/KeyWrap.h"
#include "hsm/Module.h"
#include "hsm/ModuleRegistry.h"
#include "hsm/Pkcs11Uri.h"
#include "hsm/ReadinessCheck.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"

#include "hsm/P11.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace symbolon;
using test::DemoCli;
using test::kHsmPin;
using test::kJournalPin;
using test::kNssPassword;

namespace {
// The registration packaging/register-test-modules.sh makes.
const QString kRegistered = QStringLiteral("symbolon-test-nss-softokn");

// Every "fallback" list in an evidence pack's journal must be empty, and no entry may say that
// key material passed through host memory. Returns what it found wrong, and counts the
// ceremony records it looked at.
QString fallbacksIn(const QString& journalJsonl, int* ceremonies) {
    QFile f(journalJsonl);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 cannot be read").arg(journalJsonl);
    QStringList found;
    std::function<void(const QJsonValue&, const QString&)> walk = [&](const QJsonValue& v,
                                                                      const QString& at) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("fallback"))) {
                ++*ceremonies;
                if (!o.value(QStringLiteral("fallback")).toArray().isEmpty())
                    found << at + QStringLiteral(": ") +
                                 QString::fromUtf8(
                                     QJsonDocument(o.value(QStringLiteral("fallback")).toArray())
                                         .toJson(QJsonDocument::Compact));
            }
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(it.value(), at + QLatin1Char('.') + it.key());
        } else if (v.isArray()) {
            for (const QJsonValue& x : v.toArray())
                walk(x, at);
        } else if (v.isString() && v.toString().contains(QStringLiteral("host memory"))) {
            found << at + QStringLiteral(": ") + v.toString();
        }
    };
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QByteArray text = f.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(text).object();
        // The entry's details are JSON in a string (the bytes its hash covers).
        walk(
            QJsonDocument::fromJson(entry.value(QStringLiteral("details_json")).toString().toUtf8()).object(),
            QStringLiteral("line %1 (%2)").arg(line).arg(entry.value(QStringLiteral("action")).toString()));
    }
    return found.join(QLatin1Char('\n'));
}

QStringList auditLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestNssProduction : public QObject {
    Q_OBJECT
    test::TokenStore m_cards; // this process's SoftHSM2 store: the readiness check's token
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-prod-XXXXXX")};
    QString m_inventory;
    bool m_registered = false;
    // The in-process tokens (a library is initialised once per process and entry point, with one
    // parameter string: one database each for the whole process).
    std::unique_ptr<test::NssToken> m_nssDb, m_fipsDb;

    // Where the key token is and how it is reached.
    struct KeyToken {
        QString module;       // registration name, or a path (development)
        QString initArgs;     // NSS: its parameter string
        QString functionList; // FC_GetFunctionList for FIPS mode
        QString uri;
        QString pin;
        QString realModule; // behind the counting module: the real library, and its entry point
        QString realEntry;
    };

    QStringList createArgs(const QString& ws, const KeyToken& key, bool production) const {
        QStringList a{QStringLiteral("--workspace"),
                      ws,
                      QStringLiteral("site"),
                      QStringLiteral("create"),
                      QStringLiteral("--name"),
                      QStringLiteral("North DCO site"),
                      QStringLiteral("--k"),
                      QStringLiteral("2"),
                      QStringLiteral("--card-module"),
                      QStringLiteral("softhsm2"),
                      QStringLiteral("--key-token-uri"),
                      key.uri,
                      QStringLiteral("--key-token-pin-env"),
                      QStringLiteral("HSMPIN"),
                      QStringLiteral("--journal-token-uri"),
                      test::tokenUri(QStringLiteral("Site journal")),
                      QStringLiteral("--journal-token-pin-env"),
                      QStringLiteral("JOURNALPIN")};
        if (!key.module.isEmpty())
            a << QStringLiteral("--key-token-module") << key.module;
        if (!key.initArgs.isEmpty())
            a << QStringLiteral("--key-token-init-args") << key.initArgs;
        if (!key.functionList.isEmpty())
            a << QStringLiteral("--key-token-function-list") << key.functionList;
        if (production)
            a << QStringLiteral("--profile") << QStringLiteral("production")
              << QStringLiteral("--fips-manufacturer") << QStringLiteral("Mozilla Foundation")
              << QStringLiteral("--fips-model") << QStringLiteral("NSS softoken")
              << QStringLiteral("--fips-serial") << QStringLiteral("test machine")
              << QStringLiteral("--fips-certificate")
              << QStringLiteral("none: a test of the path, not a module");
        return a << test::demoCardOptions();
    }

    // Every site takes its cards (they get its shares) and its journal token (its key): a store of
    // fresh ones, with a SoftHSM2 key token "Site HSM" besides.
    std::unique_ptr<test::TokenStore> siteTokens() const {
        auto store = std::make_unique<test::TokenStore>();
        bool ok = store->isValid();
        for (const demo::DemoCard& c : demo::demoCards())
            ok = ok && store->initTokenWithTool(c.label, c.pin, QStringLiteral("so-") + c.pin);
        ok = ok && store->initTokenWithTool(QStringLiteral("Site journal"), kJournalPin,
                                            QStringLiteral("so-journal"));
        ok = ok && store->initTokenWithTool(QStringLiteral("Site HSM"), kHsmPin, QStringLiteral("so-hsm"));
        if (!ok)
            qFatal("the SoftHSM2 tokens of a site could not be made");
        return store;
    }

    DemoCli cli(const test::TokenStore& tokens, const KeyToken& key, const QString& audit = {},
                const QString& hide = {}) const {
        DemoCli c;
        c.env().insert(QStringLiteral("SOFTHSM2_CONF"), tokens.confPath());
        c.env().insert(QStringLiteral("HSMPIN"), key.pin);
        c.env().insert(QStringLiteral("JOURNALPIN"), kJournalPin);
        if (!key.realModule.isEmpty()) { // behind the counting module: a development module
            c.env().insert(QStringLiteral("SYMBOLON_DEVELOPMENT_MODULES"), QStringLiteral("1"));
            c.env().insert(QStringLiteral("SYMBOLON_FAULT_REAL_MODULE"), key.realModule);
            if (!key.realEntry.isEmpty())
                c.env().insert(QStringLiteral("SYMBOLON_FAULT_REAL_ENTRY"), key.realEntry);
            if (!audit.isEmpty())
                c.env().insert(QStringLiteral("SYMBOLON_FAULT_AUDIT"), audit);
            if (!hide.isEmpty())
                c.env().insert(QStringLiteral("SYMBOLON_FAULT_HIDE"), hide);
        } else {
            c.env().remove(QStringLiteral("SYMBOLON_DEVELOPMENT_MODULES"));
        }
        return c;
    }

    static KeyToken nss(const test::NssToken& t) {
        return {kRegistered, t.initArgs(), t.functionList(), t.uri(), kNssPassword, {}, {}};
    }
    // The same token behind the counting module.
    static KeyToken counted(const test::NssToken& t) {
        return {QStringLiteral(SYMBOLON_FAULTP11_MODULE),
                t.initArgs(),
                {},
                t.uri(),
                kNssPassword,
                test::NssTokens::library(),
                t.functionList()};
    }

private Q_SLOTS:
    void initTestCase() {
        if (!test::NssTokens::available())
            QSKIP("NSS softoken (libsoftokn3, package libnss3) is not installed");
        QVERIFY(m_cards.isValid() && m_root.isValid());
        // This process's SoftHSM2 (the readiness check below) uses this store.
        qputenv("SOFTHSM2_CONF", m_cards.confPath().toLocal8Bit());
        m_inventory = m_root.filePath(QStringLiteral("devices.csv"));
        QVERIFY(demo::writeDemoInventory(m_inventory, 24, 7, QDateTime::currentDateTimeUtc()));
        m_nssDb = std::make_unique<test::NssToken>(QStringLiteral("Readiness"), kNssPassword, false);
        m_fipsDb = std::make_unique<test::NssToken>(QStringLiteral("Readiness FIPS"), kNssPassword, true);
        QVERIFY2(m_nssDb->isValid() && m_fipsDb->isValid(), qPrintable(m_nssDb->error() + m_fipsDb->error()));
        QVERIFY(
            m_cards.initTokenWithTool(QStringLiteral("Readiness HSM"), kHsmPin, QStringLiteral("so-hsm")));
        auto registered = hsm::ModuleRegistry::resolve(kRegistered, false);
        m_registered = registered && !registered->development;
        if (!m_registered)
            qWarning("%s", qPrintable(registered ? QStringLiteral("the registration is not root's")
                                                 : registered.error().message));
    }

    // The README walkthrough under the production profile, the key token NSS softoken in FIPS
    // mode: no journal entry and no ceremony record says "fallback"; then `hsm check` says what
    // NSS softoken does not enforce.
    void productionOnNssFipsModeTakesNoFallback() {
        if (!m_registered)
            QSKIP("NSS softoken is not registered with p11-kit here: run packaging/register-test-modules.sh "
                  "(./test.sh does)");
        test::NssToken key(QStringLiteral("Site KEK"), kNssPassword, true);
        QVERIFY2(key.isValid(), qPrintable(key.error()));
        const KeyToken where = nss(key);
        const QString ws = m_root.filePath(QStringLiteral("fips-production"));
        const auto tokens = siteTokens();
        const DemoCli c = cli(*tokens, where);
        auto r = c.run(createArgs(ws, where, true));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        r = c.run(DemoCli::opened(ws, 1) << QStringLiteral("site") << QStringLiteral("show"));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("entry point FC_GetFunctionList")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("DEVELOPMENT")), qPrintable(r.out));
        const auto w =
            test::siteWalkthrough(ws, m_inventory, 24, [&](const QStringList& a) { return c.run(a); });
        QVERIFY2(w.failure.isEmpty(), qPrintable(w.failure));
        QVERIFY2(w.output.contains(QStringLiteral("profile: production")), qPrintable(w.output));
        QVERIFY2(!w.output.contains(QStringLiteral("FALLBACK")), qPrintable(w.output));
        int ceremonies = 0;
        const QString found =
            fallbacksIn(QDir(ws).filePath(QStringLiteral("pack/journal.jsonl")), &ceremonies);
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QVERIFY2(ceremonies >= 4, qPrintable(QString::number(ceremonies))); // KEKs, TK, migration, re-key

        // The readiness check: every operation native and right; what NSS softoken does not
        // enforce is FAILED under production, so the site is not ready for live keys.
        r = c.run(DemoCli::opened(ws, 1)
                  << QStringLiteral("hsm") << QStringLiteral("check") << QStringLiteral("--quorum-card")
                  << demo::demoCards()[0].label << QStringLiteral("--quorum-pin-env") << QStringLiteral("Q1")
                  << QStringLiteral("--quorum-card") << demo::demoCards()[1].label
                  << QStringLiteral("--quorum-pin-env") << QStringLiteral("Q2"));
        QCOMPARE(r.code, 5); // ran, journaled, not ready
        qInfo("hsm check, NSS softoken in FIPS mode, production:\n%s", qPrintable(r.out));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        for (hsm::KeyOperation op : hsm::allKeyOperations()) {
            const QString name = hsm::keyOperationName(op);
            const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString& l) {
                return l.startsWith(name + QLatin1Char(' '));
            });
            QVERIFY2(line != lines.end(), qPrintable(name));
            QVERIFY2(line->contains(QStringLiteral(" native ")) && line->contains(QStringLiteral(" passed ")),
                     qPrintable(*line));
        }
        for (const char* weak : {"CKA_EXTRACTABLE=false enforced", "CKA_TRUSTED set by a user",
                                 "CKA_WRAP_WITH_TRUSTED enforced"}) {
            const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString& l) {
                return l.startsWith(QLatin1String(weak));
            });
            QVERIFY2(line != lines.end() && line->contains(QStringLiteral("FAILED")), weak);
        }
        QVERIFY2(r.out.contains(QStringLiteral("NOT READY")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("(quorum.hsm.readiness-check)")), qPrintable(r.out));
    }

    // The same walkthrough through the counting module (development: a module by path), which
    // logs every call that could put a secret key in host memory. On NSS softoken in FIPS mode
    // it logs none. On the tokens that lack a mechanism it logs exactly what the journal
    // declares: the audit and the journal agree, so a fallback cannot be silent.
    void theCountingModuleSeesWhatTheJournalDeclares_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QStringList>("audited");   // the kinds of audit line expected (none: empty)
        QTest::addColumn<QStringList>("fallbacks"); // the operations the journal declares
        QTest::newRow("NSS softoken, FIPS mode") << QStringLiteral("fips") << QStringList() << QStringList();
        // C_DeriveKey with CKM_XOR_BASE_AND_DATA works, but the module does not list it.
        QTest::newRow("NSS softoken")
            << QStringLiteral("nss") << QStringList{QStringLiteral("C_CreateObject CKO_SECRET_KEY")}
            << QStringList{QStringLiteral("Transport Key component combination")};
        QTest::newRow("SoftHSM2") << QStringLiteral("softhsm")
                                  << QStringList{QStringLiteral("C_CreateObject CKO_SECRET_KEY"),
                                                 QStringLiteral("C_Decrypt")}
                                  << QStringList{QStringLiteral("Transport Key component combination"),
                                                 QStringLiteral("ECB unpackaging")};
    }
    void theCountingModuleSeesWhatTheJournalDeclares() {
        QFETCH(QString, token);
        QFETCH(QStringList, audited);
        QFETCH(QStringList, fallbacks);
        std::unique_ptr<test::NssToken> db;
        KeyToken where;
        const auto tokens = siteTokens();
        if (token == QLatin1String("softhsm")) {
            where = {QStringLiteral(SYMBOLON_FAULTP11_MODULE),
                     {},
                     {},
                     test::tokenUri(QStringLiteral("Site HSM")),
                     kHsmPin,
                     test::softhsmModule(),
                     {}};
        } else {
            db = std::make_unique<test::NssToken>(QStringLiteral("Site KEK"), kNssPassword,
                                                  token == QLatin1String("fips"));
            QVERIFY2(db->isValid(), qPrintable(db->error()));
            where = counted(*db);
        }
        const QString audit = m_root.filePath(QStringLiteral("audit-%1.log").arg(token));
        const QString ws = m_root.filePath(QStringLiteral("counted-%1").arg(token));
        const DemoCli c = cli(*tokens, where, audit);
        // Each command, with the audit lines its process wrote and the fallbacks it declared
        // ("FALLBACK (not for live keys): <operation>: ..." in the record it printed).
        struct Step {
            QString command;
            QStringList audit;
            QStringList declared;
        };
        QVector<Step> steps;
        const auto run = [&](const QStringList& a) {
            const qsizetype before = auditLines(audit).size();
            const DemoCli::Result r = c.run(a);
            Step step{a.join(QLatin1Char(' ')), auditLines(audit).mid(before), {}};
            for (const QString& line : r.all().split(QLatin1Char('\n')))
                if (line.startsWith(QStringLiteral("FALLBACK (not for live keys): ")))
                    step.declared << line.mid(30).section(QStringLiteral(": "), 0, 0);
            steps << step;
            return r;
        };
        auto r = run(createArgs(ws, where, false));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        const auto w = test::siteWalkthrough(ws, m_inventory, 24, run);
        QVERIFY2(w.failure.isEmpty(), qPrintable(w.failure));

        // Over the whole walkthrough: exactly these kinds of call.
        QStringList kinds;
        for (const QString& line : auditLines(audit))
            if (!kinds.contains(line))
                kinds << line;
        kinds.sort();
        audited.sort();
        QCOMPARE(kinds, audited);
        // Command by command: a call that can put a key in host memory only where that command
        // declared the fallback that makes it, and every declared fallback seen making it.
        const QString unpackaging = hsm::keyOperationName(hsm::KeyOperation::EcbUnpackage);
        const QString combination = hsm::keyOperationName(hsm::KeyOperation::CombineComponents);
        int declaring = 0;
        for (const Step& step : steps) {
            const QString at = step.command + QStringLiteral("\n  audit: ") +
                               step.audit.join(QStringLiteral(", ")) + QStringLiteral("\n  declared: ") +
                               step.declared.join(QStringLiteral(", "));
            const bool decrypts = step.audit.contains(QStringLiteral("C_Decrypt"));
            const bool creates = step.audit.contains(QStringLiteral("C_CreateObject CKO_SECRET_KEY"));
            QVERIFY2(!step.audit.contains(QStringLiteral("C_GetAttributeValue CKA_VALUE CKO_SECRET_KEY")),
                     qPrintable(at));
            QVERIFY2(decrypts == step.declared.contains(unpackaging), qPrintable(at));
            QVERIFY2(creates == (step.declared.contains(unpackaging) || step.declared.contains(combination)),
                     qPrintable(at));
            for (const QString& op : step.declared)
                QVERIFY2(op == unpackaging || op == combination, qPrintable(at));
            declaring += step.declared.isEmpty() ? 0 : 1;
        }
        QCOMPARE(declaring, int(fallbacks.size())); // the Transport Key ceremony, the re-key run
        // And the journal says the same.
        int ceremonies = 0;
        const QString found =
            fallbacksIn(QDir(ws).filePath(QStringLiteral("pack/journal.jsonl")), &ceremonies);
        QVERIFY(ceremonies >= 4);
        for (const QString& op : fallbacks)
            QVERIFY2(found.contains(op), qPrintable(op + QStringLiteral(" is not declared:\n") + found));
        if (fallbacks.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
    }

    // The Shared Key from one site to another, both key tokens NSS softoken in FIPS mode behind the
    // counting module (development profile: there the Shared Key may be wrapped under any
    // Transport Key; under production it needs one the SO marked trusted, which NSS softoken
    // cannot have). It leaves and enters only wrapped: no call that could put a secret key in host
    // memory on either side, and the importing site holds the exported KCV.
    void theSharedKeyTravelsWrappedBetweenFipsTokens() {
        struct Site {
            std::unique_ptr<test::TokenStore> tokens;
            std::unique_ptr<test::NssToken> db;
            KeyToken where;
            QString ws, audit;
        };
        const auto make = [&](const QString& name) {
            Site site{siteTokens(),
                      std::make_unique<test::NssToken>(QStringLiteral("Site KEK"), kNssPassword, true),
                      {},
                      m_root.filePath(name),
                      m_root.filePath(name + QStringLiteral(".audit"))};
            site.where = counted(*site.db);
            return site;
        };
        Site dco = make(QStringLiteral("exporting")), s1sp = make(QStringLiteral("importing"));
        QVERIFY(dco.db->isValid() && s1sp.db->isValid());
        const QString pkg = m_root.filePath(QStringLiteral("shared-key.json"));
        const QStringList transportKey{QStringLiteral("transport-key"), QStringLiteral("--component-env"),
                                       QStringLiteral("TK1,TK2")};
        const DemoCli a = cli(*dco.tokens, dco.where, dco.audit),
                      b = cli(*s1sp.tokens, s1sp.where, s1sp.audit);
        for (const auto& [c, site] : {std::pair{&a, &dco}, std::pair{&b, &s1sp}}) {
            auto r = c->run(createArgs(site->ws, site->where, false));
            QVERIFY2(r.code == 0, qPrintable(r.all()));
            if (site == &dco) {
                r = c->run(DemoCli::ceremony(site->ws, {QStringLiteral("generate-keks")}, {1, 2}));
                QVERIFY2(r.code == 0, qPrintable(r.all()));
            }
            r = c->run(DemoCli::ceremony(site->ws, transportKey, {2, 3}));
            QVERIFY2(r.code == 0, qPrintable(r.all()));
        }
        auto r =
            a.run(DemoCli::ceremony(dco.ws,
                                    {QStringLiteral("export-shared-key"), QStringLiteral("--transport-key"),
                                     hsm::transportKeyLabelPrefix(), QStringLiteral("--out"), pkg},
                                    {1, 3}));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        const QString kcv =
            r.out.section(QStringLiteral("Shared Key v1: "), 1, 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(kcv.startsWith(QStringLiteral("CMAC-5B ")), qPrintable(r.out));
        // The import's calls are counted too: it went through the counting module, into NSS softoken.
        DemoCli counting = b;
        const QString counts = m_root.filePath(QStringLiteral("import.counts"));
        counting.env().insert(QStringLiteral("SYMBOLON_FAULT_COUNT"), counts);
        r = counting.run(
            DemoCli::ceremony(s1sp.ws,
                              {QStringLiteral("import-shared-key"), pkg, QStringLiteral("--public-key"),
                               pkg + QStringLiteral(".signer.pem"), QStringLiteral("--transport-key"),
                               hsm::transportKeyLabelPrefix()},
                              {1, 2}));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("Shared Key v1: ") + kcv), qPrintable(r.out));
        QVERIFY2(!r.all().contains(QStringLiteral("FALLBACK")), qPrintable(r.all()));
        QVERIFY2(auditLines(counts).filter(QRegularExpression(QStringLiteral("^C_UnwrapKey [1-9]"))).size() ==
                     1,
                 qPrintable(auditLines(counts).join(QLatin1Char('\n'))));
        QVERIFY2(auditLines(dco.audit).isEmpty(), qPrintable(auditLines(dco.audit).join(QLatin1Char('\n'))));
        QVERIFY2(auditLines(s1sp.audit).isEmpty(),
                 qPrintable(auditLines(s1sp.audit).join(QLatin1Char('\n'))));
    }

    // What the key token lacks is refused with the operation, the mechanism and the clause,
    // before any custodian is asked for a card.
    void whatTheTokenLacksIsRefusedByName() {
        if (!m_registered)
            QSKIP("NSS softoken is not registered with p11-kit here: run packaging/register-test-modules.sh");
        // NSS softoken outside FIPS mode does not list CKM_XOR_BASE_AND_DATA: under production the
        // Transport Key cannot be combined.
        test::NssToken plain(QStringLiteral("Site KEK plain"), kNssPassword, false);
        QVERIFY2(plain.isValid(), qPrintable(plain.error()));
        const KeyToken where = nss(plain);
        const QString ws = m_root.filePath(QStringLiteral("plain-production"));
        const auto tokens = siteTokens();
        const DemoCli c = cli(*tokens, where);
        auto r = c.run(createArgs(ws, where, true));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        r = c.run(DemoCli::ceremony(ws, {QStringLiteral("generate-keks")}, {1, 2}));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        r = c.run(DemoCli::ceremony(
            ws,
            {QStringLiteral("transport-key"), QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")},
            {2, 3}));
        QVERIFY(r.code != 0);
        for (const QString& says :
             {QStringLiteral(
                  "Transport Key component combination needs CKM_XOR_BASE_AND_DATA with CKF_DERIVE"),
              QStringLiteral("CKMP (b)(ii), SEC G2.44"), QStringLiteral("No quorum was convened.")})
            QVERIFY2(r.err.contains(says), qPrintable(r.all()));
        QVERIFY2(!r.all().contains(QStringLiteral("Approved by")), qPrintable(r.all()));

        // A token without RFC 3394 (the counting module hides CKM_AES_KEY_WRAP): the migration
        // unwrap is refused under any profile.
        test::NssToken fips(QStringLiteral("Site KEK hidden"), kNssPassword, true);
        QVERIFY2(fips.isValid(), qPrintable(fips.error()));
        const KeyToken hidden = counted(fips);
        const QString ws2 = m_root.filePath(QStringLiteral("no-key-wrap"));
        const auto tokens2 = siteTokens();
        const DemoCli c2 = cli(*tokens2, hidden, {}, QStringLiteral("CKM_AES_KEY_WRAP"));
        r = c2.run(createArgs(ws2, hidden, false));
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        r = c2.run(DemoCli::opened(ws2, 1)
                   << QStringLiteral("inventory") << QStringLiteral("import") << m_inventory);
        QVERIFY2(r.code == 0, qPrintable(r.all()));
        for (const auto& step : {QStringList{QStringLiteral("generate-keks")},
                                 QStringList{QStringLiteral("transport-key"),
                                             QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")}}) {
            r = c2.run(DemoCli::ceremony(ws2, step, {1, 2}));
            QVERIFY2(r.code == 0, qPrintable(r.all()));
        }
        r = c2.run(DemoCli::ceremony(ws2, {QStringLiteral("migrate")}, {1, 3}));
        QVERIFY(r.code != 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("RFC 3394 unwrap needs CKM_AES_KEY_WRAP with CKF_UNWRAP, which "
                                          "this token does not offer")),
            qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("No quorum was convened.")), qPrintable(r.all()));

        // A token whose PINs may not be as long as the ones Symbolon sets: refused before anything
        // changes, naming the limit.
        test::NssToken shortPins(QStringLiteral("Site KEK short"), kNssPassword, true);
        QVERIFY2(shortPins.isValid(), qPrintable(shortPins.error()));
        const KeyToken limited = counted(shortPins);
        const auto tokens3 = siteTokens();
        DemoCli c3 = cli(*tokens3, limited);
        c3.env().insert(QStringLiteral("SYMBOLON_FAULT_MAX_PIN_LEN"), QStringLiteral("32"));
        const QString ws3 = m_root.filePath(QStringLiteral("short-pins"));
        r = c3.run(createArgs(ws3, limited, false));
        QVERIFY(r.code != 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("takes PINs of 7 to 32 characters, but the PINs Symbolon sets")),
            qPrintable(r.all()));
        QVERIFY(!QFileInfo::exists(ws3));
    }

    // The readiness check in process, on each implementation and under each profile: every row of
    // the capability table's operations takes the table's path with the table's mechanism, and
    // passes where that path may run; what the token does not enforce is a warning under
    // development and a failure under production; nothing is left on the token.
    // (A library serves one entry point per process: NSS softoken's FIPS mode has its own test
    // function, which CTest runs in a process of its own.)
    static void readinessRows(const QStringList& tokens) {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("production");
        QTest::addColumn<bool>("enforces"); // refuses CKA_TRUSTED to a user, wrapping unextractable keys, ...
        for (const QString& token : tokens)
            for (bool production : {false, true}) {
                const QString name = token == QLatin1String("softhsm") ? QStringLiteral("SoftHSM2")
                                     : token == QLatin1String("nss")
                                         ? QStringLiteral("NSS softoken")
                                         : QStringLiteral("NSS softoken FIPS mode");
                QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(
                    name, production ? QStringLiteral("production") : QStringLiteral("development"))))
                    << token << production << (token == QLatin1String("softhsm"));
            }
    }
    void readinessOnSoftHsmAndNssSoftoken_data() {
        readinessRows({QStringLiteral("softhsm"), QStringLiteral("nss")});
    }
    void readinessOnSoftHsmAndNssSoftoken() { readiness(); }
    void readinessOnNssFipsMode_data() { readinessRows({QStringLiteral("fips")}); }
    void readinessOnNssFipsMode() { readiness(); }

    // NSS softoken's two modes in one process interfere (logins through the first fail once the
    // second is initialised): the second entry point of a library is refused.
    void oneEntryPointPerLibrary() {
        auto plain = hsm::Module::load(test::NssTokens::library(), m_nssDb->initArgs());
        QVERIFY2(plain, plain ? "" : qPrintable(plain.error().message));
        auto fips =
            hsm::Module::load(test::NssTokens::library(), m_fipsDb->initArgs(), m_fipsDb->functionList());
        QVERIFY(!fips);
        QVERIFY2(fips.error().message.contains(QStringLiteral("already initialised in this process through "
                                                              "C_GetFunctionList")),
                 qPrintable(fips.error().message));
    }

private:
    void readiness() {
        QFETCH(QString, token);
        QFETCH(bool, production);
        QFETCH(bool, enforces);
        const bool soft = token == QLatin1String("softhsm");
        const test::NssToken& db = token == QLatin1String("fips") ? *m_fipsDb : *m_nssDb;
        if (soft) // the first load of SoftHSM2 in this process reads it (each TokenStore sets it)
            qputenv("SOFTHSM2_CONF", m_cards.confPath().toLocal8Bit());
        auto module = soft ? hsm::Module::load(test::softhsmModule())
                           : hsm::Module::load(test::NssTokens::library(), db.initArgs(), db.functionList());
        if (!module && module.error().message.contains(QStringLiteral("through one entry point")))
            QSKIP(
                "NSS softoken's other entry point is in use in this process: CTest runs each function alone");
        QVERIFY2(module, module ? "" : qPrintable(module.error().message));
        auto slot = hsm::Pkcs11Uri::selectToken(
            **module, soft ? test::tokenUri(QStringLiteral("Readiness HSM")) : db.uri());
        QVERIFY2(slot, slot ? "" : qPrintable(slot.error().message));
        auto session = (*module)->openSession(slot->slotId, true);
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        const Status in =
            (*session)->login(SecureBytes::fromString((soft ? kHsmPin : kNssPassword).toStdString()));
        QVERIFY2(in, in ? "" : qPrintable(in.error().message));
        auto caps = hsm::Capabilities::read(**module, slot->slotId);
        QVERIFY2(caps, caps ? "" : qPrintable(caps.error().message));
        auto before = (*session)->findObjects(CKO_SECRET_KEY, {});
        QVERIFY(before);
        const auto profile =
            production ? policy::PolicyProfile::Production : policy::PolicyProfile::Development;
        auto report = hsm::ReadinessCheck::run(**session, *caps, profile);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        qInfo("%s", qPrintable(report->toText()));
        int tableRows = 0;
        for (const hsm::ReadinessRow& row : report->rows) {
            const QString at = row.operation + QStringLiteral(": ") + row.result;
            if (row.tableOp) {
                ++tableRows;
                const hsm::PathDecision d = caps->decide(*row.tableOp);
                QCOMPARE(row.kind, d.kind);
                QCOMPARE(row.mechanism,
                         d.mechanismName.isEmpty() ? QStringLiteral("C_CreateObject") : d.mechanismName);
                const bool mayRun = bool(caps->require(*row.tableOp, profile));
                QCOMPARE(row.outcome == hsm::ReadinessRow::Outcome::Passed, mayRun);
                if (!mayRun && d.fallback())
                    QVERIFY2(row.result.contains(QStringLiteral("CKMP (b)(ii)")), qPrintable(at));
            } else if (row.check.startsWith(QLatin1String("generate."))) {
                QVERIFY2(row.outcome == hsm::ReadinessRow::Outcome::Passed, qPrintable(at));
            } else {
                const auto weak =
                    production ? hsm::ReadinessRow::Outcome::Failed : hsm::ReadinessRow::Outcome::Warning;
                QVERIFY2(row.outcome == (enforces ? hsm::ReadinessRow::Outcome::Passed : weak),
                         qPrintable(at));
                // SoftHSM2 refuses each with the CKR that means the rule holds, nothing else.
                if (enforces)
                    QVERIFY2(
                        row.result.contains(QLatin1String(
                            row.check == QLatin1String("extractable.refused")    ? "CKR_KEY_UNEXTRACTABLE"
                            : row.check == QLatin1String("trusted.user-refused") ? "CKR_ATTRIBUTE_READ_ONLY"
                                                                                 : "CKR_KEY_NOT_WRAPPABLE")),
                        qPrintable(at));
            }
        }
        QCOMPARE(tableRows, hsm::allKeyOperations().size());
        // What each implementation does, as the table decides it from what the module lists.
        const auto kindOf = [&](hsm::KeyOperation op) { return caps->decide(op).kind; };
        const hsm::PathKind native = hsm::PathKind::InModule, host = hsm::PathKind::ClearKeyFallback;
        QCOMPARE(kindOf(hsm::KeyOperation::CombineComponents),
                 token == QLatin1String("fips") ? native : host);
        QCOMPARE(kindOf(hsm::KeyOperation::EcbUnpackage), soft ? host : native);
        QCOMPARE(caps->decide(hsm::KeyOperation::ComponentEntry).mechanismName,
                 soft ? QString() : QStringLiteral("CKM_AES_ECB"));
        // Under development everything runs; under production each of them lacks something: SoftHSM2
        // and NSS softoken the XOR derivation, NSS softoken in FIPS mode the rules it does not enforce.
        QCOMPARE(report->ready(), !production);
        auto after = (*session)->findObjects(CKO_SECRET_KEY, {});
        QVERIFY(after);
        QCOMPARE(after->size(), before->size());
        (void)(*session)->logout();
    }

private Q_SLOTS:

    // A re-key brings each device's MK back as an unlabelled session key. When that unwrap failed,
    // the clean-up searched for "the orphan" by an empty label and id, which matches every secret
    // key the session sees, and destroyed the KEKs. NSS softoken in FIPS mode refuses an unwrap
    // template with CKA_SENSITIVE=false: a failing unwrap on demand.
    void aFailedUnwrapOfAnUnlabelledKeyDestroysNothingElse() {
        const test::NssToken& db = *m_fipsDb;
        auto module = hsm::Module::load(test::NssTokens::library(), db.initArgs(), db.functionList());
        if (!module && module.error().message.contains(QStringLiteral("through one entry point")))
            QSKIP(
                "NSS softoken's other entry point is in use in this process: CTest runs each function alone");
        QVERIFY2(module, module ? "" : qPrintable(module.error().message));
        auto slot = hsm::Pkcs11Uri::selectToken(**module, db.uri());
        QVERIFY2(slot, slot ? "" : qPrintable(slot.error().message));
        auto session = (*module)->openSession(slot->slotId, true);
        QVERIFY(session);
        QVERIFY((*session)->login(SecureBytes::fromString(kNssPassword.toStdString())));
        auto caps = hsm::Capabilities::read(**module, slot->slotId);
        QVERIFY(caps);
        const auto dev = policy::PolicyProfile::Development;
        auto kept =
            hsm::SecretKey::generate(**session, hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, dev),
                                     QStringLiteral("keep me"), QByteArrayLiteral("keep-me"));
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        hsm::SecretKeyAttributes kekAttrs = hsm::secretKeyAttributes(hsm::SecretKeyRole::DcoKey, dev);
        kekAttrs.token = false;
        auto kek = hsm::SecretKey::generate(**session, kekAttrs, QStringLiteral("kek"), QByteArray());
        QVERIFY(kek);
        hsm::SecretKeyAttributes refused = hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceMasterKey, dev);
        refused.sensitive = false;
        auto mk = hsm::KeyWrap::unpackage(**session, *caps, dev, *kek, QByteArray(16, '\x5a'), refused,
                                          QString(), QByteArray());
        QVERIFY2(!mk, "FIPS mode was expected to refuse a key that is not sensitive");
        QVERIFY2(mk.error().message.contains(QStringLiteral("CKR_ATTRIBUTE_VALUE_INVALID")),
                 qPrintable(mk.error().message));
        auto still = hsm::SecretKey::exists(**session, QStringLiteral("keep me"));
        QVERIFY(still);
        QVERIFY2(*still, "the failed unwrap destroyed an unrelated key");
        auto kekStill = hsm::SecretKey::exists(**session, QStringLiteral("kek"));
        QVERIFY(kekStill && *kekStill);
        (void)kept->destroy(**session);
        (void)(*session)->logout();
    }
};

QTEST_GUILESS_MAIN(TestNssProduction)
#include "test_nss_production.moc"
