// The Symbolon GUI: argument parsing and wiring, nothing else.
#include "audit/EvidencePack.h"
#include "cli/PinSource.h"
#include "common/SecureBytes.h"
#include "common/UiLanguage.h"
#include "journal/ReportPdf.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WindowGeometry.h"
#include "open/OpenWorkspaceDialog.h"
#include "screenshots/Screenshots.h"
#include "settings/AppSettings.h"
#include "site/SiteSetupWizard.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QRegularExpression>

#include <cstdio>
#include <memory>

using namespace symbolon;

namespace {

int fatal(const QString& message) {
    std::fprintf(stderr, "symbolon: %s\n", qPrintable(message));
    return 1;
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
    // The CLI's reader: straight from the environment into locked memory, then removed.
    auto pin = app::PinSource{-1, pinVar}.read(QString());
    if (!pin)
        return pin.error();
    auto ws = workspace::Workspace::open(dir, serial, *pin, workspace::MachineSettings::load());
    pin->clear();
    return ws;
}

// The Journal view's Export action without the console: core's evidence pack with the PDF report
// (which the headless symbolon-cli cannot render: it does not link Qt Gui).
int exportEvidencePack(const QString& dir, const QString& serial, const QString& pinVar, const QString& out) {
    auto ws = openFromEnvironment(dir, serial, pinVar);
    if (!ws)
        return fatal(ws.error().message);
    const auto pack =
        audit::EvidencePack::write(**ws, QDir(out).absolutePath(), 0, 0, &ui::ReportPdf::render);
    if (!pack)
        return fatal(pack.error().message);
    std::printf("Evidence pack written to %s (with report.pdf)\n", qPrintable(pack->dir));
    return 0;
}

// "overview, devices, …": the --view names of MainWindow's views.
QString viewNames() {
    QStringList names;
    for (const ui::MainWindow::ViewEntry& v : ui::MainWindow::views())
        names << QString::fromLatin1(v.screenshotName);
    return names.join(QStringLiteral(", "));
}

// Opens non-interactively and renders one view (ui/screenshots).
int screenshot(const QString& dir, const QString& serial, const QString& pinVar, const QString& viewName,
               const QString& file) {
    // The views' names come from MainWindow's registry of views.
    const std::optional<ui::MainWindow::View> view = ui::MainWindow::viewNamed(viewName);
    if (!view)
        return fatal(QCoreApplication::translate("main", "--view must be %1, open, settings or site-setup")
                         .arg(viewNames()));
    auto ws = openFromEnvironment(dir, serial, pinVar);
    if (!ws)
        return fatal(ws.error().message);
    return ui::screenshots::view(std::move(*ws), *view, file);
}

// A folder where a new site can be set up: no workspace.json, and empty or not there yet (site
// creation refuses anything else, and the Open dialog says what is wrong with it).
bool isNewSiteFolder(const QString& dir) {
    const QDir d(dir);
    if (QFileInfo::exists(d.filePath(QStringLiteral("workspace.json"))))
        return false;
    return !QFileInfo::exists(dir) ||
           (QFileInfo(dir).isDir() &&
            d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
}

// "1024x700": a screenshot's size; invalid when not given or not of that form.
QSize parseSize(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto m = form.match(text);
    return m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
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
                                    "The view: %1, open (the Open dialog), settings (the Settings dialog) or "
                                    "site-setup (every page of the Site Setup wizard, with a sample site).")
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
    const QCommandLineOption sizeOpt(
        QStringLiteral("size"),
        QCoreApplication::translate("main",
                                    "With --screenshot --view site-setup: the window's size, WIDTHxHEIGHT "
                                    "(FILE may hold {page}, replaced by each page's name)."),
        QStringLiteral("WxH"));
    const QCommandLineOption langOpt(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "The language: en_GB or cy (default: as set in Settings, else the "
                                    "system's)."),
        QStringLiteral("LANG"));
    parser.addOptions(
        {workspaceOpt, screenshotOpt, viewOpt, serialOpt, pinEnvOpt, exportOpt, sizeOpt, langOpt});
    parser.process(app);

    if (parser.isSet(screenshotOpt) && parser.value(viewOpt) == QLatin1String("settings"))
        return ui::screenshots::settingsDialog(parser.value(screenshotOpt));
    if (parser.isSet(screenshotOpt) && parser.value(viewOpt) == QLatin1String("site-setup")) {
        const QSize size = parseSize(parser.value(sizeOpt));
        if (parser.isSet(sizeOpt) && !size.isValid())
            return fatal(
                QCoreApplication::translate("main", "--size must be WIDTHxHEIGHT, for example 1024x700"));
        return ui::screenshots::siteSetupWizard(parser.value(screenshotOpt), size);
    }

    QString dir = parser.value(workspaceOpt);
    if (dir.isEmpty() && QFileInfo::exists(QStringLiteral("demo/workspace.json")))
        dir = QStringLiteral("demo");
    // Started from the desktop's menu: ask for the folder rather than fail unseen.
    if (dir.isEmpty() && !parser.isSet(screenshotOpt) && !parser.isSet(exportOpt)) {
        dir = QFileDialog::getExistingDirectory(
            nullptr,
            QCoreApplication::translate(
                "main", "Open a Symbolon workspace folder, or an empty folder for a new site"),
            QDir::homePath());
        if (dir.isEmpty())
            return 0;
    }
    if (dir.isEmpty())
        return fatal(QCoreApplication::translate("main", "no workspace: pass --workspace DIR"));
    dir = QDir(dir).absolutePath();

    if (parser.isSet(screenshotOpt) && parser.value(viewOpt) == QLatin1String("open"))
        return ui::screenshots::openDialog(dir, parser.value(screenshotOpt));
    if (parser.isSet(exportOpt))
        return exportEvidencePack(dir, parser.value(serialOpt), parser.value(pinEnvOpt),
                                  parser.value(exportOpt));
    if (parser.isSet(screenshotOpt))
        return screenshot(dir, parser.value(serialOpt), parser.value(pinEnvOpt), parser.value(viewOpt),
                          parser.value(screenshotOpt));

    std::unique_ptr<workspace::Workspace> ws;
    if (isNewSiteFolder(dir)) {
        // No workspace here yet: set up a new site in the folder (issue #18), then open it.
        ui::SiteSetupWizard wizard(dir);
        wizard.setIntroduction(ui::SiteSetupWizard::noWorkspaceIntroduction(dir));
        // Closed after the site was made (Escape, the window's close button): the site exists, and
        // its console opens all the same.
        (void)wizard.exec();
        ws = wizard.takeWorkspace();
    } else {
        ui::OpenWorkspaceDialog dialog(dir);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        ws = dialog.takeWorkspace();
    }
    if (!ws)
        return 0;
    ui::MainWindow window(std::move(ws));
    ui::AppSettings settings;
    ui::restoreWindowGeometry(window, settings);
    window.show();
    const int status = QApplication::exec();
    ui::saveWindowGeometry(window, settings);
    return status;
}
