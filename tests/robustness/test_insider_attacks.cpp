// Issue #14: one card holder alone changes nothing unseen. Each test plays one finding of the
// issue as the attacker would: an insider holding one card (here the read-only PMA reviewer's),
// who can open the database with their own keyslot and write any row, rewrite their own card and
// create tokens of their own; or anyone who can write the workspace folder (workspace.json,
// keyslots.json). Each shows the attack refused or detected, with the message. The matrix in
// docs/security-model.md cites these tests.
#include "CliRunner.h"
#include "DemoFixture.h"
#include "FaultInjection.h"
#include "TestPaths.h"

#include "audit/PinnedCards.h"
#include "common/SecureBytes.h"
#include "demo/DemoWorkspace.h"
#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Session.h"
#include "journal/JournalEntry.h"
#include "policy/Role.h"
#include "quorum/KeyTokenReshare.h"
#include "quorum/QuorumRequest.h"
#include "quorum/QuorumSession.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/RegisterAnchor.h"
#include "workspace/SiteRegisterChange.h"
#include "workspace/SiteRegisterStore.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace symbolon;

namespace {
enum Card { Alice = 0, Bethan = 1, Chidi = 2, Rhys = 3, Dafydd = 4 }; // demo::demoCards() order

SecureBytes pinOf(int card) {
    return SecureBytes::fromString(demo::demoCards()[card].pin.toStdString());
}

QJsonObject readJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeJson(const QString& path, const QJsonObject& o) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(o).toJson()) <= 0)
        qFatal("cannot write %s", qPrintable(path));
}

QStringList words(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

bool moduleIsMapped(const QString& path) {
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(QFileInfo(path).fileName().toUtf8());
}
} // namespace

class TestInsiderAttacks : public QObject {
    Q_OBJECT

    // The card's serial, from keyslots.json (no module is loaded for it).
    QString serialOf(const test::DemoFixture& demo, int card) {
        auto slots = workspace::Workspace::readKeyslots(demo.dir());
        if (!slots)
            qFatal("%s", qPrintable(slots.error().message));
        for (const auto& k : *slots)
            if (k.tokenLabel == demo::demoCards()[card].label)
                return k.tokenSerial;
        qFatal("no card %d", card);
    }

    Result<std::unique_ptr<workspace::Workspace>> openAs(const test::DemoFixture& demo, int card,
                                                         const workspace::MachineSettings& machine = {}) {
        return workspace::Workspace::open(demo.dir(), serialOf(demo, card), pinOf(card), machine);
    }

    // The insider signs with their own card, logged in with their own PIN.
    QByteArray signWithCard(workspace::Workspace& ws, int card, const QByteArray& data) {
        auto token = ws.module()->findTokenByLabel(demo::demoCards()[card].label);
        auto session = token ? ws.module()->openSession(token->slotId, true)
                             : Result<std::unique_ptr<hsm::Session>>(token.error());
        if (!session || !(*session)->login(pinOf(card)))
            qFatal("card login");
        const workspace::RegisteredCard* me = ws.siteRegister().cardBySerial(token->serial);
        auto key = hsm::EcKeyPair::find(**session, me->keyId);
        auto sig = key ? key->sign(**session, data) : Result<QByteArray>(key.error());
        (void)(*session)->logout();
        if (!sig)
            qFatal("sign: %s", qPrintable(sig.error().message));
        return *sig;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("SYMBOLON_DEVELOPMENT_MODULES", ""); // this machine does not opt in
    }

    // Finding 1: workspace.json names a forwarding PKCS#11 library. It is refused before it is
    // loaded (no PIN can reach it): it is not registered with p11-kit.
    void aModuleNamedByTheWorkspaceFolderIsNeverLoaded() {
        test::DemoFixture demo(20);
        QVERIFY(test::FaultInjection::useFaultModule(demo.dir(), true)); // a forwarding library
        auto ws = openAs(demo, Alice);
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::PolicyRefused);
        QVERIFY2(ws.error().message.contains(QStringLiteral("not registered with p11-kit")),
                 qPrintable(ws.error().message));
        QVERIFY(!moduleIsMapped(test::FaultInjection::modulePath()));
        auto cards = workspace::Workspace::cards(demo.dir(), {});
        QVERIFY(!cards); // listing the cards loads nothing either
        QVERIFY(!moduleIsMapped(test::FaultInjection::modulePath()));

