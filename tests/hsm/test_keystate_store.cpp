// The Key States view's read side (KeyStateStore) on a real migrated demo: counts and pages
// agree with the database, pages are ordered and never overlap, every filter narrows what it
// says, counts per state follow a re-key through Generated → Distributed → Active/Superseded,
// a compromise marking shows, and user text is bound, never spliced.
#include "MigratedDemo.h"

#include "inventory/InventoryStore.h"
#include "rekey/Confirmation.h"
#include "rekey/InstructionBatch.h"
#include "rekey/KeyCompromise.h"
#include "rekey/KeyStateStore.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace symbolon;
using policy::KeyState;
using rekey::KeyStateColumn;
using rekey::KeyStateFilter;
using rekey::KeyStateStore;

class TestKeyStateStore : public QObject {
    Q_OBJECT
    static constexpr int kDevices = 60;
    test::DemoFixture m_demo{kDevices, 23};
    std::unique_ptr<workspace::Workspace> m_ws; // the responder
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    KeyStateStore store() { return KeyStateStore(m_ws->db()); }
    qint64 sql(const char* q) {
        auto n = m_ws->db().scalarInt(q);
        if (!n)
            qFatal("%s", qPrintable(n.error().message));
        return *n;
    }
    qint64 count(const KeyStateFilter& f) {
        auto n = store().count(f, m_now);
        if (!n)
            qFatal("%s", qPrintable(n.error().message));
        return *n;
    }
    QVector<rekey::KeyStateRow> all(const KeyStateFilter& f, KeyStateColumn sort, Qt::SortOrder order,
                                    int pageSize) {
        QVector<rekey::KeyStateRow> out;
        for (qint64 offset = 0;; offset += pageSize) {
            auto p = store().page(f, sort, order, offset, pageSize, m_now);
            if (!p)
                qFatal("%s", qPrintable(p.error().message));
            out += *p;
            if (p->size() < pageSize)
                return out;
        }
    }

private Q_SLOTS:
    void initTestCase() {
        test::migrateDemo(m_demo);
        m_ws = m_demo.open(test::kResponderCard);
        QCOMPARE(m_ws->identity().role, QStringLiteral("responder"));
    }

    void afterMigrationEveryKeyIsMigrated() {
        QCOMPARE(sql("SELECT count(*) FROM key_records;"), qint64(kDevices) * 9);
        QCOMPARE(count({}), qint64(kDevices) * 9);
        auto c = store().countsPerState({}, m_now);
        QVERIFY(c);
        QCOMPARE(c->perState.value(KeyState::Migrated), qint64(kDevices) * 9);
        QCOMPARE(c->total(), qint64(kDevices) * 9);
        QCOMPARE(c->compromised, 0);
        for (KeyState s :
             {KeyState::Generated, KeyState::Distributed, KeyState::Active, KeyState::Superseded})
            QCOMPARE(c->perState.value(s), 0);
    }

