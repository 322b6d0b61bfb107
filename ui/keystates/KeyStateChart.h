#pragma once

#include "rekey/KeyStateQuery.h"

#include <QtCharts/QChartView>

class QBarSet;
class QBarCategoryAxis;
class QValueAxis;

namespace symbolon::ui {

// Key records per state for the current filter, as a bar chart (Qt Charts), with the number on
// each bar so that it is never colour alone.
class KeyStateChart : public QChartView {
    Q_OBJECT

public:
    explicit KeyStateChart(QWidget* parent = nullptr);
    void setCounts(const rekey::KeyStateCounts& counts);
    const rekey::KeyStateCounts& counts() const { return m_counts; }
    int barCount() const; // states shown (5)

private:
    rekey::KeyStateCounts m_counts;
    QBarSet* m_set = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
};

} // namespace symbolon::ui
