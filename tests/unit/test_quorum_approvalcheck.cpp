// A reviewer's re-check of recorded quorum approvals: verified only when the request rebuilt from
// the journal entry has the recorded digest and the signature verifies against the enrolled key;
// otherwise INVALID or "not checked", with the reason.
#include "quorum/ApprovalCheck.h"
#include "quorum/QuorumRequest.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace symbolon;
using quorum::ApprovalCheck;

namespace {
struct SoftKey {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    ~SoftKey() { EVP_PKEY_free(key); }
    QByteArray spki() const {
        unsigned char* der = nullptr;
        const int n = i2d_PUBKEY(key, &der);
        QByteArray out(reinterpret_cast<const char*>(der), n);
        OPENSSL_free(der);
        return out;
    }
    QByteArray sign(const QByteArray& data) const {
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        size_t len = 0;
        EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
        EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(data.constData()),
                       data.size());
        QByteArray sig(int(len), '\0');
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(sig.data()), &len,
                       reinterpret_cast<const unsigned char*>(data.constData()), data.size());
        EVP_MD_CTX_free(ctx);
        sig.resize(int(len));
        return sig;
    }
};

workspace::RegisteredCard slotFor(const QString& holder, const QByteArray& spki) {
    workspace::RegisteredCard k;
    k.holder = holder;
    k.role = QStringLiteral("custodian");
    k.publicKey = spki;
    return k;
}

QJsonObject approval(const workspace::RegisteredCard& k, const QByteArray& signature) {
    return QJsonObject{{QStringLiteral("holder"), k.holder},
                       {QStringLiteral("card_label"), QStringLiteral("ACS card")},
                       {QStringLiteral("key_fingerprint"), k.fingerprint()},
                       {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}
} // namespace

class TestApprovalCheck : public QObject {
    Q_OBJECT
    SoftKey m_alice, m_bob, m_mallory;
    workspace::RegisteredCard m_aliceSlot = slotFor(QStringLiteral("Alice"), m_alice.spki());
    workspace::RegisteredCard m_bobSlot = slotFor(QStringLiteral("Bob"), m_bob.spki());
    quorum::QuorumRequest m_request = quorum::QuorumRequest::make(
        QStringLiteral("ceremony.generate-keks"),
        {{QStringLiteral("kek"), QStringLiteral("DCO Key")}, {QStringLiteral("count"), 2}},
        QStringLiteral("Alice [card 1234]"));

private Q_SLOTS:
    void rebuildsTheRequestExactly() {
        auto r = ApprovalCheck::rebuildRequest(m_request.toJson());
        QVERIFY(r);
        QCOMPARE(r->canonical(), m_request.canonical());
    }

    void verifiesGoodSignaturesAndFlagsBadOnes() {
        const QByteArray canonical = m_request.canonical();
        QJsonObject details{{QStringLiteral("request"), m_request.toJson()},
                            {QStringLiteral("approvals"),
                             QJsonArray{approval(m_aliceSlot, m_alice.sign(canonical)),
                                        approval(m_bobSlot, m_mallory.sign(canonical)), // not Bob's key
                                        approval(slotFor(QStringLiteral("Eve"), m_mallory.spki()),
                                                 m_mallory.sign(canonical))}}};
        const auto results = ApprovalCheck::check(details, {m_aliceSlot, m_bobSlot});
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].outcome, ApprovalCheck::Outcome::Verified);
        QCOMPARE(results[1].outcome, ApprovalCheck::Outcome::Invalid);
        QVERIFY(results[1].why.contains(QStringLiteral("Bob")));
        QCOMPARE(results[2].outcome, ApprovalCheck::Outcome::NotChecked);
        QVERIFY(results[2].why.contains(QStringLiteral("enrolled")));
    }

    // Issue #15: the request was edited after it was signed. Its approvals must not look like
    // something merely unchecked (amber): they do not match (an error).
    void aRequestEditedAfterSigningDoesNotMatch() {
        QJsonObject request = m_request.toJson();
        QJsonObject params = request.value(QStringLiteral("parameters")).toObject();
        params.insert(QStringLiteral("count"), 3); // the parameters were edited after signing
        request.insert(QStringLiteral("parameters"), params);
        const QJsonObject details{{QStringLiteral("request"), request},
                                  {QStringLiteral("approvals"),
                                   QJsonArray{approval(m_aliceSlot, m_alice.sign(m_request.canonical()))}}};
        const auto results = ApprovalCheck::check(details, {m_aliceSlot});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].outcome, ApprovalCheck::Outcome::DoesNotMatch);
        QCOMPARE(ApprovalCheck::outcomeText(results[0].outcome), QStringLiteral("does not match"));
        QVERIFY(results[0].why.contains(QStringLiteral("digest")));
        bool differs = false;
        QVERIFY(!ApprovalCheck::rebuildRequest(request, nullptr, &differs));
        QVERIFY(differs);
        QVERIFY(ApprovalCheck::check(QJsonObject{}, {m_aliceSlot}).isEmpty());
    }
    void aRequestMissingItsFieldsIsNotChecked() {
        QJsonObject request = m_request.toJson();
        request.remove(QStringLiteral("nonce"));
        const QJsonObject details{{QStringLiteral("request"), request},
                                  {QStringLiteral("approvals"),
                                   QJsonArray{approval(m_aliceSlot, m_alice.sign(m_request.canonical()))}}};
        const auto results = ApprovalCheck::check(details, {m_aliceSlot});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].outcome, ApprovalCheck::Outcome::NotChecked);
        bool differs = true;
        QVERIFY(!ApprovalCheck::rebuildRequest(request, nullptr, &differs));
        QVERIFY(!differs);
    }
};

QTEST_GUILESS_MAIN(TestApprovalCheck)
#include "test_quorum_approvalcheck.moc"