    void pagesAreOrderedCompleteAndDisjoint() {
        const auto rows = all({}, KeyStateColumn::DeviceId, Qt::AscendingOrder, 37);
        QCOMPARE(rows.size(), kDevices * 9);
        QSet<qint64> ids;
        for (int i = 0; i < rows.size(); ++i) {
            ids.insert(rows[i].keyId);
            if (i > 0) {
                const auto& a = rows[i - 1];
                const auto& b = rows[i];
                QVERIFY(a.deviceId < b.deviceId ||
                        (a.deviceId == b.deviceId &&
                         (a.kind < b.kind || (a.kind == b.kind && a.client < b.client))));
            }
        }
        QCOMPARE(ids.size(), kDevices * 9);
        // Every field of a record is filled from the database.
        const auto& r = rows.front();
        QVERIFY(r.kcv.contains(QLatin1Char(' '))); // labelled: "<method> <hex>"
        QVERIFY(r.kek == QLatin1String("DCO Key") || r.kek == QLatin1String("Shared Key"));
        QVERIFY(!r.kekKcv.isEmpty());
        QVERIFY(r.createdAt.isValid() && r.deadline.isValid());
        QCOMPARE(r.state, KeyState::Migrated);
        QVERIFY(!r.compromised());
        // MK under the DCO Key, GUEK under the Shared Key (DESIGN key hierarchy).
        for (const auto& k : rows) {
            if (k.kind == QLatin1String("GUEK"))
                QCOMPARE(k.kek, QStringLiteral("Shared Key"));
            else
                QCOMPARE(k.kek, QStringLiteral("DCO Key"));
            QCOMPARE(k.client == 0, k.kind == QLatin1String("MK"));
        }
        // Descending is the exact reverse; other sorts hold every row once.
        auto desc = all({}, KeyStateColumn::DeviceId, Qt::DescendingOrder, 50);
        std::reverse(desc.begin(), desc.end());
        QCOMPARE(desc.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(desc[i].keyId, rows[i].keyId);
        for (auto sort : {KeyStateColumn::State, KeyStateColumn::Deadline}) {
            const auto sorted = all({}, sort, Qt::AscendingOrder, 64);
            QSet<qint64> seen;
            for (const auto& k : sorted)
                seen.insert(k.keyId);
            QCOMPARE(seen.size(), kDevices * 9);
        }
        const auto byDeadline = all({}, KeyStateColumn::Deadline, Qt::AscendingOrder, 64);
        for (int i = 1; i < byDeadline.size(); ++i)
            QVERIFY(byDeadline[i - 1].deadline <= byDeadline[i].deadline);
    }

    void filtersNarrowAsTheySay() {
        KeyStateFilter mk;
        mk.kind = QStringLiteral("MK");
        QCOMPARE(count(mk), qint64(kDevices));
        KeyStateFilter ak;
        ak.kind = QStringLiteral("AK");
        QCOMPARE(count(ak), qint64(kDevices) * 4);

        KeyStateFilter ioc;
        ioc.device.cohort = policy::Cohort::IOC;
        const qint64 iocDevices = sql("SELECT count(*) FROM devices WHERE cohort = 0;");
        QVERIFY(iocDevices > 0 && iocDevices < kDevices);
        QCOMPARE(count(ioc), iocDevices * 9);

        inventory::InventoryStore inv(m_ws->db());
        for (auto rotation : {inventory::RotationFilter::Due, inventory::RotationFilter::Overdue,
                              inventory::RotationFilter::Done}) {
            KeyStateFilter f;
            f.device.rotation = rotation;
            inventory::DeviceFilter d;
            d.rotation = rotation;
            QCOMPARE(count(f), *inv.count(d, m_now) * 9);
        }
        auto s1sps = inv.s1sps();
        QVERIFY(s1sps && !s1sps->isEmpty());
        KeyStateFilter byS1sp;
        byS1sp.device.s1sp = s1sps->front();
        inventory::DeviceFilter d;
        d.s1sp = s1sps->front();
        QCOMPARE(count(byS1sp), *inv.count(d, m_now) * 9);
        KeyStateFilter byType;
        byType.device.type = policy::DeviceType::ESME;
        d = {};
        d.type = policy::DeviceType::ESME;
        QCOMPARE(count(byType), *inv.count(d, m_now) * 9);

        // A device id prefix (dashed as people type it) selects that device's keys.
        const auto first = store().page({}, KeyStateColumn::DeviceId, Qt::AscendingOrder, 0, 1, m_now);
        QVERIFY(first && first->size() == 1);
        KeyStateFilter prefix;
        prefix.device.text =
            first->front().deviceId.left(2) + QLatin1Char('-') + first->front().deviceId.mid(2, 14);
        QCOMPARE(count(prefix), 9);
        // Hostile text is bound, not spliced: nothing matches and nothing breaks.
        KeyStateFilter hostile;
        hostile.device.text = QStringLiteral("x' OR 1=1 --");
        QCOMPARE(count(hostile), 0);
        hostile.device.text.clear();
        hostile.kind = QStringLiteral("MK' OR '1'='1");
        QCOMPARE(count(hostile), 0);
    }

    void compromiseShowsAndFilters() {
        const auto first = store().page({}, KeyStateColumn::DeviceId, Qt::AscendingOrder, 0, 1, m_now);
        QVERIFY(first && !first->isEmpty());
        const QString device = first->front().deviceId;
        auto m =
            rekey::KeyCompromise::mark(*m_ws, device, QStringLiteral("AK"), QStringLiteral("INC-2026-7"));
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->keys, 4);
        KeyStateFilter f;
        f.compromisedOnly = true;
        QCOMPARE(count(f), 4);
        const auto rows = all(f, KeyStateColumn::DeviceId, Qt::AscendingOrder, 10);
        for (const auto& k : rows) {
            QCOMPARE(k.deviceId, device);
            QCOMPARE(k.kind, QStringLiteral("AK"));
            QCOMPARE(k.compromisedRef, QStringLiteral("INC-2026-7"));
            QVERIFY(k.compromisedAt.has_value());
        }
        auto c = store().countsPerState({}, m_now);
        QVERIFY(c);
        QCOMPARE(c->compromised, 4);
        // The per-state counts ignore the compromised-only and state terms (the chart's whole picture).
        auto cf = store().countsPerState(f, m_now);
        QVERIFY(cf);
        QCOMPARE(cf->total(), qint64(kDevices) * 9);
        auto keys = store().keysOfDevice(device);
        QVERIFY(keys);
        QCOMPARE(keys->size(), 9);
        QVERIFY(!store().keysOfDevice(QStringLiteral("FFFFFFFFFFFFFFFF")));
    }

