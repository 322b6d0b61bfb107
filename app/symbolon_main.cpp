// The Symbolon GUI: argument parsing and wiring, nothing else.
#include "common/SecureBytes.h"
#include "common/UiLanguage.h"
#include "devices/DeviceTableModel.h"
#include "devices/DevicesView.h"
#include "hsm/HsmSlotsView.h"
#include "journal/JournalEntry.h"
#include "journal/JournalTableModel.h"
#include "journal/JournalView.h"
#include "keystates/KeyStateTableModel.h"
#include "keystates/KeyStatesView.h"
#include "mainwindow/MainWindow.h"
#include "open/OpenWorkspaceDialog.h"
#include "overview/OverviewView.h"
#include "quorum/QuorumView.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QPixmap>
#include <QSet>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace symbolon;

namespace {

int fatal(const QString& message) {
    std::fprintf(stderr, "symbolon: %s\n", qPrintable(message));
    return 1;
}

// The Open dialog as a custodian first sees it: the cards listed, no PIN typed.
int screenshotOpen(const QString& dir, const QString& file) {
    ui::OpenWorkspaceDialog dialog(dir);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(660, 380)));
    int rc = 2;
    QObject::connect(&dialog, &ui::OpenWorkspaceDialog::cardsListed, &dialog, [&] {
        QTimer::singleShot(100, &dialog, [&] {
            rc = dialog.grab().save(file) ? 0 : 1;
            QApplication::quit();
        });
    });
    QTimer::singleShot(30000, &dialog, [] { QApplication::exit(3); });
    dialog.show();
    QApplication::exec();
    return rc;
}

// The Settings dialog with the saved settings (no workspace needed).
int screenshotSettings(const QString& file) {
    ui::SettingsDialog dialog;
    dialog.show();
    dialog.adjustSize();
    int rc = 2;
    QTimer::singleShot(100, &dialog, [&] {
        rc = dialog.grab().save(file) ? 0 : 1;
        QApplication::quit();
    });
    QApplication::exec();
    return rc;
}

// Opens non-interactively with a card serial and a PIN read from an environment variable.
Result<std::unique_ptr<workspace::Workspace>> openFromEnvironment(const QString& dir, const QString& serial,
                                                                  const QString& pinVar) {
    if (serial.isEmpty() || pinVar.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("main", "this needs --card-serial and --pin-env"));
    const QByteArray var = pinVar.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(var.constData()))
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("main", "the environment variable %1 is not set").arg(pinVar));
    // Read the PIN straight from the environment into locked memory, then remove it.
    const char* raw = std::getenv(var.constData());
    SecureBytes pin(raw, std::strlen(raw));
    ::explicit_bzero(const_cast<char*>(raw), std::strlen(raw)); // the environment block outlives qunsetenv
    qunsetenv(var.constData());
    auto ws = workspace::Workspace::open(dir, serial, pin);
    pin.clear();
    return ws;
}

// The Journal view's Export action without the dialog: the pack with its PDF report (which the
// headless symbolon-cli cannot render: it does not link Qt Gui).
int exportEvidencePack(const QString& dir, const QString& serial, const QString& pinVar, const QString& out) {
    auto ws = openFromEnvironment(dir, serial, pinVar);
    if (!ws)
        return fatal(ws.error().message);
    ui::MainWindow window(std::move(*ws));
    int rc = 2;
    QObject::connect(window.journalView(), &ui::JournalView::evidenceExported, &window,
                     [&rc](const QString& packDir, const QString& error) {
                         if (error.isEmpty())
                             std::printf("Evidence pack written to %s (with report.pdf)\n",
                                         qPrintable(packDir));
                         else
                             std::fprintf(stderr, "symbolon: %s\n", qPrintable(error));
                         rc = error.isEmpty() ? 0 : 1;
                         QApplication::quit();
                     });
    window.journalView()->exportEvidencePack(QDir(out).absolutePath());
    QApplication::exec();
    return rc;
}

// "overview, devices, …": the --view names of MainWindow's views.
QString viewNames() {
    QStringList names;
    for (const ui::MainWindow::ViewEntry& v : ui::MainWindow::views())
        names << QString::fromLatin1(v.screenshotName);
    return names.join(QStringLiteral(", "));
}

