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
    axis->setRange(0, double(top));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setMinorTickCount(0);
}

} // namespace symbolon::ui
