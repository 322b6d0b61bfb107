// The evidence pack's card pieces that need no token (issue #15): the pinned card list is read
// strictly (a repeated key named by line, every wrong field named), compared with a pack's list
// (a card not pinned, or going by a name the pinned list does not give it, is named with the first
// entry it co-signs), and report.html's signers-by-span table (spans merged per card, every text
// from the register HTML-escaped).
#include "audit/PinnedCards.h"
#include "audit/SignerSpans.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace symbolon;

namespace {
QByteArray newSpki() {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("prime256v1"), &EVP_PKEY_free);
    unsigned char* der = nullptr;
    const int len = i2d_PUBKEY(key.get(), &der);
    const QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}
QString fp(const QByteArray& spki) {
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
}
QJsonObject card(const QByteArray& spki, const QStringList& actors) {
    return QJsonObject{{QStringLiteral("fingerprint"), fp(spki)},
                       {QStringLiteral("public_key"), QString::fromLatin1(spki.toBase64())},
                       {QStringLiteral("actors"), QJsonArray::fromStringList(actors)}};
}
QByteArray list(const QJsonArray& cards, bool required = true) {
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                     {QStringLiteral("card_signatures_required"), required},
                                     {QStringLiteral("cards"), cards}})
        .toJson();
}
journal::Checkpoint cosigned(qint64 seq, const QString& cardFp, int minute = 0) {
    journal::Checkpoint c;
    c.seq = seq;
    c.time = QDateTime(QDate(2026, 11, 24), QTime(6, minute), Qt::UTC);
    c.cardFingerprint = cardFp;
    c.cardSignature = cardFp.isEmpty() ? QByteArray() : QByteArrayLiteral("sig");
    return c;
}
} // namespace

class TestEvidenceCards : public QObject {
    Q_OBJECT
    const QByteArray m_alice = newSpki(), m_bob = newSpki(), m_forger = newSpki();
    const QString m_aliceActor = QStringLiteral("Alice Hughes [card %1]").arg(fp(m_alice).left(8));
    const QString m_bobActor = QStringLiteral("Bob Jones [card %1]").arg(fp(m_bob).left(8));

    audit::PinnedCards pinned() {
        auto p = audit::PinnedCards::parse(list({card(m_alice, {m_aliceActor}), card(m_bob, {m_bobActor})}),
                                           QStringLiteral("real.json"));
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }

private Q_SLOTS:
    void aGoodListIsRead() {
        const audit::PinnedCards p = pinned();
        QCOMPARE(p.cards.size(), 2);
        QVERIFY(p.required);
        QCOMPARE(p.cards.value(fp(m_alice)).actors, QStringList{m_aliceActor});
    }

