#include "quorum/KeyTokenEnrolment.h"

#include "hsm/Module.h"
#include "hsm/Session.h"
#include "quorum/CardShare.h"
#include "quorum/Shamir.h"

#include <QCoreApplication>

namespace symbolon::quorum {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::quorum", s);
}
const QString kUserPin = QStringLiteral("key-token-user-pin");
const QString kSoPin = QStringLiteral("key-token-so-pin");

SecureBytes randomPin() {
    return SecureBytes::random(16).toHex();
}
} // namespace

Result<KeyTokenEnrolment::Outcome> KeyTokenEnrolment::enrol(hsm::Module& module, const QString& label,
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
            return l.error();
        for (const QString& purpose : {kUserPin, kSoPin}) {
            auto existing = CardShare::load(**s, purpose);
            if (existing)
                return fail(
                    ErrorCode::AlreadyExists,
                    quorum::tr("Card \"%1\" already holds a key-token share: each card serves one key token.")
                        .arg(token->label));
        }
        sessions.push_back(std::move(*s));
    }

    SecureBytes userPin = randomPin();
    SecureBytes soPin = randomPin();
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
    for (int i = 0; i < n; ++i) {
        CardShare u{kUserPin, k, n, (*userShares)[i]};
        CardShare so{kSoPin, k, n, (*soShares)[i]};
        if (auto s = u.store(*sessions[static_cast<std::size_t>(i)]); !s)
            return s.error();
        if (auto s = so.store(*sessions[static_cast<std::size_t>(i)]); !s)
            return s.error();
        out.shareIndexes.push_back({cards[i].serial, (*userShares)[i].index});
    }
    for (auto& s : sessions)
        (void)s->logout();
    return out;
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