// Opens non-interactively, renders one view once its data has arrived, saves it, exits.
int screenshot(const QString& dir, const QString& serial, const QString& pinVar, const QString& viewName,
               const QString& file) {
    // The views' names come from MainWindow's registry of views.
    const std::optional<ui::MainWindow::View> view = ui::MainWindow::viewNamed(viewName);
    if (!view)
        return fatal(
            QCoreApplication::translate("main", "--view must be %1, open or settings").arg(viewNames()));
    auto ws = openFromEnvironment(dir, serial, pinVar);
    if (!ws)
        return fatal(ws.error().message);

    ui::MainWindow window(std::move(*ws));
    const bool devices = viewName == QLatin1String("devices");
    const bool journal = viewName == QLatin1String("journal");
    window.showView(*view);
    window.show();

    int rc = 2;
    auto save = [&] {
        // One more turn of the event loop so that the last dataChanged is painted.
        QTimer::singleShot(100, &window, [&] {
            rc = window.grab().save(file) ? 0 : 1;
            if (rc)
                std::fprintf(stderr, "symbolon: cannot write %s\n", qPrintable(file));
            QApplication::quit();
        });
    };
    if (devices) {
        ui::DevicesView* v = window.devicesView();
        QObject::connect(v, &ui::DevicesView::loaded, &window, [v, save] {
            if (v->model()->rowCount() > 0)
                v->table()->selectRow(0);
            save();
        });
    } else if (viewName == QLatin1String("hsm")) {
        QObject::connect(window.hsmSlotsView(), &ui::HsmSlotsView::loaded, &window, save);
    } else if (viewName == QLatin1String("quorum")) {
        QObject::connect(window.quorumView(), &ui::QuorumView::loaded, &window, save);
    } else if (viewName == QLatin1String("keystates")) {
        // The first page and the chart's counts both in.
        ui::KeyStatesView* v = window.keyStatesView();
        auto waiting = std::make_shared<QSet<int>>(QSet<int>{0, 1});
        auto arrived = [v, save, waiting](int what) {
            if (!waiting->remove(what) || !waiting->isEmpty())
                return;
            if (v->model()->rowCount() > 0)
                v->table()->selectRow(0);
            save();
        };
        QObject::connect(v, &ui::KeyStatesView::loaded, &window, [arrived] { arrived(0); });
        QObject::connect(v, &ui::KeyStatesView::countsChanged, &window, [arrived] { arrived(1); });
    } else if (journal) {
        ui::JournalView* v = window.journalView();
        QObject::connect(v, &ui::JournalView::loaded, &window, [v, save] {
            // Show an entry with something to read: the most recent with approvals or a
            // ceremony-like action, else the newest.
            int pick = 0;
            for (int row = 0; row < v->model()->rowCount() && row < 256; ++row)
                if (const auto* e = v->model()->entryAt(row);
                    e && (e->detailsJson.contains("\"approvals\"") ||
                          e->action.startsWith(QLatin1String("key-token.")))) {
                    pick = row;
                    break;
                }
            if (v->model()->rowCount() > 0)
                v->table()->selectRow(pick);
            save();
        });
    } else {
        QObject::connect(window.overviewView(), &ui::OverviewView::loaded, &window, save);
    }
    QTimer::singleShot(30000, &window, [&] {
        std::fprintf(stderr, "symbolon: the view did not load within 30 s\n");
        QApplication::exit(3);
    });
    QApplication::exec();
    return rc;
}

} // namespace

