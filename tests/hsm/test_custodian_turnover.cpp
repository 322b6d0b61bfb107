// Custodian turnover (issue #18): a register change that retires a card re-shares the key
// token's user and SO PINs, so that the retired card's share, with k-1 old shares, no longer logs
// the key token in; the retired card can neither open the workspace nor approve; the remaining
// custodians can. The attacks are the ones an insider with one card can mount: read their own
// share from their card (it is theirs: a data object their PIN opens), combine it with a
// colluder's, and log in to the key token with the result; or open another card's sealed share
// with the database key (which every card holder can derive from their keyslot).
#include "DemoFixture.h"

#include "demo/DemoWorkspace.h"
#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/SealToCard.h"
#include "hsm/Session.h"
#include "quorum/CardShare.h"
#include "quorum/KeyTokenReshare.h"
#include "quorum/QuorumRequest.h"
#include "quorum/QuorumSession.h"
#include "quorum/Shamir.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/KeyTokenShareStore.h"
#include "workspace/SiteRegisterChange.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace symbolon;

namespace {
enum Card { Alice = 0, Bethan = 1, Chidi = 2, Rhys = 3 }; // demo::demoCards() order

SecureBytes pinOf(int card) {
    return SecureBytes::fromString(demo::demoCards()[card].pin.toStdString());
}
} // namespace

