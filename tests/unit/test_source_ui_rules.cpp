// Rules of the house for the console's sources (issue #13, "One house"), read from the tree:
//  - a colour written as hex ("#b00020", "#fff") appears only in ui/common/StatusColor.cpp, so
//    that every status colour is chosen in one place (the screen's follow the palette, dark theme
//    included; printStyleSheet()'s are fixed for a PDF on white paper);
//  - work runs off the GUI thread only through ui::OperationRunner: no QtConcurrent::run in ui/
//    or app/ outside ui/common/OperationRunner.cpp;
//  - role gating goes through ui::RoleGate and its table: no policy::Permission in ui/ outside
//    ui/common/ActionPermissions.h, and no Workspace::require outside ui/common/RoleGate.cpp.
// A failure names every offending file:line.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kSource = QStringLiteral(SYMBOLON_SOURCE_DIR);

// The .cpp and .h files under <source>/<dir>, as paths relative to the source tree.
QStringList sourceFiles(const QString& dir) {
    QStringList files;
    QDirIterator it(kSource + QLatin1Char('/') + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next().mid(kSource.size() + 1);
    files.sort();
    return files;
}

// "file:line: text" for every line of the files matching the pattern, but the exempt files.
QStringList offences(const QStringList& dirs, const QRegularExpression& pattern, const QStringList& exempt,
                     int* filesRead) {
    QStringList found;
    for (const QString& dir : dirs) {
        for (const QString& file : sourceFiles(dir)) {
            if (exempt.contains(file))
                continue;
            QFile f(kSource + QLatin1Char('/') + file);
            if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
                found << QStringLiteral("%1: cannot be read").arg(file);
                continue;
            }
            ++*filesRead;
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(f.readLine()).trimmed();
                if (pattern.match(text).hasMatch())
                    found << QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(text);
            }
        }
    }
    return found;
}

} // namespace

class TestSourceUiRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void patternsMatchWhatTheyShould() {
        const QRegularExpression hex(hexColour());
        QVERIFY(hex.match(QStringLiteral("setStyleSheet(\"color: #b00020;\")")).hasMatch());
        QVERIFY(hex.match(QStringLiteral("<p style='background:#ffbf00;color:#000'>")).hasMatch());
        QVERIFY(!hex.match(QStringLiteral("#include \"common/StatusColor.h\"")).hasMatch());
        QVERIFY(!hex.match(QStringLiteral("#define SYMBOLON_X 1")).hasMatch());
        QVERIFY(!hex.match(QStringLiteral("tr(\"run #%1\")")).hasMatch());
    }

    void hexColoursOnlyInStatusColor() {
        int read = 0;
        const QStringList found = offences({QStringLiteral("ui")}, QRegularExpression(hexColour()),
                                           {QStringLiteral("ui/common/StatusColor.cpp")}, &read);
        QVERIFY2(read > 50,
                 qPrintable(QStringLiteral("only %1 files read under %2/ui").arg(read).arg(kSource)));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("hex colours outside ui/common/StatusColor.cpp "
                                                            "(use ui::statusColor and its kin):\n") +
                                             found.join(QLatin1Char('\n'))));
    }

    void concurrentRunOnlyInOperationRunner() {
        int read = 0;
        const QStringList found = offences({QStringLiteral("ui"), QStringLiteral("app")},
                                           QRegularExpression(QStringLiteral("QtConcurrent\\s*::\\s*run\\b")),
                                           {QStringLiteral("ui/common/OperationRunner.cpp")}, &read);
        QVERIFY2(read > 50, qPrintable(QStringLiteral("only %1 files read").arg(read)));
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("QtConcurrent::run outside ui/common/OperationRunner.cpp (use "
                                           "ui::OperationRunner::start):\n") +
                            found.join(QLatin1Char('\n'))));
    }

    void roleGatingOnlyThroughTheTable() {
        int read = 0;
        const QStringList permissions =
            offences({QStringLiteral("ui")}, QRegularExpression(QStringLiteral("Permission::")),
                     {QStringLiteral("ui/common/ActionPermissions.h")}, &read);
        QVERIFY2(read > 50, qPrintable(QStringLiteral("only %1 files read").arg(read)));
        QVERIFY2(
            permissions.isEmpty(),
            qPrintable(QStringLiteral("policy::Permission outside ui/common/ActionPermissions.h (add the "
                                      "action to kActionPermissions, gate it with RoleGate):\n") +
                       permissions.join(QLatin1Char('\n'))));
        read = 0;
        const QStringList requires_ =
            offences({QStringLiteral("ui")}, QRegularExpression(QStringLiteral("(\\.|->)require\\(")),
                     {QStringLiteral("ui/common/RoleGate.cpp")}, &read);
        QVERIFY2(requires_.isEmpty(),
                 qPrintable(QStringLiteral("Workspace::require outside ui/common/RoleGate.cpp (use "
                                           "RoleGate::allows or RoleGate::require):\n") +
                            requires_.join(QLatin1Char('\n'))));
    }

private:
    // "#rgb" or "#rrggbb" not followed by a letter, digit or underscore.
    static QString hexColour() { return QStringLiteral("#(?:[0-9a-fA-F]{3}){1,2}(?![0-9A-Za-z_])"); }
};

QTEST_GUILESS_MAIN(TestSourceUiRules)
#include "test_source_ui_rules.moc"
