#pragma once

#include "audit/SiteProgress.h"
#include "common/OperationRunner.h"
#include "inventory/DeviceQuery.h"
#include "inventory/RotationComplianceQuery.h"
#include "rekey/RekeyRunSummary.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

class DatabaseReader;
class RekeyRunsChart;
class RotationComplianceChart;
class StatCard;

// Policy clocks at a glance: post-commissioning rotation (CKMP (b)(iii)) overall and by S1SP and
// cohort, the next 5-yearly risk review, the cards and their PIN state, the profile.
class OverviewView : public QWidget {
    Q_OBJECT

public:
    OverviewView(workspace::Workspace& ws, DatabaseReader& reader, QWidget* parent = nullptr);
    ~OverviewView() override;
    bool isLoaded() const {
        return m_rotationLoaded && m_cardsLoaded && m_reviewLoaded && m_complianceLoaded && m_rekeyRunsLoaded;
    }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded();

private:
    QWidget* buildProgress();
    QWidget* buildRiskReview();
    QWidget* buildProfile();
    void loadCards();
    void loadRiskReview();
    void onRotationSummary(quint64 id, const QVector<inventory::RotationCounts>& counts);
    void onRotationCompliance(quint64 id, const QVector<inventory::RotationComplianceWeek>& weeks);
    void onRekeyRuns(quint64 id, const QVector<rekey::RekeyRunSummary>& runs);
    void onSiteProgress(quint64 id, const audit::SiteProgress& progress);
    void onFailed(quint64 id, const QString& message);
    void checkLoaded();

    workspace::Workspace& m_ws;
    DatabaseReader& m_reader;
    StatCard* m_total = nullptr;
    StatCard* m_due = nullptr;
    StatCard* m_overdue = nullptr;
    StatCard* m_done = nullptr;
    QTableWidget* m_rotationTable = nullptr;
    QTableWidget* m_cardsTable = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_riskReview = nullptr;
    RotationComplianceChart* m_complianceChart = nullptr;
    quint64 m_summaryRequest = 0;
    quint64 m_complianceRequest = 0;
    bool m_complianceLoaded = false;
    RekeyRunsChart* m_rekeyRunsChart = nullptr;
    quint64 m_rekeyRunsRequest = 0;
    quint64 m_progressRequest = 0;
    QLabel* m_progress = nullptr;
    QLabel* m_next = nullptr;
    bool m_rekeyRunsLoaded = false;
    bool m_rotationLoaded = false;
    bool m_cardsLoaded = false;
    bool m_reviewLoaded = false;
    QPointer<Operation> m_reviewRead; // reads through m_ws: waited for on destruction
    bool m_announced = false;
};

} // namespace symbolon::ui
