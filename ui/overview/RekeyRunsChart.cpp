#include "overview/RekeyRunsChart.h"

#include "common/CountAxis.h"

#include <QLocale>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

namespace symbolon::ui {

RekeyRunsChart::RekeyRunsChart(QWidget* parent) : QChartView(parent) {
    setObjectName(QStringLiteral("rekeyRunsChart"));
    setAccessibleName(tr("Re-key runs by device status"));
    m_baseToolTip = tr("The newest re-key runs: devices confirmed, distributed (awaiting confirmation), "
                       "committed (not yet sent), failed and pending");
    setToolTip(m_baseToolTip);
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_confirmed = new QBarSet(tr("Confirmed"));
    m_confirmed->setColor(QColor(0x2e, 0x7d, 0x32));
    m_distributed = new QBarSet(tr("Distributed"));
    m_distributed->setColor(QColor(0x1f, 0x4e, 0x9a));
    m_committed = new QBarSet(tr("Committed"));
    m_committed->setColor(QColor(0x7e, 0x57, 0xc2));
    m_failed = new QBarSet(tr("Failed"));
    m_failed->setColor(QColor(0xb0, 0x20, 0x20));
    m_pending = new QBarSet(tr("Pending"));
    m_pending->setColor(QColor(0x9e, 0x9e, 0x9e));
    auto* series = new QHorizontalStackedBarSeries();
    for (QBarSet* s : {m_confirmed, m_distributed, m_committed, m_failed, m_pending})
        series->append(s);
    chart->addSeries(series);
    connect(series, &QHorizontalStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet*) {
        // Categories run oldest (bottom) to newest (top).
        const int run = int(m_runs.size()) - 1 - index;
        if (!status || run < 0 || run >= m_runs.size()) {
            setToolTip(m_baseToolTip);
            return;
        }
        const auto& r = m_runs.at(run);
        const QLocale l;
        setToolTip(tr("Run %1 (%2, %3): %4 devices; %5 confirmed, %6 distributed, %7 committed, %8 failed, "
                      "%9 pending")
                       .arg(QString::number(r.run), r.kinds, rekey::runStateCode(r.state),
                            l.toString(r.total()), l.toString(r.confirmed), l.toString(r.distributed),
                            l.toString(r.committed), l.toString(r.failed), l.toString(r.pending)));
    });
    m_axisY = new QBarCategoryAxis();
    chart->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(m_axisY);
    m_axisX = new QValueAxis();
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setRange(0, 1);
    m_axisX->setTitleText(tr("Devices"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    series->attachAxis(m_axisX);
    setChart(chart);
    setMinimumHeight(240);
    setRuns({});
}

void RekeyRunsChart::setRuns(const QVector<rekey::RekeyRunSummary>& runs) {
    m_runs = runs;
    for (QBarSet* s : {m_confirmed, m_distributed, m_committed, m_failed, m_pending})
        s->remove(0, s->count());
    QStringList categories;
    qint64 max = 0;
    // Newest at the top: a horizontal bar axis draws its first category at the bottom.
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        categories << tr("Run %1: %2").arg(it->run).arg(QLocale().toString(it->total()));
        m_confirmed->append(double(it->confirmed));
        m_distributed->append(double(it->distributed));
        m_committed->append(double(it->committed));
        m_failed->append(double(it->failed));
        m_pending->append(double(it->pending));
        max = qMax(max, it->total());
    }
    m_axisY->clear();
    m_axisY->append(categories);
    setCountRange(m_axisX, max, 1.05);
    chart()->setTitle(runs.isEmpty()
                          ? tr("Re-key runs: none yet")
                          : tr("Re-key runs by device status (newest %n)", nullptr, int(runs.size())));
}

} // namespace symbolon::ui
