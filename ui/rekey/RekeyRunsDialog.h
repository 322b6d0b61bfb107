#pragma once

#include "rekey/RekeyRunSummary.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

class RekeyDevicesDialog;

// Re-key ▸ Re-key runs… (issue #17, item 6): every run with its justification, state and where its
// devices are, and what closes the loop from the console: resume a run, (re-)export its
// instruction batch for the DCO, import the DCO's confirmations, exclude the devices that failed
// or that the DCO refused so that the rest go on, and show a run's devices. Reads and writes run
// off the GUI thread (OperationRunner); one at a time, and the dialog stays open until it ends.
class RekeyRunsDialog : public QDialog {
    Q_OBJECT

public:
    enum Column {
        RunColumn,
        JustificationColumn,
        StateColumn,
        KindsColumn,
        DevicesColumn,
        ConfirmedColumn,
        FailedColumn,
        ExcludedColumn,
        OutstandingColumn,
        CreatedColumn,
        ColumnCount
    };

    explicit RekeyRunsDialog(workspace::Workspace& ws, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QVector<rekey::RekeyRunSummary>& runs() const { return m_runs; }
    bool isBusy() const { return m_busy; }
    bool selectRun(qint64 run);
    qint64 selectedRun() const;  // 0 when none
    QString outcomeText() const; // the last operation's outcome, as shown

    // The operations behind the buttons, without their file dialogs and questions (tests).
    void reload();
    void importConfirmations(const QString& path);
    void exportBatch(qint64 run, const QString& path, bool resend);
    void excludeFailedAndRefused(qint64 run, const QString& reason);
    RekeyDevicesDialog* showDevices(qint64 run);

public Q_SLOTS:
    void chooseConfirmationsFile(); // Re-key ▸ Import DCO confirmations…
    void reject() override;

Q_SIGNALS:
    void runsLoaded();
    void operationEnded(bool ok);     // an import, export or exclusion ended
    void resumeRequested(qint64 run); // MainWindow::resumeRekey
    void workspaceChanged();          // something was written: the views refresh

private:
    void build();
    void updateButtons();
    void setBusy(bool busy, const QString& doing = QString());
    void showOutcome(bool ok, const QString& summary, const QStringList& details = {});
    const rekey::RekeyRunSummary* selected() const;
    void chooseBatchFile();
    void askAndExclude();

    workspace::Workspace& m_ws;
    QVector<rekey::RekeyRunSummary> m_runs;
    QTableWidget* m_table = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_batch = nullptr;
    QCheckBox* m_resend = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_exclude = nullptr;
    QPushButton* m_devices = nullptr;
    QPushButton* m_refresh = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_outcome = nullptr;
    QPlainTextEdit* m_details = nullptr;
    bool m_busy = false;
};

} // namespace symbolon::ui