class TestCustodianTurnover : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{20};
    std::unique_ptr<workspace::Workspace> m_ws; // opened with Alice's card
    QHash<int, QString> m_serial;

    std::unique_ptr<hsm::Session> cardSession(int card) {
        auto token = m_ws->module()->findTokenBySerial(m_serial.value(card));
        if (!token)
            qFatal("%s", qPrintable(token.error().message));
        auto s = m_ws->module()->openSession(token->slotId, false);
        if (!s || !(*s)->loginCheckingPin(pinOf(card)))
            qFatal("card %d does not log in", card);
        return std::move(*s);
    }
    // What the holder can read from their own card with their PIN (as pkcs11-tool would).
    quorum::Share shareOnCard(int card, const QString& purpose) {
        auto s = cardSession(card);
        auto share = quorum::CardShare::load(*s, purpose);
        (void)s->logout();
        if (!share)
            qFatal("%s", qPrintable(share.error().message));
        return share->share;
    }
    Status logKeyTokenIn(const SecureBytes& pin, bool so) {
        auto token = m_ws->module()->findTokenBySerial(m_ws->config().keyTokenSerial);
        if (!token)
            return token.error();
        auto s = m_ws->module()->openSession(token->slotId, true);
        if (!s)
            return s.error();
        auto l = (*s)->login(pin, so);
        if (l)
            (void)(*s)->logout();
        return l;
    }
    Status runQuorum(int first, int second) {
        auto q = quorum::QuorumSession::start(
            *m_ws, quorum::QuorumRequest::make(QStringLiteral("test.action"), {}, m_ws->identity().actor()));
        if (!q)
            return q.error();
        if (auto a = q->approve(m_serial.value(first), pinOf(first)); !a)
            return a;
        if (auto a = q->approve(m_serial.value(second), pinOf(second)); !a)
            return a;
        auto r = q->execute([](hsm::Session& keyToken) -> Result<QJsonObject> {
            auto in = keyToken.isLoggedIn();
            if (!in || !*in)
                return fail(ErrorCode::Internal, QStringLiteral("not logged in"));
            return QJsonObject{};
        });
        if (!r)
            return r.error();
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        m_ws = m_demo.open(Alice);
        auto cards = workspace::Workspace::cards(m_demo.dir(), {});
        QVERIFY(cards);
        for (int i = 0; i < 5; ++i)
            for (const auto& c : *cards)
                if (c.keyslot.tokenLabel == demo::demoCards()[i].label)
                    m_serial.insert(i, c.keyslot.tokenSerial);
    }

    void replacingTooManyCustodiansAtOnceIsRefused() {
        // Alice and Bethan out, Rhys and Dafydd in: no quorum of today's custodians would hold
        // shares of both sharings to undo an interrupted re-share.
        workspace::SiteRegister next = m_ws->siteRegister();
        next.reason = QStringLiteral("everyone at once");
        for (auto& c : next.cards) {
            if (c.cardSerial == m_serial.value(Alice) || c.cardSerial == m_serial.value(Bethan))
                c.state = QStringLiteral("revoked");
            else if (c.role != QLatin1String("custodian"))
                c.role = QStringLiteral("custodian");
        }
        auto change =
            workspace::SiteRegisterChange::start(*m_ws, next, std::make_unique<quorum::KeyTokenReshare>());
        QVERIFY(!change);
        QVERIFY2(change.error().message.contains(QStringLiteral("a few at a time")),
                 qPrintable(change.error().message));
    }

    void aRetiredCardsOldShareNoLongerLogsTheKeyTokenIn() {
        // Before: the leaver's share and one colluder's rebuild both PINs (the attack works).
        const QString user = quorum::kUserPinShare, so = quorum::kSoPinShare;
        auto oldUser = quorum::shamirCombine({shareOnCard(Chidi, user), shareOnCard(Alice, user)});
        auto oldSo = quorum::shamirCombine({shareOnCard(Chidi, so), shareOnCard(Alice, so)});
        QVERIFY(oldUser && oldSo);
        QVERIFY(logKeyTokenIn(*oldUser, false));
        QVERIFY(logKeyTokenIn(*oldSo, true));

        workspace::SiteRegister next = m_ws->siteRegister();
        next.reason = QStringLiteral("Chidi has left");
        next.settings.quorumN = 2;
        for (auto& c : next.cards)
            if (c.cardSerial == m_serial.value(Chidi))
                c.state = QStringLiteral("revoked");
        // Without the re-share the change is refused, and nothing is changed.
        auto plain = workspace::SiteRegisterChange::start(*m_ws, next);
        QVERIFY(!plain);
        QVERIFY2(plain.error().message.contains(QStringLiteral("re-share")),
                 qPrintable(plain.error().message));

        auto change =
            workspace::SiteRegisterChange::start(*m_ws, next, std::make_unique<quorum::KeyTokenReshare>());
        QVERIFY2(change, change ? "" : qPrintable(change.error().message));
        QVERIFY(change->reshares());
        QVERIFY(change->approve(m_serial.value(Alice), pinOf(Alice)));
        QVERIFY(change->approve(m_serial.value(Bethan), pinOf(Bethan)));
        const Status made = change->commit();
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));

        // After: the old shares rebuild PINs the key token no longer accepts.
        const Status userLogin = logKeyTokenIn(*oldUser, false);
        QVERIFY(!userLogin);
        QCOMPARE(userLogin.error().code, ErrorCode::PinIncorrect);
        const Status soLogin = logKeyTokenIn(*oldSo, true);
        QVERIFY(!soLogin);
        QCOMPARE(soLogin.error().code, ErrorCode::PinIncorrect);

        // The retired card cannot approve, nor open the workspace.
        const Status chidi = runQuorum(Alice, Chidi);
        QVERIFY(!chidi);
        QVERIFY2(chidi.error().message.contains(QStringLiteral("revoked")),
                 qPrintable(chidi.error().message));
        m_ws.reset(); // (one process opens a workspace once: the lock)
        auto opened = workspace::Workspace::open(m_demo.dir(), m_serial.value(Chidi), pinOf(Chidi), {});
        QVERIFY(!opened); // its keyslot is gone (and the register would refuse it anyway)
        QCOMPARE(opened.error().code, ErrorCode::NotFound);
        QVERIFY2(opened.error().message.contains(QStringLiteral("no keyslot")),
                 qPrintable(opened.error().message));
        m_ws = m_demo.open(Alice);

        // The remaining custodians can.
        const Status remaining = runQuorum(Bethan, Alice);
        QVERIFY2(remaining, remaining ? "" : qPrintable(remaining.error().message));

        // The journal says the PINs were re-shared, over whom.
        auto st = m_ws->db().prepare(
            "SELECT details FROM journal WHERE action = 'site.register_changed' ORDER BY seq DESC LIMIT 1;");
        QVERIFY(st);
        QJsonObject details;
        QVERIFY(st->forEachRow([&](const store::Statement& r) {
            details = QJsonDocument::fromJson(r.text(0).toUtf8()).object();
        }));
        const QJsonObject shares = details.value(QStringLiteral("key_token_shares")).toObject();
        QCOMPARE(shares.value(QStringLiteral("generation")).toInt(), 1);
        QCOMPARE(shares.value(QStringLiteral("k")).toInt(), 2);
        QCOMPARE(shares.value(QStringLiteral("n")).toInt(), 2);
        QCOMPARE(shares.value(QStringLiteral("holders")).toArray().size(), 2);
    }

    void anotherCardsSealedShareDoesNotOpenWithMine() {
        // The insider holds the database key and Alice's card: Bethan's share stays sealed.
        auto rows =
            workspace::KeyTokenShareStore::forCard(m_ws->db(), m_serial.value(Bethan), quorum::kUserPinShare);
        QVERIFY(rows && rows->size() == 1);
        QVERIFY(!rows->front().pending);
        auto alice = cardSession(Alice);
        const workspace::RegisteredCard* a = m_ws->siteRegister().cardBySerial(m_serial.value(Alice));
        QVERIFY(a);
        auto key = hsm::EcKeyPair::find(*alice, a->keyId);
        QVERIFY(key);
        auto opened = hsm::openSealed(*alice, *key, rows->front().sealed, workspace::StoredShare::label(),
                                      rows->front().aad(m_ws->config().keyTokenSerial));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Crypto);
        // Nor does Alice's own share once its row is edited (its index moved): the AAD binds it.
        auto mine =
            workspace::KeyTokenShareStore::forCard(m_ws->db(), m_serial.value(Alice), quorum::kUserPinShare);
        QVERIFY(mine && mine->size() == 1);
        workspace::StoredShare edited = mine->front();
        edited.index += 1;
        auto moved = hsm::openSealed(*alice, *key, edited.sealed, workspace::StoredShare::label(),
                                     edited.aad(m_ws->config().keyTokenSerial));
        QVERIFY(!moved);
        auto own = hsm::openSealed(*alice, *key, mine->front().sealed, workspace::StoredShare::label(),
                                   mine->front().aad(m_ws->config().keyTokenSerial));
        QVERIFY(own);
    }

    void aSecondTurnoverReSharesAgainAndLeavesNoOldGeneration() {
        // Rhys (the reviewer) becomes a custodian: the sharing moves to generation 2, k = 2 of 3.
        workspace::SiteRegister next = m_ws->siteRegister();
        next.reason = QStringLiteral("Rhys joins the custodians");
        next.settings.quorumN = 3;
        for (auto& c : next.cards)
            if (c.cardSerial == m_serial.value(Rhys))
                c.role = QStringLiteral("custodian");
        auto change =
            workspace::SiteRegisterChange::start(*m_ws, next, std::make_unique<quorum::KeyTokenReshare>());
        QVERIFY2(change, change ? "" : qPrintable(change.error().message));
        QVERIFY(change->approve(m_serial.value(Bethan), pinOf(Bethan)));
        QVERIFY(change->approve(m_serial.value(Alice), pinOf(Alice)));
        const Status made = change->commit();
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        auto all = workspace::KeyTokenShareStore::all(m_ws->db());
        QVERIFY(all);
        QCOMPARE(all->size(), 6); // 3 cards × 2 PINs, generation 2 only
        for (const auto& s : *all)
            QVERIFY(s.generation == 2 && !s.pending);
        const Status withRhys = runQuorum(Rhys, Alice);
        QVERIFY2(withRhys, withRhys ? "" : qPrintable(withRhys.error().message));
    }

    void aForgedPendingSharingDoesNotStopAQuorum() {
        // The insider writes a "pending" generation of their own into the database, sealed to the
        // approvers' cards (public keys are public). The next quorum finds the old SO PIN still
        // right, drops it, and runs.
        QVector<workspace::StoredShare> rows;
        for (int card : {Alice, Bethan}) {
            const workspace::RegisteredCard* c = m_ws->siteRegister().cardBySerial(m_serial.value(card));
            QVERIFY(c);
            for (const QString& purpose : {quorum::kUserPinShare, quorum::kSoPinShare}) {
                workspace::StoredShare r;
                r.generation = 9;
                r.pending = true;
                r.purpose = purpose;
                r.cardSerial = c->cardSerial;
                r.keyFingerprint = c->fingerprint();
                r.k = 2;
                r.n = 2;
                r.index = card + 1;
                r.registerVersion = 99;
                auto sealed =
                    hsm::sealToCard(c->publicKey, SecureBytes::random(32), workspace::StoredShare::label(),
                                    r.aad(m_ws->config().keyTokenSerial));
                QVERIFY(sealed);
                r.sealed = *sealed;
                rows.push_back(r);
            }
        }
        QVERIFY(workspace::KeyTokenShareStore::addPending(m_ws->db(), rows));
        const Status q = runQuorum(Alice, Bethan);
        QVERIFY2(q, q ? "" : qPrintable(q.error().message));
        auto pending = workspace::KeyTokenShareStore::pendingGeneration(m_ws->db());
        QVERIFY(pending && *pending == 0);
        auto st = m_ws->db().prepare("SELECT details FROM journal WHERE action = "
                                     "'key_token.reshare_rolled_back' ORDER BY seq DESC LIMIT 1;");
        QVERIFY(st);
        QJsonObject details;
        QVERIFY(st->forEachRow([&](const store::Statement& r) {
            details = QJsonDocument::fromJson(r.text(0).toUtf8()).object();
        }));
        QCOMPARE(details.value(QStringLiteral("so_pin_was_changed")).toBool(true), false);
        QCOMPARE(details.value(QStringLiteral("generation")).toInt(), 9);
    }

    void anApproverWithoutAShareIsRefusedAtApproval() {
        // Dafydd becomes a custodian (a re-share); Bethan's share rows are gone (undone below).
        workspace::SiteRegister next = m_ws->siteRegister();
        next.reason = QStringLiteral("Dafydd joins the custodians");
        for (auto& c : next.cards)
            if (c.holder == QLatin1String("Dafydd Price"))
                c.role = QStringLiteral("custodian");
        auto change =
            workspace::SiteRegisterChange::start(*m_ws, next, std::make_unique<quorum::KeyTokenReshare>());
        QVERIFY2(change, change ? "" : qPrintable(change.error().message));
        QVERIFY(m_ws->db().exec("SAVEPOINT gone;"));
        auto del = m_ws->db().prepare("DELETE FROM key_token_shares WHERE card_serial = ?;");
        QVERIFY(del);
        del->bind(1, m_serial.value(Bethan));
        QVERIFY(del->run());
        const Status refused = change->approve(m_serial.value(Bethan), pinOf(Bethan));
        QVERIFY(m_ws->db().exec("ROLLBACK TO gone; RELEASE gone;"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QVERIFY2(refused.error().message.contains(QStringLiteral("holds no share")),
                 qPrintable(refused.error().message));
        QCOMPARE(change->approvals(), 0);
    }

    void aRevokedCardsKeyslotIsRemoved() {
        auto slots = workspace::Workspace::readKeyslots(m_demo.dir());
        QVERIFY(slots);
        for (const auto& k : *slots)
            QVERIFY2(k.tokenSerial != m_serial.value(Chidi), "the revoked card still has a keyslot");
        QCOMPARE(slots->size(), 4);
    }

    // A quorum cannot bring a card that left back: its holder kept it, and it would come back
    // with the key pair they had all along. An unknown state is refused too.
    void aCardThatLeftCannotComeBack() {
        workspace::SiteRegister next = m_ws->siteRegister();
        next.reason = QStringLiteral("Chidi is back");
        bool found = false;
        for (auto& c : next.cards)
            if (c.cardSerial == m_serial.value(Chidi)) {
                QVERIFY(!c.isActive());
                c.state = QStringLiteral("active");
                found = true;
            }
        QVERIFY(found);
        const int before = m_ws->siteRegister().version;
        auto back =
            workspace::SiteRegisterChange::start(*m_ws, next, std::make_unique<quorum::KeyTokenReshare>());
        QVERIFY(!back);
        QCOMPARE(back.error().code, ErrorCode::PolicyRefused);
        QVERIFY2(back.error().message.contains(QLatin1String("cannot come back")),
                 qPrintable(back.error().message));
        for (auto& c : next.cards)
            if (c.cardSerial == m_serial.value(Chidi))
                c.state = QStringLiteral("lost");
        auto unknown =
            workspace::SiteRegisterChange::start(*m_ws, next, std::make_unique<quorum::KeyTokenReshare>());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
        QVERIFY2(unknown.error().message.contains(QLatin1String("\"lost\"")),
                 qPrintable(unknown.error().message));
        QCOMPARE(m_ws->siteRegister().version, before);
    }

    void aNewCardIsEnrolledAndApproves() {
        auto token =
            m_ws->module()->initToken(QStringLiteral("ACS card 4"), SecureBytes::fromString("so-777777"),
                                      SecureBytes::fromString("777777"));
        QVERIFY2(token, token ? "" : qPrintable(token.error().message));
        const QString serial = token->serial;
        workspace::SiteRegister next = m_ws->siteRegister();
        next.reason = QStringLiteral("Dewi joins the custodians");
        auto change =
            workspace::SiteRegisterChange::start(*m_ws, next, std::make_unique<quorum::KeyTokenReshare>());
        QVERIFY2(change, change ? "" : qPrintable(change.error().message));
        const SecureBytes pin = SecureBytes::fromString("777777");

        // Refusals first: each names the problem and changes nothing.
        const Status wrongPin = change->enrolCard(serial, SecureBytes::fromString("000000"),
                                                  QStringLiteral("Dewi"), QStringLiteral("custodian"));
        QVERIFY(!wrongPin);
        QCOMPARE(wrongPin.error().code, ErrorCode::PinIncorrect);
        QVERIFY(wrongPin.error().message.contains(QStringLiteral("ACS card 4")));
        const Status noHolder =
            change->enrolCard(serial, pin, QStringLiteral("  "), QStringLiteral("custodian"));
        QVERIFY(!noHolder && noHolder.error().message.contains(QStringLiteral("holder")));
        const Status badRole = change->enrolCard(serial, pin, QStringLiteral("Dewi"), QStringLiteral("king"));
        QVERIFY(!badRole && badRole.error().message.contains(QStringLiteral("king")));
        const Status twice = change->enrolCard(m_serial.value(Alice), pinOf(Alice), QStringLiteral("Dewi"),
                                               QStringLiteral("custodian"));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
        const Status keyToken = change->enrolCard(m_ws->config().keyTokenSerial, pin, QStringLiteral("Dewi"),
                                                  QStringLiteral("custodian"));
        QVERIFY(!keyToken && keyToken.error().message.contains(QStringLiteral("key token")));
        const Status empty = change->approve(m_serial.value(Alice), pinOf(Alice));
        QVERIFY(!empty && empty.error().message.contains(QStringLiteral("changes nothing")));

        QVERIFY(change->enrolCard(serial, pin, QStringLiteral("Dewi Price"), QStringLiteral("custodian")));
        QVERIFY(change->reshares());
        QVERIFY(change->changes().join(QLatin1Char('\n')).contains(QStringLiteral("Dewi Price")));
        QVERIFY(change->approve(m_serial.value(Alice), pinOf(Alice)));
        const Status late =
            change->enrolCard(serial, pin, QStringLiteral("Dewi"), QStringLiteral("reviewer"));
        QVERIFY(!late && late.error().message.contains(QStringLiteral("before anyone approves")));
        QVERIFY(change->approve(m_serial.value(Bethan), pinOf(Bethan)));
        const Status made = change->commit();
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));

        // Dewi's card approves with a share of the new sharing, and opens the workspace.
        m_serial.insert(5, serial);
        auto q = quorum::QuorumSession::start(
            *m_ws, quorum::QuorumRequest::make(QStringLiteral("test.action"), {}, m_ws->identity().actor()));
        QVERIFY(q);
        QVERIFY(q->approve(serial, pin));
        QVERIFY(q->approve(m_serial.value(Rhys), pinOf(Rhys)));
        auto r = q->execute([](hsm::Session&) -> Result<QJsonObject> { return QJsonObject{}; });
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        m_ws.reset();
        auto dewi = workspace::Workspace::open(m_demo.dir(), serial, pin, {});
        QVERIFY2(dewi, dewi ? "" : qPrintable(dewi.error().message));
        QVERIFY2((*dewi)->registerAlarm().isEmpty(), qPrintable((*dewi)->registerAlarm()));
        QCOMPARE((*dewi)->identity().holder, QStringLiteral("Dewi Price"));
    }
};

QTEST_GUILESS_MAIN(TestCustodianTurnover)
#include "test_custodian_turnover.moc"
