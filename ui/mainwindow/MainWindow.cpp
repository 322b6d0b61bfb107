#include "mainwindow/MainWindow.h"

#include "ceremony/CeremonyWizard.h"
#include "common/DatabaseReader.h"
#include "common/PlainTextGuard.h"
#include "common/ProfileBanner.h"
#include "common/ReaderThread.h"
#include "common/RoleGate.h"
#include "common/RoleText.h"
#include "common/StatusColor.h"
#include "common/TrustBanner.h"
#include "devices/DevicesView.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuide.h"
#include "hsm/HsmSlotsView.h"
#include "importer/ImportDialog.h"
#include "journal/CustodianReportDialog.h"
#include "journal/JournalView.h"
#include "keystates/KeyStatesView.h"
#include "mainwindow/SiemStatusIndicator.h"
#include "overview/OverviewView.h"
#include "quorum/QuorumView.h"
#include "rekey/RekeyRunsDialog.h"
#include "rekey/RekeyWizard.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "site/RegisterChangeDialog.h"
#include "site/SiteRegisterView.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QVBoxLayout>

#include <utility>

namespace symbolon::ui {

namespace {
// The navigation's icons (issue #17, item 9): Adwaita's symbolic SVGs (Debian's
// adwaita-icon-theme), from the icon theme when it has them, else from the package's folder.
QIcon navigationIcon(MainWindow::View view) {
    static const QHash<int, const char*> names{
        {int(MainWindow::View::Overview), "view-grid-symbolic"},
        {int(MainWindow::View::Devices), "network-server-symbolic"},
        {int(MainWindow::View::Journal), "x-office-document-symbolic"},
        {int(MainWindow::View::HsmSlots), "drive-harddisk-symbolic"},
        {int(MainWindow::View::Quorum), "system-users-symbolic"},
        {int(MainWindow::View::KeyStates), "dialog-password-symbolic"},
        {int(MainWindow::View::Site), "changes-prevent-symbolic"},
    };
    const QString name = QString::fromLatin1(names.value(int(view)));
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QDirIterator it(QStringLiteral("/usr/share/icons/Adwaita/scalable"), {name + QStringLiteral(".svg")},
                    QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? QIcon(it.next()) : QIcon();
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<workspace::Workspace> ws, QWidget* parent)
    : QMainWindow(parent), m_ws(std::move(ws)) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — Symbolon").arg(m_ws->config().name));
    resize(1400, 900);

    m_reader = std::make_unique<DatabaseReader>(*m_ws);
    m_reader->setObjectName(QStringLiteral("databaseReader"));
    m_reader->start();
    // The Overview's summaries (GROUP BY over every device) on their own reader: queued on the
    // Devices view's, they held its count and first page back by seconds at 1,000,000 devices.
    m_overviewReader = std::make_unique<DatabaseReader>(*m_ws);
    m_overviewReader->setObjectName(QStringLiteral("overviewReader"));
    m_overviewReader->start();

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(new ProfileBanner(m_ws->config(), central));
    if (!m_ws->health().ok()) { // fail closed (issue #14): what is wrong, and that it is read-only
        auto* health = new QLabel(m_ws->health().refusal(), central);
        health->setObjectName(QStringLiteral("healthBanner"));
        health->setTextFormat(Qt::PlainText);
        health->setWordWrap(true);
        health->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; padding: 8px 12px; "
                           "border-bottom: 2px solid %3; }")
                .arg(hazardBackground().name(), hazardText().name(), hazardBorder().name()));
        outer->addWidget(health);
    }
    outer->addWidget(new TrustBanner(*m_ws, central));