    void aBadListIsRefusedNamingWhere_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QJsonObject good = card(m_alice, {m_aliceActor});
        QTest::newRow("repeated key") << QByteArray("{\"format\":1,\n\"card_signatures_required\":true,\n"
                                                    "\"cards\":[],\n\"cards\":[]}")
                                      << QStringLiteral("list.json, line 4: the key \"cards\" appears twice");
        QTest::newRow("not JSON") << QByteArray("{\"format\":1,\n\"cards\":[")
                                  << QStringLiteral("list.json, line 2");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("is not a JSON object");
        QTest::newRow("format") << list({}).replace("\"format\": 1", "\"format\": 2")
                                << QStringLiteral("field \"format\" must be 1");
        QTest::newRow("format as text") << list({}).replace("\"format\": 1", "\"format\": \"1\"")
                                        << QStringLiteral("field \"format\" must be 1");
        QTest::newRow("required") << list({}).replace("true", "\"yes\"")
                                  << QStringLiteral(
                                         "field \"card_signatures_required\" must be true or false");
        QTest::newRow("unknown field") << list({}).replace("\"format\"", "\"signers\": [],\n    \"format\"")
                                       << QStringLiteral("field \"signers\" must be absent");
        QJsonObject extra = good;
        extra.insert(QStringLiteral("holder"), QStringLiteral("x"));
        QTest::newRow("unknown card field") << list({extra}) << QStringLiteral("field \"cards[0].holder\"");
        QTest::newRow("card not an object")
            << list({QStringLiteral("x")}) << QStringLiteral("field \"cards[0]\"");
        QJsonObject badFp = good;
        badFp.insert(QStringLiteral("fingerprint"), fp(m_bob));
        QTest::newRow("fingerprint") << list({badFp})
                                     << QStringLiteral("field \"cards[0].fingerprint\" must be the SHA-256");
        QJsonObject notP256 = good;
        notP256.insert(QStringLiteral("public_key"), QStringLiteral("AAAA"));
        notP256.insert(QStringLiteral("fingerprint"), fp(QByteArray::fromBase64("AAAA")));
        QTest::newRow("not a P-256 key")
            << list({notP256}) << QStringLiteral("field \"cards[0].public_key\"");
        QTest::newRow("twice") << list({good, good})
                               << QStringLiteral(
                                      "field \"cards[1].fingerprint\" must be a card not listed before");
        QTest::newRow("no actors") << list({card(m_alice, {})})
                                   << QStringLiteral("field \"cards[0].actors\"");
        QJsonObject blank = good;
        blank.insert(QStringLiteral("actors"), QJsonArray{QStringLiteral(" ")});
        QTest::newRow("blank actor") << list({blank}) << QStringLiteral("field \"cards[0].actors[0]\"");
    }
    void aBadListIsRefusedNamingWhere() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto p = audit::PinnedCards::parse(bytes, QStringLiteral("list.json"));
        QVERIFY(!p);
        QVERIFY2(p.error().message.contains(expected), qPrintable(p.error().message));
        QCOMPARE(p.error().code, ErrorCode::InvalidInput);
    }
    void anUnreadableFileIsNamed() {
        auto p = audit::PinnedCards::read(QStringLiteral("/nonexistent/cards.json"));
        QVERIFY(!p);
        QVERIFY2(p.error().message.contains(QStringLiteral("/nonexistent/cards.json cannot be read")),
                 qPrintable(p.error().message));
    }

    void theSameListMatches() {
        const audit::PinnedCards p = pinned();
        auto pack = audit::PinnedCards::parse(list({card(m_alice, {m_aliceActor})}), QStringLiteral("pack"));
        QVERIFY(pack);
        QVERIFY(p.compare(pack->cards, {cosigned(3, fp(m_alice))}).problem.isEmpty());
    }
    void aForgedCardIsNamedWithTheFirstEntryItSigns() {
        const audit::PinnedCards p = pinned();
        auto pack = audit::PinnedCards::parse(list({card(m_forger, {m_aliceActor, m_bobActor})}),
                                              QStringLiteral("pack"));
        QVERIFY(pack);
        const auto m = p.compare(pack->cards, {cosigned(9, fp(m_forger)), cosigned(4, fp(m_forger))});
        QCOMPARE(m.firstBadSeq, qint64(4));
        QVERIFY2(m.problem.contains(fp(m_forger)) &&
                     m.problem.contains(QStringLiteral("not in the pinned card list real.json")) &&
                     m.problem.contains(QStringLiteral("checkpoint of entry #4")),
                 qPrintable(m.problem));
    }
    void aCardGoingByAnotherPersonsNameIsNamed() {
        const audit::PinnedCards p = pinned();
        auto pack = audit::PinnedCards::parse(list({card(m_bob, {m_bobActor, m_aliceActor})}),
                                              QStringLiteral("pack"));
        QVERIFY(pack);
        const auto m = p.compare(pack->cards, {cosigned(7, fp(m_bob))});
        QCOMPARE(m.firstBadSeq, qint64(7));
        QVERIFY2(m.problem.contains(QStringLiteral("goes by \"%1\"").arg(m_aliceActor)),
                 qPrintable(m.problem));
    }
    void aCoSignatureByACardNoListNamesIsNamed() {
        const audit::PinnedCards p = pinned();
        const auto m = p.compare({}, {cosigned(2, fp(m_alice)), cosigned(5, fp(m_forger))});
        QCOMPARE(m.firstBadSeq, qint64(5));
        QVERIFY2(m.problem.contains(
                     QStringLiteral("checkpoint of entry #5 is co-signed by card %1").arg(fp(m_forger))),
                 qPrintable(m.problem));
    }
    void anUnpinnedCardThatSignsNothingIsStillRefused() {
        const audit::PinnedCards p = pinned();
        auto pack = audit::PinnedCards::parse(list({card(m_forger, {m_aliceActor})}), QStringLiteral("pack"));
        QVERIFY(pack);
        const auto m = p.compare(pack->cards, {});
        QCOMPARE(m.firstBadSeq, qint64(0));
        QVERIFY2(m.problem.contains(QStringLiteral("co-signs no checkpoint")), qPrintable(m.problem));
    }

    void spansMergeRunsOfTheSameCards() {
        const QString a = fp(m_alice), b = fp(m_bob);
        const auto spans =
            audit::signerSpans({cosigned(3, a, 1), cosigned(5, a, 2), cosigned(8, b, 3), cosigned(8, a, 4),
                                cosigned(10, {}, 5), cosigned(12, b, 6), cosigned(40, b, 7)},
                               2, 20);
        QCOMPARE(spans.size(), 4);
        QCOMPARE(spans[0].from, qint64(2));
        QCOMPARE(spans[0].to, qint64(5));
        QCOMPARE(spans[0].cards, QStringList{a});
        QCOMPARE(spans[1].from, qint64(6));
        QCOMPARE(spans[1].to, qint64(8));
        QStringList both{a, b};
        both.sort();
        QCOMPARE(spans[1].cards, both);
        QCOMPARE(spans[2].from, qint64(9));
        QVERIFY(spans[2].cards.isEmpty());
        QCOMPARE(spans[3].from, qint64(11));
        QCOMPARE(spans[3].to, qint64(12)); // #40 lies beyond the range
    }
    void theTableEscapesEverythingFromTheRegister() {
        const QString a = fp(m_alice);
        QHash<QString, audit::SignerCard> cards;
        cards.insert(a, {QStringLiteral("<script>alert(1)</script>"), QStringLiteral("custodian&co"),
                         QStringLiteral("\"0001\"")});
        const QString html = audit::signerSpansHtml(
            audit::signerSpans({cosigned(4, a), cosigned(6, fp(m_forger))}, 1, 9), cards, 1, 9);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY2(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("custodian&amp;co")));
        QVERIFY(html.contains(QStringLiteral("&quot;0001&quot;")));
        QVERIFY(html.contains(QStringLiteral("<td>#1 to #4</td>")));
        QVERIFY(html.contains(a));
        QVERIFY(html.contains(QStringLiteral("a card the site register does not list")));
        QVERIFY2(
            html.contains(QStringLiteral("#7 to #9</td><td colspan=\"5\">no checkpoint in this pack covers")),
            qPrintable(html));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCards)
#include "test_evidence_cards.moc"
