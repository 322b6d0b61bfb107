// RFC 3161 trusted timestamps on checkpoints (issue #15, external anchors), against a real TSA on
// loopback (`openssl ts -reply` behind tests/common/tsa_responder_main.cpp). Every checkpoint a
// machine with a TSA signs is timestamped; the check pins the TSA's root. The insider rewrites an
// old entry with their own card and the journal key (as test_journal_insider does), re-signs
// every checkpoint from it on, and asks the TSA again: whether they keep the checkpoints' times
// or re-date them, the timestamps cannot be dated back, and the check names what is wrong.
#include "DemoCli.h"
#include "DemoFixture.h"
#include "TestTsa.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/SealToCard.h"
#include "hsm/Session.h"
#include "journal/Checkpoint.h"
#include "journal/CheckpointStore.h"
#include "journal/JournalEntry.h"
#include "journal/JournalSigner.h"
#include "journal/Timestamp.h"
#include "journal/TimestampCheck.h"
#include "journal/TimestampStore.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/JournalPinStore.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace symbolon;

namespace {
enum Card { Alice = 0, Rhys = 3 }; // demo::demoCards() order

SecureBytes pinOf(int card) {
    return SecureBytes::fromString(demo::demoCards()[card].pin.toStdString());
}

QString serialOf(const test::DemoFixture& demo, int card) {
    auto slots = workspace::Workspace::readKeyslots(demo.dir());
    for (const auto& k : *slots)
        if (k.tokenLabel == demo::demoCards()[card].label)
            return k.tokenSerial;
    return {};
}

Result<std::unique_ptr<workspace::Workspace>> openAs(const test::DemoFixture& demo, int card,
                                                     const QString& tsaUrl = {}) {
    workspace::MachineSettings machine;
    machine.tsaUrl = tsaUrl;
    return workspace::Workspace::open(demo.dir(), serialOf(demo, card), pinOf(card), machine);
}

// Three single-step actions, each checkpointed (and so timestamped).
void act(workspace::Workspace& ws) {
    for (int i = 0; i < 3; ++i) {
        auto e = ws.record(QStringLiteral("test.noted"), QStringLiteral("test"),
                           QJsonObject{{QStringLiteral("n"), i}});
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    }
}
} // namespace

class TestTimestamps : public QObject {
    Q_OBJECT
    std::unique_ptr<test::TestTsa> m_tsa;

private Q_SLOTS:
    void initTestCase() {
        qputenv("SYMBOLON_DEVELOPMENT_MODULES", "");
        qunsetenv("http_proxy");
        qunsetenv("HTTP_PROXY");
        m_tsa = std::make_unique<test::TestTsa>();
        QVERIFY2(m_tsa->error().isEmpty(), qPrintable(m_tsa->error()));
    }
    void cleanupTestCase() { m_tsa.reset(); }

