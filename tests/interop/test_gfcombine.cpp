// Symbolon's shares must combine with the third-party gfcombine (libgfshare-bin), and shares
// made by gfsplit must combine in Symbolon.
#include "quorum/Shamir.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;

class TestGfcombine : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir{QStringLiteral("/dev/shm/symbolon-gf-XXXXXX")};

    static bool run(const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("gfcombine")).isEmpty())
            QSKIP("gfcombine (libgfshare-bin) is not installed");
    }
    void gfcombineRebuildsOurShares() {
        const SecureBytes pin = SecureBytes::random(16).toHex();
        auto shares = quorum::shamirSplit(pin, 2, 3);
        QVERIFY(shares);
        QStringList files;
        for (const auto& s : std::as_const(*shares).mid(1, 2)) { // any two of the three
            const QString path =
                m_dir.filePath(QStringLiteral("pin.%1").arg(s.index, 3, 10, QLatin1Char('0')));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(reinterpret_cast<const char*>(s.data.data()), static_cast<qint64>(s.data.size()));
            f.close();
            files << path;
        }
        const QString out = m_dir.filePath(QStringLiteral("pin.rebuilt"));
        QVERIFY(run(QStringLiteral("gfcombine"), QStringList{QStringLiteral("-o"), out} + files));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray rebuilt = f.readAll();
        QCOMPARE(rebuilt.size(), static_cast<qsizetype>(pin.size()));
        QVERIFY(SecureBytes(rebuilt.constData(), static_cast<std::size_t>(rebuilt.size())).equals(pin));
    }
    void weRebuildGfsplitShares() {
        const QByteArray secret = QByteArrayLiteral("a-secret-made-by-gfsplit-0123456");
        const QString in = m_dir.filePath(QStringLiteral("secret.bin"));
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(secret);
        f.close();
        const QString stem = m_dir.filePath(QStringLiteral("split"));
        QVERIFY(run(QStringLiteral("gfsplit"), {QStringLiteral("-n"), QStringLiteral("2"),
                                                QStringLiteral("-m"), QStringLiteral("3"), in, stem}));
        QVector<quorum::Share> shares;
        const QStringList made = QDir(m_dir.path()).entryList({QStringLiteral("split.*")});
        QCOMPARE(made.size(), 3);
        for (const QString& name : made.mid(0, 2)) {
            QFile sf(m_dir.filePath(name));
            QVERIFY(sf.open(QIODevice::ReadOnly));
            const QByteArray bytes = sf.readAll();
            quorum::Share s;
            s.index = static_cast<quint8>(name.section(QLatin1Char('.'), -1).toInt());
            s.data = SecureBytes(bytes.constData(), static_cast<std::size_t>(bytes.size()));
            shares.push_back(s);
        }
        auto back = quorum::shamirCombine(shares);
        QVERIFY(back);
        QCOMPARE(
            QByteArray(reinterpret_cast<const char*>(back->data()), static_cast<qsizetype>(back->size())),
            secret);
    }
};

QTEST_GUILESS_MAIN(TestGfcombine)
#include "test_gfcombine.moc"
