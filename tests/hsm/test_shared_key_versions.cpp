// The Shared Key's versions reach the S1SP (issue #20), through the real CLI and two sites with
// token stores of their own: the DCO exports Shared Key v1, rolls the Shared Key over on a PMA
// instruction and exports v2; the S1SP (the same published Transport Key components) imports v1,
// then v2, and its workspace records v2 active and v1 retired; v2 a second time, or an older
// version, is refused before anyone is convened.
#include "CliRunner.h"

#include "ceremony/KeyPackage.h"

#include <QFile>
#include <QTemporaryDir>

using namespace symbolon;
using test::cliArgs;
using test::runCli;

namespace {
const QList<int> kQuorum{test::kCustodian1, test::kCustodian2};

test::CliRun runCeremony(const QString& ws, const QStringList& command) {
    QStringList c{QStringLiteral("ceremony")};
    c << command;
    return runCli(cliArgs(ws, test::kCustodian1, c, kQuorum));
}
} // namespace

class TestSharedKeyVersions : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-shared-versions-XXXXXX")};
    QString m_dco, m_s1sp;

    QString exportShared(const QString& name) {
        const QString out = m_root.filePath(name);
        const auto r =
            runCeremony(m_dco, {QStringLiteral("export-shared-key"), QStringLiteral("--transport-key"),
                                QStringLiteral("Symbolon Transport Key"), QStringLiteral("--out"), out});
        if (r.code != 0)
            qFatal("export: %s", qPrintable(r.err));
        return out;
    }
    test::CliRun import(const QString& file) {
        return runCeremony(m_s1sp, {QStringLiteral("import-shared-key"), file, QStringLiteral("--public-key"),
                                    file + QStringLiteral(".signer.pem")});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!test::cliPath().isEmpty());
        m_dco = m_root.filePath(QStringLiteral("dco"));
        m_s1sp = m_root.filePath(QStringLiteral("s1sp"));
        QString why;
        QVERIFY2(test::prepareMigratedDemo(m_dco, 20, &why), qPrintable(why));
        const auto made =
            runCli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), m_s1sp,
                    QStringLiteral("--devices"), QStringLiteral("1")});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const auto tk = runCeremony(m_s1sp, {QStringLiteral("transport-key"),
                                             QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")});
        QVERIFY2(tk.code == 0, qPrintable(tk.err));
    }

    void theS1spImportsEachVersion() {
        const QString v1 = exportShared(QStringLiteral("shared-v1.json"));
        const auto rolled = runCeremony(m_dco, {QStringLiteral("rollover-kek"), QStringLiteral("--kek"),
                                                QStringLiteral("shared"), QStringLiteral("--pma-ground"),
                                                QStringLiteral("major-incident"), QStringLiteral("--pma-ref"),
                                                QStringLiteral("PMA-S1SP-1")});
        QVERIFY2(rolled.code == 0, qPrintable(rolled.err));
        const QString v2 = exportShared(QStringLiteral("shared-v2.json"));
        QFile f(v2);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto pkg = ceremony::KeyPackage::parse(f.readAll());
        QVERIFY(pkg);
        QCOMPARE(pkg->keyVersion, 2);

        const auto first = import(v1);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const auto second = import(v2);
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(QStringLiteral("Symbolon Shared Key v2")), qPrintable(second.err));

        const auto listed = runCli(
            cliArgs(m_s1sp, test::kReviewer, {QStringLiteral("ceremony"), QStringLiteral("kek-versions")}));
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(QStringLiteral("Shared Key v1: retired")), qPrintable(listed.out));
        QVERIFY2(listed.out.contains(QStringLiteral("Shared Key v2: active")), qPrintable(listed.out));
        // The same KCV at both sites.
        QVERIFY2(listed.out.contains(pkg->keyKcv), qPrintable(listed.out));

        // Again, or an older version: refused before anyone is convened.
        for (const QString& file : {v2, v1}) {
            const auto again = import(file);
            QVERIFY(again.code != 0);
            QVERIFY2(again.err.contains(QStringLiteral("No quorum was convened")), qPrintable(again.err));
            QVERIFY2(!again.err.contains(QStringLiteral("Approved by")), qPrintable(again.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestSharedKeyVersions)
#include "test_shared_key_versions.moc"
