#include "ceremony/KeyTokenLogin.h"

#include "hsm/Module.h"
#include "hsm/Session.h"

#include <QCoreApplication>

namespace symbolon::ceremony {

Result<std::unique_ptr<KeyTokenLogin>> KeyTokenLogin::open(hsm::Module& module, const QString& keyTokenSerial,
                                                           const QVector<quorum::CardLogin>& cards) {
    auto tr = [](const char* s) { return QCoreApplication::translate("symbolon::ceremony", s); };
    if (cards.size() < 2)
        return fail(
            ErrorCode::PolicyRefused,
            tr("The key token needs a quorum of at least 2 cards; %1 was presented.").arg(cards.size()));
    for (qsizetype i = 0; i < cards.size(); ++i)
        for (qsizetype j = i + 1; j < cards.size(); ++j)
            if (cards[i].serial == cards[j].serial)
                return fail(
                    ErrorCode::PolicyRefused,
                    tr("The same card (serial %1) was presented twice: a quorum needs distinct cards.")
                        .arg(cards[i].serial));
    std::unique_ptr<KeyTokenLogin> out(new KeyTokenLogin());
    for (const auto& c : cards) {
        auto t = module.findTokenBySerial(c.serial);
        if (!t)
            return t.error();
        out->m_cards << t->label;
    }
    auto pin = quorum::KeyTokenEnrolment::rebuildUserPin(module, cards);
    if (!pin)
        return pin.error();
    auto token = module.findTokenBySerial(keyTokenSerial);
    if (!token)
        return token.error();
    auto session = module.openSession(token->slotId, true);
    if (!session)
        return session.error();
    auto login = (*session)->login(*pin);
    pin->clear();
    if (!login) {
        Error e = login.error();
        if (e.code == ErrorCode::PinIncorrect)
            e.message =
                tr("The PIN rebuilt from the cards' shares does not open the key token: the cards do not "
                   "belong to this key token's quorum. (%1)")
                    .arg(e.message);
        return e;
    }
    out->m_session = std::move(*session);
    return out;
}

KeyTokenLogin::~KeyTokenLogin() {
    if (m_session)
        (void)m_session->logout();
}

} // namespace symbolon::ceremony
