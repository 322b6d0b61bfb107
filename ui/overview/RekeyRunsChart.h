#pragma once

#include "rekey/RekeyRunSummary.h"

#include <QtCharts/QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace symbolon::ui {

// The newest re-key runs (up to kRuns), one horizontal stacked bar each: devices confirmed,
// distributed (awaiting confirmation), committed (not yet sent), failed, pending. The legend names
// every colour and each run's label gives its device count.
class RekeyRunsChart : public QChartView {
    Q_OBJECT

public:
    static constexpr int kRuns = 8;
    explicit RekeyRunsChart(QWidget* parent = nullptr);
    void setRuns(const QVector<rekey::RekeyRunSummary>& runs); // newest first
    const QVector<rekey::RekeyRunSummary>& runs() const { return m_runs; }

private:
    QVector<rekey::RekeyRunSummary> m_runs;
    QString m_baseToolTip;
    QBarSet* m_confirmed = nullptr;
    QBarSet* m_distributed = nullptr;
    QBarSet* m_committed = nullptr;
    QBarSet* m_failed = nullptr;
    QBarSet* m_pending = nullptr;
    QBarCategoryAxis* m_axisY = nullptr;
    QValueAxis* m_axisX = nullptr;
};

} // namespace symbolon::ui
