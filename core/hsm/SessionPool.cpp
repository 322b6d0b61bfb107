#include "hsm/SessionPool.h"

#include "hsm/Module.h"
#include "hsm/P11.h"
#include "hsm/Session.h"

#include <QCoreApplication>

#include <algorithm>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}
} // namespace

SessionPool::SessionPool(Session& first) {
    m_sessions.push_back(&first);
    auto info = first.module().tokenInfo(first.slotId());
    if (info && info->maxSessions > 0) {
        // The quorum session is already counted in sessionsOpen; keep one back for the rest of
        // the process (the journal's card, a progress callback that opens a session).
        const long free = long(info->maxSessions) - long(info->sessionsOpen) - 1;
        m_tokenLimit = int(std::clamp(1L + std::max(free, 0L), 1L, long(kMaxSessions)));
    }
}

SessionPool::~SessionPool() = default;

Result<int> SessionPool::growTo(int n) {
    n = std::clamp(n, 1, kMaxSessions);
    if (n > m_tokenLimit && m_limitNote.isEmpty())
        m_limitNote = hsm::tr("The token allows %1 session(s) for this work; %2 were asked for.")
                          .arg(m_tokenLimit)
                          .arg(n);
    n = std::min(n, m_tokenLimit);
    Session& first = *m_sessions.front();
    while (size() < n && !m_exhausted) {
        auto s = first.module().openSession(first.slotId(), true);
        if (!s) {
            if (s.error().ckrv == CKR_SESSION_COUNT || s.error().ckrv == CKR_DEVICE_MEMORY) {
                m_exhausted = true;
                m_tokenLimit = size();
                m_limitNote =
                    hsm::tr("The token refused session %1 (%2): the work runs on %3 session(s).")
                        .arg(size() + 1)
                        .arg(s.error().ckrv == CKR_SESSION_COUNT ? QStringLiteral("CKR_SESSION_COUNT")
                                                                 : QStringLiteral("CKR_DEVICE_MEMORY"))
                        .arg(size());
                break;
            }
            return s.error();
        }
        m_sessions.push_back(s->get());
        m_owned.push_back(std::move(*s));
    }
    return size();
}

std::vector<Session*> SessionPool::first(int n) const {
    n = std::clamp(n, 1, size());
    return {m_sessions.begin(), m_sessions.begin() + n};
}

} // namespace symbolon::hsm
