// The re-key end to end with a simulated meter (issue #5): demo devices with known keys →
// migration unwrap → plan → quorum run → signed instruction batch → the simulator applies each
// global_key_transfer (its own A-XDR reader, OpenSSL key unwrap) → suite 0 frames from the core
// verify and decrypt on the simulator and back (its own AES-GCM) → DCO confirmations → Active.
// Also: KCVs computed in the HSM equal the simulator's, role-separated exports, MK rotation,
// re-sends, and the refusals a responder can meet.
#include "CliRunner.h"
#include "DeviceSimulator.h"

#include "demo/DemoInventoryGenerator.h"
#include "dlms/GlobalKeyTransfer.h"
#include "dlms/Rfc3394.h"
#include "dlms/Suite0Frame.h"
#include "journal/JournalSigner.h"
#include "policy/DlmsClient.h"
#include "rekey/InstructionBatch.h"
#include "rekey/KeyExport.h"
#include "rekey/SignedJsonLines.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <map>

using namespace symbolon;
using test::cliArgs;
using test::runCli;

namespace {
constexpr int kDevices = 48;
const QList<int> kQuorum{test::kCustodian1, test::kCustodian2};
// A DCO results file's reason that retitles the terminal, clears it and prints a fake status in
// red (issue #16), and how the CLI shows it.
const QString kHostileReason = QStringLiteral("\x1b]0;TITLE\x07\x1b[2J\x1b[31mALL KEYS CONFIRMED OK");
const QString kHostileReasonShown =
    QStringLiteral("\\x1b]0;TITLE\\x07\\x1b[2J\\x1b[31mALL KEYS CONFIRMED OK");
const QByteArray kHeadEndTitle = QByteArrayLiteral("SYMBHEAD"); // the head-end's system title (8 bytes)

QString kcvHex(const QString& labelled) {
    return labelled.section(QLatin1Char(' '), 1).toLower();
}
QByteArray bytes(const SecureBytes& b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), qsizetype(b.size()));
}
QByteArray readAll(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}
void writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}
} // namespace

