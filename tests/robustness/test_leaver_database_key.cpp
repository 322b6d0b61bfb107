// A card holder who leaves the site keeps nothing that opens the workspace (issue #18, "the
// database key is not changed on revocation"): the insider derives the database key from their
// keyslot while they are enrolled, as anyone can, and keeps it. After the register change that
// revokes their card, that key must open nothing current, neither through Symbolon nor through
// the sqlcipher shell, while everyone who stays opens as before. A kill at any step of the key
// change leaves a workspace that the next open finishes or redoes.
#include "DemoFixture.h"
#include "InsiderDatabase.h"

#include "policy/Role.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/Keyslot.h"
#include "workspace/SiteRegisterChange.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTest>

#include <algorithm>
#include <cstdio>

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

// The key the insider keeps: derived from their keyslot with their card (hex).
SecureBytes keyOf(const test::DemoFixture& demo, int card) {
    QString why;
    SecureBytes k = test::insiderDatabaseKey(demo.dir(), card + 1, &why);
    if (k.empty())
        qFatal("%s", qPrintable(why));
    return k;
}

bool same(const SecureBytes& a, const SecureBytes& b) {
    return a.size() == b.size() && std::equal(a.data(), a.data() + a.size(), b.data());
}

int count(workspace::Workspace& ws, const char* sql) {
    auto st = ws.db().prepare(sql);
    int n = -1;
    if (st)
        (void)st->forEachRow([&](const store::Statement& r) { n = int(r.int64(0)); });
    return n;
}

// Alice proposes, Bethan and Chidi approve: Rhys's card is revoked.
Status revokeRhys(const test::DemoFixture& demo) {
    auto ws = openAs(demo, Alice);
    if (!ws)
        return ws.error();
    workspace::SiteRegister next = (*ws)->siteRegister();
    next.reason = QStringLiteral("Rhys leaves the PMA");
    for (auto& c : next.cards)
        if (c.cardSerial == serialOf(demo, Rhys))
            c.state = QStringLiteral("revoked");
    auto change = workspace::SiteRegisterChange::start(**ws, next);
    if (!change)
        return change.error();
    if (auto a = change->approve(serialOf(demo, Bethan), pinOf(Bethan)); !a)
        return a;
    if (auto a = change->approve(serialOf(demo, Chidi), pinOf(Chidi)); !a)
        return a;
    return change->commit();
}
} // namespace