    void statesFollowARekey() {
        // Five devices (under a PMA instruction: some may be past their rotation): plan, run,
        // batch, confirm three.
        inventory::InventoryStore inv(m_ws->db());
        auto devices = inv.page({}, inventory::DeviceColumn::DeviceId, Qt::AscendingOrder, 1, 5, m_now);
        QVERIFY(devices && devices->size() == 5);
        rekey::RekeyRequest req;
        for (const auto& d : *devices)
            req.deviceIds << d.deviceId;
        req.instruction = policy::PmaInstruction{policy::PmaGround::MajorIncident, QStringLiteral("PMA-7")};
        req.reason = QStringLiteral("test");
        auto run = rekey::RekeyPlanner::create(*m_ws, req, m_now);
        QVERIFY2(run, run ? "" : qPrintable(run.error().message));
        auto rec = test::runRekey(m_demo, *m_ws, *run, 2);
        QVERIFY2(rec, rec ? "" : qPrintable(rec.error().message));

        auto c = store().countsPerState({}, m_now);
        QVERIFY(c);
        QCOMPARE(c->perState.value(KeyState::Generated), 5 * 8);
        QCOMPARE(c->perState.value(KeyState::Migrated), qint64(kDevices) * 9);
        KeyStateFilter generated;
        generated.state = KeyState::Generated;
        const auto newKeys = all(generated, KeyStateColumn::DeviceId, Qt::AscendingOrder, 16);
        QCOMPARE(newKeys.size(), 40);
        for (const auto& k : newKeys) {
            QCOMPARE(k.generation, 1);
            QCOMPARE(k.rekeyRun, run->id);
            QVERIFY(!k.distributedAt && !k.activatedAt);
        }

        const QString batch = m_demo.scratch(QStringLiteral("batch.jsonl"));
        auto w = rekey::InstructionBatch::write(*m_ws, run->id, batch, false);
        QVERIFY2(w, w ? "" : qPrintable(w.error().message));
        QByteArray confirmations;
        for (int i = 0; i < 3; ++i)
            confirmations += QJsonDocument(QJsonObject{{QStringLiteral("run"), run->id},
                                                       {QStringLiteral("device_id"), req.deviceIds[i]},
                                                       {QStringLiteral("result"), QStringLiteral("success")}})
                                 .toJson(QJsonDocument::Compact) +
                             "\n";
        auto a = rekey::Confirmation::apply(*m_ws, confirmations, QStringLiteral("confirm.jsonl"));
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));

        c = store().countsPerState({}, m_now);
        QVERIFY(c);
        QCOMPARE(c->perState.value(KeyState::Generated), 0);
        QCOMPARE(c->perState.value(KeyState::Distributed), 2 * 8);
        QCOMPARE(c->perState.value(KeyState::Active), 3 * 8);
        QCOMPARE(c->perState.value(KeyState::Superseded), 3 * 8);
        QCOMPARE(c->perState.value(KeyState::Migrated), qint64(kDevices) * 9 - 3 * 8);
        QCOMPARE(c->total(), sql("SELECT count(*) FROM key_records;"));
        // Superseded records are hidden unless asked for.
        QCOMPARE(count({}), c->total() - 3 * 8);
        KeyStateFilter history;
        history.includeSuperseded = true;
        QCOMPARE(count(history), c->total());
        KeyStateFilter superseded;
        superseded.state = KeyState::Superseded;
        QCOMPARE(count(superseded), 3 * 8);
        const auto active = all(
            [] {
                KeyStateFilter f;
                f.state = KeyState::Active;
                return f;
            }(),
            KeyStateColumn::DeviceId, Qt::AscendingOrder, 100);
        for (const auto& k : active)
            QVERIFY(k.distributedAt && k.activatedAt);
        auto keys = store().keysOfDevice(req.deviceIds[0]);
        QVERIFY(keys);
        QCOMPARE(keys->size(), 9 + 8);
        // By state: grouped in the database's state order, each group by device, every key once.
        const auto byState = all(history, KeyStateColumn::State, Qt::AscendingOrder, 97);
        QCOMPARE(byState.size(), int(c->total()));
        QSet<qint64> seen;
        for (int i = 0; i < byState.size(); ++i) {
            seen.insert(byState[i].keyId);
            if (i > 0) {
                const QString a = KeyStateStore::stateText(byState[i - 1].state);
                const QString b = KeyStateStore::stateText(byState[i].state);
                QVERIFY(a < b || (a == b && byState[i - 1].deviceRow <= byState[i].deviceRow));
            }
        }
        QCOMPARE(seen.size(), byState.size());
    }
};

QTEST_GUILESS_MAIN(TestKeyStateStore)
#include "test_keystate_store.moc"