class TestRekeyE2e : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-rekey-e2e-XXXXXX")};
    QString m_ws;
    QByteArray m_spki;
    std::map<QString, test::DeviceSimulator> m_meters; // device id → meter
    QByteArray m_firstBatch;

    QString file(const QString& name) const { return m_root.filePath(name); }
    test::CliRun responder(const QStringList& command, const QList<int>& quorum = {}) {
        return runCli(cliArgs(m_ws, test::kResponder, command, quorum));
    }

    // HSM-computed KCVs of the keys of `run` (or generation 0 when run is 0), by "device/kind/client".
    QHash<QString, QString> recordedKcvs(qint64 run) {
        auto ws = test::openWorkspaceAs(m_ws, test::kResponder);
        auto st = ws->db().prepare(
            run ? "SELECT d.device_id, k.kind, k.client, k.kcv FROM key_records k JOIN devices d "
                  "ON d.id = k.device WHERE k.rekey_run = ?;"
                : "SELECT d.device_id, k.kind, k.client, k.kcv FROM key_records k JOIN devices d "
                  "ON d.id = k.device WHERE k.generation = 0;");
        if (!st)
            qFatal("%s", qPrintable(st.error().message));
        if (run)
            st->bind(1, run);
        QHash<QString, QString> out;
        (void)st->forEachRow([&](const store::Statement& r) {
            out.insert(QStringLiteral("%1/%2/%3").arg(r.text(0), r.text(1)).arg(r.int64(2)),
                       kcvHex(r.text(3)));
        });
        return out;
    }
    QHash<QString, int> stateCounts(const char* where) {
        auto ws = test::openWorkspaceAs(m_ws, test::kResponder);
        QByteArray sql =
            QByteArray("SELECT state, COUNT(*) FROM key_records WHERE ") + where + " GROUP BY state;";
        auto st = ws->db().prepare(sql.constData());
        QHash<QString, int> out;
        (void)st->forEachRow([&](const store::Statement& r) { out.insert(r.text(0), int(r.int64(1))); });
        return out;
    }

    // Applies every device's transfers of a verified batch to its meter and checks the keys the
    // meter now holds against the batch's and the HSM's KCVs. Returns the devices applied.
    int applyBatch(const QByteArray& content, qint64 run) {
        auto parsed = rekey::SignedJsonLines::parse(content, rekey::InstructionBatch::format(), m_spki);
        if (!parsed)
            qFatal("batch: %s", qPrintable(parsed.error().message));
        const auto hsm = recordedKcvs(run);
        int applied = 0;
        for (const QJsonObject& d : parsed->records) {
            const QString id = d.value(QStringLiteral("device_id")).toString();
            auto it = m_meters.find(id);
            if (it == m_meters.end())
                qFatal("no meter for %s", qPrintable(id));
            test::DeviceSimulator& meter = it->second;
            if (QByteArray::fromHex(d.value(QStringLiteral("system_title")).toString().toLatin1()) !=
                meter.systemTitle())
                qFatal("system title mismatch for %s", qPrintable(id));
            for (const QJsonValue& tv : d.value(QStringLiteral("transfers")).toArray()) {
                const QJsonObject t = tv.toObject();
                const int client =
                    int(*policy::parseClientCode(t.value(QStringLiteral("client")).toString()));
                const QString err = meter.applyGlobalKeyTransfer(
                    client, QByteArray::fromHex(t.value(QStringLiteral("params")).toString().toLatin1()));
                if (!err.isEmpty())
                    qFatal("%s rejected its transfer: %s", qPrintable(id), qPrintable(err));
                for (const QJsonValue& kv : t.value(QStringLiteral("keys")).toArray()) {
                    const QJsonObject k = kv.toObject();
                    const QString kind = k.value(QStringLiteral("kind")).toString();
                    const QByteArray held = kind == QLatin1String("MK")   ? meter.mk()
                                            : kind == QLatin1String("AK") ? meter.ak(client)
                                                                          : meter.guek(client);
                    const QString meterKcv = QString::fromLatin1(test::DeviceSimulator::cmac5(held).toHex());
                    const QString batchKcv = kcvHex(k.value(QStringLiteral("kcv")).toString());
                    const QString hsmKcv = hsm.value(QStringLiteral("%1/%2/%3")
                                                         .arg(id, kind)
                                                         .arg(kind == QLatin1String("MK") ? 0 : client));
                    if (meterKcv != batchKcv || meterKcv != hsmKcv)
                        qFatal("%s %s client %d: meter KCV %s, batch %s, HSM %s", qPrintable(id),
                               qPrintable(kind), client, qPrintable(meterKcv), qPrintable(batchKcv),
                               qPrintable(hsmKcv));
                }
            }
            ++applied;
        }
        return applied;
    }

    // The head-end side with Symbolon's core code: keys unwrapped from the instruction under
    // the MK the DCO holds, then suite 0 frames both ways with the meter, and a tampered frame refused.
    void exchangeFrames(const QJsonObject& device, const QByteArray& mkBeforeTransfer) {
        const QString id = device.value(QStringLiteral("device_id")).toString();
        test::DeviceSimulator& meter = m_meters.at(id);
        for (const QJsonValue& tv : device.value(QStringLiteral("transfers")).toArray()) {
            const QJsonObject t = tv.toObject();
            const int client = int(*policy::parseClientCode(t.value(QStringLiteral("client")).toString()));
            auto entries = dlms::decodeGlobalKeyTransfer(
                QByteArray::fromHex(t.value(QStringLiteral("params")).toString().toLatin1()));
            QVERIFY2(entries, qPrintable(entries ? QString() : entries.error().message));
            SecureBytes ek, ak;
            const SecureBytes mk(mkBeforeTransfer.constData(), std::size_t(mkBeforeTransfer.size()));
            for (const dlms::WrappedKeyEntry& e : *entries) {
                auto key = dlms::rfc3394Unwrap(mk, e.wrapped);
                QVERIFY(key);
                if (e.keyId == dlms::GlobalKeyId::GlobalUnicastEncryption)
                    ek = *key;
                else if (e.keyId == dlms::GlobalKeyId::Authentication)
                    ak = *key;
            }
            if (ek.size() != 16 || ak.size() != 16)
                continue; // the MK block carries no session keys
            const QByteArray apdu = QByteArrayLiteral("\xC0\x01\xC1\x00\x08\x00\x00\x01\x00\x00\xFF\x02\x00");
            for (auto sc : {dlms::SecurityControl::AuthenticatedEncryption,
                            dlms::SecurityControl::AuthenticationOnly}) {
                auto frame = dlms::Suite0Frame::protect(sc, ek, ak, kHeadEndTitle, 41, apdu);
                QVERIFY(frame);
                bool ok = false;
                QCOMPARE(meter.unprotect(client, dlms::securityControlByte(sc), kHeadEndTitle, *frame, &ok),
                         apdu);
                QVERIFY2(ok, qPrintable(id));
                QByteArray tampered = *frame;
                tampered[tampered.size() - 1] = char(tampered.back() ^ 0x01);
                meter.unprotect(client, dlms::securityControlByte(sc), kHeadEndTitle, tampered, &ok);
                QVERIFY(!ok);
                const QByteArray reply = QByteArrayLiteral("\xC4\x01\xC1\x00\x09\x04\x00\x00\x12\x34");
                const QByteArray back = meter.protect(client, dlms::securityControlByte(sc), 77, reply);
                auto opened = dlms::Suite0Frame::unprotect(sc, ek, ak, meter.systemTitle(), back);
                QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
                QCOMPARE(opened->plaintext, reply);
                QCOMPARE(opened->invocationCounter, 77u);
            }
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!test::cliPath().isEmpty());
        m_ws = file(QStringLiteral("dco"));
        QString why;
        QVERIFY2(test::prepareMigratedDemo(m_ws, kDevices, &why), qPrintable(why));
        m_spki = journal::JournalSigner::spkiFromPem(readAll(workspace::Workspace::journalKeyPath(m_ws)));
        QVERIFY(!m_spki.isEmpty());
        // One meter per demo device, with the keys the generator wrapped for the migration.
        demo::DemoInventoryOptions o;
        o.seed = demo::DemoOptions{}.seed;
        o.deviceCount = kDevices;
        o.now = QDateTime::currentDateTimeUtc();
        demo::DemoInventoryGenerator gen(o);
        auto devices = gen.generate();
        QVERIFY(devices);
        for (int i = 0; i < devices->size(); ++i) {
            const auto& rec = (*devices)[i].record;
            auto mk = gen.clearKey(i, policy::KeyKind::MK);
            QVERIFY(mk);
            test::DeviceSimulator meter(rec.systemTitle, bytes(*mk));
            for (policy::DlmsClient c : policy::kKeyedClients) {
                auto ak = gen.clearKey(i, policy::KeyKind::AK, c);
                auto guek = gen.clearKey(i, policy::KeyKind::GUEK, c);
                QVERIFY(ak && guek);
                meter.setKeys(int(c), bytes(*ak), bytes(*guek));
            }
            m_meters.emplace(rec.deviceId.toString(), meter);
        }
    }

    // The migration unwrap put each generator key into the HSM: the HSM's KCVs are the meters'.
    void migratedKeysAreTheMetersKeys() {
        const auto hsm = recordedKcvs(0);
        QCOMPARE(hsm.size(), kDevices * 9);
        for (const auto& [id, meter] : m_meters) {
            QCOMPARE(hsm.value(id + QStringLiteral("/MK/0")),
                     QString::fromLatin1(test::DeviceSimulator::cmac5(meter.mk()).toHex()));
            for (policy::DlmsClient c : policy::kKeyedClients) {
                QCOMPARE(hsm.value(QStringLiteral("%1/AK/%2").arg(id).arg(int(c))),
                         QString::fromLatin1(test::DeviceSimulator::cmac5(meter.ak(int(c))).toHex()));
                QCOMPARE(hsm.value(QStringLiteral("%1/GUEK/%2").arg(id).arg(int(c))),
                         QString::fromLatin1(test::DeviceSimulator::cmac5(meter.guek(int(c))).toHex()));
            }
        }
    }

    void refusalsBeforeAnything_data() {
        QTest::addColumn<int>("card");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rotated devices without a PMA instruction")
            << test::kResponder
            << QStringList{QStringLiteral("rekey"), QStringLiteral("plan"), QStringLiteral("--rotation"),
                           QStringLiteral("any")}
            << QStringLiteral("CKMP (b)(iii)");
        QTest::newRow("a custodian plans")
            << test::kCustodian1
            << QStringList{QStringLiteral("rekey"),        QStringLiteral("plan"),
                           QStringLiteral("--pma-ground"), QStringLiteral("major-incident"),
                           QStringLiteral("--pma-ref"),    QStringLiteral("PMA-1")}
            << QStringLiteral("custodian");
        QTest::newRow("a reviewer plans")
            << test::kReviewer << QStringList{QStringLiteral("rekey"), QStringLiteral("plan")}
            << QStringLiteral("reviewer");
        QTest::newRow("unknown key kind") << test::kResponder
                                          << QStringList{QStringLiteral("rekey"), QStringLiteral("plan"),
                                                         QStringLiteral("--kinds"), QStringLiteral("AK,DEK")}
                                          << QStringLiteral("\"DEK\" is not a key kind");
        QTest::newRow("ground without reference")
            << test::kResponder
            << QStringList{QStringLiteral("rekey"),        QStringLiteral("plan"),
                           QStringLiteral("--rotation"),   QStringLiteral("any"),
                           QStringLiteral("--pma-ground"), QStringLiteral("major-incident")}
            << QStringLiteral("reference");
        QTest::newRow("no such run") << test::kResponder
                                     << QStringList{QStringLiteral("rekey"), QStringLiteral("status"),
                                                    QStringLiteral("9")}
                                     << QStringLiteral("no re-key run 9");
    }
    void refusalsBeforeAnything() {
        QFETCH(int, card);
        QFETCH(QStringList, command);
        QFETCH(QString, expected);
        const auto before = runCli(cliArgs(m_ws, test::kReviewer,
                                           {QStringLiteral("journal"), QStringLiteral("list"),
                                            QStringLiteral("--limit"), QStringLiteral("1000")}));
        const auto r = runCli(cliArgs(m_ws, card, command));
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(expected, Qt::CaseInsensitive), qPrintable(r.err));
        const auto after = runCli(cliArgs(m_ws, test::kReviewer,
                                          {QStringLiteral("journal"), QStringLiteral("list"),
                                           QStringLiteral("--limit"), QStringLiteral("1000")}));
        // Refused: nothing journaled but the openings themselves, nothing changed.
        auto withoutOpenings = [](const QString& listing) {
            QStringList kept;
            for (const QString& line : listing.split(QLatin1Char('\n')))
                if (!line.contains(QStringLiteral("workspace.opened")))
                    kept << line;
            return kept;
        };
        QCOMPARE(withoutOpenings(after.out), withoutOpenings(before.out));
    }

    void badDeviceListNamesTheLine() {
        writeAll(file(QStringLiteral("bad-list.txt")),
                 QByteArrayLiteral("# incident 7\n00DB1200D9E2B1A5\nnot-a-device\n"));
        const auto r = responder({QStringLiteral("rekey"), QStringLiteral("plan"),
                                  QStringLiteral("--device-list"), file(QStringLiteral("bad-list.txt"))});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Device list, line 3")), qPrintable(r.err));
    }

    void rekeyAllDevicesEndToEnd() {
        auto plan = responder({QStringLiteral("rekey"), QStringLiteral("plan"), QStringLiteral("--rotation"),
                               QStringLiteral("any"), QStringLiteral("--pma-ground"),
                               QStringLiteral("major-incident"), QStringLiteral("--pma-ref"),
                               QStringLiteral("PMA-E2E-1"), QStringLiteral("--reason"),
                               QStringLiteral("simulated DCO compromise")});
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
        QVERIFY2(
            plan.out.contains(QStringLiteral("Re-key run 1: AK+GUEK on %1 device(s) planned").arg(kDevices)),
            qPrintable(plan.out));
        QVERIFY(plan.out.contains(QStringLiteral("New keys: %1").arg(kDevices * 8)));

        // Nothing for the DCO before the run has committed anything.
        auto early = responder({QStringLiteral("rekey"), QStringLiteral("batch"), QStringLiteral("1"),
                                QStringLiteral("--out"), file(QStringLiteral("early.jsonl"))});
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains(QStringLiteral("nothing to send")), qPrintable(early.err));
        QVERIFY(!QFile::exists(file(QStringLiteral("early.jsonl"))));

        auto run = responder({QStringLiteral("rekey"), QStringLiteral("run"), QStringLiteral("1"),
                              QStringLiteral("--chunk-size"), QStringLiteral("10"),
                              QStringLiteral("--workers"), QStringLiteral("2")},
                             kQuorum);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("quorum.rekey.run")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("%1 / %1 devices").arg(kDevices)), qPrintable(run.err));
        QCOMPARE(stateCounts("rekey_run = 1").value(QStringLiteral("Generated")), kDevices * 8);

        auto again =
            responder({QStringLiteral("rekey"), QStringLiteral("run"), QStringLiteral("1")}, kQuorum);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already executed: nothing left to do")),
                 qPrintable(again.out));

        auto batch = responder({QStringLiteral("rekey"), QStringLiteral("batch"), QStringLiteral("1"),
                                QStringLiteral("--out"), file(QStringLiteral("batch1.jsonl"))});
        QVERIFY2(batch.code == 0, qPrintable(batch.err));
        m_firstBatch = readAll(file(QStringLiteral("batch1.jsonl")));
        QCOMPARE(stateCounts("rekey_run = 1").value(QStringLiteral("Distributed")), kDevices * 8);

        // Tampering with one byte breaks the signature.
        QByteArray tampered = m_firstBatch;
        tampered[tampered.indexOf("params") + 12] =
            tampered[tampered.indexOf("params") + 12] == 'a' ? 'b' : 'a';
        auto bad = rekey::SignedJsonLines::parse(tampered, rekey::InstructionBatch::format(), m_spki);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("does not verify")),
                 qPrintable(bad.error().message));

        // The head-end (core DLMS code) and each meter (independent code) talk with the new keys.
        std::map<QString, QByteArray> oldMk;
        for (const auto& [id, m] : m_meters)
            oldMk[id] = m.mk();
        QCOMPARE(applyBatch(m_firstBatch, 1), kDevices);
        auto parsed = rekey::SignedJsonLines::parse(m_firstBatch, rekey::InstructionBatch::format(), m_spki);
        QVERIFY(parsed);
        for (const QJsonObject& d : parsed->records)
            exchangeFrames(d, oldMk.at(d.value(QStringLiteral("device_id")).toString()));

        // A device with new keys in flight cannot be planned again.
        const QString firstId = parsed->records.first().value(QStringLiteral("device_id")).toString();
        writeAll(file(QStringLiteral("one.txt")), firstId.toLatin1() + '\n');
        auto twice = responder({QStringLiteral("rekey"), QStringLiteral("plan"),
                                QStringLiteral("--device-list"), file(QStringLiteral("one.txt")),
                                QStringLiteral("--pma-ground"), QStringLiteral("major-incident"),
                                QStringLiteral("--pma-ref"), QStringLiteral("PMA-2")});
        QVERIFY(twice.code != 0);
        QVERIFY2(twice.err.contains(QStringLiteral("not yet confirmed active")), qPrintable(twice.err));

        // Role separation: the DCO gets AK and MK packages only, the S1SP GUEK packages only.
        for (const QString& who : {QStringLiteral("dco"), QStringLiteral("s1sp")}) {
            auto ex = responder({QStringLiteral("rekey"), QStringLiteral("export"), QStringLiteral("1"),
                                 QStringLiteral("--recipient"), who, QStringLiteral("--out"),
                                 file(who + QStringLiteral(".jsonl"))});
            QVERIFY2(ex.code == 0, qPrintable(ex.err));
            auto p = rekey::SignedJsonLines::parse(readAll(file(who + QStringLiteral(".jsonl"))),
                                                   rekey::KeyExport::format(), m_spki);
            QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
            QCOMPARE(p->records.size(), kDevices * 4);
            for (const QJsonObject& k : p->records) {
                const QString kind = k.value(QStringLiteral("kind")).toString();
                QVERIFY2(who == QLatin1String("dco")
                             ? (kind == QLatin1String("AK") || kind == QLatin1String("MK"))
                             : kind == QLatin1String("GUEK"),
                         qPrintable(who + QStringLiteral(" export holds ") + kind));
                QCOMPARE(k.value(QStringLiteral("package")).toString().size(), 32);
            }
            QCOMPARE(p->header.value(QStringLiteral("kek")).toString(),
                     who == QLatin1String("dco") ? QStringLiteral("DCO Key") : QStringLiteral("Shared Key"));
        }

        // Confirmations: all succeed but one; the failure stays Distributed and is listed.
        QByteArray results;
        QString failedId;
        int i = 0;
        for (const QJsonObject& d : parsed->records) {
            const QString id = d.value(QStringLiteral("device_id")).toString();
            const bool fail = i++ == 5;
            if (fail)
                failedId = id;
            results +=
                QJsonDocument(QJsonObject{{QStringLiteral("run"), 1},
                                          {QStringLiteral("device_id"), id},
                                          {QStringLiteral("result"),
                                           fail ? QStringLiteral("failure") : QStringLiteral("success")},
                                          {QStringLiteral("reason"), fail ? kHostileReason : QString()}})
                    .toJson(QJsonDocument::Compact) +
                '\n';
        }
        writeAll(file(QStringLiteral("results1.jsonl")), results);
        auto conf = responder(
            {QStringLiteral("rekey"), QStringLiteral("confirm"), file(QStringLiteral("results1.jsonl"))});
        // Applied, with a device failure to follow up: exit 1, not 3 ("nothing changed").
        QCOMPARE(conf.code, 1);
        QVERIFY2(conf.out.contains(QStringLiteral("Confirmed: %1 device(s) active").arg(kDevices - 1)),
                 qPrintable(conf.out));
        // The DCO's reason is printed, not obeyed (issue #16): no control character reaches the
        // terminal; the escapes show what the file said.
        QVERIFY2(conf.out.contains(QStringLiteral("failed: %1: %2").arg(failedId, kHostileReasonShown)),
                 qPrintable(conf.out));
        QVERIFY(!conf.out.contains(QChar(0x1b)) && !conf.out.contains(QChar(0x07)));
        auto shown = responder({QStringLiteral("rekey"), QStringLiteral("status"), QStringLiteral("1")});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(kHostileReasonShown), qPrintable(shown.out));
        QVERIFY(!shown.out.contains(QChar(0x1b)) && !shown.out.contains(QChar(0x07)));
        auto states = stateCounts("rekey_run = 1");
        QCOMPARE(states.value(QStringLiteral("Active")), (kDevices - 1) * 8);
        QCOMPARE(states.value(QStringLiteral("Distributed")), 8);
        QCOMPARE(stateCounts("generation = 0 AND kind != 'MK'").value(QStringLiteral("Superseded")),
                 (kDevices - 1) * 8);

        // Importing the same file again changes nothing.
        auto conf2 = responder(
            {QStringLiteral("rekey"), QStringLiteral("confirm"), file(QStringLiteral("results1.jsonl"))});
        QVERIFY2(conf2.out.contains(QStringLiteral("%1 already confirmed").arg(kDevices - 1)),
                 qPrintable(conf2.out));
        QCOMPARE(stateCounts("rekey_run = 1").value(QStringLiteral("Active")), (kDevices - 1) * 8);

        // Re-send: only the unconfirmed device, the same bytes; the meter applies them again.
        auto resend = responder({QStringLiteral("rekey"), QStringLiteral("batch"), QStringLiteral("1"),
                                 QStringLiteral("--resend"), QStringLiteral("--out"),
                                 file(QStringLiteral("resend.jsonl"))});
        QVERIFY2(resend.code == 0, qPrintable(resend.err));
        auto re = rekey::SignedJsonLines::parse(readAll(file(QStringLiteral("resend.jsonl"))),
                                                rekey::InstructionBatch::format(), m_spki);
        QVERIFY(re);
        QCOMPARE(re->records.size(), 1);
        QCOMPARE(re->records.first().value(QStringLiteral("device_id")).toString(), failedId);
        for (const QJsonObject& d : parsed->records)
            if (d.value(QStringLiteral("device_id")).toString() == failedId)
                QCOMPARE(re->records.first(), d);
        test::DeviceSimulator& meter = m_meters.at(failedId);
        const QByteArray akBefore = meter.ak(1);
        // The meter already holds the new keys (it applied them; the reply was lost). Applying the
        // same block under the same MK again is harmless.
        QCOMPARE(meter.applyGlobalKeyTransfer(1, QByteArray::fromHex(re->records.first()
                                                                         .value(QStringLiteral("transfers"))
                                                                         .toArray()
                                                                         .first()
                                                                         .toObject()
                                                                         .value(QStringLiteral("params"))
                                                                         .toString()
                                                                         .toLatin1())),
                 QString());
        QCOMPARE(meter.ak(1), akBefore);
        writeAll(file(QStringLiteral("results2.jsonl")),
                 QStringLiteral("{\"run\":1,\"device_id\":\"%1\",\"result\":\"success\"}\n")
                     .arg(failedId)
                     .toLatin1());
        auto conf3 = responder(
            {QStringLiteral("rekey"), QStringLiteral("confirm"), file(QStringLiteral("results2.jsonl"))});
        QVERIFY2(conf3.code == 0, qPrintable(conf3.err));
        QCOMPARE(stateCounts("rekey_run = 1").value(QStringLiteral("Active")), kDevices * 8);
        // The old failure line for a device now active is refused as a whole; nothing changes.
        auto conf4 = responder(
            {QStringLiteral("rekey"), QStringLiteral("confirm"), file(QStringLiteral("results1.jsonl"))});
        QCOMPARE(conf4.code, 3);
        QVERIFY2(conf4.err.contains(QStringLiteral("line 6")) &&
                     conf4.err.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(conf4.err));

        auto check = responder({QStringLiteral("rekey"), QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.err));
        auto verify =
            runCli(cliArgs(m_ws, test::kReviewer, {QStringLiteral("journal"), QStringLiteral("verify")}));
        QVERIFY2(verify.code == 0, qPrintable(verify.err + verify.out));
    }

    void badConfirmationChangesNothing_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json")
            << QByteArrayLiteral(
                   "{\"run\":1,\"device_id\":\"00DB1200D9E2B1A5\",\"result\":\"success\"}\nhello\n")
            << QStringLiteral("line 2: expected one JSON object");
        QTest::newRow("bad result")
            << QByteArrayLiteral("{\"run\":1,\"device_id\":\"00DB1200D9E2B1A5\",\"result\":\"ok\"}\n")
            << QStringLiteral("\"result\" must be \"success\" or \"failure\"");
        QTest::newRow("failure without reason")
            << QByteArrayLiteral("{\"run\":1,\"device_id\":\"00DB1200D9E2B1A5\",\"result\":\"failure\"}\n")
            << QStringLiteral("needs a \"reason\"");
        QTest::newRow("bad device id")
            << QByteArrayLiteral("{\"run\":1,\"device_id\":\"XYZ\",\"result\":\"success\"}\n")
            << QStringLiteral("line 1: \"device_id\"");
        QTest::newRow("unknown run")
            << QByteArrayLiteral("{\"run\":77,\"device_id\":\"00DB1200D9E2B1A5\",\"result\":\"success\"}\n")
            << QStringLiteral("not in re-key run 77");
        QTest::newRow("empty") << QByteArrayLiteral("\n\n") << QStringLiteral("no result line");
    }
    void badConfirmationChangesNothing() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        writeAll(file(QStringLiteral("bad-confirm.jsonl")), content);
        const auto before = stateCounts("1 = 1");
        auto r = responder(
            {QStringLiteral("rekey"), QStringLiteral("confirm"), file(QStringLiteral("bad-confirm.jsonl"))});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(stateCounts("1 = 1"), before);
    }

    // A second, targeted run rotating the MK too: the meter unwraps the AK/GUEK blocks under its
    // current MK and takes the new MK last; then frames with the newest keys.
    void targetedRunWithMasterKeyRotation() {
        QStringList ids;
        for (const auto& [id, m] : m_meters)
            if (ids.size() < 3)
                ids << id;
        writeAll(file(QStringLiteral("targets.txt")),
                 (ids.join(QLatin1Char('\n')) + QLatin1Char('\n')).toLatin1());
        auto plan =
            responder({QStringLiteral("rekey"), QStringLiteral("plan"), QStringLiteral("--device-list"),
                       file(QStringLiteral("targets.txt")), QStringLiteral("--kinds"), QStringLiteral("all"),
                       QStringLiteral("--pma-ground"), QStringLiteral("control-shortfall"),
                       QStringLiteral("--pma-ref"), QStringLiteral("PMA-E2E-2")});
        QVERIFY2(plan.code == 0, qPrintable(plan.err));
        QVERIFY2(plan.out.contains(QStringLiteral("Re-key run 2: MK+AK+GUEK on 3 device(s)")),
                 qPrintable(plan.out));
        auto run = responder({QStringLiteral("rekey"), QStringLiteral("run"), QStringLiteral("2")},
                             {test::kCustodian2, test::kCustodian3});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        auto batch = responder({QStringLiteral("rekey"), QStringLiteral("batch"), QStringLiteral("2"),
                                QStringLiteral("--out"), file(QStringLiteral("batch2.jsonl"))});
        QVERIFY2(batch.code == 0, qPrintable(batch.err));
        const QByteArray content = readAll(file(QStringLiteral("batch2.jsonl")));
        std::map<QString, QByteArray> oldMk;
        for (const QString& id : ids)
            oldMk[id] = m_meters.at(id).mk();
        QCOMPARE(applyBatch(content, 2), 3);
        auto parsed = rekey::SignedJsonLines::parse(content, rekey::InstructionBatch::format(), m_spki);
        QVERIFY(parsed);
        for (const QJsonObject& d : parsed->records) {
            const QString id = d.value(QStringLiteral("device_id")).toString();
            QVERIFY(m_meters.at(id).mk() != oldMk.at(id));
            const QJsonArray t = d.value(QStringLiteral("transfers")).toArray();
            QCOMPARE(t.size(), 5); // four clients, then the MK
            QCOMPARE(t.last()
                         .toObject()
                         .value(QStringLiteral("keys"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("kind"))
                         .toString(),
                     QStringLiteral("MK"));
            exchangeFrames(d, oldMk.at(id));
        }
        QByteArray results;
        for (const QString& id : ids)
            results += QStringLiteral("{\"run\":2,\"device_id\":\"%1\",\"result\":\"success\"}\n")
                           .arg(id)
                           .toLatin1();
        writeAll(file(QStringLiteral("results3.jsonl")), results);
        auto conf = responder(
            {QStringLiteral("rekey"), QStringLiteral("confirm"), file(QStringLiteral("results3.jsonl"))});
        QVERIFY2(conf.code == 0, qPrintable(conf.err));
        QCOMPARE(stateCounts("rekey_run = 2").value(QStringLiteral("Active")), 3 * 9);
        QCOMPARE(stateCounts("kind = 'MK' AND generation = 0").value(QStringLiteral("Superseded")), 3);
        QCOMPARE(stateCounts("rekey_run = 1").value(QStringLiteral("Superseded")), 3 * 8);
        auto check = responder({QStringLiteral("rekey"), QStringLiteral("check")});
        QVERIFY2(check.code == 0, qPrintable(check.err));
    }

    void compromiseMarking() {
        const QString id = m_meters.begin()->first;
        auto none = responder({QStringLiteral("rekey"), QStringLiteral("compromise"), id});
        QCOMPARE(none.code, 2);
        auto custodian = runCli(cliArgs(m_ws, test::kCustodian1,
                                        {QStringLiteral("rekey"), QStringLiteral("compromise"), id,
                                         QStringLiteral("--reference"), QStringLiteral("INC-9")}));
        QVERIFY(custodian.code != 0);
        auto r = responder({QStringLiteral("rekey"), QStringLiteral("compromise"), id,
                            QStringLiteral("--reference"), QStringLiteral("INC-2026-0042"),
                            QStringLiteral("--kind"), QStringLiteral("GUEK")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Marked 4 key(s)")), qPrintable(r.out));
        auto ws = test::openWorkspaceAs(m_ws, test::kResponder);
        auto n = ws->db().scalarInt("SELECT COUNT(*) FROM key_records WHERE compromised_ref = "
                                    "'INC-2026-0042' AND state = 'Active' AND kind = 'GUEK';");
        QVERIFY(n);
        QCOMPARE(*n, qint64(4));
    }

    // Last, because it damages the workspace: "rekey check" must name what is inconsistent —
    // a committed device missing one of its new keys, and a pending device holding an
    // instruction — and fail.
    void checkReportsInconsistencies() {
        {
            auto ws = test::openWorkspaceAs(m_ws, test::kResponder);
            QVERIFY(ws->db().exec(
                "DELETE FROM key_records WHERE id = (SELECT MIN(id) FROM key_records WHERE "
                "rekey_run = 2);"
                "UPDATE rekey_devices SET status = 'pending' WHERE run = 1 AND device = (SELECT "
                "MIN(device) FROM rekey_devices WHERE run = 1);"));
        }
        auto r = responder({QStringLiteral("rekey"), QStringLiteral("check")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Run 2, device")) &&
                     r.err.contains(QStringLiteral("with 8 new keys (expected 9)")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Run 1, device")) &&
                     r.err.contains(QStringLiteral("is pending but has new keys or an instruction")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestRekeyE2e)
#include "test_rekey_e2e.moc"
