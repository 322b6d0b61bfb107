// The house rules of core (issue #13, docs/architecture.md), read from the sources themselves:
//  - every #include between core's folders points down, from a higher floor to a lower one, never
//    up and never sideways; a new folder must be given its floor here before it can be used;
//  - SQL runs only in the storage floor (core/store/) and in the classes that own tables or read
//    them (files named *Store, *Records, *Query, *Schema), never in ui/ or app/.
// Failures name the file and the line.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kCore = QStringLiteral(SYMBOLON_SOURCE_DIR "/core");
const QString kSource = QStringLiteral(SYMBOLON_SOURCE_DIR);

bool sqlAllowed(const QString& rel) {
    static const QRegularExpression owner(QStringLiteral("(Store|Records|Query|Schema)\\.(h|cpp)$"));
    return rel.startsWith(QLatin1String("core/store/")) ||
           (rel.startsWith(QLatin1String("core/")) && owner.match(rel).hasMatch());
}

// file -> the lines where a string literal begins with an SQL statement (comments ignored).
QMap<QString, QList<int>> sqlLines() {
    static const QRegularExpression sql(QStringLiteral("\"\\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|"
                                                       "REPLACE|WITH|PRAGMA|BEGIN|COMMIT|SAVEPOINT)\\b"));
    QMap<QString, QList<int>> out;
    for (const char* dir : {"core", "ui", "app"}) {
        QDirIterator it(kSource + QLatin1Char('/') + QLatin1String(dir),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            int n = 0;
            while (!f.atEnd()) {
                ++n;
                QString line = QString::fromUtf8(f.readLine());
                const qsizetype comment = line.indexOf(QLatin1String("//"));
                if (comment >= 0 && line.left(comment).count(QLatin1Char('"')) % 2 == 0)
                    line.truncate(comment);
                if (sql.match(line).hasMatch())
                    out[path.mid(kSource.size() + 1)].push_back(n);
            }
        }
    }
    return out;
}

// Lowest first. Folders on one floor do not include each other.
const QHash<QString, int>& floors() {
    static const QHash<QString, int> f{
        {QStringLiteral("common"), 0},    {QStringLiteral("policy"), 1},    {QStringLiteral("dlms"), 1},
        {QStringLiteral("hsm"), 2},       {QStringLiteral("store"), 2},     {QStringLiteral("journal"), 3},
        {QStringLiteral("workspace"), 4}, {QStringLiteral("inventory"), 5}, {QStringLiteral("quorum"), 5},
        {QStringLiteral("ceremony"), 6},  {QStringLiteral("rekey"), 7},     {QStringLiteral("audit"), 8},
        {QStringLiteral("demo"), 8},      {QStringLiteral("keys"), 5},      {QStringLiteral("site"), 6},
    };
    return f;
}

struct Arrow {
    QString file;
    int line = 0;
    QString from, to;
};

// Every include of another core folder, with its file and line.
QVector<Arrow> coreIncludes() {
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([a-z]+)/[^\"]+\""));
    QVector<Arrow> out;
    QDirIterator it(kCore, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(kCore.size() + 1);
        const QString folder = rel.section(QLatin1Char('/'), 0, 0);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        int n = 0;
        while (!f.atEnd()) {
            ++n;
            const auto m = include.match(QString::fromUtf8(f.readLine()));
            if (m.hasMatch() && m.captured(1) != folder)
                out.push_back({QStringLiteral("core/") + rel, n, folder, m.captured(1)});
        }
    }
    return out;
}

} // namespace

class TestSourceCoreRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCoreFolderHasAFloor() {
        QStringList missing;
        QDirIterator it(kCore, QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName();
            if (!floors().contains(name))
                missing << name;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("core folders with no floor in this test: ") +
                                               missing.join(QStringLiteral(", "))));
    }

    void includesBetweenCoreFoldersPointDown() {
        const auto arrows = coreIncludes();
        QVERIFY2(arrows.size() > 50, "the include scan found almost nothing: is the pattern still right?");
        QStringList wrong;
        for (const Arrow& a : arrows) {
            const int from = floors().value(a.from, -1), to = floors().value(a.to, -1);
            if (to < 0)
                continue; // not a core folder (e.g. "openssl/evp.h")
            if (from < 0 || to >= from)
                wrong << QStringLiteral("%1:%2: %3 (floor %4) -> %5 (floor %6)")
                             .arg(a.file)
                             .arg(a.line)
                             .arg(a.from)
                             .arg(from)
                             .arg(a.to)
                             .arg(to);
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("%1 include(s) run up or sideways:\n  ").arg(wrong.size()) +
                            wrong.join(QStringLiteral("\n  "))));
    }

    void sqlRunsOnlyInStores() {
        const auto found = sqlLines();
        QVERIFY2(found.contains(QStringLiteral("core/store/Schema.cpp")),
                 "the SQL scan found no SQL in core/store/Schema.cpp: is the pattern still right?");
        QStringList wrong;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            if (!sqlAllowed(it.key()))
                for (int line : it.value())
                    wrong << QStringLiteral("%1:%2").arg(it.key()).arg(line);
        QVERIFY2(
            wrong.isEmpty(),
            qPrintable(QStringLiteral("SQL outside the stores (move it into a *Store, *Records or *Query "
                                      "class of core):\n  ") +
                       wrong.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestSourceCoreRules)
#include "test_source_core_rules.moc"
