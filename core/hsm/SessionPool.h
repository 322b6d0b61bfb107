#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>
#include <vector>

namespace symbolon::hsm {

class Session;

// The sessions bulk work runs on (re-key, migration unwrap, KEK rollover; issue #21): the
// quorum's session first, then more on the same token, opened once and reused for every chunk.
// They share the quorum session's login (login state belongs to the token). A pool never holds
// more than the token can give: what C_GetTokenInfo states (ulMaxSessionCount less ulSessionCount,
// one kept back for the rest of the process) and what C_OpenSession grants (CKR_SESSION_COUNT or
// CKR_DEVICE_MEMORY stop the growth, not the work).
class SessionPool {
public:
    static constexpr int kMaxSessions = 64; // the configured cap on worker sessions

    explicit SessionPool(Session& first);
    ~SessionPool();
    SessionPool(const SessionPool&) = delete;
    SessionPool& operator=(const SessionPool&) = delete;

    // Grows to `n` sessions where the token allows (never shrinks); returns how many it has.
    // Fails only on a token error other than "no more sessions".
    [[nodiscard]] Result<int> growTo(int n);
    int size() const { return static_cast<int>(m_sessions.size()); }
    // The first `n` sessions (n ≤ size()).
    std::vector<Session*> first(int n) const;
    // Why the pool stopped short of what was asked, for the ceremony record; empty when it did not.
    const QString& limitNote() const { return m_limitNote; }
    // The most sessions the token will let this pool have (kMaxSessions when it states no limit).
    int tokenLimit() const { return m_tokenLimit; }

private:
    std::vector<Session*> m_sessions;
    std::vector<std::unique_ptr<Session>> m_owned;
    int m_tokenLimit = kMaxSessions;
    bool m_exhausted = false;
    QString m_limitNote;
};

} // namespace symbolon::hsm