    auto* body = new QHBoxLayout();
    body->setContentsMargins(8, 8, 8, 8);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Views"));
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    m_nav->setSpacing(3);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    body->addWidget(m_nav);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("views"));
    for (const ViewEntry& v : views()) {
        m_stack->addWidget((this->*v.create)());
        m_nav->addItem(new QListWidgetItem(navigationIcon(v.view), tr(v.label)));
    }
    // As wide as its longest name with its icon, in the language shown (a fixed 130 px cut Welsh
    // "Cyflyrau Allweddi" once the icons came).
    m_nav->setFixedWidth(qMax(130, m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 8));
    connect(m_journal, &JournalView::riskReviewRecorded, m_overview, &OverviewView::refresh);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    buildMenus();
    buildCeremonyMenu();
    buildSettingsAction();
    buildRekey();
    buildStatusBar();
}

MainWindow::~MainWindow() {
    // Dialogs and views first (they hold references to the reader and the workspace; a closing
    // ceremony wizard cancels its quorum session in the background), then every background task
    // they started — they too use the workspace — then the reader thread, then the workspace.
    delete m_siem; // stops the forwarder, which reads and writes the workspace
    m_siem = nullptr;
    qDeleteAll(findChildren<QDialog*>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
    QThreadPool::globalInstance()->waitForDone();
    m_overviewReader.reset();
    m_reader.reset();
    // A database key change a register change could not make while the readers were open: now
    // that every other connection is closed (a failure is the next open's to settle).
    (void)m_ws->changeDatabaseKeyIfOwed();
    m_ws.reset();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction* import = file->addAction(tr("&Import inventory…"), this, &MainWindow::importInventory);
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    RoleGate::gate(import, *m_ws, GatedAction::ImportInventory);
    file->addActions({m_journal->exportEvidenceAction(), m_journal->recordRiskReviewAction()});
    QAction* report = file->addAction(tr("Custodian re&port…"), this, [this] {
        auto* dialog = new CustodianReportDialog(*m_ws, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    report->setObjectName(QStringLiteral("actionCustodianReport"));
    report->setStatusTip(tr("PDF of a period's ceremonies, quorum sessions, re-keys and imports, with the "
                            "journal verification"));
    RoleGate::gate(report, *m_ws, GatedAction::CustodianReport);
    file->setToolTipsVisible(true); // a disabled action's tooltip says why
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    addViewActions(view, ViewMenu::View);
    view->addSeparator();
    QAction* refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshViews);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);

    buildHelp();
}

void MainWindow::buildHelp() {
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* guide = help->addAction(tr("&User guide…"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* keys = help->addAction(tr("&Keyboard shortcuts…"), this, [this] {
        auto* d = new ShortcutsDialog(menuBar(), this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
    });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Symbolon"), this, &MainWindow::about);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showGuide() {
    auto* guide = findChild<UserGuide*>(QStringLiteral("userGuide"), Qt::FindDirectChildrenOnly);
    if (!guide) {
        guide = new UserGuide(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->showSection(QLatin1String(views().at(m_stack->currentIndex()).screenshotName));
}

void MainWindow::buildStatusBar() {
    const workspace::WorkspaceConfig& c = m_ws->config();
    const workspace::Identity& who = m_ws->identity();
    auto addPermanent = [this](const QString& objectName, const QString& text, const QString& toolTip) {
        auto* l = new QLabel(text, this);
        l->setObjectName(objectName);
        l->setContentsMargins(6, 0, 6, 0);
        l->setToolTip(toolTip);
        l->setAccessibleName(text);
        l->setAccessibleDescription(toolTip);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    const QString folder = QFileInfo(m_ws->dir()).fileName();
    addPermanent(QStringLiteral("statusWorkspace"), tr("Workspace: %1").arg(folder),
                 tr("%1 in %2").arg(c.name, QDir::toNativeSeparators(m_ws->dir())));
    addPermanent(QStringLiteral("statusProfile"),
                 tr("Profile: %1").arg(c.isDevelopment() ? tr("development") : tr("production")),
                 c.isDevelopment() ? tr("Development profile: not for live keys.")
                                   : tr("Production profile."));
    m_keyTokenStatus = addPermanent(QStringLiteral("statusKeyToken"), QString(),
                                    tr("The key token (serial %1) is logged in only while a ceremony runs "
                                       "under a quorum.")
                                        .arg(c.keyTokenSerial));
    setKeyTokenInSession(false);
    addPermanent(QStringLiteral("statusIdentity"),
                 tr("Logged in: %1 (%2)").arg(who.holder, roleText(who.role)),
                 tr("Opened with card \"%1\" (serial %2).").arg(who.tokenLabel, who.tokenSerial));
    m_siem = new SiemStatusIndicator(*m_ws, this);
    statusBar()->addPermanentWidget(m_siem);
    m_siem->reconfigure(AppSettings());
}

void MainWindow::setKeyTokenInSession(bool inSession) {
    const QString label = m_ws->config().keyTokenLabel;
    const QString text =
        label.isEmpty()
            ? tr("Key token: none enrolled")
            : tr("Key token: %1 — %2").arg(label, inSession ? tr("in session") : tr("logged out"));
    m_keyTokenStatus->setText(text);
    m_keyTokenStatus->setAccessibleName(text);
}

void MainWindow::buildSettingsAction() {
    auto* settings = new QAction(tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    auto* file = menuBar()->findChild<QMenu*>(QStringLiteral("menuFile"));
    auto* quit = findChild<QAction*>(QStringLiteral("actionQuit"));
    if (file && quit) {
        file->insertAction(quit, settings);
        file->insertSeparator(quit);
    } else {
        menuBar()->addAction(settings);
    }
}

SettingsDialog* MainWindow::openSettings() {
    if (auto* open = findChild<SettingsDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this, [this] {
        if (m_siem)
            m_siem->reconfigure(AppSettings()); // the collector may have changed
    });
    dialog->open();
    return dialog;
}

const QList<MainWindow::ViewEntry>& MainWindow::views() {
    static const QList<ViewEntry> entries{
        {View::Overview, QT_TR_NOOP("Overview"), QT_TR_NOOP("&Overview"), "actionOverview", Qt::Key_1,
         ViewMenu::View, "overview", &MainWindow::createOverview},
        {View::Devices, QT_TR_NOOP("Devices"), QT_TR_NOOP("&Devices"), "actionDevices", Qt::Key_2,
         ViewMenu::View, "devices", &MainWindow::createDevices},
        {View::Journal, QT_TR_NOOP("Journal"), QT_TR_NOOP("&Journal"), "actionJournal", Qt::Key_3,
         ViewMenu::View, "journal", &MainWindow::createJournal},
        {View::HsmSlots, QT_TR_NOOP("HSM Slots"), QT_TR_NOOP("&HSM Slots"), "actionHsmSlots", Qt::Key_4,
         ViewMenu::Ceremonies, "hsm", &MainWindow::createHsmSlots},
        {View::Quorum, QT_TR_NOOP("Quorum"), QT_TR_NOOP("&Quorum"), "actionQuorum", Qt::Key_5,
         ViewMenu::Ceremonies, "quorum", &MainWindow::createQuorum},
        {View::KeyStates, QT_TR_NOOP("Key States"), QT_TR_NOOP("&Key States"), "actionKeyStates", Qt::Key_6,
         ViewMenu::Rekey, "keystates", &MainWindow::createKeyStates},
        {View::Site, QT_TR_NOOP("Site Register"), QT_TR_NOOP("&Site Register"), "actionSiteRegister",
         Qt::Key_7, ViewMenu::View, "site", &MainWindow::createSite},
    };
    return entries;
}

std::optional<MainWindow::View> MainWindow::viewNamed(const QString& screenshotName) {
    for (const ViewEntry& v : views())
        if (screenshotName == QLatin1String(v.screenshotName))
            return v.view;
    return std::nullopt;
}

QWidget* MainWindow::createOverview() {
    return m_overview = new OverviewView(*m_ws, *m_overviewReader, m_stack);
}

QWidget* MainWindow::createDevices() {
    return m_devices = new DevicesView(*m_reader, m_stack);
}

QWidget* MainWindow::createJournal() {
    return m_journal = new JournalView(*m_ws, m_stack);
}

QWidget* MainWindow::createHsmSlots() {
    m_hsm = new HsmSlotsView(*m_ws, m_stack);
    connect(m_hsm, &HsmSlotsView::readinessCheckRequested, this,
            [this] { startCeremony(int(ceremony::CeremonyKind::ReadinessCheck)); });
    return m_hsm;
}

QWidget* MainWindow::createQuorum() {
    m_quorum = new QuorumView(*m_ws, m_stack);
    connect(m_quorum, &QuorumView::changeRequested, this,
            [this](RegisterChangeKind kind, const QString& serial) { startRegisterChange(kind, serial); });
    return m_quorum;
}

QWidget* MainWindow::createSite() {
    return m_site = new SiteRegisterView(*m_ws, m_stack);
}

RegisterChangeDialog* MainWindow::startRegisterChange(RegisterChangeKind kind, const QString& cardSerial) {
    if (!RoleGate::allows(*m_ws, GatedAction::ChangeSiteRegister))
        return nullptr;
    // A ceremony, a re-key or an import writes through the workspace too: one at a time.
    for (QDialog* other : findChildren<QDialog*>(Qt::FindDirectChildrenOnly))
        if (other->isVisible()) {
            QMessageBox::information(
                this, tr("Site register change"),
                tr("Close \"%1\" first: a change of the site register does not run beside "
                   "another operation on the workspace.")
                    .arg(other->windowTitle()));
            return nullptr;
        }
    auto* dialog = new RegisterChangeDialog(*m_ws, kind, cardSerial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The readers' connections would keep the old database key in use (Workspace::changeDatabaseKey
    // refuses while they are open): closed for the commit, opened again under the new key after.
    connect(dialog, &RegisterChangeDialog::aboutToCommit, this, [this](bool takesCardsOut) {
        if (!takesCardsOut)
            return;
        ReaderThread::closeConnections(*m_ws); // every view's reader
        m_siemPaused = m_siem->isForwarding(); // its connection too
        m_siem->stop();
    });
    connect(dialog, &RegisterChangeDialog::commitEnded, this, [this] {
        ReaderThread::reopenConnections(*m_ws);
        if (std::exchange(m_siemPaused, false))
            m_siem->reconfigure(AppSettings());
        m_site->refresh();
        refreshViews();
    });
    dialog->open(); // modal to this window: the views read the register it changes
    return dialog;
}

QWidget* MainWindow::createKeyStates() {
    return m_keyStates = new KeyStatesView(*m_ws, m_stack);
}

QAction* MainWindow::viewAction(const ViewEntry& entry) {
    // One action per view: in the View menu and in its own menu (Ceremonies, Re-key) alike, so
    // that every view's shortcut is under View (issue #17, item 9) and none is bound twice.
    if (QAction* made = m_viewActions.value(int(entry.view)))
        return made;
    auto* action = new QAction(tr(entry.actionText), this);
    m_viewActions.insert(int(entry.view), action);
    action->setObjectName(QString::fromLatin1(entry.actionName));
    action->setShortcut(QKeySequence(Qt::CTRL | entry.key));
    connect(action, &QAction::triggered, this, [this, view = entry.view] { showView(view); });
    addAction(action);
    return action;
}

void MainWindow::addViewActions(QMenu* menu, ViewMenu which) {
    for (const ViewEntry& v : views())
        if (v.menu == which || which == ViewMenu::View)
            menu->addAction(viewAction(v));
}

MainWindow::View MainWindow::currentView() const {
    return static_cast<View>(m_stack->currentIndex());
}

void MainWindow::showView(View view) {
    m_nav->setCurrentRow(int(view));
}

void MainWindow::refreshViews() {
    m_overview->refresh();
    m_devices->refresh();
    m_journal->refresh();
    m_hsm->refresh();
    m_quorum->refresh();
    m_keyStates->refresh();
}

void MainWindow::buildCeremonyMenu() {
    QMenu* menu = menuBar()->addMenu(tr("&Ceremonies"));
    menu->setObjectName(QStringLiteral("menuCeremonies"));
    menu->setToolTipsVisible(true);
    const std::tuple<ceremony::CeremonyKind, const char*, QString, Qt::Key> items[] = {
        {ceremony::CeremonyKind::GenerateKeks, "actionCeremonyGenerateKeks", tr("&Generate KEKs…"),
         Qt::Key_G},
        {ceremony::CeremonyKind::TransportKey, "actionCeremonyTransportKey",
         tr("&Transport Key from components…"), Qt::Key_T},
        {ceremony::CeremonyKind::ExportSharedKey, "actionCeremonyExport", tr("&Export Shared Key…"),
         Qt::Key_E},
        {ceremony::CeremonyKind::ImportSharedKey, "actionCeremonyImport", tr("I&mport Shared Key…"),
         Qt::Key_M},
        {ceremony::CeremonyKind::MigrationUnwrap, "actionCeremonyMigration", tr("Migration &unwrap…"),
         Qt::Key_U},
        {ceremony::CeremonyKind::ReadinessCheck, "actionCeremonyReadiness", tr("HSM rea&diness check…"),
         Qt::Key_D},
        {ceremony::CeremonyKind::RolloverKek, "actionCeremonyRolloverKek",
         tr("&Roll a KEK over to a new version…"), Qt::Key_K},
        // Destroying has no shortcut: it is rare and cannot be undone.
        {ceremony::CeremonyKind::DestroyKek, "actionCeremonyDestroyKek",
         tr("De&stroy a retired KEK version…"), Qt::Key_unknown},
    };
    for (const auto& [kind, name, text, key] : items) {
        QAction* a = menu->addAction(text, this, [this, kind = kind] { startCeremony(int(kind)); });
        a->setObjectName(QString::fromLatin1(name));
        if (key != Qt::Key_unknown)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        RoleGate::gate(a, *m_ws, GatedAction::RunCeremony);
    }
    menu->addSeparator();
    addViewActions(menu, ViewMenu::Ceremonies);
}

CeremonyWizard* MainWindow::startCeremony(int kind) {
    if (!RoleGate::allows(*m_ws, GatedAction::RunCeremony))
        return nullptr;
    auto* wizard = new CeremonyWizard(*m_ws, ceremony::CeremonyKind(kind), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CeremonyWizard::keyTokenListed, m_hsm, &HsmSlotsView::setQuorumListing);
    connect(wizard, &CeremonyWizard::ceremonyFinished, this, &MainWindow::refreshViews);
    connect(wizard, &CeremonyWizard::ceremonyStarted, this, [this] { setKeyTokenInSession(true); });
    connect(wizard, &CeremonyWizard::ceremonyFinished, this, [this] { setKeyTokenInSession(false); });
    connect(wizard, &QDialog::finished, m_quorum, &QuorumView::refresh);
    wizard->show();
    return wizard;
}

void MainWindow::buildRekey() {
    QMenu* menu = menuBar()->addMenu(tr("&Re-key"));
    menu->setObjectName(QStringLiteral("menuRekey"));
    menu->setToolTipsVisible(true);
    QAction* rekey = menu->addAction(tr("&Re-key…"), this, [this] { startRekey(); });
    rekey->setObjectName(QStringLiteral("actionRekey"));
    rekey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    RoleGate::gate(rekey, *m_ws, GatedAction::PlanReKey);
    // The list of runs replaces "Resume a re-key run…" and its typed run number: resume, batch,
    // confirmations, exclusions.
    QAction* runs = menu->addAction(tr("Re-key r&uns…"), this, [this] { openRekeyRuns(); });
    runs->setObjectName(QStringLiteral("actionRekeyRuns"));
    runs->setStatusTip(tr("Every re-key run: resume it, export its instruction batch, import the DCO's "
                          "confirmations, exclude failed or refused devices, list its devices."));
    QAction* confirmations =
        menu->addAction(tr("&Import DCO confirmations…"), this, [this] { importRekeyConfirmations(); });
    confirmations->setObjectName(QStringLiteral("actionRekeyImportConfirmations"));
    RoleGate::gate(confirmations, *m_ws, GatedAction::ConfirmActivation);
    menu->addSeparator();
    addViewActions(menu, ViewMenu::Rekey);
    RoleGate::gate(m_devices->markCompromisedAction(), *m_ws, GatedAction::MarkCompromised);
    RoleGate::gate(m_devices->rekeyDeviceAction(), *m_ws, GatedAction::PlanReKey);
    connect(m_keyStates, &KeyStatesView::rekeyRequested, this, [this](const QString& id) { startRekey(id); });
    connect(m_devices, &DevicesView::rekeyRequested, this, [this](const QString& id) { startRekey(id); });
    connect(m_devices, &DevicesView::markCompromisedRequested, this, [this](const QString& id) {
        showView(View::KeyStates);
        m_keyStates->promptMarkCompromised(id);
    });
}

RekeyWizard* MainWindow::startRekey(const QString& deviceId) {
    if (!RoleGate::allows(*m_ws, GatedAction::PlanReKey))
        return nullptr;
    auto* wizard = new RekeyWizard(*m_ws, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!deviceId.isEmpty())
        wizard->preselectDevices({deviceId}, tr("the console"));
    connect(wizard, &CeremonyWizard::ceremonyFinished, this, &MainWindow::refreshViews);
    connect(wizard, &QDialog::finished, this, &MainWindow::refreshViews);
    wizard->show();
    return wizard;
}

RekeyWizard* MainWindow::resumeRekey(qint64 runId) {
    if (!RoleGate::allows(*m_ws, GatedAction::ExecuteReKey))
        return nullptr;
    auto* wizard = new RekeyWizard(*m_ws, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->resumeRun(runId);
    connect(wizard, &CeremonyWizard::ceremonyFinished, this, &MainWindow::refreshViews);
    wizard->show();
    return wizard;
}

void MainWindow::importInventory() {
    if (!RoleGate::allows(*m_ws, GatedAction::ImportInventory))
        return;
    auto* dialog = new ImportDialog(*m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::refreshViews);
    dialog->open();
}

void MainWindow::about() {
    // Our own rich text, said so: message boxes are plain text otherwise (PlainTextGuard).
    QMessageBox box(QMessageBox::NoIcon, tr("About Symbolon"),
                    tr("<h3>Symbolon %1</h3><p>Custodian console for SMETS1 DLMS symmetric keys: the "
                       "SMETS1 Cryptographic Key Management Policy and SEC G2.44/G2.45 as a tool.</p>")
                        .arg(QStringLiteral(SYMBOLON_VERSION)),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.exec();
}

RekeyRunsDialog* MainWindow::openRekeyRuns() {
    for (auto* open : findChildren<RekeyRunsDialog*>(QString(), Qt::FindDirectChildrenOnly))
        if (open->isVisible()) { // a closed one is on its way out (deleted on close)
            open->raise();
            open->activateWindow();
            return open;
        }
    auto* dialog = new RekeyRunsDialog(*m_ws, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Modal to this window: its imports and exports write through the workspace's one connection.
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &RekeyRunsDialog::resumeRequested, this, [this](qint64 run) { resumeRekey(run); });
    connect(dialog, &RekeyRunsDialog::workspaceChanged, this, &MainWindow::refreshViews);
    dialog->show();
    return dialog;
}

RekeyRunsDialog* MainWindow::importRekeyConfirmations() {
    if (!RoleGate::allows(*m_ws, GatedAction::ConfirmActivation))
        return nullptr;
    RekeyRunsDialog* dialog = openRekeyRuns();
    // After the dialog is up, so that the file dialog opens over it.
    QMetaObject::invokeMethod(dialog, &RekeyRunsDialog::chooseConfirmationsFile, Qt::QueuedConnection);
    return dialog;
}

} // namespace symbolon::ui
