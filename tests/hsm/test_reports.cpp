// The read side of the reports on a real migrated demo. The custodian report's summary
// (audit::CustodianReport): three ceremonies under a quorum of two, a cancelled quorum session
// and a re-key under a PMA instruction are found in the period with their outcomes, approvers and
// references; a period before the workspace existed is empty; a failed ceremony keeps its error.
// The Overview's charts: rotation compliance per commissioning week agrees with the devices table
// bucketed independently; the re-key run summary agrees with rekey_devices.
#include "MigratedDemo.h"
#include "audit/CustodianReport.h"
#include "audit/EvidencePack.h"
#include "inventory/InventoryStore.h"
#include "inventory/RotationComplianceQuery.h"
#include "journal/JournalStore.h"
#include "rekey/KeyCompromise.h"
#include "rekey/RekeyRunQuery.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;

class TestReports : public QObject {
    Q_OBJECT
    static constexpr int kDevices = 20;
    test::DemoFixture m_demo{kDevices, 29};
    std::unique_ptr<workspace::Workspace> m_ws; // the responder
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    audit::CustodianReport report(const QDateTime& from, const QDateTime& to) {
        auto r = audit::CustodianReport::build(m_ws->db(), from, to);
        if (!r)
            qFatal("report: %s", qPrintable(r.error().message));
        return *r;
    }

private Q_SLOTS:
    void initTestCase() {
        test::migrateDemo(m_demo); // three ceremonies, each approved by ACS cards 1 and 2
        // A quorum session that is cancelled after one approval (a second Transport Key: a second
        // KEK generation is refused before any quorum, issue #17).
        {
            ceremony::CeremonyPlan keks;
            keks.kind = ceremony::CeremonyKind::TransportKey;
            auto custodian = m_demo.open(0);
            auto q = ceremony::QuorumCeremony::start(*custodian, keks);
            QVERIFY2(q, q ? "" : qPrintable(q.error().message));
            auto s = q->approve(test::demoCardSerial(m_demo, 0),
                                SecureBytes::fromString(demo::demoCards()[0].pin.toStdString()));
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
            q->cancel(QStringLiteral("test"));
        }
        m_ws = m_demo.open(test::kResponderCard); // once the custodian's is closed (issue #14)
        // A re-key of five devices under a PMA instruction.
        inventory::InventoryStore inv(m_ws->db());
        auto devices = inv.page({}, inventory::DeviceColumn::DeviceId, Qt::AscendingOrder, 0, 5, m_now);
        QVERIFY(devices && devices->size() == 5);
        rekey::RekeyRequest req;
        for (const auto& d : *devices)
            req.deviceIds << d.deviceId;
        req.instruction =
            policy::PmaInstruction{policy::PmaGround::MajorIncident, QStringLiteral("PMA-CR-42")};
        req.reason = QStringLiteral("test");
        auto run = rekey::RekeyPlanner::create(*m_ws, req, m_now);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        auto rec = test::runRekey(m_demo, *m_ws, *run, 2);
        QVERIFY2(rec, rec ? "" : qPrintable(rec.error().message));
    }

