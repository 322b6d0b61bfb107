#include "quorum/KeyTokenEnrolment.h"

#include "hsm/Module.h"
#include "hsm/Session.h"
#include "quorum/CardShare.h"
#include "quorum/KeyTokenShares.h"
#include "quorum/Shamir.h"

#include <QCoreApplication>

namespace symbolon::quorum {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::quorum", s);
}
const QString kUserPin = QStringLiteral("key-token-user-pin");
const QString kSoPin = QStringLiteral("key-token-so-pin");
} // namespace

namespace {
// The cards, each logged in with its own PIN, none holding a share yet.
Result<std::vector<std::unique_ptr<hsm::Session>>> presentCards(hsm::Module& module,
                                                                const QVector<CardLogin>& cards, int k) {
    const int n = static_cast<int>(cards.size());
    if (k < 1 || n < k)
        return fail(ErrorCode::InvalidInput,
                    quorum::tr("Enrolment needs at least k = %1 cards; %2 were presented.").arg(k).arg(n));
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (cards[i].serial == cards[j].serial)
                return fail(
                    ErrorCode::InvalidInput,
                    quorum::tr("The same card (serial %1) was presented twice.").arg(cards[i].serial));
    // Check every card's PIN before touching the key token: a typo must not leave a half-enrolled token.
    std::vector<std::unique_ptr<hsm::Session>> sessions;
    for (const CardLogin& c : cards) {
        auto token = module.findTokenBySerial(c.serial);
        if (!token)
            return token.error();
        auto s = module.openSession(token->slotId, true);
        if (!s)
            return s.error();
        if (auto l = (*s)->loginCheckingPin(c.pin); !l)
            return Error{l.error().code, QStringLiteral("%1: %2").arg(token->label, l.error().message),
                         l.error().ckrv, l.error().hasCkrv};
        for (const QString& purpose : {kUserPin, kSoPin}) {
            auto existing = CardShare::load(**s, purpose);
            if (!existing &&
                existing.error().code != ErrorCode::NotFound) // not "none": the card could not say
                return Error{existing.error().code,
                             QStringLiteral("%1: %2").arg(token->label, existing.error().message),
                             existing.error().ckrv, existing.error().hasCkrv};
            if (existing)
                return fail(
                    ErrorCode::AlreadyExists,
                    quorum::tr("Card \"%1\" already holds a key-token share: each card serves one key token.")
                        .arg(token->label));
        }
        sessions.push_back(std::move(*s));
    }
    return sessions;
}

Status storeShares(std::vector<std::unique_ptr<hsm::Session>>& sessions, const QVector<CardLogin>& cards,
                   int k, const QVector<Share>& user, const QVector<Share>* so,
                   KeyTokenEnrolment::Outcome& out) {
    const int n = static_cast<int>(cards.size());
    for (int i = 0; i < n; ++i) {
        CardShare u{kUserPin, k, n, user[i]};
        if (auto s = u.store(*sessions[static_cast<std::size_t>(i)]); !s)
            return s.error();
        if (so) {
            CardShare o{kSoPin, k, n, (*so)[i]};
            if (auto s = o.store(*sessions[static_cast<std::size_t>(i)]); !s)
                return s.error();
        }
        out.shareIndexes.push_back({cards[i].serial, user[i].index});
    }
    return {};
}

// Takes back what storeShares put on the cards (the token was not changed).
void removeShares(std::vector<std::unique_ptr<hsm::Session>>& sessions) {
    for (auto& s : sessions)
        for (const QString& purpose : {kUserPin, kSoPin})
            (void)CardShare::remove(*s, purpose);
}

void logout(std::vector<std::unique_ptr<hsm::Session>>& sessions) {
    for (auto& s : sessions)
        (void)s->logout();
}
} // namespace

