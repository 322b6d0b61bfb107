#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QValueAxis;
QT_END_NAMESPACE

namespace symbolon::ui {

// A chart axis of counts: 0 to a little above `max` (`headroom` × max), with ticks on whole
// numbers in steps of 1, 2 or 5 × 10^k (about five of them). QValueAxis's own nice numbers put
// ticks at 0.2, 0.4, … for small counts, which a "%d" label format shows as 0 0 0 0 0 1.
void setCountRange(QValueAxis* axis, qint64 max, double headroom);

// The step setCountRange uses for a largest count `top`: the smallest of 1, 2, 5, 10, 20, 50, …
// that gives at most five intervals.
qint64 countAxisStep(qint64 top);

} // namespace symbolon::ui
