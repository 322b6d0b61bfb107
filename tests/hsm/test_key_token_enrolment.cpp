// Key token enrolment: a random PIN nobody sees, split 2-of-3 onto custodian cards; any two
// cards log the key token in, one card alone cannot.
#include "TestPaths.h"
#include "TokenStore.h"

#include "hsm/Module.h"
#include "hsm/Session.h"
#include "quorum/CardShare.h"
#include "quorum/KeyTokenEnrolment.h"

#include <QTest>

using namespace symbolon;

class TestKeyTokenEnrolment : public QObject {
    Q_OBJECT
    test::TokenStore m_store;
    std::shared_ptr<hsm::Module> m_module;
    QVector<quorum::CardLogin> m_cards;

    QString makeCard(const QString& label, const char* pin) {
        auto t =
            m_module->initToken(label, SecureBytes::fromString("so-pin-1234"), SecureBytes::fromString(pin));
        if (!t)
            qFatal("%s", qPrintable(t.error().message));
        return t->serial;
    }

private Q_SLOTS:
    void initTestCase() {
        auto m = hsm::Module::load(test::softhsmModule());
        QVERIFY(m);
        m_module = *m;
        m_cards = {{makeCard(QStringLiteral("ACS card 1"), "111111"), SecureBytes::fromString("111111")},
                   {makeCard(QStringLiteral("ACS card 2"), "222222"), SecureBytes::fromString("222222")},
                   {makeCard(QStringLiteral("ACS card 3"), "333333"), SecureBytes::fromString("333333")}};
    }

    void wrongCardPinLeavesNoKeyToken() {
        QVector<quorum::CardLogin> cards = m_cards;
        cards[2].pin = SecureBytes::fromString("000000");
        auto r = quorum::KeyTokenEnrolment::enrol(*m_module, QStringLiteral("Symbolon HSM"), cards, 2);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PinIncorrect);
        QVERIFY(!m_module->findTokenByLabel(QStringLiteral("Symbolon HSM")));
    }

    void sameCardTwiceIsRefused() {
        QVector<quorum::CardLogin> cards{m_cards[0], m_cards[0], m_cards[1]};
        auto r = quorum::KeyTokenEnrolment::enrol(*m_module, QStringLiteral("Symbolon HSM"), cards, 2);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("twice")));
    }

    void enrolsAndAnyTwoCardsLogIn() {
        auto r = quorum::KeyTokenEnrolment::enrol(*m_module, QStringLiteral("Symbolon HSM"), m_cards, 2);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->shareIndexes.size(), 3);
        for (const auto& pair : {QVector<quorum::CardLogin>{m_cards[0], m_cards[1]},
                                 QVector<quorum::CardLogin>{m_cards[1], m_cards[2]},
                                 QVector<quorum::CardLogin>{m_cards[2], m_cards[0]}}) {
            auto pin = quorum::KeyTokenEnrolment::rebuildUserPin(*m_module, pair);
            QVERIFY2(pin, pin ? "" : qPrintable(pin.error().message));
            // 128 random bits as 32 hex digits, between "k7" and "Q": a lower-case letter, a digit
            // that is not last and a capital that is not first (NSS softoken's FIPS mode rule).
            QCOMPARE(pin->size(), std::size_t(35));
            const QByteArray text(reinterpret_cast<const char*>(pin->data()), qsizetype(pin->size()));
            QVERIFY(text.startsWith("k7") && text.endsWith('Q'));
            QVERIFY(!QByteArray::fromHex(text.mid(2, 32)).isEmpty());
            auto s = m_module->openSession(r->token.slotId, false);
            QVERIFY(s);
            QVERIFY((*s)->login(*pin));
            QVERIFY(*(*s)->isLoggedIn());
            QVERIFY((*s)->logout());
        }
    }

    void oneCardAloneIsNotAQuorum() {
        auto pin = quorum::KeyTokenEnrolment::rebuildUserPin(*m_module, {m_cards[0]});
        QVERIFY(!pin);
        QCOMPARE(pin.error().code, ErrorCode::PolicyRefused);
    }

    void sharesAreInvisibleWithoutTheCardPin() {
        auto t = m_module->findTokenBySerial(m_cards[0].serial);
        QVERIFY(t);
        auto s = m_module->openSession(t->slotId, false);
        QVERIFY(s);
        auto share = quorum::CardShare::load(**s, QStringLiteral("key-token-user-pin"));
        QVERIFY(!share);
        QCOMPARE(share.error().code, ErrorCode::NotFound);
    }

    void aCardServesOneKeyToken() {
        auto r = quorum::KeyTokenEnrolment::enrol(*m_module, QStringLiteral("Second HSM"), m_cards, 2);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
        QVERIFY(!m_module->findTokenByLabel(QStringLiteral("Second HSM")));
    }
};

QTEST_GUILESS_MAIN(TestKeyTokenEnrolment)
#include "test_key_token_enrolment.moc"
