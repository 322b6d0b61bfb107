// Issue #15: a journal that no single card holder can rewrite unseen. Each test plays the insider
// of the issue end to end: the read-only PMA reviewer, with their own card and PIN, opens the
// database with the key their keyslot gives (as `pkcs11-tool --derive`, HKDF and AES-GCM would),
// edits rows (as the `sqlcipher` shell would), recomputes the chain, re-signs every checkpoint
// with the journal token (whose PIN every keyslot holder can read) and their own card (as
// `pkcs11-tool --sign` would), rewrites the checkpoint file and their own card's witness. What
// they cannot do is sign with another person's card.
#include "CliRunner.h"
#include "DemoFixture.h"

#include "common/SecureBytes.h"
#include "demo/DemoWorkspace.h"
#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/SealToCard.h"
#include "hsm/Session.h"
#include "journal/Checkpoint.h"
#include "journal/CheckpointStore.h"
#include "journal/JournalEntry.h"
#include "journal/JournalSigner.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/JournalPinStore.h"
#include "workspace/JournalWitness.h"
#include "workspace/RegisterAnchor.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QTest>

using namespace symbolon;

namespace {
enum Card { Alice = 0, Bethan = 1, Chidi = 2, Rhys = 3, Dafydd = 4 }; // demo::demoCards() order

SecureBytes pinOf(int card) {
    return SecureBytes::fromString(demo::demoCards()[card].pin.toStdString());
}

QStringList words(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

// What the insider does to the journal, in one place.
struct Rewrite {
    qint64 editSeq = 0;    // the entry whose details are changed (0: none)
    qint64 keepUpTo = 0;   // entries after this one are deleted (0: none)
    QByteArray newDetails; // the edited entry's new details
};
} // namespace

class TestJournalInsider : public QObject {
    Q_OBJECT

    QString serialOf(const test::DemoFixture& demo, int card) {
        auto slots = workspace::Workspace::readKeyslots(demo.dir());
        if (!slots)
            qFatal("%s", qPrintable(slots.error().message));
        for (const auto& k : *slots)
            if (k.tokenLabel == demo::demoCards()[card].label)
                return k.tokenSerial;
        qFatal("no card %d", card);
    }

    Result<std::unique_ptr<workspace::Workspace>> openAs(const test::DemoFixture& demo, int card) {
        return workspace::Workspace::open(demo.dir(), serialOf(demo, card), pinOf(card), {});
    }

    qint64 headSeq(workspace::Workspace& ws) {
        auto h = ws.journal().head();
        if (!h)
            qFatal("head");
        return h->seq;
    }

