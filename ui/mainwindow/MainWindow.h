#pragma once

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

class DatabaseReader;
class DevicesView;
class JournalView;
class HsmSlotsView;
class OverviewView;
class QuorumView;
class RegisterChangeDialog;
class SiteRegisterView;
enum class RegisterChangeKind;
class CeremonyWizard;
class SettingsDialog;
class KeyStatesView;
class RekeyWizard;
class RekeyRunsDialog;
class SiemStatusIndicator;

// The console: a development banner when it applies, navigation on the left, one view at a time,
// and who is logged in with which card in the status bar. Owns the open workspace and the
// reader thread.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class View {
        Overview = 0,
        Devices = 1,
        Journal = 2,
        HsmSlots = 3,
        Quorum = 4,
        KeyStates = 5,
        Site = 6
    };
    // The menu that holds a view's action.
    enum class ViewMenu { View, Ceremonies, Rekey };
    // One row a view, in the order of View (issue #13): the navigation list, the views' menu
    // actions and symbolon's --screenshot --view names are all built from views().
    struct ViewEntry {
        View view;
        const char* label;          // in the navigation list (translated in MainWindow's context)
        const char* actionText;     // its menu action (likewise)
        const char* actionName;     // the action's objectName
        Qt::Key key;                // the action's shortcut: Ctrl+key
        ViewMenu menu;              // where the action is
        const char* screenshotName; // symbolon --screenshot FILE --view NAME
        QWidget* (MainWindow::*create)();
    };
    static const QList<ViewEntry>& views();
    // The view a --view name stands for, if any.
    static std::optional<View> viewNamed(const QString& screenshotName);

    explicit MainWindow(std::unique_ptr<workspace::Workspace> ws, QWidget* parent = nullptr);
    ~MainWindow() override;

    workspace::Workspace& workspace() { return *m_ws; }
    OverviewView* overviewView() const { return m_overview; }
    DevicesView* devicesView() const { return m_devices; }
    JournalView* journalView() const { return m_journal; }
    HsmSlotsView* hsmSlotsView() const { return m_hsm; }
    QuorumView* quorumView() const { return m_quorum; }
    View currentView() const;

public Q_SLOTS:
    void showView(symbolon::ui::MainWindow::View view);
    void importInventory();
    void refreshViews();
    void about();
    // Ceremonies menu: opens the wizard on that ceremony (custodians only).
    CeremonyWizard* startCeremony(int kind);
    // File ▸ Settings… (Ctrl+,): the preferences dialog, non-modal, deleted on close.
    SettingsDialog* openSettings();
    // The status bar's key token: "in session" while a ceremony has it logged in.
    void setKeyTokenInSession(bool inSession);
    // Re-key menu and the views' "Re-key this device…" (responder/operator only); deviceId preselects.
    RekeyWizard* startRekey(const QString& deviceId = QString());
    RekeyWizard* resumeRekey(qint64 runId); // Re-key → Re-key runs… → Resume
    // Re-key ▸ Re-key runs…: the list of runs (modal to this window), the one open if any.
    RekeyRunsDialog* openRekeyRuns();
    // Re-key ▸ Import DCO confirmations…: the runs list, then the file to import.
    RekeyRunsDialog* importRekeyConfirmations();
    KeyStatesView* keyStatesView() const { return m_keyStates; }
    SiemStatusIndicator* siemStatus() const { return m_siem; }
    // The Quorum view's turnover actions (custodians only): a register change dialog, modal to
    // this window. Around its commit the readers close their connections, so that the database
    // key changes with a card that leaves.
    RegisterChangeDialog* startRegisterChange(symbolon::ui::RegisterChangeKind kind,
                                              const QString& cardSerial = {});

private:
    void buildMenus();
    void buildStatusBar();
    void buildCeremonyMenu();
    void buildSettingsAction();
    void buildRekey(); // the Re-key menu and the views' key actions
    QAction* viewAction(const ViewEntry& entry);
    void addViewActions(QMenu* menu, ViewMenu which);
    void buildHelp();
    void showGuide(); // F1: the user guide at the section of the view in front
    QWidget* createOverview();
    QWidget* createDevices();
    QWidget* createJournal();
    QWidget* createHsmSlots();
    QWidget* createQuorum();
    QWidget* createKeyStates();
    QWidget* createSite();

    std::unique_ptr<workspace::Workspace> m_ws;
    std::unique_ptr<DatabaseReader> m_reader;         // Devices
    std::unique_ptr<DatabaseReader> m_overviewReader; // Overview's summaries
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    OverviewView* m_overview = nullptr;
    DevicesView* m_devices = nullptr;
    JournalView* m_journal = nullptr;
    HsmSlotsView* m_hsm = nullptr;
    QuorumView* m_quorum = nullptr;
    SiteRegisterView* m_site = nullptr;
    QLabel* m_keyTokenStatus = nullptr;
    KeyStatesView* m_keyStates = nullptr;
    SiemStatusIndicator* m_siem = nullptr; // forwards the journal while the workspace is open
    bool m_siemPaused = false;             // stopped for a database key change
    QHash<int, QAction*> m_viewActions;    // by View: one action each, in View and its own menu
};

} // namespace symbolon::ui