    void summarisesThePeriod() {
        const auto r = report(m_now.addDays(-1), m_now.addDays(1));
        auto total = m_ws->db().scalarInt("SELECT count(*) FROM journal;");
        QVERIFY(total);
        QCOMPARE(r.entries, *total);

        QCOMPARE(r.ceremonies.size(), 3);
        QStringList kinds;
        for (const auto& c : r.ceremonies) {
            kinds << c.action;
            QCOMPARE(c.outcome, QStringLiteral("completed"));
            QCOMPARE(c.approvers.size(), 2);
            QVERIFY(c.error.isEmpty());
            QVERIFY(c.seq > 0);
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("ceremony.generate-keks"),
                                     QStringLiteral("ceremony.transport-key"),
                                     QStringLiteral("ceremony.migration-unwrap")}));

        // 3 ceremonies, the cancelled one and the re-key run.
        QCOMPARE(r.quorumSessions.size(), 5);
        QCOMPARE(r.quorumCount(QStringLiteral("completed")), 4);
        QCOMPARE(r.quorumCount(QStringLiteral("cancelled")), 1);
        QCOMPARE(r.quorumCount(QStringLiteral("failed")), 0);
        const auto& cancelled = r.quorumSessions.at(3);
        QCOMPARE(cancelled.outcome, QStringLiteral("cancelled"));
        QCOMPARE(cancelled.action, QStringLiteral("ceremony.transport-key"));
        QCOMPARE(cancelled.approvers.size(), 1);
        QCOMPARE(r.quorumSessions.at(4).action, QStringLiteral("rekey.run"));

        QCOMPARE(r.rekeyActions.value(QStringLiteral("rekey.planned")), 1);
        QCOMPARE(r.rekeyActions.value(QStringLiteral("quorum.rekey.run")), 1);
        QVERIFY(r.rekeyActions.value(QStringLiteral("rekey.chunk")) >= 3); // 5 devices in chunks of 2
        QCOMPARE(r.rekeyActions.value(QStringLiteral("rekey.confirmed")), 0);
        QCOMPARE(r.pmaReferences, QStringList{QStringLiteral("PMA-CR-42")});
        QCOMPARE(r.rekeyCount(), 2 + r.rekeyActions.value(QStringLiteral("rekey.chunk")));
    }

    void aPeriodBeforeTheWorkspaceIsEmpty() {
        const auto r = report(m_now.addDays(-30), m_now.addDays(-29));
        QCOMPARE(r.entries, qint64(0));
        QVERIFY(r.ceremonies.isEmpty());
        QVERIFY(r.quorumSessions.isEmpty());
        QCOMPARE(r.rekeyCount(), 0);
        QVERIFY(r.pmaReferences.isEmpty());
    }

    void aFailedCeremonyKeepsItsError() {
        audit::CustodianReport r;
        journal::JournalEntry e;
        e.seq = 9;
        e.action = QStringLiteral("quorum.ceremony.transport-key");
        e.detailsJson = journal::JournalEntry::encodeDetails(
            QJsonObject{{QStringLiteral("outcome"), QStringLiteral("failed")},
                        {QStringLiteral("error"), QStringLiteral("CKR_PIN_INCORRECT")},
                        {QStringLiteral("approvals"),
                         QJsonArray{QJsonObject{{QStringLiteral("holder"), QStringLiteral("Alice")}}}}});
        r.add(e);
        journal::JournalEntry k;
        k.seq = 10;
        k.action = QStringLiteral("keys.compromised");
        k.detailsJson = journal::JournalEntry::encodeDetails(
            QJsonObject{{QStringLiteral("reference"), QStringLiteral("PMA-9")}});
        r.add(k);
        journal::JournalEntry i;
        i.seq = 11;
        i.action = QStringLiteral("inventory.imported");
        i.target = QStringLiteral("devices.csv");
        r.add(i);
        QCOMPARE(r.entries, qint64(3));
        QCOMPARE(r.ceremonies.size(), 1);
        QCOMPARE(r.ceremonies.at(0).outcome, QStringLiteral("failed"));
        QCOMPARE(r.ceremonies.at(0).error, QStringLiteral("CKR_PIN_INCORRECT"));
        QCOMPARE(r.ceremonies.at(0).approvers, QStringList{QStringLiteral("Alice")});
        QCOMPARE(r.quorumCount(QStringLiteral("failed")), 1);
        QCOMPARE(r.rekeyActions.value(QStringLiteral("keys.compromised")), 1);
        QCOMPARE(r.pmaReferences, QStringList{QStringLiteral("PMA-9")});
        QCOMPARE(r.imports.size(), 1);
        QCOMPARE(r.imports.at(0).file, QStringLiteral("devices.csv"));
    }

    void rotationComplianceAgreesWithTheDevices() {
        constexpr int kWeeks = 520; // ten years: every demo device is in one of the weeks
        auto weeks = inventory::RotationComplianceQuery::weekly(m_ws->db(), kWeeks, m_now);
        QVERIFY2(weeks, weeks ? "" : qPrintable(weeks.error().message));
        QCOMPARE(weeks->size(), kWeeks);
        QCOMPARE(weeks->last().weekStart, inventory::RotationComplianceQuery::weekStart(m_now.date()));
        QCOMPARE(weeks->last().weekStart.dayOfWeek(), 1);
        // The same buckets computed here, row by row, with QDate arithmetic.
        QHash<QDate, inventory::RotationComplianceWeek> expected;
        auto st = m_ws->db().prepare("SELECT commissioned_at, deadline, rotation_done_at FROM devices;");
        QVERIFY(st);
        const qint64 now = m_now.toSecsSinceEpoch();
        qint64 inRange = 0;
        auto each = [&](const store::Statement& row) {
            const QDate day = QDateTime::fromSecsSinceEpoch(row.int64(0), Qt::UTC).date();
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            if (monday < weeks->first().weekStart || row.int64(0) > now)
                return;
            ++inRange;
            auto& w = expected[monday];
            ++w.commissioned;
            const qint64 deadline = row.int64(1);
            if (!row.isNull(2))
                ++(row.int64(2) <= deadline ? w.onTime : w.late);
            else
                ++(deadline >= now ? w.due : w.overdue);
        };
        QVERIFY(st->forEachRow(each));
        QVERIFY(inRange > 0);
        qint64 sum = 0;
        for (const auto& w : *weeks) {
            const auto e = expected.value(w.weekStart);
            QCOMPARE(w.commissioned, e.commissioned);
            QCOMPARE(w.onTime, e.onTime);
            QCOMPARE(w.late, e.late);
            QCOMPARE(w.due, e.due);
            QCOMPARE(w.overdue, e.overdue);
            QCOMPARE(w.onTime + w.late + w.due + w.overdue, w.commissioned);
            sum += w.commissioned;
        }
        QCOMPARE(sum, inRange);
        // Twelve weeks are the tail of the same series.
        auto twelve = inventory::RotationComplianceQuery::weekly(m_ws->db(), 12, m_now);
        QVERIFY(twelve);
        QCOMPARE(*twelve, weeks->mid(kWeeks - 12));
    }

    void rekeyRunSummaryAgreesWithRekeyDevices() {
        auto runs = rekey::RekeyRunQuery::latest(m_ws->db(), 8);
        QVERIFY2(runs, runs ? "" : qPrintable(runs.error().message));
        QCOMPARE(runs->size(), 1);
        const auto& r = runs->at(0);
        QCOMPARE(r.run, qint64(1));
        QCOMPARE(r.total(), qint64(5));
        auto committed = m_ws->db().scalarInt(
            "SELECT count(*) FROM rekey_devices WHERE run = 1 AND status = 'committed';");
        auto failed =
            m_ws->db().scalarInt("SELECT count(*) FROM rekey_devices WHERE run = 1 AND status = 'failed';");
        QVERIFY(committed && failed);
        QCOMPARE(r.committed, *committed);
        QCOMPARE(r.failed, *failed);
        QCOMPARE(r.committed + r.failed, qint64(5)); // executed: every device was reached
        QCOMPARE(r.pending, qint64(0));
        QCOMPARE(r.confirmed, qint64(0));
        QCOMPARE(r.state, rekey::RunState::Executed);
        QVERIFY(!r.kinds.isEmpty());
    }

    // The evidence pack's report answers "on whose instruction?" for the plan and every row of
    // its run, and names a compromise's reference; its journal.exported entry records the range
    // the pack holds (issue #16). Runs last: it adds entries.
    void evidencePackNamesTheInstructionAndItsRange() {
        inventory::InventoryStore inv(m_ws->db());
        auto devices = inv.page({}, inventory::DeviceColumn::DeviceId, Qt::AscendingOrder, 0, 1, m_now);
        QVERIFY(devices && devices->size() == 1);
        auto marked = rekey::KeyCompromise::mark(*m_ws, devices->at(0).deviceId, QStringLiteral("AK"),
                                                 QStringLiteral("INC-77"));
        QVERIFY2(marked, marked ? "" : qPrintable(marked.error().message));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pack"));
        auto pack = audit::EvidencePack::write(*m_ws, out);
        QVERIFY2(pack, pack ? "" : qPrintable(pack.error().message));
        QFile f(QDir(out).filePath(QStringLiteral("report.html")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        const QString instruction = QStringLiteral("PMA instruction: PMA-CR-42 (major-incident)");
        auto planned = m_ws->db().scalarInt("SELECT count(*) FROM journal WHERE action LIKE 'rekey.%';");
        QVERIFY(planned && *planned >= 2); // the plan and at least one chunk
        QCOMPARE(html.count(instruction), int(*planned));
        QVERIFY2(html.contains(QStringLiteral("Reference: INC-77")),
                 "the compromise's reference is not shown");

        auto head = m_ws->journal().head();
        QVERIFY(head);
        auto exported = m_ws->db().prepare(
            "SELECT seq, details FROM journal WHERE action = 'journal.exported' ORDER BY seq DESC LIMIT 1;");
        QVERIFY(exported && exported->step().value());
        const qint64 seq = exported->int64(0);
        const QJsonObject d = QJsonDocument::fromJson(exported->text(1).toUtf8()).object();
        QCOMPARE(d.value(QStringLiteral("from")).toInteger(), qint64(1));
        QCOMPARE(d.value(QStringLiteral("to")).toInteger(), seq);
        QCOMPARE(pack->toSeq, seq);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "test_reports.moc"
