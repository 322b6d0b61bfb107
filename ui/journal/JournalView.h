#pragma once

#include "audit/EvidencePack.h"
#include "common/OperationRunner.h"
#include "workspace/RiskReviewStore.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QProgressDialog;
class QTableView;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

class JournalDetailPane;
class JournalFilterBar;
class JournalReader;
class JournalTableModel;
class VerificationBanner;

// The reviewer's Journal view: the verification banner, a filter bar, the entries (paged from
// the database through its own JournalReader, newest first) and the selected entry in full.
// It also owns the File menu's "Export evidence pack…" and "Record risk review…" actions, so
// that MainWindow only has to place them.
class JournalView : public QWidget {
    Q_OBJECT

public:
    explicit JournalView(workspace::Workspace& ws, QWidget* parent = nullptr);
    ~JournalView() override;

    JournalTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    JournalFilterBar* filterBar() const { return m_filterBar; }
    JournalDetailPane* detailPane() const { return m_detail; }
    VerificationBanner* banner() const { return m_banner; }
    QAction* exportEvidenceAction() const { return m_exportAction; }
    QAction* recordRiskReviewAction() const { return m_riskReviewAction; }
    bool isExporting() const { return m_export && m_export->isRunning(); }

public Q_SLOTS:
    void refresh();
    void exportEvidence();                          // asks for a folder
    void exportEvidencePack(const QString& outDir); // no questions (tests, scripts)
    void recordRiskReview();

Q_SIGNALS:
    void loaded(); // the first page is shown and the first verification has finished
    void evidenceExported(const QString& dir, const QString& error); // error empty on success
    void riskReviewRecorded(const symbolon::workspace::RiskReview& review);

private:
    using ExportOutcome = std::shared_ptr<Result<audit::EvidencePack::Summary>>;
    void onSelection();
    void onCount(qint64 count);
    void exportFinished(ExportOutcome r);
    void checkLoaded();

    workspace::Workspace& m_ws;
    std::unique_ptr<JournalReader> m_reader;
    VerificationBanner* m_banner = nullptr;
    JournalFilterBar* m_filterBar = nullptr;
    JournalTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    JournalDetailPane* m_detail = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_riskReviewAction = nullptr;
    QPointer<Operation> m_export;
    QString m_exportDir;
    QPointer<QProgressDialog> m_exportProgress;
    bool m_pageShown = false;
    bool m_announced = false;
};

} // namespace symbolon::ui
