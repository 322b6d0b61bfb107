#pragma once

#include "common/Result.h"
#include "quorum/KeyTokenEnrolment.h"

#include <QStringList>

#include <memory>

namespace symbolon::hsm {
class Module;
class Session;
} // namespace symbolon::hsm

namespace symbolon::ceremony {

// A stop-gap until core/quorum/QuorumSession (written on main) is merged: rebuilds the key
// token's user PIN from k distinct cards, opens a read-write session on the key token and logs
// in; logs out on destruction. Refuses the same card twice before touching any card.
class KeyTokenLogin {
public:
    [[nodiscard]] static Result<std::unique_ptr<KeyTokenLogin>>
    open(hsm::Module& module, const QString& keyTokenSerial, const QVector<quorum::CardLogin>& cards);
    ~KeyTokenLogin();
    hsm::Session& session() { return *m_session; }
    QStringList cardLabels() const { return m_cards; }

private:
    KeyTokenLogin() = default;
    std::unique_ptr<hsm::Session> m_session;
    QStringList m_cards;
};

} // namespace symbolon::ceremony
