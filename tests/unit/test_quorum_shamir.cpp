// Shamir k-of-n over GF(256) through libgfshare: any k shares rebuild, fewer do not,
// malformed share sets are refused.
#include "quorum/Shamir.h"

#include <QTest>

using namespace symbolon;

class TestShamir : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anyKSharesRebuild_data() {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("n");
        QTest::newRow("2 of 3") << 2 << 3;
        QTest::newRow("3 of 5") << 3 << 5;
        QTest::newRow("1 of 1") << 1 << 1;
        QTest::newRow("5 of 5") << 5 << 5;
    }
    void anyKSharesRebuild() {
        QFETCH(int, k);
        QFETCH(int, n);
        const SecureBytes secret = SecureBytes::random(32);
        auto shares = quorum::shamirSplit(secret, k, n);
        QVERIFY(shares);
        QCOMPARE(shares->size(), n);
        for (int start = 0; start + k <= n; ++start) {
            auto back = quorum::shamirCombine(shares->mid(start, k));
            QVERIFY(back);
            QVERIFY(back->equals(secret));
        }
    }
    void fewerThanKSharesDoNotRebuild() {
        const SecureBytes secret = SecureBytes::fromString("0123456789abcdef0123456789abcdef");
        auto shares = quorum::shamirSplit(secret, 3, 5);
        QVERIFY(shares);
        auto back = quorum::shamirCombine(shares->mid(0, 2));
        QVERIFY(back); // libgfshare cannot know: the result is simply not the secret
        QVERIFY(!back->equals(secret));
    }
    void indexesAreDistinctAndNonZero() {
        auto shares = quorum::shamirSplit(SecureBytes::random(16), 2, 255);
        QVERIFY(shares);
        QSet<int> seen;
        for (const auto& s : *shares) {
            QVERIFY(s.index != 0);
            seen.insert(s.index);
        }
        QCOMPARE(seen.size(), 255);
    }
    void badParametersAreRefused() {
        QVERIFY(!quorum::shamirSplit(SecureBytes::random(16), 0, 3));
        QVERIFY(!quorum::shamirSplit(SecureBytes::random(16), 4, 3));
        QVERIFY(!quorum::shamirSplit(SecureBytes::random(16), 2, 256));
        QVERIFY(!quorum::shamirSplit(SecureBytes(), 2, 3));
    }
    void duplicateShareIsRefused() {
        auto shares = quorum::shamirSplit(SecureBytes::random(16), 2, 3);
        QVERIFY(shares);
        QVector<quorum::Share> twice{(*shares)[0], (*shares)[0]};
        auto back = quorum::shamirCombine(twice);
        QVERIFY(!back);
        QVERIFY(back.error().message.contains(QStringLiteral("twice")));
    }
    void sharesOfDifferentLengthsAreRefused() {
        auto a = quorum::shamirSplit(SecureBytes::random(16), 2, 3);
        auto b = quorum::shamirSplit(SecureBytes::random(17), 2, 3);
        QVERIFY(a && b);
        QVector<quorum::Share> mixed{(*a)[0], (*b)[1]};
        if (mixed[0].index == mixed[1].index)
            mixed[1].index = static_cast<quint8>(mixed[0].index ^ 1);
        QVERIFY(!quorum::shamirCombine(mixed));
    }
};

QTEST_GUILESS_MAIN(TestShamir)
#include "test_quorum_shamir.moc"