    void everyCheckpointIsTimestampedAndVerifies() {
        test::DemoFixture demo(20);
        auto ws = openAs(demo, Alice, m_tsa->url());
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY((*ws)->health().ok());
        act(**ws);
        QVERIFY2((*ws)->notices().filter(QStringLiteral("timestamp")).isEmpty(),
                 qPrintable((*ws)->notices().join(QLatin1Char('\n'))));
        auto tokens = journal::TimestampStore::all((*ws)->db());
        QVERIFY(tokens);
        QCOMPARE(tokens->size(), 4); // the open, and the three actions
        auto r = journal::checkTimestamps((*ws)->db(), m_tsa->caPem());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(r->ok(), qPrintable(r->summary()));
        QCOMPARE(r->stamped, 4);
        QVERIFY(r->checkpoints > r->stamped); // the demo's own, made without a TSA
        QCOMPARE(r->unstampedFrom, 0);
        QVERIFY2(r->tsa.contains(QStringLiteral("Symbolon test TSA")), qPrintable(r->tsa));

        // Another TSA's root does not verify these tokens.
        test::TestTsa other;
        QVERIFY2(other.error().isEmpty(), qPrintable(other.error()));
        auto foreign = journal::checkTimestamps((*ws)->db(), other.caPem());
        QVERIFY(foreign);
        QVERIFY(!foreign->ok());
        QCOMPARE(foreign->stamped, 0);
        QVERIFY2(foreign->failure.contains(QStringLiteral("does not verify")), qPrintable(foreign->failure));
        // Nor does a token over other data.
        auto v = journal::Timestamp::verify(tokens->first().token, QByteArray(32, 'x'), m_tsa->caPem());
        QVERIFY(!v);
        QCOMPARE(v.error().code, ErrorCode::Crypto);
        // A pinned file without a certificate is refused, naming it.
        auto none = journal::checkTimestamps((*ws)->db(), QByteArrayLiteral("not a certificate"));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::InvalidInput);
    }

    void aTsaThatDoesNotAnswerIsShownNotFatal() {
        test::DemoFixture demo(20);
        auto ws = openAs(demo, Alice, QStringLiteral("http://127.0.0.1:9/tsa"));
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        act(**ws);
        QVERIFY2((*ws)->notices().join(QLatin1Char('\n')).contains(QStringLiteral("no trusted timestamp")),
                 qPrintable((*ws)->notices().join(QLatin1Char('\n'))));
        auto r = journal::checkTimestamps((*ws)->db(), m_tsa->caPem());
        QVERIFY(r && r->stamped == 0 && r->unstampedFrom == 1);
        QVERIFY(!r->ok()); // nothing to check is not a pass
        QVERIFY2(r->summary().contains(QStringLiteral("not timestamped yet")) &&
                     r->summary().contains(QStringLiteral("carries no timestamp")),
                 qPrintable(r->summary()));
    }

    // symbolon-cli: a machine whose Settings name the TSA timestamps each open's checkpoint;
    // journal verify --tsa-cert checks them against the root given, and refuses what it cannot use.
    void theCliChecksThemAgainstAPinnedRoot() {
        QTemporaryDir root(QStringLiteral("/dev/shm/symbolon-tsacli-XXXXXX"));
        const QString ws = root.filePath(QStringLiteral("ws"));
        test::DemoCli cli;
        cli.env().remove(QStringLiteral("http_proxy"));
        cli.env().remove(QStringLiteral("HTTP_PROXY"));
        cli.env().insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("config/Symbolon"))));
        QFile conf(root.filePath(QStringLiteral("config/Symbolon/Symbolon.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[journal]\ntsaUrl=" + m_tsa->url().toUtf8() + "\n");
        conf.close();
        auto made = cli.run({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                             ws, QStringLiteral("--devices"), QStringLiteral("20")});
        QVERIFY2(made.code == 0, qPrintable(made.all()));
        for (int i = 0; i < 2; ++i) {
            auto listed =
                cli.run(test::DemoCli::opened(ws, 2) << QStringLiteral("journal") << QStringLiteral("list")
                                                     << QStringLiteral("--limit") << QStringLiteral("1"));
            QVERIFY2(listed.code == 0, qPrintable(listed.all()));
        }
        const QStringList verify = test::DemoCli::opened(ws, 2)
                                   << QStringLiteral("journal") << QStringLiteral("verify");
        auto pinned = cli.run(QStringList(verify) << QStringLiteral("--tsa-cert") << m_tsa->caPath());
        QVERIFY2(pinned.code == 0 && pinned.out.contains(QStringLiteral("Trusted timestamps")) &&
                     pinned.out.contains(QStringLiteral("Symbolon test TSA")),
                 qPrintable(pinned.all()));

        test::TestTsa other;
        QVERIFY2(other.error().isEmpty(), qPrintable(other.error()));
        auto foreign = cli.run(QStringList(verify) << QStringLiteral("--tsa-cert") << other.caPath());
        QVERIFY2(foreign.code == 1 && foreign.err.contains(QStringLiteral("does not verify")),
                 qPrintable(foreign.all()));
        auto missing = cli.run(QStringList(verify)
                               << QStringLiteral("--tsa-cert") << root.filePath(QStringLiteral("none.pem")));
        QVERIFY2(missing.code != 0 && missing.err.contains(QStringLiteral("none.pem")),
                 qPrintable(missing.all()));
        auto window =
            cli.run(QStringList(verify) << QStringLiteral("--tsa-cert") << m_tsa->caPath()
                                        << QStringLiteral("--timestamp-window") << QStringLiteral("0"));
        QVERIFY2(window.code == 2 && window.err.contains(QStringLiteral("--timestamp-window")),
                 qPrintable(window.all()));
        auto pack =
            cli.run({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--evidence-pack"),
                     root.filePath(QStringLiteral("p")), QStringLiteral("--tsa-cert"), m_tsa->caPath()});
        QVERIFY2(pack.code == 2 && pack.err.contains(QStringLiteral("evidence packs")),
                 qPrintable(pack.all()));
    }

    // The insider deletes the timestamps of the newest checkpoints (and so of any rewrite there):
    // once those entries are older than the window, the missing timestamps fail the check.
    void deletedTimestampsAreFound() {
        QElapsedTimer sinceCreation;
        sinceCreation.start();
        test::DemoFixture demo(20);
        qint64 firstDeleted = 0;
        {
            auto ws = openAs(demo, Alice, m_tsa->url());
            QVERIFY(ws);
            act(**ws);
            auto tokens = journal::TimestampStore::all((*ws)->db());
            QVERIFY(tokens && tokens->size() == 4);
            firstDeleted = tokens->at(2).seq;
        }
        const int window = int(sinceCreation.elapsed() / 1000) + 2;
        auto ws = openAs(demo, Alice);
        QVERIFY(ws);
        auto del = (*ws)->db().prepare("DELETE FROM checkpoint_timestamps WHERE seq >= ?;");
        QVERIFY(del);
        del->bind(1, firstDeleted);
        QVERIFY(del->run());
        auto fresh = journal::checkTimestamps((*ws)->db(), m_tsa->caPem(), window);
        QVERIFY(fresh);
        QVERIFY2(fresh->ok() && fresh->unstampedFrom > 0,
                 qPrintable(fresh->summary())); // not yet: within the window
        QThread::sleep(unsigned(window + 1));
        auto later = journal::checkTimestamps((*ws)->db(), m_tsa->caPem(), window);
        QVERIFY(later);
        QVERIFY2(!later->ok() && later->unstampedTooOld && later->unstampedFrom <= firstDeleted,
                 qPrintable(later->summary()));
        QVERIFY2(later->summary().contains(QStringLiteral("deleted")), qPrintable(later->summary()));
        // Where the reviewer says timestamps begin: entries before it are not checked, and said so.
        auto from = journal::checkTimestamps((*ws)->db(), m_tsa->caPem(), window, firstDeleted);
        QVERIFY(from);
        QVERIFY2(from->summary().contains(QStringLiteral("were not checked")), qPrintable(from->summary()));
    }

    // The rewriter keeps the checkpoints' times: their new timestamps are dated now.
    void anOldEntryRewrittenKeepingItsTimes() { rewriteAndCheck(true); }
    // The rewriter re-dates the checkpoints to now: the entries are older than any timestamp.
    void anOldEntryRewrittenAndReDated() { rewriteAndCheck(false); }

private:
    void rewriteAndCheck(bool keepTimes) {
        QElapsedTimer sinceCreation;
        sinceCreation.start();
        test::DemoFixture demo(20);
        qint64 target = 0;
        {
            auto ws = openAs(demo, Alice, m_tsa->url());
            QVERIFY(ws);
            act(**ws);
            auto last = (*ws)->journal().head();
            QVERIFY(last);
            target = last->seq - 1; // one of Alice's test.noted entries
        }
        // The window: how long the honest run took to be timestamped, and a second more.
        const int window = int(sinceCreation.elapsed() / 1000) + 2;
        {
            auto ws = openAs(demo, Alice);
            QVERIFY(ws);
            auto clean = journal::checkTimestamps((*ws)->db(), m_tsa->caPem(), window);
            QVERIFY(clean);
            QVERIFY2(clean->ok(), qPrintable(clean->summary()));
        }
        QThread::sleep(unsigned(window + 2));

        // The insider (Rhys, reviewer): the database key from his keyslot, the journal key's PIN
        // from his own seal, his card.
        auto ws = openAs(demo, Rhys);
        QVERIFY(ws);
        store::Database& db = (*ws)->db();
        QVERIFY(db.exec("BEGIN IMMEDIATE;"));
        QVector<journal::JournalEntry> all;
        {
            auto st = db.prepare(
                "SELECT seq, ts, actor, role, action, target, details, prev_hash, hash FROM journal"
                " ORDER BY seq;");
            QVERIFY(st);
            QVERIFY(st->forEachRow([&](const store::Statement& r) {
                journal::JournalEntry e;
                e.seq = r.int64(0);
                e.timeStored = r.text(1);
                e.actor = r.text(2);
                e.role = r.text(3);
                e.action = r.text(4);
                e.target = r.text(5);
                e.detailsJson = r.text(6).toUtf8();
                e.prevHash = r.blob(7);
                e.hash = r.blob(8);
                all.push_back(e);
            }));
        }
        QByteArray prev(32, '\0');
        for (journal::JournalEntry& e : all) {
            if (e.seq == target)
                e.detailsJson = QByteArrayLiteral("{\"n\":99}");
            e.prevHash = prev;
            e.hash = e.computeHash();
            prev = e.hash;
            auto up = db.prepare("UPDATE journal SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?;");
            QVERIFY(up);
            up->bindText(1, e.detailsJson).bind(2, e.prevHash).bind(3, e.hash).bind(4, e.seq);
            QVERIFY(up->run());
        }
        auto mine = (*ws)->module()->findTokenBySerial(serialOf(demo, Rhys));
        QVERIFY(mine);
        auto card = (*ws)->module()->openSession(mine->slotId, true);
        QVERIFY(card && (*card)->login(pinOf(Rhys)));
        auto cardKey = hsm::EcKeyPair::find(**card, (*ws)->siteRegister().cardBySerial(mine->serial)->keyId);
        QVERIFY(cardKey);
        auto seals = workspace::JournalPinStore::forCard(db, mine->serial, cardKey->fingerprint());
        QVERIFY(seals && !seals->isEmpty());
        auto pin =
            hsm::openSealed(**card, *cardKey, seals->first().sealed, workspace::SealedJournalPin::label(),
                            seals->first().aad((*ws)->siteRegister().settings.journalTokenSerial));
        QVERIFY(pin);
        auto signer =
            journal::JournalSigner::open(*(*ws)->module(), (*ws)->config().journalTokenSerial, *pin);
        QVERIFY(signer);
        journal::CheckpointStore store(db, workspace::Workspace::checkpointFilePath(demo.dir()));
        auto old = store.fromDatabase();
        QVERIFY(old);
        QVERIFY(db.exec("DELETE FROM checkpoints;"));
        QVERIFY(QFile::remove(store.sidecarPath()));
        { // the tokens of the checkpoints from the rewritten entry on no longer match: removed
            auto del = db.prepare("DELETE FROM checkpoint_timestamps WHERE seq >= ?;");
            QVERIFY(del);
            del->bind(1, target);
            QVERIFY(del->run());
        }
        for (journal::Checkpoint c : *old) {
            if (c.seq < target || c.seq > all.size()) {
                QVERIFY(store.add(c));
                continue;
            }
            c.hash = all[c.seq - 1].hash;
            if (!keepTimes)
                c.time = QDateTime::currentDateTimeUtc();
            auto sig = (*signer)->signData(c.canonical());
            QVERIFY(sig);
            c.signature = *sig;
            QVERIFY(store.add(c));
            // And the TSA, asked again: it dates what it signs now.
            const QByteArray imprint = journal::Timestamp::imprintOf(c);
            auto token = journal::Timestamp::request(m_tsa->url(), imprint);
            QVERIFY2(token, token ? "" : qPrintable(token.error().message));
            QVERIFY(journal::TimestampStore::add(db, {c.seq, imprint, *token, m_tsa->url()}));
            auto v = journal::Timestamp::verify(*token, imprint, m_tsa->caPem());
            qDebug() << "checkpoint" << c.seq << c.time << (v ? v->genTime : QDateTime()) << "window"
                     << window;
        }
        // The tokens of the checkpoints before the rewrite are kept as they were (they still verify).
        QVERIFY(db.exec("COMMIT;"));
        (void)(*card)->logout();

        auto r = journal::checkTimestamps(db, m_tsa->caPem(), window);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(!r->ok(), qPrintable(r->summary()));
        if (keepTimes) { // a checkpoint dated before its timestamp
            QVERIFY2(r->failedSeq >= target && r->failure.contains(QStringLiteral("was timestamped at")),
                     qPrintable(r->summary()));
        } else { // the entry is older than its first timestamp by more than the window
            QVERIFY2(r->failure.isEmpty(), qPrintable(r->summary()));
            QVERIFY2(r->lateFrom <= target && r->lateTo >= target, qPrintable(r->summary()));
            QVERIFY2(r->summary().contains(QStringLiteral("rewritten")), qPrintable(r->summary()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "test_timestamps.moc"
