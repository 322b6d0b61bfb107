// The Journal view's queries (JournalQuery: filters, paging, gap rows) and risk reviews
// (RiskReviewStore: reviewer only, validation, journaled in the same transaction, latest) on a real
// demo workspace.
#include "DemoFixture.h"

#include "journal/JournalQuery.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/RiskReviewStore.h"

#include <QTest>

using namespace symbolon;
using journal::JournalFilter;
using journal::JournalQuery;

class TestJournalQuery : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{50};
    std::unique_ptr<workspace::Workspace> m_custodian;
    qint64 m_head = 0;

    qint64 count(const JournalFilter& f) {
        JournalQuery q(m_custodian->db());
        auto n = q.count(f);
        if (!n)
            qWarning("%s", qPrintable(n.error().message));
        return n ? *n : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        m_custodian = m_demo.open(0);
        // Entries with targets and references a reviewer searches for.
        QVERIFY(m_custodian->record(QStringLiteral("rekey.device"), QStringLiteral("00DB1234567890A0"),
                                    {{QStringLiteral("pma_reference"), QStringLiteral("PMA-2025/07_%A")},
                                     {QStringLiteral("outcome"), QStringLiteral("success")}}));
        QVERIFY(m_custodian->record(QStringLiteral("rekey.device"), QStringLiteral("00DB1234567890A1"),
                                    {{QStringLiteral("pma_reference"), QStringLiteral("PMA-2025/07xxA")}}));
        QVERIFY(m_custodian->record(QStringLiteral("quorum.ceremony.generate-keks"),
                                    QStringLiteral("key token"),
                                    {{QStringLiteral("note"), QStringLiteral("Unusual_Word here")}}));
        m_head = m_custodian->journal().head()->seq;
        QVERIFY(m_head > 5);
    }

    void unfilteredCountIsTheSeqSpace() {
        QCOMPARE(count({}), m_head);
        JournalQuery q(m_custodian->db());
        auto newest = q.page({}, 0, 3);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 3);
        QCOMPARE(newest->at(0).seq, m_head);
        QCOMPARE(newest->at(2).seq, m_head - 2);
        QCOMPARE(newest->at(0).action, QStringLiteral("quorum.ceremony.generate-keks"));
        auto oldest = q.page({}, 0, 2, JournalQuery::Order::OldestFirst);
        QVERIFY(oldest);
        QCOMPARE(oldest->at(0).seq, 1);
        QCOMPARE(oldest->at(0).action, QStringLiteral("workspace.created"));
        auto last = q.page({}, m_head - 1, 10);
        QVERIFY(last);
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->at(0).seq, 1);
        auto beyond = q.page({}, m_head + 5, 10);
        QVERIFY(beyond && beyond->isEmpty());
        QVERIFY(!q.page({}, -1, 10));
        QVERIFY(!q.page({}, 0, 0));
    }

    void actionPrefixUsesTheIndexRange() {
        JournalFilter f;
        f.actionPrefix = QStringLiteral("rekey.");
        QCOMPARE(count(f), 2);
        f.actionPrefix = QStringLiteral("quorum.");
        QCOMPARE(count(f), 1);
        f.actionPrefix = QStringLiteral("rekey.device"); // no dot at the end: exact
        QCOMPARE(count(f), 2);
        f.actionPrefix = QStringLiteral("rekey.dev");
        QCOMPARE(count(f), 0);
        JournalQuery q(m_custodian->db());
        f.actionPrefix = QStringLiteral("rekey.");
        auto page = q.page(f, 1, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->at(0).target, QStringLiteral("00DB1234567890A0")); // the older of the two
        // The plan uses the action index (no full scan) for the count.
        auto plan = m_custodian->db().prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM journal WHERE action "
                                              ">= 'rekey.' AND action < 'rekey/';");
        QVERIFY(plan && *plan->step());
        QVERIFY2(plan->text(3).contains(QStringLiteral("journal_action")), qPrintable(plan->text(3)));
    }

    void deviceIdMatchesWithOrWithoutDashes() {
        JournalFilter f;
        f.deviceId = QStringLiteral("00-db-12-34-56-78-90-a0");
        QCOMPARE(count(f), 1);
        f.deviceId = QStringLiteral("00DB1234567890A0");
        QCOMPARE(count(f), 1);
        f.deviceId = QStringLiteral("00DB1234567890"); // not a substring search
        QCOMPARE(count(f), 0);
    }

    void pmaReferenceEscapesWildcards() {
        JournalFilter f;
        f.pmaReference = QStringLiteral("PMA-2025/07_%");
        QCOMPARE(count(f), 1); // "_" and "%" are literal: PMA-2025/07xxA does not match
        f.pmaReference = QStringLiteral("pma-2025/07");
        QCOMPARE(count(f), 2);
        QCOMPARE(JournalQuery::containsPattern(QStringLiteral("a%b_c\\")), QStringLiteral("%a\\%b\\_c\\\\%"));
    }

    void freeTextActorAndTime() {
        JournalFilter f;
        f.text = QStringLiteral("unusual_word");
        QCOMPARE(count(f), 1);
        f.text = QStringLiteral("generate-keks");
        QCOMPARE(count(f), 1);
        f = {};
        f.actor = m_custodian->identity().holder.left(5);
        QVERIFY(count(f) >= 4);
        f.actor = QStringLiteral("nobody at all");
        QCOMPARE(count(f), 0);
        f = {};
        f.from = QDateTime::currentDateTimeUtc().addSecs(3600);
        QCOMPARE(count(f), 0);
        f.from = QDateTime::currentDateTimeUtc().addDays(-1);
        f.to = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(count(f), m_head);
        f.actionPrefix = QStringLiteral("rekey.");
        QCOMPARE(count(f), 2);
    }

    void aDeletedEntryStaysVisibleAsAGap() {
        // A reader sees the hole where entry #3 was, not a silently shifted page.
        auto rw = m_custodian->openConnection(false);
        QVERIFY(rw);
        auto db = std::move(*rw);
        QVERIFY(db->exec("DELETE FROM journal WHERE seq = 3;"));
        JournalQuery q(*db);
        QCOMPARE(*q.count({}), m_head);
        auto page = q.page({}, m_head - 4, 4); // seqs 4, 3, 2, 1
        QVERIFY(page);
        QCOMPARE(page->size(), 4);
        QCOMPARE(page->at(1).seq, 3);
        QVERIFY(page->at(1).hash.isEmpty());
        QCOMPARE(page->at(2).seq, 2);
        QVERIFY(!page->at(2).hash.isEmpty());
        auto oldest = q.page({}, 0, 4, JournalQuery::Order::OldestFirst);
        QVERIFY(oldest);
        QCOMPARE(oldest->size(), 4);
        QVERIFY(oldest->at(2).hash.isEmpty());
        QCOMPARE(oldest->at(3).seq, 4);
        // The verifier names the same hole.
        QVERIFY(!m_custodian->verifyJournal().ok());
    }

    void cleanupTestCase() { m_custodian.reset(); }
};

QTEST_GUILESS_MAIN(TestJournalQuery)
#include "test_journal_query.moc"