        // The CLI, the console's twin, refuses the same way, with the message.
        const test::CliRun r =
            test::runCli(test::cliArgs(demo.dir(), test::kCustodian1, words({"site", "show"})));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not registered with p11-kit")), qPrintable(r.err));

        // A development machine may opt in (never the folder): the module is loaded and named.
        workspace::MachineSettings dev;
        dev.developmentModules = true;
        auto opened = openAs(demo, Alice, dev);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QVERIFY((*opened)->moduleInfo().development);
        QVERIFY((*opened)->notices().join(QLatin1Char(' ')).contains(QStringLiteral("development module")));
    }

    // Finding 1, the file itself: a registered module whose SHA-256 differs from the one the site
    // recorded is refused before loading, naming both hashes.
    void aModuleWhoseHashChangedIsRefusedBeforeLoading() {
        test::DemoFixture demo(20);
        const QString path = demo.dir() + QStringLiteral("/workspace.json");
        QJsonObject o = readJson(path);
        const QString recorded = QString(64, QLatin1Char('0'));
        o.insert(QStringLiteral("pkcs11_module_sha256"), recorded);
        writeJson(path, o);
        auto ws = openAs(demo, Alice);
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.contains(recorded) &&
                     ws.error().message.contains(QStringLiteral("refused before loading")),
                 qPrintable(ws.error().message));
    }

    // Finding 2: the reviewer writes a register version that makes them a responder, signed
    // with their own card. It does not verify (k custodians must sign): they stay a reviewer,
    // the workspace opens read-only for everyone, and marking keys compromised is refused.
    void aCardHolderCannotGiveThemselvesARole() {
        test::DemoFixture demo(20);
        {
            auto ws = openAs(demo, Rhys);
            QVERIFY(ws);
            workspace::RegisterVersion forged{(*ws)->siteRegister(), {}};
            forged.doc.version = 2;
            forged.doc.previous = (*ws)->siteRegister().digestHex();
            forged.doc.reason = QStringLiteral("routine");
            for (auto& c : forged.doc.cards)
                if (c.holder == QLatin1String("Rhys Evans"))
                    c.role = QStringLiteral("responder");
            const workspace::RegisteredCard* me = (*ws)->siteRegister().cardBySerial(serialOf(demo, Rhys));
            forged.signatures.push_back(
                {me->cardSerial, me->fingerprint(), signWithCard(**ws, Rhys, forged.doc.canonical())});
            QVERIFY(workspace::SiteRegisterStore::add((*ws)->db(), forged));
        }
        {
            auto rhys = openAs(demo, Rhys);
            QVERIFY2(rhys, rhys ? "" : qPrintable(rhys.error().message));
            QCOMPARE((*rhys)->identity().role, QStringLiteral("reviewer")); // the last version that verifies
            QVERIFY2((*rhys)->registerAlarm().contains(QStringLiteral("version 2")),
                     qPrintable((*rhys)->registerAlarm()));
            const Status marked = (*rhys)->require(policy::Permission::MarkCompromised);
            QVERIFY(!marked);
            QVERIFY((*rhys)->require(policy::Permission::VerifyJournal));
            QVERIFY((*rhys)->require(policy::Permission::ExportEvidence));
            // Nor can a register that does not verify be handed to a reviewer as the card list to
            // pin for evidence packs (journal export-cards).
            const QString cards = demo.scratch(QStringLiteral("cards.json"));
            const Status exported = audit::PinnedCards::exportWorkspaceCards(**rhys, cards);
            QVERIFY(!exported);
            QVERIFY2(exported.error().message.contains(QStringLiteral("The site register is not trusted")),
                     qPrintable(exported.error().message));
            QVERIFY(!QFileInfo::exists(cards));
        }

        {
            auto alice = openAs(demo, Alice);
            QVERIFY(alice);
            QVERIFY(!(*alice)->registerAlarm().isEmpty());
            const Status ceremony = (*alice)->require(policy::Permission::RunCeremony);
            QVERIFY(!ceremony);
            QVERIFY2(ceremony.error().message.contains(QStringLiteral("read-only")),
                     qPrintable(ceremony.error().message));
        }

        // The CLI says so before anything else, and a custodial command is refused.
        const test::CliRun r =
            test::runCli(test::cliArgs(demo.dir(), test::kCustodian1, words({"site", "show"})));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ALARM")), qPrintable(r.err));
    }

    // Findings 2 and 4, the strongest one-card attack: the insider replaces the whole register
    // with a version 1 of their own (themselves a responder, two custodians whose keys they made
    // on tokens of their own, k = 2) and rewrites their own card's anchor to it. Their own
    // console is fooled; every other card holder's open finds it, because their cards hold no
    // anchor for the forged register.
    void aRegisterForgedFromVersionOneIsFoundByEveryOtherCard() {
        test::DemoFixture demo(20);
        {
            auto ws = openAs(demo, Rhys);
            QVERIFY(ws);
            hsm::Module& module = *(*ws)->module();
            workspace::RegisterVersion forged{(*ws)->siteRegister(), {}};
            forged.doc.reason = QStringLiteral("site created");
            for (auto& c : forged.doc.cards)
                if (c.holder == QLatin1String("Rhys Evans"))
                    c.role = QStringLiteral("responder");
                else if (c.role == QLatin1String("custodian"))
                    c.state = QStringLiteral("revoked");
            struct Fake {
                unsigned long slot;
                hsm::EcKeyPair key;
                QString serial;
            };
            QVector<Fake> fakes;
            for (int i = 0; i < 2; ++i) {
                const QString label = QStringLiteral("Forged %1").arg(i);
                auto t = module.initToken(label, SecureBytes::fromString("so-999999"),
                                          SecureBytes::fromString("999999"));
                QVERIFY2(t, t ? "" : qPrintable(t.error().message));
                auto s = module.openSession(t->slotId, true);
                QVERIFY(s && (*s)->login(SecureBytes::fromString("999999")));
                auto kp = hsm::EcKeyPair::generate(**s, label, QByteArrayLiteral("\x01"));
                QVERIFY(kp);
                (void)(*s)->logout();
                forged.doc.cards.push_back({QStringLiteral("Custodian %1").arg(i),
                                            QStringLiteral("custodian"), t->serial, label, kp->id(),
                                            kp->publicKeyDer(), QStringLiteral("active")});
                fakes.push_back({t->slotId, *kp, t->serial});
            }
            for (const Fake& f : fakes) {
                auto s = module.openSession(f.slot, true);
                QVERIFY(s && (*s)->login(SecureBytes::fromString("999999")));
                auto key = hsm::EcKeyPair::find(**s, f.key.id());
                QVERIFY(key);
                auto sig = key->sign(**s, forged.doc.canonical());
                QVERIFY(sig);
                (void)(*s)->logout();
                forged.signatures.push_back({f.serial, f.key.fingerprint(), *sig});
            }
            QVERIFY(workspace::verifyRegisterChain({forged}).ok); // self-consistent
            auto del = (*ws)->db().prepare("DELETE FROM site_register;");
            QVERIFY(del && del->run());
            QVERIFY(workspace::SiteRegisterStore::add((*ws)->db(), forged));
            // And their own card now remembers the forged register.
            auto token = module.findTokenByLabel(demo::demoCards()[Rhys].label);
            auto s = module.openSession(token->slotId, true);
            QVERIFY(s && (*s)->login(pinOf(Rhys)));
            QVERIFY(workspace::RegisterAnchor::write(**s, workspace::RegisterAnchor::siteId({forged}),
                                                     {1, forged.doc.digestHex()}));
            (void)(*s)->logout();
        }
        {
            auto rhys = openAs(demo, Rhys);
            QVERIFY(rhys);
            QVERIFY2((*rhys)->registerAlarm().isEmpty(),
                     qPrintable((*rhys)->registerAlarm())); // own console only
        }
        for (int card : {Alice, Bethan, Chidi, Dafydd}) {
            auto other = openAs(demo, card);
            if (!other) { // a custodian revoked by the forgery cannot open at all: loud, not silent
                QVERIFY2(other.error().message.contains(QStringLiteral("holds no anchor")),
                         qPrintable(other.error().message));
                continue;
            }
            QVERIFY2((*other)->registerAlarm().contains(QStringLiteral("holds no anchor")),
                     qPrintable((*other)->registerAlarm()));
            QVERIFY(!(*other)->require(policy::Permission::MarkCompromised));
        }
    }

    // A register cut back to an earlier version (a legitimate change undone by an insider) is
    // found by every card that saw the newer one.
    void aRegisterCutBackIsFound() {
        test::DemoFixture demo(20);
        {
            auto ws = openAs(demo, Alice);
            QVERIFY(ws);
            workspace::SiteRegister next = (*ws)->siteRegister();
            next.reason = QStringLiteral("Rhys moves to incident response");
            for (auto& c : next.cards)
                if (c.holder == QLatin1String("Rhys Evans"))
                    c.role = QStringLiteral("responder");
            auto change = workspace::SiteRegisterChange::start(**ws, next);
            QVERIFY2(change, change ? "" : qPrintable(change.error().message));
            QVERIFY(change->approve(serialOf(demo, Bethan), pinOf(Bethan)));
            QVERIFY(!change->isReady());
            QVERIFY(change->approve(serialOf(demo, Chidi), pinOf(Chidi)));
            QVERIFY(change->commit());
        }
        { // Undone at once, before anyone opens: the approvers' cards saw version 2 when it was made.
            auto rhys = openAs(demo, Rhys);
            QVERIFY(rhys);
            QVERIFY((*rhys)->db().exec("CREATE TABLE v2 AS SELECT * FROM site_register WHERE version = 2;"
                                       " DELETE FROM site_register WHERE version = 2;"));
        }
        {
            auto bethan = openAs(demo, Bethan);
            QVERIFY(bethan);
            QVERIFY2((*bethan)->registerAlarm().contains(QStringLiteral("versions were removed")),
                     qPrintable((*bethan)->registerAlarm()));
            // Put back (the test's own repair) for the second half.
            QVERIFY((*bethan)->db().exec("INSERT INTO site_register SELECT * FROM v2;"));
        }
        { // Alice's card moves its anchor to version 2 at her next open; Rhys is a responder.
            auto alice = openAs(demo, Alice);
            QVERIFY(alice && (*alice)->registerAlarm().isEmpty());
        }
        {
            auto rhys = openAs(demo, Rhys);
            QVERIFY(rhys);
            QCOMPARE((*rhys)->identity().role, QStringLiteral("responder"));
            auto del = (*rhys)->db().prepare("DELETE FROM site_register WHERE version = 2;");
            QVERIFY(del && del->run());
        }
        auto alice = openAs(demo, Alice);
        QVERIFY(alice);
        QVERIFY2((*alice)->registerAlarm().contains(QStringLiteral("versions were removed")),
                 qPrintable((*alice)->registerAlarm()));
    }

    // Finding 3: the safety settings in workspace.json are a mirror. Editing them (k = 1, the key
    // token's serial pointed at a custodian's card, the journal token removed, the profile) changes
    // nothing that counts, and the difference is shown.
    void workspaceJsonSettingsAreOnlyAMirror() {
        test::DemoFixture demo(20);
        const QString path = demo.dir() + QStringLiteral("/workspace.json");
        const QJsonObject original = readJson(path);
        QJsonObject o = original;
        o.insert(QStringLiteral("profile"), QStringLiteral("production"));
        o.insert(QStringLiteral("quorum"), QJsonObject{{QStringLiteral("k"), 1}, {QStringLiteral("n"), 3}});
        o.insert(QStringLiteral("key_token"),
                 QJsonObject{{QStringLiteral("label"), QStringLiteral("ACS card 2")},
                             {QStringLiteral("serial"), serialOf(demo, Bethan)}});
        o.insert(QStringLiteral("journal_token"), QJsonObject{});
        writeJson(path, o);
        auto ws = openAs(demo, Alice);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        const QJsonObject key = original.value(QStringLiteral("key_token")).toObject();
        QCOMPARE((*ws)->config().quorumK, 2);
        QCOMPARE((*ws)->config().keyTokenSerial, key.value(QStringLiteral("serial")).toString());
        QCOMPARE((*ws)->config().profile, QStringLiteral("development"));
        QVERIFY((*ws)->signsCheckpoints()); // the journal token still signs
        QVERIFY((*ws)->registerAlarm().isEmpty());
        const QString notes = (*ws)->notices().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("workspace.json says quorum")), qPrintable(notes));
        QVERIFY(notes.contains(QStringLiteral("key_token.serial")));
        QVERIFY(notes.contains(QStringLiteral("journal_token.serial")));
    }

    // Finding 4: who approved comes from the register, and one person approves once. Renaming
    // card 2's holder in keyslots.json changes nothing; a person holding two cards (the register
    // says so) counts once.
    void onePersonApprovesOnceWhateverTheFilesSay() {
        test::DemoFixture demo(20);
        const QString slotsPath = demo.dir() + QStringLiteral("/keyslots.json");
        QJsonObject slots = readJson(slotsPath);
        QJsonArray arr = slots.value(QStringLiteral("keyslots")).toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            QJsonObject k = arr[i].toObject();
            if (k.value(QStringLiteral("holder")).toString() == QLatin1String("Bethan Morgan"))
                k.insert(QStringLiteral("holder"), QStringLiteral("Alice Hughes"));
            arr[i] = k;
        }
        slots.insert(QStringLiteral("keyslots"), arr);
        writeJson(slotsPath, slots);
        {
            auto ws = openAs(demo, Alice);
            QVERIFY(ws);
            auto session = quorum::QuorumSession::start(
                **ws,
                quorum::QuorumRequest::make(QStringLiteral("test.action"), {}, (*ws)->identity().actor()));
            QVERIFY(session);
            QVERIFY(session->approve(serialOf(demo, Bethan), pinOf(Bethan)));
            QCOMPARE(session->approvals().constLast().holder, QStringLiteral("Bethan Morgan"));
            session->cancel(QStringLiteral("test"));

            // The register (through the quorum) says Alice holds card 2 as well.
            workspace::SiteRegister next = (*ws)->siteRegister();
            next.reason = QStringLiteral("Alice takes over card 2");
            for (auto& c : next.cards)
                if (c.holder == QLatin1String("Bethan Morgan"))
                    c.holder = QStringLiteral("Alice Hughes");
            // Who holds the PIN's shares changes (one person, two cards): refused without the
            // re-share, which gives Alice's two cards one share between them.
            QVERIFY(!workspace::SiteRegisterChange::start(**ws, next));
            auto change =
                workspace::SiteRegisterChange::start(**ws, next, std::make_unique<quorum::KeyTokenReshare>());
            QVERIFY(change);
            QVERIFY(change->approve(serialOf(demo, Alice), pinOf(Alice)));
            QVERIFY(change->approve(serialOf(demo, Chidi), pinOf(Chidi)));
            QVERIFY(change->commit());
            // Alice's two cards carry one share index between them: they rebuild nothing alone.
            const QString sql =
                QStringLiteral("SELECT count(DISTINCT share_index) FROM key_token_shares WHERE "
                               "purpose = 'key-token-user-pin' AND card_serial IN ('%1', '%2');")
                    .arg(serialOf(demo, Alice), serialOf(demo, Bethan));
            auto indexes = (*ws)->db().scalarInt(sql.toUtf8().constData());
            QVERIFY(indexes);
            QCOMPARE(*indexes, qint64(1));
        }
        auto ws = openAs(demo, Chidi);
        QVERIFY(ws && (*ws)->registerAlarm().isEmpty());
        QCOMPARE((*ws)->config().quorumK, 2);
        auto session = quorum::QuorumSession::start(
            **ws, quorum::QuorumRequest::make(QStringLiteral("test.action"), {}, (*ws)->identity().actor()));
        QVERIFY(session);
        QVERIFY(session->approve(serialOf(demo, Alice), pinOf(Alice)));
        const Status again = session->approve(serialOf(demo, Bethan), pinOf(Bethan));
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("one person approves once")),
                 qPrintable(again.error().message));
        session->cancel(QStringLiteral("test"));

        // The same for a register change: Alice's two cards are one approval.
        workspace::SiteRegister next = (*ws)->siteRegister();
        next.reason = QStringLiteral("three custodians from now on");
        next.settings.quorumK = 3;
        next.settings.quorumN = 3;
        auto change = workspace::SiteRegisterChange::start(**ws, next);
        QVERIFY(!change); // and only two persons are custodians now: k = 3 cannot be met
        QVERIFY2(change.error().message.contains(QStringLiteral("has 2")),
                 qPrintable(change.error().message));
        next.settings.quorumK = 2;
        next.reason = QStringLiteral("four cards");
        next.settings.quorumN = 4;
        auto change2 = workspace::SiteRegisterChange::start(**ws, next);
        QVERIFY2(change2, change2 ? "" : qPrintable(change2.error().message));
        QVERIFY(change2->approve(serialOf(demo, Alice), pinOf(Alice)));
        const Status secondCard = change2->approve(serialOf(demo, Bethan), pinOf(Bethan));
        QVERIFY(!secondCard);
        QVERIFY2(secondCard.error().message.contains(QStringLiteral("one person approves once")),
                 qPrintable(secondCard.error().message));
    }

    // A register change is journaled with what changed, before and after; a card holder who did
    // not approve it opens without an alarm (their card moves on to the new version).
    void aRegisterChangeIsJournaledAndAccepted() {
        test::DemoFixture demo(20);
        const test::CliRun r = test::runCli(test::cliArgs(
            demo.dir(), test::kCustodian1,
            words({"site", "change", "--set-quorum", "3/3", "--reason", "three custodians from now on"}),
            {test::kCustodian2, test::kCustodian3}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            auto ws = openAs(demo, Dafydd);
            QVERIFY(ws && (*ws)->registerAlarm().isEmpty());
            QCOMPARE((*ws)->config().quorumK, 3);
            QCOMPARE((*ws)->siteRegister().version, 2);
            QCOMPARE(readJson(demo.dir() + QStringLiteral("/workspace.json"))
                         .value(QStringLiteral("quorum"))
                         .toObject()
                         .value(QStringLiteral("k"))
                         .toInt(),
                     3); // the mirror follows
            auto entries = (*ws)->journal().cursor();
            QVERIFY(entries);
            bool found = false;
            journal::JournalEntry e;
            while (true) {
                auto more = (*entries)(e);
                QVERIFY(more);
                if (!*more)
                    break;
                if (e.action != QLatin1String("site.register_changed"))
                    continue;
                found = true;
                const QJsonObject d = e.details();
                QVERIFY(d.value(QStringLiteral("changes"))
                            .toArray()
                            .first()
                            .toString()
                            .contains(QStringLiteral("3 of 3")));
                QCOMPARE(
                    d.value(QStringLiteral("before")).toObject().value(QStringLiteral("version")).toInt(), 1);
                QCOMPARE(d.value(QStringLiteral("approvals")).toArray().size(), 2);
            }
            QVERIFY(found);
        }

        // One custodian alone cannot change it.
        const test::CliRun alone = test::runCli(test::cliArgs(
            demo.dir(), test::kCustodian1,
            words({"site", "change", "--set-quorum", "2/3", "--reason", "faster"}), {test::kCustodian1}));
        QCOMPARE(alone.code, 1);
        QVERIFY2(alone.err.contains(QStringLiteral("1 of the 3 custodians needed")), qPrintable(alone.err));
    }
};

QTEST_GUILESS_MAIN(TestInsiderAttacks)
#include "test_insider_attacks.moc"
