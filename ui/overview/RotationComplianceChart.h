#pragma once

#include "inventory/RotationComplianceQuery.h"

#include <QtCharts/QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace symbolon::ui {

// Post-commissioning rotation per commissioning week (the last 12): rotated within 7 days,
// rotated late, not rotated with the deadline ahead, overdue — stacked bars (Qt Charts), the
// legend naming every colour and the week's total in the axis label, so never colour alone.
class RotationComplianceChart : public QChartView {
    Q_OBJECT

public:
    static constexpr int kWeeks = 12;
    explicit RotationComplianceChart(QWidget* parent = nullptr);
    void setWeeks(const QVector<inventory::RotationComplianceWeek>& weeks);
    const QVector<inventory::RotationComplianceWeek>& weeks() const { return m_weeks; }

private:
    QVector<inventory::RotationComplianceWeek> m_weeks;
    QString m_baseToolTip;
    QBarSet* m_onTime = nullptr;
    QBarSet* m_late = nullptr;
    QBarSet* m_due = nullptr;
    QBarSet* m_overdue = nullptr;
    QBarCategoryAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
};

} // namespace symbolon::ui