int main(int argc, char** argv) {
    Q_INIT_RESOURCE(symbolon); // the .qrc lives in the symbolon_ui static library
    const bool hardened = SecureBytes::initProcessHardening(); // before anything holds a secret
    // A screenshot needs no display.
    for (int i = 1; i < argc; ++i)
        if ((qstrcmp(argv[i], "--screenshot") == 0 || qstrcmp(argv[i], "--export-evidence-pack") == 0) &&
            !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Symbolon"));
    QApplication::setApplicationName(QStringLiteral("Symbolon"));
    QApplication::setApplicationVersion(QStringLiteral(SYMBOLON_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("uk.org.symbolon.Symbolon"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/symbolon.svg")));
    if (!hardened)
        std::fprintf(stderr, "symbolon: warning: process hardening (secure heap, no core dumps) failed\n");

    // The language before any text is made: --lang (read ahead of the parser, whose own texts
    // are translated), else the Settings choice (ui/language), else the system locale.
    QString langChoice;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            langChoice = QString::fromLocal8Bit(argv[i + 1]);
        else if (qstrncmp(argv[i], "--lang=", 7) == 0)
            langChoice = QString::fromLocal8Bit(argv[i] + 7);
    }
    ui::UiLanguage::install(ui::UiLanguage::resolve(langChoice));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Custodian console for SMETS1 DLMS symmetric keys"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOpt(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "The workspace folder (default: ./demo)."),
        QStringLiteral("DIR"));
    const QCommandLineOption screenshotOpt(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render a view to a PNG file and exit."), QStringLiteral("FILE"));
    const QCommandLineOption viewOpt(
        QStringLiteral("view"),
        QCoreApplication::translate("main",
                                    "The view: %1, open (the Open dialog) or settings (the Settings dialog).")
            .arg(viewNames()),
        QStringLiteral("NAME"), QStringLiteral("overview"));
    const QCommandLineOption serialOpt(
        QStringLiteral("card-serial"),
        QCoreApplication::translate("main", "Open with this card (by serial)."), QStringLiteral("S"));
    const QCommandLineOption pinEnvOpt(
        QStringLiteral("pin-env"),
        QCoreApplication::translate("main",
                                    "Read the card PIN from this environment variable (then unset it)."),
        QStringLiteral("VAR"));
    const QCommandLineOption exportOpt(
        QStringLiteral("export-evidence-pack"),
        QCoreApplication::translate(
            "main", "Write an evidence pack with its PDF report to OUT (a new folder) and exit."),
        QStringLiteral("OUT"));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "The language: en_GB or cy (default: as set in Settings, else the "
                                    "system's)."),
        QStringLiteral("LANG"));
    parser.addOptions({workspaceOpt, screenshotOpt, viewOpt, serialOpt, pinEnvOpt, exportOpt, langOpt});
    parser.process(app);
    ui::AppSettings().applyMachineSettings(); // module and token URIs, before any workspace opens

    if (parser.isSet(screenshotOpt) && parser.value(viewOpt) == QLatin1String("settings"))
        return screenshotSettings(parser.value(screenshotOpt));

    QString dir = parser.value(workspaceOpt);
    if (dir.isEmpty() && QFileInfo::exists(QStringLiteral("demo/workspace.json")))
        dir = QStringLiteral("demo");
    // Started from the desktop's menu: ask for the folder rather than fail unseen.
    if (dir.isEmpty() && !parser.isSet(screenshotOpt) && !parser.isSet(exportOpt)) {
        dir = QFileDialog::getExistingDirectory(
            nullptr, QCoreApplication::translate("main", "Open a Symbolon workspace folder"),
            QDir::homePath());
        if (dir.isEmpty())
            return 0;
    }
    if (dir.isEmpty())
        return fatal(QCoreApplication::translate("main", "no workspace: pass --workspace DIR"));
    dir = QDir(dir).absolutePath();

    if (parser.isSet(screenshotOpt) && parser.value(viewOpt) == QLatin1String("open"))
        return screenshotOpen(dir, parser.value(screenshotOpt));
    if (parser.isSet(exportOpt))
        return exportEvidencePack(dir, parser.value(serialOpt), parser.value(pinEnvOpt),
                                  parser.value(exportOpt));
    if (parser.isSet(screenshotOpt))
        return screenshot(dir, parser.value(serialOpt), parser.value(pinEnvOpt), parser.value(viewOpt),
                          parser.value(screenshotOpt));

    ui::OpenWorkspaceDialog dialog(dir);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    ui::MainWindow window(dialog.takeWorkspace());
    window.show();
    return QApplication::exec();
}
