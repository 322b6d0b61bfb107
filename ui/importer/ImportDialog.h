#pragma once

#include "common/OperationRunner.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

struct ImportResult;

// Import a device inventory CSV: the importer runs on a worker thread with a progress bar and
// Cancel; a rejected file lists its errors (line, column, value, expected) and changes nothing.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportDialog(workspace::Workspace& ws, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setPath(const QString& path);
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    void cancel();
    void reject() override;

Q_SIGNALS:
    void imported(qint64 devices);
    void finishedRun(); // the worker has ended, whatever the outcome (tests wait for it)

private:
    void browse();
    void setRunning(bool running);
    void showResult(const ImportResult& r);
    void showFailure(const QString& message);

    workspace::Workspace& m_ws;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QTableWidget* m_errors = nullptr;
    QLabel* m_more = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_running = false;
    bool m_closeWhenDone = false;
    QPointer<Operation> m_import; // the running import, cancelled and waited for on destruction
};

} // namespace symbolon::ui
