// KEK rollover (issue #20; CKMP (b)(iii), (d)(vi)). A demo whose clear keys the test knows (the
// migration keys are RFC 3394-wrapped under the published demo Transport Key): after a DCO Key and a
// Shared Key rollover every package opens, under its new version, to the same key as before (its
// KCV computed inside the HSM equals the software KCV of the known key), and the GUEK packages of a
// re-issued S1SP export open, in software, under the new Shared Key exported through that Transport
// Key. Cancel and resume; every package under exactly one version throughout; the refusals (no PMA
// instruction, destroying an active, retiring or referenced version, a resume under another
// instruction); a tampered package stopping the rollover by name; and an insider with the
// database key (the sqlcipher shell) trying to bring back a retired version.
#include "MigratedDemo.h"

#include "audit/CustodianReport.h"

#include "ceremony/CeremonyBody.h"
#include "ceremony/KekRing.h"
#include "ceremony/KekRollover.h"
#include "ceremony/KeyPackage.h"
#include "dlms/AesBlock.h"
#include "dlms/Kcv.h"
#include "dlms/Rfc3394.h"
#include "hsm/Capabilities.h"
#include "hsm/KeyWrap.h"
#include "hsm/Module.h"
#include "hsm/Session.h"
#include "inventory/InventoryStore.h"
#include "journal/JournalSigner.h"
#include "keys/KekVersionStore.h"
#include "policy/DlmsClient.h"
#include "rekey/KeyExport.h"
#include "rekey/SignedJsonLines.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QFile>
#include <QTest>

using namespace symbolon;
using keys::Kek;

namespace {
constexpr int kDevices = 40;
const QString kTk = QStringLiteral("Symbolon Transport Key 1");

struct Record {
    qint64 id = 0;
    QString kind;
    int client = 0;
    QByteArray package;
    QString kek;
    int kekVersion = 0;
    QString kcv;
};

QVector<Record> records(store::Database& db, const char* where = "1") {
    auto st =
        db.prepare((QByteArray("SELECT id, kind, client, package, kek, kek_version, kcv FROM key_records "
                               "WHERE ") +
                    where + " ORDER BY id;")
                       .constData());
    if (!st)
        qFatal("%s", qPrintable(st.error().message));
    QVector<Record> out;
    if (auto s = st->forEachRow([&](const store::Statement& r) {
            out.push_back(
                {r.int64(0), r.text(1), int(r.int64(2)), r.blob(3), r.text(4), int(r.int64(5)), r.text(6)});
        });
        !s)
        qFatal("%s", qPrintable(s.error().message));
    return out;
}

qint64 count(store::Database& db, const QString& sql) {
    auto n = db.scalarInt(sql.toUtf8().constData());
    if (!n)
        qFatal("%s: %s", qPrintable(sql), qPrintable(n.error().message));
    return *n;
}

QString softKcv(const SecureBytes& key) {
    return dlms::formatKcv(dlms::KcvMethod::Cmac5B, *dlms::computeKcv(key, dlms::KcvMethod::Cmac5B));
}

ceremony::CeremonyPlan rolloverPlan(Kek kek, const QString& ref) {
    ceremony::CeremonyPlan p;
    p.kind = ceremony::CeremonyKind::RolloverKek;
    p.kek = keys::kekOption(kek);
    p.pmaGround = QStringLiteral("major-incident");
    p.pmaReference = ref;
    p.chunkSize = 50;
    return p;
}
} // namespace

