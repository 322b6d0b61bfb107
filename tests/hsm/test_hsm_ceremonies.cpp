// The KEK ceremonies end to end on the demo workspace's SoftHSM2 key token, logged in by a 2-of-3
// quorum of the demo ACS cards (QuorumCeremony), with every bad input the issue lists.
#include "DemoFixture.h"

#include "ceremony/KekGeneration.h"
#include "ceremony/KeyPackage.h"
#include "ceremony/MigrationUnwrap.h"
#include "ceremony/QuorumCeremony.h"
#include "ceremony/SharedKeyTransfer.h"
#include "ceremony/TransportKeyCeremony.h"
#include "dlms/Kcv.h"
#include "dlms/Rfc3394.h"
#include "hsm/EcKeyPair.h"
#include "hsm/KeyLabels.h"
#include "hsm/Module.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"
#include "journal/JournalStore.h"
#include "quorum/KeyTokenEnrolment.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace symbolon;
using ceremony::TransportKeyCeremony;

namespace {
SecureBytes typed(const char* s) {
    return SecureBytes::fromString(s);
}
QVector<SecureBytes> demoComponents() {
    QVector<SecureBytes> out;
    for (const QString& c : demo::demoTransportKeyComponents())
        out.push_back(SecureBytes::fromString(c.toStdString()));
    return out;
}
} // namespace

class TestHsmCeremonies : public QObject {
    Q_OBJECT

    test::DemoFixture m_demo{200, 11};
    std::unique_ptr<workspace::Workspace> m_ws;
    QHash<QString, QString> m_serialByLabel;
    ceremony::CeremonyContext m_ctx;
    const QString m_tk = QStringLiteral("Symbolon Transport Key 1");

    quorum::CardLogin card(int index, const char* pin = nullptr) {
        const auto& c = demo::demoCards()[index];
        return {m_serialByLabel.value(c.label),
                SecureBytes::fromString(pin ? std::string(pin) : c.pin.toStdString())};
    }
    QString serial(int index) const { return m_serialByLabel.value(demo::demoCards()[index].label); }
    // The key token logged in directly with the PIN rebuilt from two cards, for the ceremony
    // internals below; the quorum path itself (approvals, journal) is ceremonyUnderQuorum.
    struct Login {
        std::unique_ptr<hsm::Session> s;
        hsm::Session& session() { return *s; }
        ~Login() {
            if (s)
                (void)s->logout();
        }
    };
    std::unique_ptr<Login> login() {
        auto& m = *m_ws->module();
        auto pin = quorum::KeyTokenEnrolment::rebuildUserPin(m, {card(0), card(1)});
        if (!pin)
            qFatal("%s", qPrintable(pin.error().message));
        auto token = m.findTokenBySerial(m_ws->config().keyTokenSerial);
        if (!token)
            qFatal("%s", qPrintable(token.error().message));
        auto session = m.openSession(token->slotId, true);
        if (!session || !(*session)->login(*pin))
            qFatal("key token login failed");
        auto l = std::make_unique<Login>();
        l->s = std::move(*session);
        return l;
    }
    static ceremony::CeremonyPlan kekPlan() {
        ceremony::CeremonyPlan p;
        p.kind = ceremony::CeremonyKind::GenerateKeks;
        return p;
    }

private Q_SLOTS:
    void initTestCase() {
        m_ws = m_demo.open(0);
        auto cards = workspace::Workspace::cards(m_demo.dir(), {});
        QVERIFY(cards);
        for (const auto& c : *cards)
            m_serialByLabel.insert(c.keyslot.tokenLabel, c.keyslot.tokenSerial);
        m_ctx.profile = policy::PolicyProfile::Development;
        m_ctx.actor = m_ws->identity().actor();
        m_ctx.role = m_ws->identity().role;
        m_ctx.approvals = {QStringLiteral("Alice Hughes [ACS card 1]"),
                           QStringLiteral("Bethan Morgan [ACS card 2]")};
    }

