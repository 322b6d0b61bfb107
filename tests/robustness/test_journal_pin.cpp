// Issue #15: the journal token's PIN is no clear row in the workspace database. It is sealed to
// every active card of the site register; a card that leaves loses it (the PIN is changed and
// sealed to the cards that stay); a workspace made before keeps its clear row only until its
// next open by a card holder, which changes the PIN; a kill in the middle of a change is settled
// at the next open. Each attack is played as the insider plays it: with their own card, the
// database key from their keyslot and the sqlcipher shell.
#include "DemoFixture.h"
#include "InsiderDatabase.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/SealToCard.h"
#include "hsm/Session.h"
#include "journal/JournalSigner.h"
#include "store/Database.h"
#include "store/MetaStore.h"
#include "store/Statement.h"
#include "workspace/JournalPinStore.h"
#include "workspace/SiteRegisterChange.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace symbolon;

namespace {
enum Card { Alice = 0, Bethan = 1, Chidi = 2, Rhys = 3, Dafydd = 4 }; // demo::demoCards() order

SecureBytes pinOf(int card) {
    return SecureBytes::fromString(demo::demoCards()[card].pin.toStdString());
}

QString serialOf(const test::DemoFixture& demo, int card) {
    auto slots = workspace::Workspace::readKeyslots(demo.dir());
    if (!slots)
        qFatal("%s", qPrintable(slots.error().message));
    for (const auto& k : *slots)
        if (k.tokenLabel == demo::demoCards()[card].label)
            return k.tokenSerial;
    return {};
}

Result<std::unique_ptr<workspace::Workspace>> openAs(const test::DemoFixture& demo, int card) {
    return workspace::Workspace::open(demo.dir(), serialOf(demo, card), pinOf(card), {});
}

// What an insider with card `card` reads: their own seal of the journal token's PIN, opened with
// their card (the current generation).
Result<SecureBytes> unsealWithCard(workspace::Workspace& ws, int card) {
    auto token = ws.module()->findTokenByLabel(demo::demoCards()[card].label);
    if (!token)
        return token.error();
    auto session = ws.module()->openSession(token->slotId, false);
    if (!session)
        return session.error();
    if (auto l = (*session)->login(pinOf(card)); !l)
        return l.error();
    const workspace::RegisteredCard* me = ws.siteRegister().cardBySerial(token->serial);
    if (!me)
        return fail(ErrorCode::NotFound, QStringLiteral("not in the register"));
    auto key = hsm::EcKeyPair::find(**session, me->keyId);
    if (!key)
        return key.error();
    auto seals = workspace::JournalPinStore::forCard(ws.db(), token->serial, key->fingerprint());
    if (!seals)
        return seals.error();
    for (const auto& s : *seals)
        if (!s.pending)
            return hsm::openSealed(**session, *key, s.sealed, workspace::SealedJournalPin::label(),
                                   s.aad(ws.siteRegister().settings.journalTokenSerial));
    return fail(ErrorCode::NotFound, QStringLiteral("no current seal for this card"));
}

// Whether the journal token takes `pin` now, asked of the token itself.
bool journalTokenTakes(const test::DemoFixture& demo, const SecureBytes& pin) {
    auto config = workspace::Workspace::readConfig(demo.dir());
    auto module = config ? workspace::Workspace::loadModule(demo.dir(), *config, {})
                         : Result<std::shared_ptr<hsm::Module>>(config.error());
    auto token = module ? (*module)->findTokenBySerial(config->journalTokenSerial)
                        : Result<hsm::TokenInfo>(module.error());
    auto session = token ? (*module)->openSession(token->slotId, false)
                         : Result<std::unique_ptr<hsm::Session>>(token.error());
    if (!session)
        qFatal("journal token: %s", qPrintable(session.error().message));
    auto right = (*session)->probePin(pin);
    if (!right)
        qFatal("probe: %s", qPrintable(right.error().message));
    return *right;
}

QJsonObject lastDetails(workspace::Workspace& ws, const char* action) {
    auto st = ws.db().prepare("SELECT details FROM journal WHERE action = ? ORDER BY seq DESC LIMIT 1;");
    if (!st)
        return {};
    st->bind(1, QString::fromLatin1(action));
    QJsonObject out;
    (void)st->forEachRow(
        [&](const store::Statement& r) { out = QJsonDocument::fromJson(r.text(0).toUtf8()).object(); });
    return out;
}

int count(workspace::Workspace& ws, const char* sql) {
    auto st = ws.db().prepare(sql);
    int n = -1;
    if (st)
        (void)st->forEachRow([&](const store::Statement& r) { n = int(r.int64(0)); });
    return n;
}
} // namespace

