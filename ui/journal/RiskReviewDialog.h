#pragma once

#include "common/OperationRunner.h"
#include "workspace/RiskReviewStore.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

// Records the periodic risk review (CKMP (b)(iii)): date, reference, findings. Only a reviewer's
// session offers it. The input is checked as typed (RiskReviewStore::validate); recording (a journal
// entry and a signed checkpoint, on the journal token) runs off the GUI thread.
class RiskReviewDialog : public QDialog {
    Q_OBJECT

public:
    explicit RiskReviewDialog(workspace::Workspace& ws, QWidget* parent = nullptr);
    ~RiskReviewDialog() override;

    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QPlainTextEdit* findingsEdit() const { return m_findings; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void recorded(const symbolon::workspace::RiskReview& review);

private:
    using Outcome = std::shared_ptr<Result<workspace::RiskReview>>;
    void check();
    void finished(Outcome r);

    workspace::Workspace& m_ws;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reference = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPointer<Operation> m_recording;
};

} // namespace symbolon::ui
