#include "overview/RotationComplianceChart.h"

#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace symbolon::ui {

RotationComplianceChart::RotationComplianceChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("rotationComplianceChart"));
    setAccessibleName(tr("Rotation compliance per commissioning week"));
    setToolTip(
        tr("Devices commissioned each week (Monday to Sunday, UTC) and how their "
           "post-commissioning rotation went: within 7 days, late, not yet (deadline ahead) or overdue"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart();
    chart->setTitle(tr("Rotation compliance per commissioning week (last %n week(s))", nullptr, kWeeks));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_onTime = new QBarSet(tr("Rotated within 7 days"));
    m_onTime->setColor(QColor(0x2e, 0x7d, 0x32));
    m_late = new QBarSet(tr("Rotated late"));
    m_late->setColor(QColor(0xe0, 0x9a, 0x1a));
    m_due = new QBarSet(tr("Not yet rotated (due)"));
    m_due->setColor(QColor(0x1f, 0x4e, 0x9a));
    m_overdue = new QBarSet(tr("Overdue"));
    m_overdue->setColor(QColor(0xb0, 0x20, 0x20));
    auto* series = new QStackedBarSeries();
    for (QBarSet* s : {m_onTime, m_late, m_due, m_overdue}) {
        for (int i = 0; i < kWeeks; ++i)
            s->append(0);
        series->append(s);
    }
    chart->addSeries(series);
    m_axisX = new QBarCategoryAxis();
    chart->addAxis(m_axisX, Qt::AlignBottom);
    series->attachAxis(m_axisX);
    m_axisY = new QValueAxis();
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setRange(0, 1);
    m_axisY->setTitleText(tr("Devices"));
    chart->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(m_axisY);
    setChart(chart);
    setMinimumHeight(300);
}

void RotationComplianceChart::setWeeks(const QVector<inventory::RotationComplianceWeek>& weeks) {
    m_weeks = weeks;
    QStringList categories;
    qint64 max = 0;
    qint64 total = 0;
    qint64 onTime = 0;
    for (QBarSet* s : {m_onTime, m_late, m_due, m_overdue})
        s->remove(0, s->count());
    for (const auto& w : weeks) {
        // The week's total under its date: the number is there without reading the colours.
        categories << tr("%1\n%2 dev.")
                          .arg(QLocale().toString(w.weekStart, QStringLiteral("d MMM")),
                               QLocale().toString(w.commissioned));
        m_onTime->append(double(w.onTime));
        m_late->append(double(w.late));
        m_due->append(double(w.due));
        m_overdue->append(double(w.overdue));
        max = qMax(max, w.commissioned);
        total += w.commissioned;
        onTime += w.onTime;
    }
    m_axisX->clear();
    m_axisX->append(categories);
    m_axisY->setRange(0, max > 0 ? double(max) * 1.1 : 1.0);
    m_axisY->applyNiceNumbers();
    const int percent = total > 0 ? int((onTime * 100 + total / 2) / total) : 0;
    chart()->setTitle(tr("Rotation compliance per commissioning week: %1 devices in %2 weeks, %3% rotated "
                         "within 7 days")
                          .arg(QLocale().toString(total))
                          .arg(weeks.size())
                          .arg(percent));
}

} // namespace symbolon::ui