class TestJournalPin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("SYMBOLON_DEVELOPMENT_MODULES", ""); }

    // The insider's database key and the sqlcipher shell: a dump of every table holds the PIN
    // nowhere, in clear or hex. Each active card holds one seal, and only its own card opens it.
    void theDatabaseHoldsNoClearJournalPin() {
        test::DemoFixture demo(20);
        SecureBytes pin;
        {
            auto ws = openAs(demo, Rhys);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            QVERIFY((*ws)->signsCheckpoints());
            auto p = unsealWithCard(**ws, Rhys);
            QVERIFY2(p, p ? "" : qPrintable(p.error().message));
            pin = std::move(*p);
            QCOMPARE(count(**ws, "SELECT count(*) FROM journal_pin_seals WHERE state = 'current';"), 5);
            QCOMPARE(count(**ws, "SELECT count(DISTINCT card_serial) FROM journal_pin_seals;"), 5);
            // Rhys's card does not open Bethan's seal.
            auto token = (*ws)->module()->findTokenByLabel(demo::demoCards()[Rhys].label);
            QVERIFY(token);
            auto session = (*ws)->module()->openSession(token->slotId, false);
            QVERIFY(session && (*session)->login(pinOf(Rhys)));
            auto key =
                hsm::EcKeyPair::find(**session, (*ws)->siteRegister().cardBySerial(token->serial)->keyId);
            QVERIFY(key);
            const workspace::RegisteredCard* bethan =
                (*ws)->siteRegister().cardBySerial(serialOf(demo, Bethan));
            auto theirs =
                workspace::JournalPinStore::forCard((*ws)->db(), bethan->cardSerial, bethan->fingerprint());
            QVERIFY(theirs && theirs->size() == 1);
            auto opened =
                hsm::openSealed(**session, *key, theirs->first().sealed, workspace::SealedJournalPin::label(),
                                theirs->first().aad((*ws)->siteRegister().settings.journalTokenSerial));
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, ErrorCode::Crypto);
        }
        QVERIFY(journalTokenTakes(demo, pin));
        QString why;
        const SecureBytes keyHex = test::insiderDatabaseKey(demo.dir(), Rhys + 1, &why);
        QVERIFY2(!keyHex.empty(), qPrintable(why));
        QString dump;
        QVERIFY2(test::insiderSql(demo.dir(), keyHex, ".dump\n", &dump), qPrintable(dump));
        QVERIFY2(dump.contains(QStringLiteral("journal_pin_seals")), "the dump is not the database's");
        const QByteArray clear(reinterpret_cast<const char*>(pin.data()), qsizetype(pin.size()));
        QVERIFY2(!dump.toUtf8().contains(clear), "the journal token's PIN is in the database in clear");
        QVERIFY2(!dump.toUtf8().toLower().contains(clear.toHex()),
                 "the journal token's PIN is in the database");
        QVERIFY(!dump.contains(QStringLiteral("journal_token_pin")));
    }

    // A card revoked from the site keeps nothing that signs: the PIN it could open is changed,
    // sealed to the cards that stay, and the register change's entry says so.
    void aRevokedCardLosesTheJournalPin() {
        test::DemoFixture demo(20);
        SecureBytes rhysKnew;
        const QString rhys = serialOf(demo, Rhys);
        {
            auto ws = openAs(demo, Rhys);
            QVERIFY(ws);
            auto p = unsealWithCard(**ws, Rhys);
            QVERIFY(p);
            rhysKnew = std::move(*p);
        }
        {
            auto ws = openAs(demo, Alice);
            QVERIFY(ws);
            workspace::SiteRegister next = (*ws)->siteRegister();
            next.reason = QStringLiteral("Rhys leaves the PMA");
            for (auto& c : next.cards)
                if (c.cardSerial == rhys)
                    c.state = QStringLiteral("revoked");
            auto change = workspace::SiteRegisterChange::start(**ws, next);
            QVERIFY2(change, change ? "" : qPrintable(change.error().message));
            QVERIFY(change->approve(serialOf(demo, Bethan), pinOf(Bethan)));
            QVERIFY(change->approve(serialOf(demo, Chidi), pinOf(Chidi)));
            auto made = change->commit();
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            const QJsonObject pinDetails = lastDetails(**ws, "site.register_changed")
                                               .value(QStringLiteral("journal_token_pin"))
                                               .toObject();
            QCOMPARE(pinDetails.value(QStringLiteral("changed")).toBool(), true);
            QCOMPARE(pinDetails.value(QStringLiteral("generation")).toInt(), 2);
            const QVariantList sealedTo =
                pinDetails.value(QStringLiteral("sealed_to")).toArray().toVariantList();
            QCOMPARE(sealedTo.size(), 4);
            QVERIFY(!sealedTo.contains(rhys));
            QCOMPARE(
                count(**ws,
                      "SELECT count(*) FROM journal_pin_seals WHERE generation <> 2 OR state <> 'current';"),
                0);
            auto st = (*ws)->db().prepare("SELECT count(*) FROM journal_pin_seals WHERE card_serial = ?;");
            QVERIFY(st);
            st->bind(1, rhys);
            int left = -1;
            QVERIFY(st->forEachRow([&](const store::Statement& r) { left = int(r.int64(0)); }));
            QCOMPARE(left, 0);
            QVERIFY((*ws)->checkpoint());
        }
        QVERIFY2(!journalTokenTakes(demo, rhysKnew), "the leaver's copy of the PIN still logs in");
        auto bethan = openAs(demo, Bethan);
        QVERIFY2(bethan, bethan ? "" : qPrintable(bethan.error().message));
        QVERIFY2((*bethan)->health().ok(), qPrintable((*bethan)->health().refusal()));
        QVERIFY((*bethan)->signsCheckpoints());
        QVERIFY((*bethan)->verifyJournal().ok());
    }

    // A card that lost its seal (a change that could not seal to it) opens read-only, saying why;
    // the next open by another card holder seals the PIN to it, journaled.
    void aCardWithoutASealIsSealedToAtTheNextOpen() {
        test::DemoFixture demo(20);
        const QString dafydd = serialOf(demo, Dafydd);
        {
            auto ws = openAs(demo, Alice);
            QVERIFY(ws);
            auto del = (*ws)->db().prepare("DELETE FROM journal_pin_seals WHERE card_serial = ?;");
            QVERIFY(del);
            del->bind(1, dafydd);
            QVERIFY(del->run());
        }
        {
            auto ws = openAs(demo, Dafydd);
            QVERIFY(ws);
            QVERIFY(!(*ws)->signsCheckpoints());
            QVERIFY(!(*ws)->health().ok());
            QVERIFY2((*ws)->health().refusal().contains(QStringLiteral("seal")),
                     qPrintable((*ws)->health().refusal()));
        }
        {
            auto ws = openAs(demo, Bethan);
            QVERIFY(ws && (*ws)->health().ok());
            const QJsonObject d = lastDetails(**ws, "journal.token_pin_sealed");
            QCOMPARE(d.value(QStringLiteral("changed")).toBool(), false);
            QCOMPARE(d.value(QStringLiteral("sealed_to")).toArray().toVariantList(), QVariantList{dafydd});
        }
        auto ws = openAs(demo, Dafydd);
        QVERIFY(ws);
        QVERIFY2((*ws)->health().ok(), qPrintable((*ws)->health().refusal()));
        QVERIFY((*ws)->signsCheckpoints());
    }

    // A workspace from before this change: its clear row works once, at the next open by a card
    // holder, which changes the token's PIN (the old one was readable by every holder of the
    // database key, leavers included), seals the new one and deletes the row.
    void theClearRowOfAnOlderWorkspaceIsRetired() {
        test::DemoFixture demo(20);
        SecureBytes old;
        {
            auto ws = openAs(demo, Alice);
            QVERIFY(ws);
            auto p = unsealWithCard(**ws, Alice);
            QVERIFY(p);
            old = std::move(*p);
            QVERIFY((*ws)->db().exec("DELETE FROM journal_pin_seals;"));
            QVERIFY(store::MetaStore::insertSecret((*ws)->db(), "journal_token_pin", old));
        }
        {
            auto ws = openAs(demo, Chidi);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            QVERIFY2((*ws)->health().ok(), qPrintable((*ws)->health().refusal()));
            QVERIFY((*ws)->signsCheckpoints());
            auto row = store::MetaStore::secret((*ws)->db(), "journal_token_pin");
            QVERIFY(row && !*row);
            const QJsonObject d = lastDetails(**ws, "journal.token_pin_sealed");
            QCOMPARE(d.value(QStringLiteral("changed")).toBool(), true);
            QCOMPARE(d.value(QStringLiteral("sealed_to")).toArray().size(), 5);
            QCOMPARE(count(**ws, "SELECT count(*) FROM journal_pin_seals WHERE state = 'current';"), 5);
        }
        QVERIFY2(!journalTokenTakes(demo, old), "the PIN that was a clear row still logs in");
        auto ws = openAs(demo, Rhys);
        QVERIFY(ws && (*ws)->health().ok() && (*ws)->signsCheckpoints());
        QVERIFY((*ws)->verifyJournal().ok());
    }

    // Killed after the token took the new PIN and before the register change committed: the
    // next open finds the PIN the token takes among the seals, completes the change over the
    // register as it is, and journals it.
    void aChangeKilledAfterTheTokenTookTheNewPinIsCompleted() {
        test::DemoFixture demo(20);
        {
            auto ws = openAs(demo, Alice);
            QVERIFY(ws);
            workspace::SiteRegister next = (*ws)->siteRegister();
            for (auto& c : next.cards)
                if (c.cardSerial == serialOf(demo, Rhys))
                    c.state = QStringLiteral("revoked");
            auto change = (*ws)->changeJournalPin(next, QStringLiteral("test"));
            QVERIFY2(change, change ? "" : qPrintable(change.error().message));
            QCOMPARE(count(**ws, "SELECT count(*) FROM journal_pin_seals WHERE state = 'pending';"), 4);
        } // closed as a kill leaves it: the change never committed
        {
            auto ws = openAs(demo, Bethan);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            QVERIFY2((*ws)->health().ok(), qPrintable((*ws)->health().refusal()));
            QVERIFY((*ws)->signsCheckpoints());
            const QJsonObject d = lastDetails(**ws, "journal.token_pin_settled");
            QVERIFY2(d.value(QStringLiteral("outcome")).toString().contains(QStringLiteral("completed")),
                     QJsonDocument(d).toJson().constData());
            // Rhys is still in the register (the change did not commit): his card is sealed to again.
            QCOMPARE(
                count(**ws,
                      "SELECT count(*) FROM journal_pin_seals WHERE state = 'current' AND generation = 2;"),
                5);
            QCOMPARE(
                count(**ws,
                      "SELECT count(*) FROM journal_pin_seals WHERE state = 'pending' OR generation <> 2;"),
                0);
        }
        auto ws = openAs(demo, Rhys);
        QVERIFY(ws && (*ws)->health().ok() && (*ws)->signsCheckpoints());
    }

    // Killed after the pending seals were written and before the token took the new PIN: the
    // next open drops them, and journals it.
    void aChangeKilledBeforeTheTokenTookItIsDropped() {
        test::DemoFixture demo(20);
        {
            auto ws = openAs(demo, Alice);
            QVERIFY(ws);
            const SecureBytes never = journal::JournalSigner::randomPin();
            QVector<workspace::RegisteredCard> active;
            for (const auto& c : (*ws)->siteRegister().cards)
                active.push_back(c);
            auto seals = workspace::JournalPinStore::seal(never, 2, true, active,
                                                          (*ws)->siteRegister().settings.journalTokenSerial);
            QVERIFY(seals);
            QVERIFY(workspace::JournalPinStore::add((*ws)->db(), *seals));
        }
        auto ws = openAs(demo, Bethan);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY2((*ws)->health().ok(), qPrintable((*ws)->health().refusal()));
        const QJsonObject d = lastDetails(**ws, "journal.token_pin_settled");
        QVERIFY2(d.value(QStringLiteral("outcome")).toString().contains(QStringLiteral("dropped")),
                 QJsonDocument(d).toJson().constData());
        QCOMPARE(count(**ws, "SELECT count(*) FROM journal_pin_seals WHERE state = 'pending';"), 0);
        QCOMPARE(
            count(**ws, "SELECT count(*) FROM journal_pin_seals WHERE state = 'current' AND generation = 1;"),
            5);
    }
};

QTEST_GUILESS_MAIN(TestJournalPin)
#include "test_journal_pin.moc"