Result<KeyTokenEnrolment::Outcome> KeyTokenEnrolment::enrol(hsm::Module& module, const QString& label,
                                                            const QVector<CardLogin>& cards, int k) {
    auto sessions = presentCards(module, cards, k);
    if (!sessions)
        return sessions.error();
    const int n = static_cast<int>(cards.size());
    SecureBytes userPin = newKeyTokenPin();
    SecureBytes soPin = newKeyTokenPin();
    auto userShares = shamirSplit(userPin, k, n);
    auto soShares = shamirSplit(soPin, k, n);
    if (!userShares)
        return userShares.error();
    if (!soShares)
        return soShares.error();
    auto token = module.initToken(label, soPin, userPin);
    if (!token)
        return token.error();
    Outcome out;
    out.token = *token;
    auto stored = storeShares(*sessions, cards, k, *userShares, &*soShares, out);
    logout(*sessions);
    if (!stored)
        return stored.error();
    return out;
}

Result<KeyTokenEnrolment::Outcome>
KeyTokenEnrolment::adopt(hsm::Module& keyModule, const hsm::TokenInfo& token, const SecureBytes& userPin,
                         const SecureBytes& soPin, hsm::Module& cardModule, const QVector<CardLogin>& cards,
                         int k, bool* tokenChanged) {
    if (userPin.empty())
        return fail(ErrorCode::PinIncorrect,
                    quorum::tr("Enter the key token's current user PIN (its HSM administrator's)."));
    if (token.pinLocked)
        return fail(ErrorCode::PinLocked,
                    quorum::tr("The user PIN of the key token \"%1\" is locked: its security officer must "
                               "unblock it first.")
                        .arg(token.label));
    auto sessions = presentCards(cardModule, cards, k);
    if (!sessions)
        return sessions.error();
    // That the key token is not one of the cards is the caller's to check (by slot and token
    // information: NSS softoken's tokens share one serial).
    auto session = keyModule.openSession(token.slotId, true);
    if (!session)
        return session.error();
    const auto named = [&token](const Error& e) {
        return Error{e.code, quorum::tr("The key token \"%1\": %2").arg(token.label, e.message), e.ckrv,
                     e.hasCkrv};
    };
    // Both given PINs are checked before either is changed.
    if (auto l = (*session)->loginCheckingPin(userPin); !l)
        return named(l.error());
    (void)(*session)->logout();
    const bool takeSo = !soPin.empty();
    if (takeSo) {
        if (auto l = (*session)->loginCheckingPin(soPin, true); !l)
            return named(l.error());
        (void)(*session)->logout();
    }
    const int n = static_cast<int>(cards.size());
    SecureBytes newUser = newKeyTokenPin();
    SecureBytes newSo = takeSo ? newKeyTokenPin() : SecureBytes();
    auto userShares = shamirSplit(newUser, k, n);
    if (!userShares)
        return userShares.error();
    Result<QVector<Share>> soShares = QVector<Share>();
    if (takeSo)
        soShares = shamirSplit(newSo, k, n);
    if (!soShares)
        return soShares.error();
    // The shares go onto the cards before a PIN changes. Then the SO PIN, then the user PIN. A
    // change that fails is probed on a fresh session: only when the old PIN is positively still
    // the token's is what was done put back (the SO PIN, then the cards' shares), leaving the
    // token and the cards as they were. When the token cannot say, the shares stay on the cards
    // (they may be the only copy of the new PIN) and *tokenChanged says so.
    Outcome out;
    out.token = token;
    const auto undo = [&sessions](const Error& e) {
        removeShares(*sessions);
        logout(*sessions);
        return e;
    };
    const auto keep = [&sessions, tokenChanged](const Error& e) {
        logout(*sessions);
        if (tokenChanged)
            *tokenChanged = true;
        return Error{e.code,
                     quorum::tr("%1 The key token may have taken the new PIN: the custodians' cards keep "
                                "their shares, which rebuild it.")
                         .arg(e.message),
                     e.ckrv, e.hasCkrv};
    };
    hsm::Session& key = **session;
    // Whether `pin` is the token's PIN now, asked on a new session; an error when it cannot say.
    const auto isPin = [&keyModule, &token](const SecureBytes& pin, bool so) -> Result<bool> {
        auto probe = keyModule.openSession(token.slotId, true);
        if (!probe)
            return probe.error();
        return (*probe)->probePin(pin, so);
    };
    // After a failed change from `from` to `to`: still `from` (true), took `to` (false), or unknown.
    const auto stillOld = [&isPin](const SecureBytes& from, const SecureBytes& to, bool so) -> Result<bool> {
        auto old = isPin(from, so);
        if (!old)
            return old.error();
        if (*old)
            return true;
        auto now = isPin(to, so);
        if (!now)
            return now.error();
        if (*now)
            return false;
        return fail(ErrorCode::Token, quorum::tr("the token accepts neither the old nor the new PIN."));
    };
    if (auto s = storeShares(*sessions, cards, k, *userShares, takeSo ? &*soShares : nullptr, out); !s)
        return undo(s.error());
    if (takeSo)
        if (auto set = key.changePin(soPin, newSo, true); !set) {
            auto old = stillOld(soPin, newSo, true);
            if (!old)
                return keep(named(set.error()));
            if (*old)
                return undo(named(set.error()));
            // it took the new SO PIN after all: carry on
        }
    if (auto set = key.changePin(userPin, newUser, false); !set) {
        auto old = stillOld(userPin, newUser, false);
        if (!old)
            return keep(named(set.error()));
        if (*old) {
            if (takeSo && !key.changePin(newSo, soPin, true))
                return keep(named(set.error()));
            return undo(named(set.error()));
        }
    }
    logout(*sessions);
    out.newUser = std::move(newUser);
    out.newSo = std::move(newSo);
    return out;
}

