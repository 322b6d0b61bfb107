#include "hsm/SessionTuner.h"

#include <QStringList>

#include <algorithm>

namespace symbolon::hsm {

SessionTuner::SessionTuner(int requested, int cap)
    : m_automatic(requested <= 0), m_settled(requested > 0), m_cap(std::max(cap, 1)),
      m_current(requested > 0 ? std::clamp(requested, 1, std::max(cap, 1)) : 1) {}

void SessionTuner::granted(int n) {
    if (n >= m_current)
        return;
    m_cap = std::max(n, 1);
    m_current = m_cap;
    if (m_automatic)
        m_settled = true;
}

void SessionTuner::observe(int sessions, qint64 items, qint64 nsecs) {
    if (m_settled || items <= 0 || nsecs <= 0)
        return;
    const double rate = double(items) * 1e9 / double(nsecs);
    m_probes.push_back({sessions, rate});
    const Probe* best = &m_probes.front();
    for (const Probe& p : m_probes)
        if (p.rate > best->rate)
            best = &p;
    const double ratio = m_probes.size() == 1 ? 0 : rate / m_probes[m_probes.size() - 2].rate;
    const bool gained = m_probes.size() == 1 || ratio >= kGain;
    if (gained && sessions < m_cap) {
        // Nearly linear (every session waits on its round trip, none on the host): four times as
        // many next, so that the climb to a network HSM's count takes few chunks.
        m_current = std::min(sessions * (ratio >= kLinear ? 4 : 2), m_cap);
        return;
    }
    m_current = best->sessions;
    m_settled = true;
}

QString SessionTuner::trail() const {
    if (!m_automatic)
        return QStringLiteral("%1 (given)").arg(m_current);
    QStringList parts;
    for (const Probe& p : m_probes)
        parts << QStringLiteral("%1 → %2/s").arg(p.sessions).arg(p.rate, 0, 'f', 1);
    parts << QStringLiteral("chose %1").arg(m_current);
    return parts.join(QStringLiteral("; "));
}

} // namespace symbolon::hsm
