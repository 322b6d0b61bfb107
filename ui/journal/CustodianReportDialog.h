#pragma once

#include "audit/CustodianReport.h"
#include "common/OperationRunner.h"
#include "common/Result.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// File ▸ Custodian report…: the period (from/to, default the last 30 days) and the PDF file, then
// CustodianReportPdf::write off the GUI thread. The outcome is shown in the dialog.
class CustodianReportDialog : public QDialog {
    Q_OBJECT
public:
    using Outcome = std::shared_ptr<Result<audit::CustodianReport>>;

    explicit CustodianReportDialog(const workspace::Workspace& ws, QWidget* parent = nullptr);
    ~CustodianReportDialog() override;

    void setPeriod(const QDate& from, const QDate& to);
    void setFile(const QString& path);
    void write(); // what the Write button does
    bool isWriting() const { return m_writing && m_writing->isRunning(); }
    QString statusText() const;

Q_SIGNALS:
    void written(const QString& pdfPath, const QString& error); // error empty on success

private:
    void browse();
    void check();
    void finished(Outcome r);

    const workspace::Workspace& m_ws;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_write = nullptr;
    QString m_writingTo;
    QPointer<Operation> m_writing;
};

} // namespace symbolon::ui