Status KeyTokenEnrolment::giveBack(hsm::Module& keyModule, const Outcome& adopted, const SecureBytes& userPin,
                                   const SecureBytes& soPin, hsm::Module& cardModule,
                                   const QVector<CardLogin>& cards) {
    auto session = keyModule.openSession(adopted.token.slotId, true);
    if (!session)
        return session.error();
    hsm::Session& key = **session;
    if (auto s = key.changePin(adopted.newUser, userPin, false); !s)
        return s;
    if (!adopted.newSo.empty())
        if (auto s = key.changePin(adopted.newSo, soPin, true); !s)
            return s;
    for (const CardLogin& c : cards) {
        auto token = cardModule.findTokenBySerial(c.serial);
        auto s = token ? cardModule.openSession(token->slotId, true)
                       : Result<std::unique_ptr<hsm::Session>>(token.error());
        if (!s)
            return s.error();
        if (auto l = (*s)->login(c.pin); !l)
            return l;
        for (const QString& purpose : {kUserPin, kSoPin})
            if (auto r = CardShare::remove(**s, purpose); !r) {
                (void)(*s)->logout();
                return r;
            }
        (void)(*s)->logout();
    }
    return {};
}

Result<SecureBytes> KeyTokenEnrolment::rebuildUserPin(hsm::Module& module, const QVector<CardLogin>& cards) {
    QVector<Share> shares;
    int k = 0;
    for (const CardLogin& c : cards) {
        auto token = module.findTokenBySerial(c.serial);
        if (!token)
            return token.error();
        auto s = module.openSession(token->slotId, false);
        if (!s)
            return s.error();
        if (auto l = (*s)->loginCheckingPin(c.pin); !l)
            return l.error();
        auto share = CardShare::load(**s, kUserPin);
        (void)(*s)->logout();
        if (!share)
            return share.error();
        k = share->k;
        shares.push_back(share->share);
    }
    if (shares.size() < k)
        return fail(ErrorCode::PolicyRefused,
                    quorum::tr("%1 of the %2 cards needed were presented.").arg(shares.size()).arg(k));
    return shamirCombine(shares);
}

} // namespace symbolon::quorum
