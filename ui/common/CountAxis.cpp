#include "common/CountAxis.h"

#include <QtCharts/QValueAxis>

#include <cmath>

namespace symbolon::ui {

qint64 countAxisStep(qint64 top) {
    qint64 magnitude = 1;
    for (;;) {
        for (qint64 m : {1, 2, 5}) {
            const qint64 step = m * magnitude;
            if (top <= 5 * step)
                return step;
        }
        magnitude *= 10;
    }
}

void setCountRange(QValueAxis* axis, qint64 max, double headroom) {
    const qint64 wanted = max > 0 ? qint64(std::ceil(double(max) * headroom)) : 1;
    const qint64 step = countAxisStep(wanted);
    const qint64 top = (wanted + step - 1) / step * step;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMinorTickCount(0);
    // Qt Charts lays the ticks out at every change. With dynamic ticks, a new range under the old
    // interval (or the reverse) means range/interval ticks for a moment: 25,000 of them when a
    // chart grew from 3 to 18,000 records, a 90-second freeze (issue #17). So the ticks are fixed
    // (a handful) while range and interval change, and dynamic again once both are right.
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setRange(0, double(top));
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setTickType(QValueAxis::TicksDynamic);
}

} // namespace symbolon::ui