    // The insider (Rhys, the reviewer) at work. `ws` is Rhys's own open workspace: it gives the
    // database (his keyslot's key), the module and his logged-in card.
    void rewrite(workspace::Workspace& ws, const Rewrite& w) {
        store::Database& db = ws.db();
        QVERIFY(db.exec("BEGIN;"));
        if (w.keepUpTo > 0) {
            auto del = db.prepare("DELETE FROM journal WHERE seq > ?;");
            QVERIFY(del);
            del->bind(1, w.keepUpTo);
            QVERIFY(del->run());
        }
        // Recompute the chain from the edited entry on.
        auto st = db.prepare("SELECT seq, ts, actor, role, action, target, details, prev_hash, hash FROM "
                             "journal ORDER BY seq;");
        QVERIFY(st);
        QVector<journal::JournalEntry> all;
        while (true) {
            auto row = st->step();
            QVERIFY(row);
            if (!*row)
                break;
            journal::JournalEntry e;
            e.seq = st->int64(0);
            e.timeStored = st->text(1);
            e.actor = st->text(2);
            e.role = st->text(3);
            e.action = st->text(4);
            e.target = st->text(5);
            e.detailsJson = st->text(6).toUtf8();
            e.prevHash = st->blob(7);
            e.hash = st->blob(8);
            all.push_back(e);
        }
        QByteArray prev(32, '\0');
        for (journal::JournalEntry& e : all) {
            if (e.seq == w.editSeq)
                e.detailsJson = w.newDetails;
            e.prevHash = prev;
            e.hash = e.computeHash();
            prev = e.hash;
            auto up = db.prepare("UPDATE journal SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?;");
            QVERIFY(up);
            up->bindText(1, e.detailsJson).bind(2, e.prevHash).bind(3, e.hash).bind(4, e.seq);
            QVERIFY(up->run());
        }
        // Re-sign every checkpoint from the changed entry on: with the journal key (its PIN is in
        // the database) and, where it was the insider's own, with his own card.
        journal::CheckpointStore store(db, workspace::Workspace::checkpointFilePath(ws.dir()));
        auto old = store.fromDatabase();
        QVERIFY(old);
        QVERIFY(db.exec("DELETE FROM checkpoints;"));
        QVERIFY(QFile::remove(store.sidecarPath()));
        auto mine = ws.module()->findTokenBySerial(serialOf(m_demo(), Rhys));
        QVERIFY(mine);
        auto card = ws.module()->openSession(mine->slotId, true);
        QVERIFY(card);
        QVERIFY((*card)->login(pinOf(Rhys)));
        auto cardKey = hsm::EcKeyPair::find(**card, ws.siteRegister().cardBySerial(mine->serial)->keyId);
        QVERIFY(cardKey);
        // The journal token's PIN is sealed to his card like every card holder's (issue #15).
        auto seals = workspace::JournalPinStore::forCard(db, mine->serial, cardKey->fingerprint());
        QVERIFY(seals && !seals->isEmpty());
        auto pin =
            hsm::openSealed(**card, *cardKey, seals->first().sealed, workspace::SealedJournalPin::label(),
                            seals->first().aad(ws.config().journalTokenSerial));
        QVERIFY2(pin, pin ? "" : qPrintable(pin.error().message));
        auto signer = journal::JournalSigner::open(*ws.module(), ws.config().journalTokenSerial, *pin);
        QVERIFY2(signer, signer ? "" : qPrintable(signer.error().message));
        const qint64 firstChanged = w.editSeq > 0 ? w.editSeq : w.keepUpTo + 1;
        for (const journal::Checkpoint& c : *old) {
            if (c.seq > all.size())
                continue;
            if (c.seq < firstChanged) { // still true: kept as it was, card signatures and all
                QVERIFY(store.add(c));
                continue;
            }
            auto re = (*signer)->sign(c.seq, all[c.seq - 1].hash);
            QVERIFY(re);
            if (c.cardFingerprint == cardKey->fingerprint()) { // his own card: he signs again
                re->cardFingerprint = c.cardFingerprint;
                auto sig = cardKey->sign(**card, re->cardCanonical());
                QVERIFY(sig);
                re->cardSignature = *sig;
            } // another person's card signature cannot be made again: it is left off
            QVERIFY(store.add(*re));
        }
        QVERIFY(db.exec("COMMIT;"));
        // And his own card's witness, moved to the rewritten head.
        const QString site = workspace::RegisterAnchor::siteId(ws.siteRegisterChain());
        QVERIFY(workspace::JournalWitness::write(**card, site, {all.back().seq, all.back().hash}));
    }

    const test::DemoFixture& m_demo() const { return *m_fixture; }
    std::unique_ptr<test::DemoFixture> m_fixture;

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<test::DemoFixture>(20); }
    void cleanup() { m_fixture.reset(); }