class TestKekRollover : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{kDevices};
    std::unique_ptr<workspace::Workspace> m_ws; // the custodian's (ACS card 1)
    QHash<qint64, QString> m_softKcv;           // key record id → KCV of the clear key, in software
    QHash<qint64, QByteArray> m_firstPackage;   // key record id → its package before any rollover

    void asCustodian() {
        m_ws.reset(); // one workspace open per process at a time
        m_ws = m_demo.open(0);
    }

    // The body under a quorum of ACS cards 1 and 2, with the key token logged in.
    Result<ceremony::CeremonyRecord> withToken(const std::function<Status(hsm::Session&)>& fn) {
        ceremony::CeremonyPlan p;
        p.kind = ceremony::CeremonyKind::ReadinessCheck;
        return test::underQuorum(
            m_demo, *m_ws, p,
            [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) -> Result<ceremony::CeremonyRecord> {
                if (auto st = fn(s); !st)
                    return st.error();
                return ceremony::CeremonyRecord::begin(QStringLiteral("test"), ctx);
            });
    }

    // What every packaging ceremony does first: the KEK versions checked against the token.
    Result<ceremony::CeremonyRecord> loadRing() {
        return withToken([&](hsm::Session& s) -> Status {
            auto caps = hsm::Capabilities::read(s.module(), s.slotId());
            if (!caps)
                return caps.error();
            auto ring = ceremony::KekRing::load(*m_ws, s, *caps);
            return ring ? Status{} : Status{ring.error()};
        });
    }

    Result<ceremony::CeremonyRecord> rollover(Kek kek, const QString& ref,
                                              std::function<bool(qint64, qint64)> progress = {}) {
        ceremony::CeremonyPlan p = rolloverPlan(kek, ref);
        ceremony::CeremonyInputs in;
        in.ws = m_ws.get();
        in.progress = std::move(progress);
        auto body = ceremony::ceremonyBody(p, std::move(in));
        if (!body)
            return body.error();
        return test::underQuorum(m_demo, *m_ws, p, *body);
    }

    Result<ceremony::CeremonyRecord> destroy(Kek kek, int version) {
        ceremony::CeremonyPlan p;
        p.kind = ceremony::CeremonyKind::DestroyKek;
        p.kek = keys::kekOption(kek);
        p.kekVersion = version;
        ceremony::CeremonyInputs in;
        in.ws = m_ws.get();
        auto body = ceremony::ceremonyBody(p, std::move(in));
        if (!body)
            return body.error();
        return test::underQuorum(m_demo, *m_ws, p, *body);
    }

    keys::KekVersionState stateOf(Kek kek, int version) {
        auto v = keys::KekVersionStore::find(m_ws->db(), kek, version);
        if (!v || !*v)
            qFatal("no %s", qPrintable(keys::kekVersionName(kek, version)));
        return (*v)->state;
    }

    // Every package opens under the version its record names, inside the HSM, to the clear key the
    // test knows; `differFrom`: and under this other version to something else.
    void expectEveryPackageOpens(Kek kek, int otherVersion = 0) {
        const QVector<Record> rs =
            records(m_ws->db(), kek == Kek::Dco ? "kek = 'DCO Key'" : "kek = 'Shared Key'");
        QVERIFY(!rs.isEmpty());
        int checked = 0;
        auto r = withToken([&](hsm::Session& s) -> Status {
            auto caps = hsm::Capabilities::read(s.module(), s.slotId());
            if (!caps)
                return caps.error();
            const auto attrs =
                hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, policy::PolicyProfile::Development);
            auto open = [&](int version, const QByteArray& package) -> Result<QString> {
                auto kekKey = hsm::SecretKey::findByLabel(s, keys::kekLabel(kek, version));
                if (!kekKey)
                    return kekKey.error();
                auto k = hsm::KeyWrap::unpackage(s, *caps, policy::PolicyProfile::Development, *kekKey,
                                                 package, attrs, QString(), QByteArray());
                if (!k)
                    return k.error();
                auto kcv = k->key.labelledKcv(s, *caps, dlms::KcvMethod::Cmac5B);
                (void)k->key.destroy(s);
                return kcv;
            };
            for (const Record& rec : rs) {
                if (!m_softKcv.contains(rec.id))
                    continue; // a re-key's new key: the test does not know it
                auto kcv = open(rec.kekVersion, rec.package);
                if (!kcv)
                    return kcv.error();
                if (*kcv != m_softKcv.value(rec.id) || rec.kcv != m_softKcv.value(rec.id))
                    return fail(ErrorCode::Crypto, QStringLiteral("record %1 (%2) opens to %3, the key is %4")
                                                       .arg(rec.id)
                                                       .arg(rec.kind, *kcv, m_softKcv.value(rec.id)));
                if (otherVersion) {
                    auto other = open(otherVersion, rec.package);
                    if (other && *other == m_softKcv.value(rec.id))
                        return fail(
                            ErrorCode::Crypto,
                            QStringLiteral("record %1 still opens under v%2").arg(rec.id).arg(otherVersion));
                }
                ++checked;
            }
            return {};
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(checked >= kDevices * 4);
    }

private Q_SLOTS:
    void initTestCase() {
        test::migrateDemo(m_demo);
        asCustodian();
        // The clear keys, from the migration keys and the published demo Transport Key.
        const SecureBytes tk = demo::demoTransportKey();
        auto st = m_ws->db().prepare(
            "SELECT k.id, k.kind, k.client, m.mk, m.ak, m.guek, k.package FROM key_records k "
            "JOIN migration_keys m ON m.device = k.device;");
        QVERIFY(st);
        if (auto s = st->forEachRow([&](const store::Statement& r) {
                const QString kind = r.text(1);
                const int client = int(r.int64(2));
                int index = 0;
                for (int i = 0; i < 4; ++i)
                    if (int(policy::kKeyedClients[i]) == client)
                        index = i;
                const QByteArray wrapped = kind == QLatin1String("MK")   ? r.blob(3)
                                           : kind == QLatin1String("AK") ? r.blob(4).mid(24 * index, 24)
                                                                         : r.blob(5).mid(24 * index, 24);
                auto clear = dlms::rfc3394Unwrap(tk, wrapped);
                if (!clear)
                    qFatal("unwrap: %s", qPrintable(clear.error().message));
                m_softKcv.insert(r.int64(0), softKcv(*clear));
                m_firstPackage.insert(r.int64(0), r.blob(6));
            });
            !s)
            QFAIL(qPrintable(s.error().message));
        QCOMPARE(m_softKcv.size(), kDevices * 9);
    }

    void noPmaInstructionNoRollover() {
        auto r = rollover(Kek::Dco, QString());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PolicyRefused);
        QVERIFY2(r.error().message.contains(QStringLiteral("CKMP (b)(iii)")), qPrintable(r.error().message));
        // Nothing changed: no second version, on the token or in the workspace.
        auto none = withToken([](hsm::Session& s) -> Status {
            auto v2 = hsm::SecretKey::exists(s, keys::kekLabel(Kek::Dco, 2));
            if (!v2)
                return v2.error();
            return *v2 ? fail(ErrorCode::Internal, QStringLiteral("a v2 was made")) : Status{};
        });
        QVERIFY2(none, none ? "" : qPrintable(none.error().message));
        QCOMPARE(count(m_ws->db(), QStringLiteral("SELECT count(*) FROM kek_versions WHERE version > 1;")),
                 0);
    }

    void aRekeyRunBeforeTheRollover() {
        // A re-key of GUEKs and AKs on five devices, so that the S1SP has an export to re-issue.
        m_ws.reset();
        auto responder = m_demo.open(test::kResponderCard);
        inventory::InventoryStore inv(responder->db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto devices = inv.page({}, inventory::DeviceColumn::DeviceId, Qt::AscendingOrder, 1, 5, now);
        QVERIFY(devices && devices->size() == 5);
        rekey::RekeyRequest req;
        for (const auto& d : *devices)
            req.deviceIds << d.deviceId;
        req.instruction = policy::PmaInstruction{policy::PmaGround::MajorIncident, QStringLiteral("PMA-R-1")};
        auto run = rekey::RekeyPlanner::create(*responder, req, now);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        auto rec = test::runRekey(m_demo, *responder, *run);
        QVERIFY2(rec, rec ? "" : qPrintable(rec.error().message));
        QCOMPARE(run->id, qint64(1));
        responder.reset();
        asCustodian();
    }

    void cancelThenResumeUnderTheSameInstruction() {
        const qint64 dcoPackages =
            count(m_ws->db(), QStringLiteral("SELECT count(*) FROM key_records WHERE kek = 'DCO Key';"));
        int reports = 0;
        auto first =
            rollover(Kek::Dco, QStringLiteral("PMA-K-1"), [&](qint64, qint64) { return ++reports < 2; });
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(first->cancelled);
        // Part-way: every package under exactly one version, some under each.
        const qint64 v1 =
            count(m_ws->db(), QStringLiteral("SELECT count(*) FROM key_records WHERE kek = 'DCO Key' "
                                             "AND kek_version = 1;"));
        const qint64 v2 =
            count(m_ws->db(), QStringLiteral("SELECT count(*) FROM key_records WHERE kek = 'DCO Key' "
                                             "AND kek_version = 2;"));
        QVERIFY(v1 > 0 && v2 > 0);
        QCOMPARE(v1 + v2, dcoPackages);
        QCOMPARE(stateOf(Kek::Dco, 1), keys::KekVersionState::Retiring);
        QCOMPARE(stateOf(Kek::Dco, 2), keys::KekVersionState::Active);
        // The kept counts are exact.
        QCOMPARE(
            count(m_ws->db(),
                  QStringLiteral("SELECT packages FROM kek_versions WHERE kek = 'DCO Key' AND version = 1;")),
            v1);

        // Refusals while it runs: destroying the retiring or the active version; a resume under
        // another instruction. Nothing changes.
        auto retiring = destroy(Kek::Dco, 1);
        QVERIFY(!retiring);
        QVERIFY2(retiring.error().message.contains(QStringLiteral("%1 package").arg(v1)),
                 qPrintable(retiring.error().message));
        auto active = destroy(Kek::Dco, 2);
        QVERIFY(!active);
        QVERIFY2(active.error().message.contains(QStringLiteral("active version")),
                 qPrintable(active.error().message));
        auto other = rollover(Kek::Dco, QStringLiteral("PMA-OTHER"));
        QVERIFY(!other);
        QVERIFY2(other.error().message.contains(QStringLiteral("PMA-K-1")),
                 qPrintable(other.error().message));
        QCOMPARE(
            count(m_ws->db(), QStringLiteral("SELECT count(*) FROM key_records WHERE kek = 'DCO Key' AND "
                                             "kek_version = 2;")),
            v2);

        // New packaging during the rollover goes under the active version only: a re-key reads
        // MKs under either version.
        m_ws.reset();
        {
            auto responder = m_demo.open(test::kResponderCard);
            inventory::InventoryStore inv(responder->db());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto devices = inv.page({}, inventory::DeviceColumn::DeviceId, Qt::DescendingOrder, 1, 3, now);
            QVERIFY(devices && devices->size() == 3);
            rekey::RekeyRequest req;
            for (const auto& d : *devices)
                req.deviceIds << d.deviceId;
            req.kinds = *rekey::RekeyKinds::parse(QStringLiteral("all"));
            req.instruction =
                policy::PmaInstruction{policy::PmaGround::MajorIncident, QStringLiteral("PMA-R-2")};
            auto run = rekey::RekeyPlanner::create(*responder, req, now);
            QVERIFY2(run, run ? "" : qPrintable(run.error().message));
            auto rec = test::runRekey(m_demo, *responder, *run);
            QVERIFY2(rec, rec ? "" : qPrintable(rec.error().message));
            QCOMPARE(rec->extra.value(QStringLiteral("devices_failed")).toInt(), 0);
            QCOMPARE(count(responder->db(),
                           QStringLiteral("SELECT count(*) FROM key_records WHERE rekey_run = %1 AND "
                                          "kek = 'DCO Key' AND kek_version <> 2;")
                               .arg(run->id)),
                     0);
        }
        asCustodian();

        auto rest = rollover(Kek::Dco, QStringLiteral("PMA-K-1"));
        QVERIFY2(rest, rest ? "" : qPrintable(rest.error().message));
        QVERIFY(!rest->cancelled);
        QVERIFY(rest->extra.value(QStringLiteral("resumed")).toBool());
        QCOMPARE(
            count(m_ws->db(), QStringLiteral("SELECT count(*) FROM key_records WHERE kek = 'DCO Key' AND "
                                             "kek_version <> 2;")),
            0);
        QCOMPARE(stateOf(Kek::Dco, 1), keys::KekVersionState::Retired);
        QVERIFY(m_ws->journal().verifyChain());
        QCOMPARE(
            count(m_ws->db(),
                  QStringLiteral("SELECT count(*) FROM journal WHERE action IN "
                                 "('ceremony.kek-rollover.started', 'ceremony.kek-rollover.completed');")),
            2);
        for (const Record& r : records(m_ws->db(), "kek = 'DCO Key' AND generation = 0"))
            QVERIFY2(r.package != m_firstPackage.value(r.id), "a package was not re-packaged");
    }

    void everyDcoPackageOpensToTheSameKey() { expectEveryPackageOpens(Kek::Dco, 1); }

    void sharedKeyRolloverReachesTheS1sp() {
        auto r = rollover(Kek::Shared, QStringLiteral("PMA-S-1"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(!r->cancelled);
        expectEveryPackageOpens(Kek::Shared, 1);

        // The new Shared Key to the S1SP through the Transport Key the test knows.
        ceremony::CeremonyPlan p;
        p.kind = ceremony::CeremonyKind::ExportSharedKey;
        p.transportKeyLabel = kTk;
        p.packageFile = m_demo.scratch(QStringLiteral("shared-v2.json"));
        p.kekVersion = 2;
        ceremony::CeremonyInputs in;
        in.ws = m_ws.get();
        auto body = ceremony::ceremonyBody(p, std::move(in));
        QVERIFY(body);
        auto ex = test::underQuorum(m_demo, *m_ws, p, *body);
        QVERIFY2(ex, ex ? "" : qPrintable(ex.error().message));
        QFile f(p.packageFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto pkg = ceremony::KeyPackage::parse(f.readAll());
        QVERIFY2(pkg, pkg ? "" : qPrintable(pkg.error().message));
        QCOMPARE(pkg->keyVersion, 2);
        auto sharedV2 = dlms::rfc3394Unwrap(demo::demoTransportKey(), pkg->wrappedKey);
        QVERIFY(sharedV2);
        auto recorded = keys::KekVersionStore::find(m_ws->db(), Kek::Shared, 2);
        QVERIFY(recorded && *recorded);
        QCOMPARE(softKcv(*sharedV2), (*recorded)->kcv);
        QCOMPARE(pkg->keyKcv, (*recorded)->kcv);

        // The S1SP's GUEK export of run 1, re-issued: under v2, every package opens in software.
        m_ws.reset();
        auto responder = m_demo.open(test::kResponderCard);
        const QString path = m_demo.scratch(QStringLiteral("s1sp.jsonl"));
        auto devices = responder->db().prepare(
            "SELECT d.s1sp FROM rekey_devices r JOIN devices d ON d.id = r.device WHERE r.run = 1 LIMIT 1;");
        QVERIFY(devices);
        QString s1sp;
        QVERIFY(devices->forEachRow([&](const store::Statement& row) { s1sp = row.text(0); }));
        auto written = rekey::KeyExport::write(*responder, 1, rekey::ExportRecipient::S1sp, path, s1sp);
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QFile ef(path), kf(workspace::Workspace::journalKeyPath(m_demo.dir()));
        QVERIFY(ef.open(QIODevice::ReadOnly) && kf.open(QIODevice::ReadOnly));
        auto parsed = rekey::SignedJsonLines::parse(ef.readAll(), rekey::KeyExport::format(),
                                                    journal::JournalSigner::spkiFromPem(kf.readAll()));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->header.value(QStringLiteral("kek_version")).toInt(), 2);
        QCOMPARE(parsed->header.value(QStringLiteral("kek_kcv")).toString(), (*recorded)->kcv);
        QVERIFY(!parsed->records.isEmpty());
        for (const QJsonObject& line : parsed->records) {
            QCOMPARE(line.value(QStringLiteral("kind")).toString(), QStringLiteral("GUEK"));
            auto guek = dlms::aesBlockDecrypt(
                *sharedV2, QByteArray::fromHex(line.value(QStringLiteral("package")).toString().toLatin1()));
            QVERIFY(guek);
            QCOMPARE(softKcv(*guek), line.value(QStringLiteral("kcv")).toString());
        }
        responder.reset();
        asCustodian();
    }

    void aTamperedPackageStopsTheRolloverByName() {
        // An insider with the database key (sqlcipher) alters one package under DCO Key v2.
        const QVector<Record> dco = records(m_ws->db(), "kek = 'DCO Key' AND generation = 0");
        const Record victim = dco[dco.size() / 2];
        QVERIFY(
            m_ws->db().exec(QStringLiteral("UPDATE key_records SET package = randomblob(16) WHERE id = %1;")
                                .arg(victim.id)
                                .toUtf8()
                                .constData()));
        auto r = rollover(Kek::Dco, QStringLiteral("PMA-K-2"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Crypto);
        QVERIFY2(r.error().message.contains(QStringLiteral("key record %1").arg(victim.id)),
                 qPrintable(r.error().message));
        // Committed chunks stand, the failing one did not commit: every package under v2 or v3,
        // the victim still under v2.
        QCOMPARE(
            count(m_ws->db(), QStringLiteral("SELECT count(*) FROM key_records WHERE kek = 'DCO Key' AND "
                                             "kek_version NOT IN (2, 3);")),
            0);
        QCOMPARE(count(m_ws->db(),
                       QStringLiteral("SELECT kek_version FROM key_records WHERE id = %1;").arg(victim.id)),
                 2);
        // Put back (the incident responder restores it from an evidence pack); the rollover resumes.
        auto put = m_ws->db().prepare("UPDATE key_records SET package = ?1 WHERE id = ?2;");
        QVERIFY(put);
        put->bind(1, victim.package).bind(2, victim.id);
        QVERIFY(put->run());
        auto rest = rollover(Kek::Dco, QString());
        QVERIFY2(rest, rest ? "" : qPrintable(rest.error().message));
        QCOMPARE(
            count(m_ws->db(), QStringLiteral("SELECT count(*) FROM key_records WHERE kek = 'DCO Key' AND "
                                             "kek_version <> 3;")),
            0);
        expectEveryPackageOpens(Kek::Dco, 2);
    }

    void destroyOnlyWhatNothingRefersTo() {
        // An insider marks the active version retired and its count 0 to have it destroyed: the
        // exact count refuses it, naming how many.
        const qint64 under3 = count(
            m_ws->db(),
            QStringLiteral("SELECT count(*) FROM key_records WHERE kek = 'DCO Key' AND kek_version = 3;"));
        QVERIFY(m_ws->db().exec(
            "UPDATE kek_versions SET state = 'retired', packages = 0 WHERE kek = 'DCO Key' AND "
            "version = 3;"));
        auto refused = ceremony::KekRollover::destroyPrecheck(*m_ws, Kek::Dco, 3);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("%1 package").arg(under3)),
                 qPrintable(refused.error().message));
        QVERIFY(m_ws->db().exec(
            "UPDATE kek_versions SET state = 'active', packages = (SELECT count(*) FROM "
            "key_records WHERE kek = 'DCO Key' AND kek_version = 3) WHERE kek = 'DCO Key' AND "
            "version = 3;"));

        auto d1 = destroy(Kek::Dco, 1);
        QVERIFY2(d1, d1 ? "" : qPrintable(d1.error().message));
        QCOMPARE(stateOf(Kek::Dco, 1), keys::KekVersionState::Destroyed);
        auto gone = withToken([](hsm::Session& s) -> Status {
            auto v1 = hsm::SecretKey::exists(s, keys::kekLabel(Kek::Dco, 1));
            if (!v1)
                return v1.error();
            return *v1 ? fail(ErrorCode::Internal, QStringLiteral("v1 is still on the token")) : Status{};
        });
        QVERIFY2(gone, gone ? "" : qPrintable(gone.error().message));
        auto again = destroy(Kek::Dco, 1);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QVERIFY(m_ws->journal().verifyChain());
    }

    void anInsiderCannotPointAVersionAtAnotherObject() {
        // State here: DCO Key v1 destroyed, v2 retired, v3 active. With the database key an insider
        // points retired v2's record at v3's object (label, id, KCV), so that the quorum's routine
        // "destroy v2" would destroy the KEK every package is under.
        auto v2 = keys::KekVersionStore::find(m_ws->db(), Kek::Dco, 2);
        auto v3 = keys::KekVersionStore::find(m_ws->db(), Kek::Dco, 3);
        QVERIFY(v2 && *v2 && v3 && *v3);
        const QString v2Kcv = (*v2)->kcv, v3Kcv = (*v3)->kcv;
        auto exec = [&](const QString& sql) {
            QVERIFY2(m_ws->db().exec(sql.toUtf8().constData()), qPrintable(sql));
        };
        exec(QStringLiteral(
                 "UPDATE kek_versions SET label = 'Symbolon DCO Key v3', object_id = "
                 "CAST('symbolon-dco-key-v3' AS BLOB), kcv = '%1' WHERE kek = 'DCO Key' AND version = 2;")
                 .arg(v3Kcv));
        auto a = destroy(Kek::Dco, 2);
        QVERIFY(!a);
        QCOMPARE(a.error().code, ErrorCode::Crypto);
        QVERIFY2(a.error().message.contains(v2Kcv), qPrintable(a.error().message)); // the journal's KCV
        exec(QStringLiteral(
                 "UPDATE kek_versions SET label = 'Symbolon DCO Key v2', object_id = "
                 "CAST('symbolon-dco-key-v2' AS BLOB), kcv = '%1' WHERE kek = 'DCO Key' AND version = 2;")
                 .arg(v2Kcv));
        // ... or points active v3's record at retired v2's object, so that new packages go under v2.
        exec(QStringLiteral(
                 "UPDATE kek_versions SET label = 'Symbolon DCO Key v2', object_id = "
                 "CAST('symbolon-dco-key-v2' AS BLOB), kcv = '%1' WHERE kek = 'DCO Key' AND version = 3;")
                 .arg(v2Kcv));
        auto b = loadRing();
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::Crypto);
        exec(QStringLiteral(
                 "UPDATE kek_versions SET label = 'Symbolon DCO Key v3', object_id = "
                 "CAST('symbolon-dco-key-v3' AS BLOB), kcv = '%1' WHERE kek = 'DCO Key' AND version = 3;")
                 .arg(v3Kcv));
        // ... or drops the guard, moves every record to a made-up v4 and retires v3: no completed
        // rollover away from v3 is in the journal, so v3 is not destroyed.
        exec(QStringLiteral(
            "DROP TRIGGER key_records_active_kek_move;"
            "INSERT INTO kek_versions(kek, version, label, object_id, kcv, state, created_at, "
            "state_changed_at, journal_seq) VALUES ('DCO Key', 4, 'Symbolon DCO Key v4', "
            "CAST('symbolon-dco-key-v4' AS BLOB), 'CMAC-5B 0000000000', 'retired', 0, 0, 0);"
            "UPDATE key_records SET kek_version = 4 WHERE kek = 'DCO Key';"
            "UPDATE kek_versions SET state = 'retired' WHERE kek = 'DCO Key' AND version = 3;"
            "UPDATE kek_versions SET state = 'active' WHERE kek = 'DCO Key' AND version = 4;"));
        auto c = destroy(Kek::Dco, 3);
        QVERIFY(!c);
        QVERIFY2(c.error().message.contains(QStringLiteral("no completed rollover")),
                 qPrintable(c.error().message));
        auto still = withToken([](hsm::Session& s) -> Status {
            auto v = hsm::SecretKey::exists(s, keys::kekLabel(Kek::Dco, 3));
            if (!v)
                return v.error();
            return *v ? Status{} : fail(ErrorCode::Internal, QStringLiteral("v3 was destroyed"));
        });
        QVERIFY2(still, still ? "" : qPrintable(still.error().message));
        exec(QStringLiteral(
            "UPDATE kek_versions SET state = 'retired' WHERE kek = 'DCO Key' AND version = 4;"
            "UPDATE key_records SET kek_version = 3 WHERE kek = 'DCO Key';"
            "UPDATE kek_versions SET state = 'active' WHERE kek = 'DCO Key' AND version = 3;"
            "DELETE FROM kek_versions WHERE kek = 'DCO Key' AND version = 4;"
            "UPDATE kek_versions SET packages = (SELECT count(*) FROM key_records WHERE kek = 'DCO Key' "
            "AND kek_version = 3) WHERE kek = 'DCO Key' AND version = 3;"
            "CREATE TRIGGER key_records_active_kek_move BEFORE UPDATE OF kek, kek_version ON "
            "key_records WHEN NOT EXISTS (SELECT 1 FROM kek_versions WHERE kek = NEW.kek AND version = "
            "NEW.kek_version AND state = 'active') BEGIN SELECT RAISE(ABORT, 'a key is packaged only "
            "under the active version of its KEK'); END;"));
        expectEveryPackageOpens(Kek::Dco, 2);
    }

    void oneInstructionOneRollover() {
        // The same command again after its rollover completed does not start a second pass.
        auto again = rollover(Kek::Dco, QStringLiteral("PMA-K-1"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QVERIFY2(again.error().message.contains(QStringLiteral("completed")),
                 qPrintable(again.error().message));
        QCOMPARE(
            count(m_ws->db(), QStringLiteral("SELECT count(*) FROM kek_versions WHERE kek = 'DCO Key';")), 3);
    }

    void theReportNamesEachRolloversInstruction() {
        auto report = audit::CustodianReport::build(m_ws->db(), QDateTime::fromSecsSinceEpoch(0),
                                                    QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        for (const QString& ref :
             {QStringLiteral("PMA-K-1"), QStringLiteral("PMA-S-1"), QStringLiteral("PMA-K-2")})
            QVERIFY2(report->pmaReferences.contains(ref),
                     qPrintable(report->pmaReferences.join(QLatin1Char(' '))));
        int rollovers = 0, destroys = 0;
        for (const auto& c : report->ceremonies) {
            rollovers +=
                c.action == QLatin1String("ceremony.kek-rollover") && c.outcome == QLatin1String("completed");
            destroys +=
                c.action == QLatin1String("ceremony.kek-destroy") && c.outcome == QLatin1String("completed");
        }
        QVERIFY(rollovers >= 4); // two DCO Key (one resumed twice), one Shared Key, ...
        QCOMPARE(destroys, 1);
    }

    void anInterruptedStartIsMadeAgain() {
        // A start killed after generating Shared Key v3, before recording it: the object is on
        // the token, the workspace has no record and the journal no start entry.
        QString plantedKcv;
        auto planted = withToken([&](hsm::Session& s) -> Status {
            auto caps = hsm::Capabilities::read(s.module(), s.slotId());
            if (!caps)
                return caps.error();
            auto k = hsm::SecretKey::generate(
                s,
                hsm::secretKeyAttributes(hsm::SecretKeyRole::SharedKey, policy::PolicyProfile::Development),
                keys::kekLabel(Kek::Shared, 3), keys::kekObjectId(Kek::Shared, 3));
            if (!k)
                return k.error();
            auto kcv = k->labelledKcv(s, *caps, dlms::KcvMethod::Cmac5B);
            if (!kcv)
                return kcv.error();
            plantedKcv = *kcv;
            return {};
        });
        QVERIFY2(planted, planted ? "" : qPrintable(planted.error().message));
        // Packaging refuses until the rollover is run again, naming the object.
        auto packaging = loadRing();
        QVERIFY(!packaging);
        QVERIFY2(packaging.error().message.contains(QStringLiteral("run the rollover again")),
                 qPrintable(packaging.error().message));
        auto r = rollover(Kek::Shared, QStringLiteral("PMA-S-2"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(r->notes.join(QLatin1Char(' ')).contains(QStringLiteral("without a record")),
                 qPrintable(r->notes.join(QLatin1Char('\n'))));
        auto v3 = keys::KekVersionStore::find(m_ws->db(), Kek::Shared, 3);
        QVERIFY(v3 && *v3);
        QVERIFY((*v3)->kcv != plantedKcv); // made again, not adopted
        expectEveryPackageOpens(Kek::Shared, 2);
    }

    void aCursorMovedAheadIsCaughtUp() {
        // An insider moves a cancelled rollover's cursor past every record: the resume makes a
        // second pass from the start rather than leaving packages behind or sticking.
        int reports = 0;
        auto first =
            rollover(Kek::Shared, QStringLiteral("PMA-S-3"), [&](qint64, qint64) { return ++reports < 2; });
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(first->cancelled);
        QVERIFY(m_ws->db().exec("UPDATE kek_rollovers SET cursor = 1000000000 WHERE state = 'running';"));
        auto rest = rollover(Kek::Shared, QString());
        QVERIFY2(rest, rest ? "" : qPrintable(rest.error().message));
        QVERIFY(!rest->cancelled);
        QVERIFY2(rest->notes.join(QLatin1Char(' ')).contains(QStringLiteral("second pass")),
                 qPrintable(rest->notes.join(QLatin1Char('\n'))));
        QCOMPARE(
            count(m_ws->db(), QStringLiteral("SELECT count(*) FROM key_records WHERE kek = 'Shared Key' AND "
                                             "kek_version <> 4;")),
            0);
        expectEveryPackageOpens(Kek::Shared, 3);
    }

    void anInsiderCannotBringBackARetiredVersion() {
        // With the database key, an insider makes DCO Key v2 (retired, still on the token) active
        // again, so that new packages would go under it: every packaging ceremony refuses.
        QVERIFY(m_ws->db().exec(
            "UPDATE kek_versions SET state = 'retired' WHERE kek = 'DCO Key' AND version = 3;"
            "UPDATE kek_versions SET state = 'active' WHERE kek = 'DCO Key' AND version = 2;"));
        auto r = loadRing();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Crypto);
        QVERIFY2(r.error().message.contains(QStringLiteral("only move forward")),
                 qPrintable(r.error().message));

        // And with v3's record deleted too: the token's unrecorded v3 refuses packaging, and a new
        // rollover, whose start the journal records, refuses to touch the v3 object.
        QVERIFY(m_ws->db().exec("DELETE FROM kek_versions WHERE kek = 'DCO Key' AND version = 3;"));
        auto packaging = loadRing();
        QVERIFY(!packaging);
        QVERIFY2(packaging.error().message.contains(keys::kekLabel(Kek::Dco, 3)),
                 qPrintable(packaging.error().message));
        auto again = rollover(Kek::Dco, QStringLiteral("PMA-INSIDER"));
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("journal records")),
                 qPrintable(again.error().message));
        auto still = withToken([](hsm::Session& s) -> Status {
            auto v3 = hsm::SecretKey::exists(s, keys::kekLabel(Kek::Dco, 3));
            if (!v3)
                return v3.error();
            return *v3 ? Status{} : fail(ErrorCode::Internal, QStringLiteral("v3 was destroyed"));
        });
        QVERIFY2(still, still ? "" : qPrintable(still.error().message));
    }
};

QTEST_GUILESS_MAIN(TestKekRollover)
#include "test_kek_rollover.moc"
