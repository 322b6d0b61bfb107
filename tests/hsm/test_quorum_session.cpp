// Quorum sessions on the demo workspace's real SoftHSM2 cards and key token: k distinct
// custodian cards, signatures verified against enrolled keys, expiry, cancellation, one use.
#include "DemoFixture.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Session.h"
#include "inventory/InventoryImporter.h"
#include "journal/JournalStore.h"
#include "quorum/QuorumSession.h"

#include <QJsonArray>
#include <QTest>

using namespace symbolon;

class TestQuorumSession : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{20};
    std::unique_ptr<workspace::Workspace> m_ws;
    QHash<QString, QString> m_serialByLabel;

    QString serial(const QString& label) const { return m_serialByLabel.value(label); }
    static SecureBytes pin(const char* p) { return SecureBytes::fromString(p); }
    quorum::QuorumSession start(int timeout = quorum::QuorumRequest::kDefaultTimeoutSecs) {
        auto s = quorum::QuorumSession::start(
            *m_ws,
            quorum::QuorumRequest::make(QStringLiteral("test.action"),
                                        QJsonObject{{QStringLiteral("what"), QStringLiteral("nothing")}},
                                        m_ws->identity().actor(), timeout));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return std::move(*s);
    }

private Q_SLOTS:
    void initTestCase() {
        m_ws = m_demo.open();
        auto cards = workspace::Workspace::cards(m_demo.dir(), {});
        QVERIFY(cards);
        for (const auto& c : *cards)
            m_serialByLabel.insert(c.keyslot.tokenLabel, c.keyslot.tokenSerial);
    }

    void twoCustodiansLogTheKeyTokenIn() {
        auto q = start();
        QCOMPARE(q.required(), 2);
        QCOMPARE(q.enrolled(), 3);
        QVERIFY(q.approve(serial(QStringLiteral("ACS card 1")), pin("111111")));
        QVERIFY(!q.isReady());
        QVERIFY(q.approve(serial(QStringLiteral("ACS card 3")), pin("333333")));
        QVERIFY(q.isReady());
        bool ranLoggedIn = false;
        auto r = q.execute([&](hsm::Session& keyToken) -> Result<QJsonObject> {
            auto in = keyToken.isLoggedIn();
            ranLoggedIn = in && *in;
            return QJsonObject{{QStringLiteral("did"), QStringLiteral("it")}};
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(ranLoggedIn);
        // The journal entry carries the request, both approvals and verifiable signatures.
        auto head = m_ws->journal().head();
        QVERIFY(head);
        QCOMPARE(head->action, QStringLiteral("quorum.test.action"));
        const QJsonObject d = head->details();
        QCOMPARE(d.value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));
        const QJsonArray approvals = d.value(QStringLiteral("approvals")).toArray();
        QCOMPARE(approvals.size(), 2);
        auto slots = workspace::Workspace::readKeyslots(m_demo.dir());
        QVERIFY(slots);
        for (const auto& a : approvals) {
            const QJsonObject o = a.toObject();
            const QByteArray sig =
                QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
            bool verified = false;
            for (const auto& k : *slots)
                if (k.tokenSerial == o.value(QStringLiteral("card_serial")).toString())
                    verified = hsm::verifyEcdsaSha256(k.publicKey, q.request().canonical(), sig);
            QVERIFY(verified);
        }
        QVERIFY(m_ws->journal().verifyChain());
        // Exactly once.
        auto again = q.execute([](hsm::Session&) -> Result<QJsonObject> { return QJsonObject{}; });
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QStringLiteral("already been used")));
    }

    void theSameCardNeverCountsTwice() {
        auto q = start();
        QVERIFY(q.approve(serial(QStringLiteral("ACS card 2")), pin("222222")));
        auto twice = q.approve(serial(QStringLiteral("ACS card 2")), pin("222222"));
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("never counts twice")));
        QCOMPARE(q.approvals().size(), 1);
        auto early = q.execute([](hsm::Session&) -> Result<QJsonObject> { return QJsonObject{}; });
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(QStringLiteral("1 of the 2")));
    }

    void aWrongCardPinAddsNoApproval() {
        auto q = start();
        auto r = q.approve(serial(QStringLiteral("ACS card 1")), pin("999999"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PinIncorrect);
        QCOMPARE(q.approvals().size(), 0);
    }

    void aReviewerCannotApprove() {
        auto q = start();
        auto r = q.approve(serial(QStringLiteral("PMA reviewer")), pin("444444"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PolicyRefused);
        QVERIFY(r.error().message.contains(QStringLiteral("only ACS custodians")));
    }

    void anUnenrolledCardIsRefused() {
        auto q = start();
        auto r = q.approve(QStringLiteral("0123456789abcdef"), pin("111111"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }

    void anExpiredSessionCannotBeUsed() {
        auto q = start(60);
        QVERIFY(q.approve(serial(QStringLiteral("ACS card 1")), pin("111111")));
        const QDateTime later = q.request().expiresAt.addSecs(1);
        auto r = q.approve(serial(QStringLiteral("ACS card 2")), pin("222222"), later);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("expired")));
        QVERIFY(q.approve(serial(QStringLiteral("ACS card 2")), pin("222222")));
        auto run = q.execute([](hsm::Session&) -> Result<QJsonObject> { return QJsonObject{}; }, later);
        QVERIFY(!run);
        QVERIFY(run.error().message.contains(QStringLiteral("expired")));
    }

    void aCancelledSessionCannotBeUsedAndIsJournaled() {
        auto q = start();
        QVERIFY(q.approve(serial(QStringLiteral("ACS card 1")), pin("111111")));
        q.cancel(QStringLiteral("wrong parameters"));
        auto head = m_ws->journal().head();
        QVERIFY(head);
        QCOMPARE(head->action, QStringLiteral("quorum.cancelled"));
        QCOMPARE(head->details().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("wrong parameters"));
        auto r = q.approve(serial(QStringLiteral("ACS card 2")), pin("222222"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("cancelled")));
    }

    void aFailedActionIsJournaledAsFailed() {
        auto q = start();
        QVERIFY(q.approve(serial(QStringLiteral("ACS card 1")), pin("111111")));
        QVERIFY(q.approve(serial(QStringLiteral("ACS card 2")), pin("222222")));
        auto r = q.execute([](hsm::Session&) -> Result<QJsonObject> {
            return fail(ErrorCode::Token, QStringLiteral("the HSM refused"));
        });
        QVERIFY(!r);
        auto head = m_ws->journal().head();
        QVERIFY(head);
        QCOMPARE(head->details().value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(head->details().value(QStringLiteral("error")).toString(),
                 QStringLiteral("the HSM refused"));
    }

    void theSignedDigestBindsEveryField() {
        auto a = quorum::QuorumRequest::make(QStringLiteral("x"), {}, QStringLiteral("me"));
        auto b = a;
        QCOMPARE(a.digest(), b.digest());
        b.parameters.insert(QStringLiteral("devices"), 1);
        QVERIFY(a.digest() != b.digest());
        b = a;
        b.expiresAt = b.expiresAt.addSecs(1);
        QVERIFY(a.digest() != b.digest());
        b = a;
        b.nonce[0] = static_cast<char>(b.nonce[0] ^ 1);
        QVERIFY(a.digest() != b.digest());
        QVERIFY(quorum::QuorumRequest::make(QStringLiteral("x"), {}, QStringLiteral("me")).nonce != a.nonce);
    }

    // One workspace is open once at a time, in this process too (issue #14: a second open is a
    // second writer). Closing the first (its journal signer logs the shared journal token out)
    // must leave the next open signing.
    void closingOneWorkspaceKeepsTheNextSigning() {
        m_ws.reset(); // the earlier tests' workspace: closed, so that `first` is the only one open
        auto first = m_demo.open(1);
        auto cards = workspace::Workspace::cards(m_demo.dir(), {});
        QVERIFY(cards);
        QString serial;
        for (const auto& c : *cards)
            if (c.keyslot.tokenLabel == demo::demoCards()[2].label)
                serial = c.keyslot.tokenSerial;
        auto refused = workspace::Workspace::open(
            m_demo.dir(), serial, SecureBytes::fromString(demo::demoCards()[2].pin.toStdString()), {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Busy);
        auto during = first->record(QStringLiteral("test.while-refused"), QStringLiteral("x"), {});
        QVERIFY2(during, during ? "" : qPrintable(during.error().message));
        first.reset();
        auto second = m_demo.open(2);
        QVERIFY(second->signsCheckpoints());
        auto e = second->record(QStringLiteral("test.after-close"), QStringLiteral("x"), {});
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
        QVERIFY(second->verifyJournal().ok());
    }

    void aReviewerCannotImport() {
        auto reviewer = m_demo.open(3);
        QCOMPARE(reviewer->identity().role, QStringLiteral("reviewer"));
        inventory::ParsedInventory empty;
        auto r = inventory::InventoryImporter(*reviewer).importParsed(empty, QStringLiteral("x.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PolicyRefused);
    }
};

QTEST_GUILESS_MAIN(TestQuorumSession)
#include "test_quorum_session.moc"
