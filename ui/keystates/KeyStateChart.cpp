#include "keystates/KeyStateChart.h"

#include "common/CountAxis.h"

#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

namespace symbolon::ui {

KeyStateChart::KeyStateChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("keyStateChart"));
    setAccessibleName(tr("Key records per state"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart();
    chart->setTitle(tr("Key records per state (current filter, superseded included)"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_set = new QBarSet(tr("Keys"));
    m_set->setColor(QColor(0x1f, 0x4e, 0x9a));
    m_set->setLabelColor(Qt::black);
    // Horizontal bars: the state names sit to the left at their full width (issue #17, item 8: as
    // vertical bars' categories, Welsh "Wedi'i …" names were cut to "Wedi…").
    auto* series = new QHorizontalBarSeries();
    series->append(m_set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    m_axisX = new QBarCategoryAxis();
    QStringList names;
    for (policy::KeyState s : policy::kAllKeyStates) {
        names << policy::keyStateName(s);
        m_set->append(0);
    }
    m_axisX->append(names);
    chart->addAxis(m_axisX, Qt::AlignLeft);
    series->attachAxis(m_axisX);
    m_axisY = new QValueAxis();
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setRange(0, 1);
    chart->addAxis(m_axisY, Qt::AlignBottom);
    series->attachAxis(m_axisY);
    setChart(chart);
    setMinimumHeight(220);
}

int KeyStateChart::barCount() const {
    return m_set->count();
}

void KeyStateChart::setCounts(const rekey::KeyStateCounts& counts) {
    m_counts = counts;
    qint64 max = 0;
    int i = 0;
    for (policy::KeyState s : policy::kAllKeyStates) {
        const qint64 n = counts.perState.value(s);
        m_set->replace(i++, double(n));
        max = qMax(max, n);
    }
    // Room above the tallest bar for its label.
    setCountRange(m_axisY, max, 1.15);
    chart()->setTitle(tr("Key records per state, superseded included: %1 in all, %2 flagged compromised")
                          .arg(QLocale().toString(counts.total()), QLocale().toString(counts.compromised)));
}

} // namespace symbolon::ui