class TestLeaverDatabaseKey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("SYMBOLON_DEVELOPMENT_MODULES", ""); }

    void aRevokedCardsKeyOpensNothingCurrent() {
        test::DemoFixture demo(20);
        const SecureBytes kept = keyOf(demo, Rhys);
        QString out;
        QVERIFY2(test::insiderSql(demo.dir(), kept, "SELECT count(*) FROM journal;", &out), qPrintable(out));
        const Status revoked = revokeRhys(demo);
        QVERIFY2(revoked, revoked ? "" : qPrintable(revoked.error().message));

        QVERIFY2(!test::insiderSql(demo.dir(), kept, "SELECT count(*) FROM journal;", &out),
                 "the leaver's copy of the database key still opens the workspace");
        QVERIFY2(out.contains(QStringLiteral("not a database")), qPrintable(out));
        QVERIFY(!QFile::exists(workspace::Workspace::databaseRekeyPath(demo.dir())));
        QVERIFY(!QFile::exists(workspace::Workspace::keyslotsNextPath(demo.dir())));
        auto slots = workspace::Workspace::readKeyslots(demo.dir());
        QVERIFY(slots);
        QCOMPARE(slots->size(), 4);

        auto bethan = openAs(demo, Bethan);
        QVERIFY2(bethan, bethan ? "" : qPrintable(bethan.error().message));
        QVERIFY2((*bethan)->health().ok(), qPrintable((*bethan)->health().refusal()));
        QVERIFY((*bethan)->verifyJournal().ok());
        QCOMPARE(
            count(**bethan, "SELECT count(*) FROM journal WHERE action = 'workspace.database_key_changed';"),
            1);
        // The register change is in the new database, journaled before the key change.
        QCOMPARE(count(**bethan, "SELECT count(*) FROM journal WHERE action = 'site.register_changed';"), 1);
        // Nothing was lost in the copy: the devices are all there.
        QCOMPARE(count(**bethan, "SELECT count(*) FROM devices;"), 20);
        // Bethan's new key is not the old one.
        bethan->reset();
        QVERIFY(!same(keyOf(demo, Bethan), kept));
        // And Rhys's card opens nothing.
        QVERIFY(!openAs(demo, Rhys));
    }

    // A key change that cannot be made (here: a folder planted where the new keyslots go, as a
    // leaver who can write the folder could) is an alarm, not a silence: the workspace opens
    // read-only, naming it, until the change is made; then the leaver's key opens nothing. A
    // folder planted at the copy's name blocks nothing (the copy's name is new each time).
    void aKeyChangeThatCannotBeMadeIsAnAlarmUntilItIs() {
        test::DemoFixture demo(20);
        const SecureBytes kept = keyOf(demo, Rhys);
        QVERIFY(QDir().mkpath(workspace::Workspace::keyslotsNextPath(demo.dir())));
        QVERIFY(QDir().mkpath(workspace::Workspace::databaseRekeyPath(demo.dir())));
        QVERIFY(revokeRhys(demo)); // the change is made; the key could not change with it
        QString out;
        QVERIFY2(test::insiderSql(demo.dir(), kept, "SELECT count(*) FROM journal;", &out), qPrintable(out));
        {
            auto ws = openAs(demo, Bethan);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            QVERIFY(!(*ws)->health().ok());
            QVERIFY2((*ws)->health().refusal().contains(QStringLiteral("database key has not changed")),
                     qPrintable((*ws)->health().refusal()));
            QVERIFY(!(*ws)->require(policy::Permission::ImportInventory));
        }
        QVERIFY(QDir(workspace::Workspace::keyslotsNextPath(demo.dir())).removeRecursively());
        {
            auto ws = openAs(demo, Chidi);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            QVERIFY2((*ws)->health().ok(), qPrintable((*ws)->health().refusal()));
            QCOMPARE(
                count(**ws, "SELECT count(*) FROM journal WHERE action = 'workspace.database_key_changed';"),
                1);
        }
        QVERIFY(!test::insiderSql(demo.dir(), kept, "SELECT count(*) FROM journal;", &out));
        auto again = openAs(demo, Dafydd);
        QVERIFY(again && (*again)->health().ok());
    }

    // Killed after the new database took the old one's place and before keyslots.json followed:
    // the keyslots in use do not open it, the new ones do, and the open completes the change.
    void aKillBetweenTheSwapAndTheKeyslotsIsCompletedAtOpen() {
        test::DemoFixture demo(20);
        const SecureBytes old = keyOf(demo, Alice);
        {
            auto ws = openAs(demo, Alice);
            QVERIFY(ws);
            const SecureBytes newKey = SecureBytes::random(32);
            QJsonArray slots;
            for (const auto& c : (*ws)->siteRegister().cards) {
                auto k = workspace::Keyslot::create(c.holder, c.role, c.cardLabel, c.cardSerial, c.keyId,
                                                    c.publicKey, newKey);
                QVERIFY(k);
                slots.append(k->toJson());
            }
            QSaveFile next(workspace::Workspace::keyslotsNextPath(demo.dir()));
            QVERIFY(next.open(QIODevice::WriteOnly));
            next.write(QJsonDocument(QJsonObject{{QStringLiteral("keyslots"), slots}}).toJson());
            QVERIFY(next.commit());
            QVERIFY((*ws)->db().exec("PRAGMA wal_checkpoint(TRUNCATE);"));
            const Status exported =
                (*ws)->db().exportTo(workspace::Workspace::databaseRekeyPath(demo.dir()), newKey);
            QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
        }
        QCOMPARE(
            std::rename(QFile::encodeName(workspace::Workspace::databaseRekeyPath(demo.dir())).constData(),
                        QFile::encodeName(workspace::Workspace::databasePath(demo.dir())).constData()),
            0);
        auto ws = openAs(demo, Bethan);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY2((*ws)->health().ok(), qPrintable((*ws)->health().refusal()));
        QVERIFY2((*ws)->notices().join(QLatin1Char('\n')).contains(QStringLiteral("interrupted")),
                 qPrintable((*ws)->notices().join(QLatin1Char('\n'))));
        QVERIFY(!QFile::exists(workspace::Workspace::keyslotsNextPath(demo.dir())));
        ws->reset();
        QVERIFY(!same(keyOf(demo, Alice), old));
        auto alice = openAs(demo, Alice);
        QVERIFY(alice && (*alice)->health().ok());
    }
};

QTEST_GUILESS_MAIN(TestLeaverDatabaseKey)
#include "test_leaver_database_key.moc"