    void quorumRefusals() {
        auto q = ceremony::QuorumCeremony::start(*m_ws, kekPlan());
        QVERIFY2(q, q ? "" : qPrintable(q.error().message));
        QCOMPARE(q->request().action, QStringLiteral("ceremony.generate-keks"));
        QVERIFY(
            q->request().parameters.value(QStringLiteral("creates")).toString().contains(hsm::dcoKeyLabel()));
        QVERIFY(q->approve(card(0).serial, card(0).pin));
        auto twice = q->approve(card(0).serial, card(0).pin);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::PolicyRefused);
        QVERIFY(twice.error().message.contains(QStringLiteral("twice")));
        auto wrongPin = q->approve(serial(1), SecureBytes::fromString("999999"));
        QVERIFY(!wrongPin);
        QCOMPARE(wrongPin.error().code, ErrorCode::PinIncorrect);
        auto reviewer = q->approve(serial(3), SecureBytes::fromString("444444"));
        QVERIFY(!reviewer);
        QCOMPARE(reviewer.error().code, ErrorCode::PolicyRefused);
        // One card only: the ceremony never runs.
        bool ran = false;
        auto one = ceremony::QuorumCeremony::run(
            *m_ws, *q,
            [&](hsm::Session&, const ceremony::CeremonyContext&) -> Result<ceremony::CeremonyRecord> {
                ran = true;
                return fail(ErrorCode::Internal, QString());
            });
        QVERIFY(!one);
        QVERIFY(!ran);
        QCOMPARE(one.error().code, ErrorCode::PolicyRefused);
    }

    void anExpiredCeremonySessionRunsNothing() {
        auto q = ceremony::QuorumCeremony::start(*m_ws, kekPlan(), 60);
        QVERIFY(q);
        QVERIFY(q->approve(card(0).serial, card(0).pin));
        QVERIFY(q->approve(card(2).serial, card(2).pin));
        const QDateTime later = q->request().expiresAt.addSecs(1);
        auto r = q->execute([](hsm::Session&) -> Result<QJsonObject> { return QJsonObject{}; }, later);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("expired")));
        auto l = login();
        auto none = hsm::SecretKey::exists(l->session(), hsm::dcoKeyLabel());
        QVERIFY(none && !*none);
    }

    void ceremonyUnderQuorum() {
        auto q = ceremony::QuorumCeremony::start(*m_ws, kekPlan());
        QVERIFY(q);
        QVERIFY(q->approve(card(1).serial, card(1).pin));
        QVERIFY(q->approve(card(2).serial, card(2).pin));
        auto rec = ceremony::QuorumCeremony::run(*m_ws, *q,
                                                 [](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
                                                     return ceremony::KekGeneration::run(s, ctx);
                                                 });
        QVERIFY2(rec, rec ? "" : qPrintable(rec.error().message));
        QCOMPARE(rec->approvals.size(), 2);
        QVERIFY(rec->approvals[0].contains(QStringLiteral("ACS card 2")));
        QCOMPARE(rec->kcvs.size(), 4);
        for (const auto& [what, kcv] : rec->kcvs)
            QVERIFY2(kcv.startsWith(QStringLiteral("CMAC-5B ")) || kcv.startsWith(QStringLiteral("ECB-3B ")),
                     qPrintable(kcv));
        auto head = m_ws->journal().head();
        QVERIFY(head);
        QCOMPARE(head->action, QStringLiteral("quorum.ceremony.generate-keks"));
        const QJsonObject d = head->details();
        QCOMPARE(d.value(QStringLiteral("approvals")).toArray().size(), 2);
        const QJsonObject result = d.value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("quorum_approvals")).toArray().size(), 2);
        QCOMPARE(result.value(QStringLiteral("kcvs")).toArray().size(), 4);
        QVERIFY(result.contains(QStringLiteral("fallback")));
        QVERIFY(m_ws->journal().verifyChain());
    }

    void kekGeneration() {
        // Generated under the quorum above; here: the attributes, and once only.
        auto l = login();
        auto dco = hsm::SecretKey::findByLabel(l->session(), hsm::dcoKeyLabel());
        QVERIFY(dco);
        auto attrs = dco->readAttributes(l->session());
        QVERIFY(attrs && attrs->token && !attrs->extractable && attrs->sensitive);
        auto again = ceremony::KekGeneration::run(l->session(), m_ctx);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
    }

    void componentValidation_data() {
        QTest::addColumn<QByteArray>("component");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << QByteArray("0F1E2D3C4B5A69788796A5B4C3D2E1")
                               << QStringLiteral("30 hexadecimal digits");
        QTest::newRow("long") << QByteArray("0F1E2D3C4B5A69788796A5B4C3D2E1F000")
                              << QStringLiteral("34 hexadecimal digits");
        QTest::newRow("non-hex") << QByteArray("0F1E2D3C4B5A69788796A5B4C3D2E1FG")
                                 << QStringLiteral("character 32 is not a hexadecimal digit");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("0 hexadecimal digits");
        QTest::newRow("zero") << QByteArray("00000000000000000000000000000000")
                              << QStringLiteral("all zeros");
    }
    void componentValidation() {
        QFETCH(QByteArray, component);
        QFETCH(QString, expected);
        auto r = TransportKeyCeremony::parseComponents(
            {SecureBytes(component.constData(), static_cast<std::size_t>(component.size())),
             demoComponents()[1]});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Component 1")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QString::fromLatin1(component)) || component.isEmpty());
    }
    void componentRules() {
        auto same = TransportKeyCeremony::parseComponents({demoComponents()[0], demoComponents()[0]});
        QVERIFY(!same);
        QVERIFY(same.error().message.contains(QStringLiteral("Component 2 is the same as component 1")));
        auto one = TransportKeyCeremony::parseComponents({demoComponents()[0]});
        QVERIFY(!one);
        auto spaced = TransportKeyCeremony::parseComponent(1, typed("  0f1e2d3c4b5a69788796a5b4c3d2e1f0\n"));
        QVERIFY(spaced);
    }

    void transportKeyFromComponents() {
        auto l = login();
        auto rec = TransportKeyCeremony::run(l->session(), m_ctx, demoComponents(), m_tk);
        QVERIFY2(rec, rec ? "" : qPrintable(rec.error().message));
        // On SoftHSM (no CKM_XOR_BASE_AND_DATA) the labelled fallback ran.
        QCOMPARE(rec->fallbacks.size(), 1);
        const SecureBytes tk = demo::demoTransportKey();
        QCOMPARE(rec->kcvOf(QStringLiteral("Transport Key")),
                 dlms::formatKcv(dlms::KcvMethod::Cmac5B, *dlms::computeKcv(tk, dlms::KcvMethod::Cmac5B)));
        auto c1 = TransportKeyCeremony::parseComponent(1, demoComponents()[0]);
        QCOMPARE(rec->kcvOf(QStringLiteral("Component 1")),
                 dlms::formatKcv(dlms::KcvMethod::Cmac5B, *dlms::computeKcv(*c1, dlms::KcvMethod::Cmac5B)));
        const QString text = rec->toText();
        QVERIFY(text.contains(QStringLiteral("FALLBACK")));
        // Under production, the same token refuses (no in-module XOR).
        ceremony::CeremonyContext prod = m_ctx;
        prod.profile = policy::PolicyProfile::Production;
        auto refused =
            TransportKeyCeremony::run(l->session(), prod, demoComponents(), m_tk + QStringLiteral("b"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PolicyRefused);
        // The same label twice is refused.
        auto dup = TransportKeyCeremony::run(l->session(), m_ctx, demoComponents(), m_tk);
        QVERIFY(!dup);
        QCOMPARE(dup.error().code, ErrorCode::AlreadyExists);
    }

    void sharedKeyExportAndImport() {
        auto l = login();
        auto ex = ceremony::SharedKeyTransfer::exportSharedKey(l->session(), m_ctx, m_tk);
        QVERIFY2(ex, ex ? "" : qPrintable(ex.error().message));
        const QJsonObject o = QJsonDocument::fromJson(ex->file).object();
        QCOMPARE(o.value(QStringLiteral("key_kind")).toString(), QStringLiteral("Shared Key"));
        QVERIFY(o.value(QStringLiteral("key_kcv")).toString().startsWith(QStringLiteral("CMAC-5B ")));
        QCOMPARE(o.value(QStringLiteral("wrapped_key")).toString().size(), 48);
        QVERIFY(ceremony::KeyPackage::parse(ex->file)->verifySignature(ex->signerSpki));
        auto pem = ceremony::spkiFromPem(ceremony::publicKeyPem(ex->signerSpki));
        QVERIFY(pem && *pem == ex->signerSpki);

        // An S1SP's HSM: a second token with the same Transport Key built from the same components.
        auto& m = *m_ws->module();
        auto s1sp = m.initToken(QStringLiteral("S1SP HSM"), SecureBytes::fromString("so-s1sp"),
                                SecureBytes::fromString("s1sp-pin"));
        QVERIFY2(s1sp, s1sp ? "" : qPrintable(s1sp.error().message));
        auto ss = m.openSession(s1sp->slotId, true);
        QVERIFY(ss);
        hsm::Session& s = **ss;
        QVERIFY(s.login(SecureBytes::fromString("s1sp-pin")));
        QVERIFY(TransportKeyCeremony::run(s, m_ctx, demoComponents(), m_tk));
        // A wrong Transport Key on the same token.
        QVERIFY(TransportKeyCeremony::run(
            s, m_ctx, {typed("11111111111111111111111111111111"), typed("22222222222222222222222222222222")},
            QStringLiteral("Symbolon Transport Key wrong")));

        auto expectRefusal = [&](const QByteArray& file, const QByteArray& spki, const QString& needle,
                                 const QString& tk = QString()) {
            auto r = ceremony::SharedKeyTransfer::importSharedKey(s, m_ctx, file, spki, tk);
            QVERIFY2(!r, "import should have been refused");
            QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
            auto none = hsm::SecretKey::exists(s, hsm::sharedKeyLabel());
            QVERIFY(none && !*none); // nothing created
        };
        // Truncated.
        expectRefusal(ex->file.left(ex->file.size() / 2), ex->signerSpki, QStringLiteral("truncated"));
        // Tampered (the wrapped key changed after signing).
        QJsonObject t = o;
        QString w = t.value(QStringLiteral("wrapped_key")).toString();
        w[0] = w[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        t[QStringLiteral("wrapped_key")] = w;
        expectRefusal(QJsonDocument(t).toJson(), ex->signerSpki, QStringLiteral("altered"));
        // Signed by an unknown key: a key pair the importer does not know.
        auto other = hsm::EcKeyPair::generate(s, QStringLiteral("someone else"), QByteArrayLiteral("other"));
        QVERIFY(other);
        expectRefusal(ex->file, other->publicKeyDer(), QStringLiteral("unknown key"));
        // Wrong version / wrong kind, properly re-signed by the real signer.
        auto signer = ceremony::SharedKeyTransfer::journalSigningKey(l->session(), false);
        QVERIFY(signer);
        auto resign = [&](const std::function<void(ceremony::KeyPackage&)>& edit) {
            ceremony::KeyPackage p = *ceremony::KeyPackage::parse(ex->file);
            edit(p);
            p.signature = *signer->sign(l->session(), p.canonicalBytes());
            return p.toFile();
        };
        expectRefusal(resign([](ceremony::KeyPackage& p) { p.keyKind = QStringLiteral("DCO Key"); }),
                      ex->signerSpki, QStringLiteral("not a Shared Key"));
        QJsonObject v = o;
        v[QStringLiteral("version")] = 2;
        expectRefusal(QJsonDocument(v).toJson(), ex->signerSpki, QStringLiteral("version 2"));
        // Wrong KEK: the package names a Transport Key whose KCV differs.
        expectRefusal(ex->file, ex->signerSpki, QStringLiteral("Wrong Transport Key"),
                      QStringLiteral("Symbolon Transport Key wrong"));

        // The real thing.
        auto in = ceremony::SharedKeyTransfer::importSharedKey(s, m_ctx, ex->file, ex->signerSpki);
        QVERIFY2(in, in ? "" : qPrintable(in.error().message));
        QCOMPARE(in->kcvOf(QStringLiteral("Shared Key")), ex->record.kcvOf(QStringLiteral("Shared Key")));
        // A second import finds a Shared Key already there.
        auto again = ceremony::SharedKeyTransfer::importSharedKey(s, m_ctx, ex->file, ex->signerSpki);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        (void)s.logout();
    }

    void migrationUnwrapInChunksAndResumes() {
        auto l = login();
        ceremony::MigrationUnwrap::Options o;
        o.transportKeyLabel = m_tk;
        o.chunkSize = 30;
        int calls = 0;
        o.progress = [&](qint64, qint64) { return ++calls < 2; }; // cancel after 2 chunks
        auto first = ceremony::MigrationUnwrap::run(*m_ws, l->session(), m_ctx, o);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(first->cancelled);
        QCOMPARE(first->extra.value(QStringLiteral("devices_migrated")).toInt(), 60);
        QCOMPARE(*m_ws->db().scalarInt("SELECT COUNT(*) FROM key_records;"), 60 * 9);
        QCOMPARE(*m_ws->db().scalarInt(
                     "SELECT COUNT(*) FROM journal WHERE action = 'ceremony.migration-unwrap.chunk';"),
                 2);

        o.progress = {};
        auto rest = ceremony::MigrationUnwrap::run(*m_ws, l->session(), m_ctx, o);
        QVERIFY2(rest, rest ? "" : qPrintable(rest.error().message));
        QVERIFY(!rest->cancelled);
        QCOMPARE(rest->extra.value(QStringLiteral("devices_already_done")).toInt(), 60);
        QCOMPARE(rest->extra.value(QStringLiteral("devices_migrated")).toInt(), 140);
        QCOMPARE(*m_ws->db().scalarInt("SELECT COUNT(*) FROM key_records;"), 200 * 9);
        QCOMPARE(*m_ws->db().scalarInt("SELECT COUNT(*) FROM key_records WHERE kek = 'DCO Key';"), 200 * 5);
        QVERIFY(m_ws->journal().verifyChain());

        // Each record's KCV is the clear key's: check in software with the published demo key.
        auto st =
            m_ws->db().prepare("SELECT m.mk, k.kcv, k.kek_kcv FROM migration_keys m JOIN key_records k ON "
                               "k.device = m.device AND k.kind = 'MK' LIMIT 5;");
        QVERIFY(st);
        int checked = 0;
        while (*st->step()) {
            auto mk = dlms::rfc3394Unwrap(demo::demoTransportKey(), st->blob(0));
            QVERIFY(mk);
            QCOMPARE(st->text(1), dlms::formatKcv(dlms::KcvMethod::Cmac5B,
                                                  *dlms::computeKcv(*mk, dlms::KcvMethod::Cmac5B)));
            QVERIFY(st->text(2).startsWith(QStringLiteral("CMAC-5B ")));
            ++checked;
        }
        QCOMPARE(checked, 5);
        // Nothing left to do; no session objects left on the token.
        auto none = ceremony::MigrationUnwrap::run(*m_ws, l->session(), m_ctx, o);
        QVERIFY(none);
        QCOMPARE(none->extra.value(QStringLiteral("devices_migrated")).toInt(), 0);
        auto leftovers = l->session().findObjects(4 /* CKO_SECRET_KEY */, {}, {});
        QVERIFY(leftovers);
        QCOMPARE(leftovers->size(), 3); // DCO Key, Shared Key, Transport Key
    }

    // Last: a second workspace in this process opens its own libp11 context, which logs the
    // key token out (PLATFORM-NOTES.md hazards).
    void aReviewerCannotStartACeremony() {
        m_ws.reset(); // one workspace open per process at a time (issue #14): the custodian's closes first
        auto pma = m_demo.open(3);
        auto refused = ceremony::QuorumCeremony::start(*pma, kekPlan());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PolicyRefused);
    }
};

QTEST_GUILESS_MAIN(TestHsmCeremonies)
#include "test_hsm_ceremonies.moc"
