#include "overview/RotationComplianceChart.h"

#include "common/CountAxis.h"

#include <QFont>
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
    m_baseToolTip = tr("Devices commissioned each week (Monday to Sunday, UTC) and how their "
                       "post-commissioning rotation went: within 7 days, late, not yet (deadline ahead) or "
                       "overdue");
    setToolTip(m_baseToolTip);
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
    // The numbers of the week under the pointer, so that no count is read from a bar's height.
    connect(series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet*) {
        if (!status || index < 0 || index >= m_weeks.size()) {
            setToolTip(m_baseToolTip);
            return;
        }
        const auto& w = m_weeks.at(index);
        const QLocale l;
        setToolTip(tr("Week of %1: %2 commissioned; %3 rotated within 7 days, %4 late, %5 not yet (due), "
                      "%6 overdue")
                       .arg(l.toString(w.weekStart, QLocale::ShortFormat), l.toString(w.commissioned),
                            l.toString(w.onTime), l.toString(w.late), l.toString(w.due),
                            l.toString(w.overdue)));
    });
    m_axisX = new QBarCategoryAxis();
    QFont small = m_axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8); // twelve dates side by side
    m_axisX->setLabelsFont(small);
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
        categories << QLocale().toString(w.weekStart, QStringLiteral("d MMM"));
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
    setCountRange(m_axisY, max, 1.1);
    const int percent = total > 0 ? int((onTime * 100 + total / 2) / total) : 0;
    chart()->setTitle(tr("Rotation compliance per commissioning week: %1 devices in %2 weeks, %3% rotated "
                         "within 7 days")
                          .arg(QLocale().toString(total))
                          .arg(weeks.size())
                          .arg(percent));
}

} // namespace symbolon::ui