    // (a) Another person's entry: Alice's last entry, its details changed. The verifier names it
    // and the card signature it lacks; Bethan's next open is read-only with the alarm.
    void anotherPersonsEntryRewritten() {
        qint64 alicesEntry = 0;
        {
            auto alice = openAs(m_demo(), Alice);
            QVERIFY(alice);
            alicesEntry = headSeq(**alice);
            QVERIFY((*alice)->verifyJournal().ok());
            QVERIFY2(
                (*alice)->verifyJournal().summary().contains(QStringLiteral("co-signed by their own card")),
                qPrintable((*alice)->verifyJournal().summary()));
        }
        {
            auto bethan = openAs(m_demo(), Bethan);
            QVERIFY(bethan);
        }
        {
            auto rhys = openAs(m_demo(), Rhys);
            QVERIFY(rhys);
            rewrite(**rhys, {alicesEntry, 0, QByteArrayLiteral("{\"card_label\":\"forged\"}")});
            const journal::VerificationReport r = (*rhys)->verifyJournal();
            QVERIFY(!r.ok());
            QCOMPARE(r.firstBadSeq, alicesEntry);
            QVERIFY2(r.problem.contains(QStringLiteral("Alice")) &&
                         r.problem.contains(QStringLiteral("card")),
                     qPrintable(r.problem));
        }
        // An evidence pack exported now fails too, against the pinned key: it carries the register's
        // card keys (cards.json), and Alice's signature is missing.
        const QString pack = m_demo().scratch(QStringLiteral("pack-after"));
        const test::CliRun exported = test::runCli(test::cliArgs(
            m_demo().dir(), test::kReviewer,
            {QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--evidence-pack"), pack}));
        QVERIFY2(QFile::exists(pack + QStringLiteral("/cards.json")), qPrintable(exported.err));
        const test::CliRun packVerify = test::runCli(
            {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--evidence-pack"), pack,
             QStringLiteral("--public-key"), workspace::Workspace::journalKeyPath(m_demo().dir())});
        QCOMPARE(packVerify.code, 1);
        QVERIFY2(packVerify.err.contains(QStringLiteral("#%1").arg(alicesEntry)) &&
                     packVerify.err.contains(QStringLiteral("Alice")),
                 qPrintable(packVerify.err));
        // The CLI's journal verify fails, naming the entry.
        const test::CliRun v =
            test::runCli(test::cliArgs(m_demo().dir(), test::kCustodian2, words({"journal", "verify"})));
        QVERIFY2(v.code != 0, qPrintable(v.out));
        QVERIFY2(v.err.contains(QStringLiteral("#%1").arg(alicesEntry)), qPrintable(v.err));
        {
            auto bethan = openAs(m_demo(), Bethan);
            QVERIFY(bethan);
            QVERIFY(!(*bethan)->health().ok());
            QVERIFY2((*bethan)->health().summary().contains(QStringLiteral("#%1").arg(alicesEntry)),
                     qPrintable((*bethan)->health().summary()));
            QVERIFY(!(*bethan)->require(policy::Permission::RunCeremony));
        }
    }

    // (b) The insider's own entry, made before Bethan's last open: he rewrites it and deletes what
    // came after (Bethan's entries, which he cannot sign again). The verifier alone is satisfied;
    // Bethan's card, the witness, is not.
    void ownEntryRewritten() {
        qint64 rhysEntry = 0;
        {
            auto rhys = openAs(m_demo(), Rhys);
            QVERIFY(rhys);
            rhysEntry = headSeq(**rhys);
        }
        qint64 bethansHead = 0;
        {
            auto bethan = openAs(m_demo(), Bethan);
            QVERIFY(bethan);
            bethansHead = headSeq(**bethan);
        }
        {
            auto rhys = openAs(m_demo(), Rhys);
            QVERIFY(rhys);
            rewrite(**rhys, {rhysEntry, rhysEntry, QByteArrayLiteral("{\"card_label\":\"elsewhere\"}")});
            const journal::VerificationReport r = (*rhys)->verifyJournal();
            QVERIFY2(r.ok(), qPrintable(r.summary())); // what the insider sees
        }
        {
            auto bethan = openAs(m_demo(), Bethan);
            QVERIFY(bethan);
            QVERIFY(!(*bethan)->health().ok());
            QVERIFY((*bethan)->health().has(workspace::WorkspaceHealth::Check::Witness));
            QVERIFY2((*bethan)->health().summary().contains(QStringLiteral("#%1").arg(bethansHead)),
                     qPrintable((*bethan)->health().summary()));
            QVERIFY(!(*bethan)->require(policy::Permission::RunCeremony));
            QVERIFY(headSeq(**bethan) == rhysEntry); // nothing was journaled at the alarmed open
        }
    }

    // (c) The newest entries deleted: Bethan's last session and everything after it.
    void newestEntriesDeleted() {
        qint64 before = 0;
        {
            auto alice = openAs(m_demo(), Alice);
            QVERIFY(alice);
            before = headSeq(**alice);
        }
        qint64 bethansHead = 0;
        {
            auto bethan = openAs(m_demo(), Bethan);
            QVERIFY(bethan);
            bethansHead = headSeq(**bethan);
        }
        {
            auto rhys = openAs(m_demo(), Rhys);
            QVERIFY(rhys);
            rewrite(**rhys, {0, before, {}});
            QVERIFY2((*rhys)->verifyJournal().ok(), qPrintable((*rhys)->verifyJournal().summary()));
        }
        auto bethan = openAs(m_demo(), Bethan);
        QVERIFY(bethan);
        QVERIFY((*bethan)->health().has(workspace::WorkspaceHealth::Check::Witness));
        const QString said = (*bethan)->health().summary();
        QVERIFY2(said.contains(QStringLiteral("#%1").arg(bethansHead)) &&
                     said.contains(QStringLiteral("deleted")),
                 qPrintable(said));
    }

    // Entries that name a person but were added by someone else (here: by the insider, naming
    // Alice, at the end) fail: no checkpoint of Alice's card covers them.
    void anEntryNamingAnotherPersonCannotBeAdded() {
        auto rhys = openAs(m_demo(), Rhys);
        QVERIFY(rhys);
        auto e = (*rhys)->journal().append(
            {QStringLiteral("Alice Hughes [card %1]")
                 .arg((*rhys)->siteRegister().cards.at(Alice).fingerprint().left(8)),
             QStringLiteral("custodian"), QStringLiteral("rekey.planned"), QStringLiteral("run 9"),
             QJsonObject{}});
        QVERIFY(e);
        QVERIFY((*rhys)->checkpoint()); // co-signed by Rhys's card, not Alice's
        const journal::VerificationReport r = (*rhys)->verifyJournal();
        QVERIFY(!r.ok());
        QCOMPARE(r.firstBadSeq, e->seq);
    }

    // A clean whole pack verifies with the card rule and names who co-signed.
    void aCleanEvidencePackNamesItsCoSigners() {
        const QString pack = m_demo().scratch(QStringLiteral("pack"));
        const test::CliRun exported = test::runCli(test::cliArgs(
            m_demo().dir(), test::kCustodian1,
            {QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--evidence-pack"), pack}));
        QCOMPARE(exported.code, 0);
        // The reviewer pins the journal key and the register's card keys, both from the workspace.
        const QString cards = m_demo().scratch(QStringLiteral("cards.json"));
        const test::CliRun cardsExported =
            test::runCli(test::cliArgs(m_demo().dir(), test::kCustodian1,
                                       {QStringLiteral("journal"), QStringLiteral("export-cards"), cards}));
        QVERIFY2(cardsExported.code == 0, qPrintable(cardsExported.err));
        const test::CliRun v = test::runCli(
            {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--evidence-pack"), pack,
             QStringLiteral("--public-key"), workspace::Workspace::journalKeyPath(m_demo().dir()),
             QStringLiteral("--cards"), cards});
        QVERIFY2(v.code == 0, qPrintable(v.err + v.out));
        QVERIFY2(v.out.contains(QStringLiteral("co-signed by their own card")) &&
                     v.out.contains(QStringLiteral("co-signed by: Alice Hughes")),
                 qPrintable(v.out));
    }

    // A wrong PIN for the opener's own card, given as a quorum approval, is refused: the card the
    // workspace keeps logged in still needs its PIN.
    void theOpenersLoggedInCardStillNeedsItsPin() {
        auto alice = openAs(m_demo(), Alice);
        QVERIFY(alice);
        QVERIFY((*alice)->cardCosigns());
        auto token = (*alice)->module()->findTokenBySerial(serialOf(m_demo(), Alice));
        QVERIFY(token);
        auto session = (*alice)->module()->openSession(token->slotId, false);
        QVERIFY(session);
        const Status wrong = (*session)->loginCheckingPin(SecureBytes::fromString("000000"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::PinIncorrect);
        // The wrong PIN logged the card out: the next action is recorded but cannot be co-signed,
        // and says what to do.
        auto e = (*alice)->record(QStringLiteral("test.after_wrong_pin"), QStringLiteral("workspace"), {});
        QVERIFY(!e);
        QVERIFY2(e.error().message.contains(QStringLiteral("reopen")), qPrintable(e.error().message));
    }
};

QTEST_GUILESS_MAIN(TestJournalInsider)
#include "test_journal_insider.moc"
