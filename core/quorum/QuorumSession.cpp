#include "quorum/QuorumSession.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Session.h"
#include "policy/G2Classification.h"
#include "policy/PolicyProfile.h"
#include "policy/Role.h"
#include "workspace/KeyTokenShareStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace symbolon::quorum {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::quorum", s);
}
} // namespace

QuorumSession::QuorumSession(workspace::Workspace& ws, QuorumRequest request, int k, int n)
    : m_ws(&ws), m_request(std::move(request)), m_k(k), m_n(n) {}

QuorumSession::QuorumSession(QuorumSession&& o) noexcept
    : m_ws(o.m_ws), m_request(std::move(o.m_request)), m_k(o.m_k), m_n(o.m_n),
      m_approvals(std::move(o.m_approvals)), m_shares(std::move(o.m_shares)),
      m_soShares(std::move(o.m_soShares)), m_cancelled(o.m_cancelled), m_executed(o.m_executed) {
    o.m_executed = true; // the moved-from shell can do nothing
}

QuorumSession::~QuorumSession() {
    wipe();
}

void QuorumSession::wipe() {
    m_shares.clear();
    m_soShares.clear();
} // SecureBytes wipes itself

Result<QuorumSession> QuorumSession::start(workspace::Workspace& ws, QuorumRequest request) {
    const auto& config = ws.config();
    const auto profile =
        policy::parsePolicyProfile(config.profile).value_or(policy::PolicyProfile::Production);
    if (auto s = policy::checkQuorum(profile, config.quorumK, config.quorumN); !s)
        return s.error();
    if (request.action.isEmpty() || request.nonce.size() != 16 || !request.expiresAt.isValid())
        return fail(ErrorCode::InvalidInput,
                    quorum::tr("A quorum request needs an action, a 16-byte nonce and an expiry."));
    return QuorumSession(ws, std::move(request), config.quorumK, config.quorumN);
}

qint64 QuorumSession::secondsLeft(const QDateTime& now) const {
    return qMax<qint64>(0, now.secsTo(m_request.expiresAt));
}

Status QuorumSession::usable(const QDateTime& now) const {
    if (m_executed)
        return fail(ErrorCode::PolicyRefused,
                    quorum::tr("This quorum session has already been used: start a new one."));
    if (m_cancelled)
        return fail(ErrorCode::PolicyRefused,
                    quorum::tr("This quorum session was cancelled: start a new one."));
    if (isExpired(now))
        return fail(ErrorCode::PolicyRefused,
                    quorum::tr("This quorum session expired at %1: start a new one.")
                        .arg(m_request.expiresAt.toUTC().toString(Qt::ISODate)));
    return {};
}

Status QuorumSession::approve(const QString& cardSerial, const SecureBytes& cardPin, const QDateTime& now) {
    if (auto s = usable(now); !s)
        return s;
    // Who holds the card, in which role and with which key: the site register says, never
    // keyslots.json. One person counts once, whichever card they present.
    const workspace::SiteRegister& reg = m_ws->siteRegister();
    const workspace::RegisteredCard* card = reg.cardBySerial(cardSerial);
    if (!card)
        return fail(ErrorCode::NotFound,
                    quorum::tr("The card with serial %1 is not in this site's register.").arg(cardSerial));
    if (!card->isActive())
        return fail(
            ErrorCode::PolicyRefused,
            quorum::tr("The card with serial %1 (%2) has left the site: it is %3 in the site register.")
                .arg(cardSerial, card->holder, card->state));
    for (const Approval& a : m_approvals) {
        if (a.cardSerial == cardSerial)
            return fail(ErrorCode::PolicyRefused,
                        quorum::tr("Card \"%1\" (%2) has already approved: the same card never counts twice.")
                            .arg(a.cardLabel, a.holder));
        if (const workspace::RegisteredCard* other = reg.cardBySerial(a.cardSerial);
            other && other->person() == card->person())
            return fail(ErrorCode::PolicyRefused,
                        quorum::tr("%1 has already approved with another card: one person approves once, "
                                   "whatever cards they hold.")
                            .arg(card->holder));
    }
    const auto role = policy::parseRole(card->role);
    if (!role || !policy::roleAllows(*role, policy::Permission::ApproveQuorum))
        return fail(
            ErrorCode::PolicyRefused,
            quorum::tr("%1 holds the role \"%2\", which cannot approve a quorum: only ACS custodians can.")
                .arg(card->holder, card->role));

    auto token = m_ws->module()->findTokenBySerial(cardSerial);
    if (!token)
        return token.error();
    auto session = m_ws->module()->openSession(token->slotId, false);
    if (!session)
        return session.error();
    // The PIN is always checked, also for the opener's card the workspace keeps logged in.
    if (auto s = (*session)->loginCheckingPin(cardPin); !s)
        return s;
    auto key = hsm::EcKeyPair::find(**session, card->keyId);
    Result<QByteArray> signature =
        key ? key->sign(**session, m_request.canonical()) : Result<QByteArray>(key.error());
    Result<HeldShare> share = signature ? loadHeldShare(*m_ws, **session, *card, kUserPinShare)
                                        : Result<HeldShare>(signature.error());
    auto pending = share ? workspace::KeyTokenShareStore::pendingGeneration(m_ws->db()) : Result<int>(0);
    Result<HeldShare> soShare = !share     ? Result<HeldShare>(share.error())
                                : !pending ? Result<HeldShare>(pending.error())
                                : *pending && m_ws->siteRegister().settings.keyTokenSoPinShared
                                    ? loadHeldShare(*m_ws, **session, *card, kSoPinShare)
                                    : Result<HeldShare>(HeldShare{});
    (void)(*session)->logout(); // a no-op for the opener's card, which the workspace keeps logged in
    if (!soShare)
        return soShare.error();
    if (!share->current)
        return fail(ErrorCode::NotFound,
                    quorum::tr("Card \"%1\" (%2) holds no share of the key token's PIN: it cannot approve.")
                        .arg(token->label, card->holder));
    // Verified against the key the register enrolled, not the one the card presents.
    if (!hsm::verifyEcdsaSha256(card->publicKey, m_request.canonical(), *signature))
        return fail(ErrorCode::Crypto,
                    quorum::tr("The signature of card \"%1\" does not verify against the key enrolled for "
                               "%2: the card is not the one enrolled.")
                        .arg(token->label, card->holder));

    Approval a;
    a.holder = card->holder;
    a.role = card->role;
    a.cardLabel = token->label;
    a.cardSerial = cardSerial;
    a.keyFingerprint = card->fingerprint();
    a.signature = *signature;
    a.at = now;
    a.shareIndex = share->current->index;
    m_approvals.push_back(a);
    m_shares.push_back(std::move(*share));
    m_soShares.push_back(std::move(*soShare));
    return {};
}

void QuorumSession::cancel(const QString& reason) {
    if (m_cancelled || m_executed)
        return;
    m_cancelled = true;
    wipe();
    QJsonArray approvals;
    for (const Approval& a : std::as_const(m_approvals))
        approvals.append(a.toJson());
    (void)m_ws->record(QStringLiteral("quorum.cancelled"), m_request.action,
                       QJsonObject{{QStringLiteral("request"), m_request.toJson()},
                                   {QStringLiteral("approvals"), approvals},
                                   {QStringLiteral("reason"), reason}});
}

Result<QJsonObject> QuorumSession::execute(const Action& action, const QDateTime& now) {
    if (auto s = usable(now); !s)
        return s.error();
    if (!isReady())
        return fail(
            ErrorCode::PolicyRefused,
            quorum::tr("%1 of the %2 approvals needed have been given.").arg(m_approvals.size()).arg(m_k));
    m_executed = true;

    Result<QJsonObject> outcome = fail(ErrorCode::Internal, QString());
    {
        // A re-share that was interrupted is undone first: the token's PINs go back to the
        // current sharing's.
        const Status settled = settleInterruptedReshare(*m_ws, m_shares, m_soShares);
        QVector<Share> current;
        for (const HeldShare& h : std::as_const(m_shares))
            if (h.current)
                current.push_back(*h.current);
        auto pin = settled ? shamirCombine(current) : Result<SecureBytes>(settled.error());
        current.clear();
        wipe();
        auto session =
            pin ? m_ws->openKeyTokenSession(true) : Result<std::unique_ptr<hsm::Session>>(pin.error());
        if (!session) {
            outcome = session.error();
        } else if (auto login = (*session)->login(*pin); !login) {
            // A wrong rebuilt PIN means the shares do not belong together (or to this token).
            outcome = Error::fromCkrv(
                login.error().code, login.error().ckrv,
                quorum::tr("The key token did not accept the PIN rebuilt from the approvals: %1")
                    .arg(login.error().message));
        } else {
            outcome = action(**session);
            (void)(*session)->logout();
        }
    } // the rebuilt PIN is wiped here

    QJsonArray approvals;
    for (const Approval& a : std::as_const(m_approvals))
        approvals.append(a.toJson());
    QJsonObject details{{QStringLiteral("request"), m_request.toJson()},
                        {QStringLiteral("quorum"), QStringLiteral("%1 of %2").arg(m_k).arg(m_n)},
                        {QStringLiteral("approvals"), approvals}};
    if (outcome) {
        details.insert(QStringLiteral("outcome"), QStringLiteral("completed"));
        details.insert(QStringLiteral("result"), *outcome);
    } else {
        details.insert(QStringLiteral("outcome"), QStringLiteral("failed"));
        details.insert(QStringLiteral("error"), outcome.error().message);
    }
    // Not signed here: the caller signs the head (QuorumCeremony::run), so that a checkpoint
    // failure is not mistaken for a ceremony that did not happen.
    auto entry =
        m_ws->recordUnsigned(QStringLiteral("quorum.") + m_request.action, m_request.action, details);
    if (!entry && outcome) {
        // The token changed and the journal does not say so: never let that read as "nothing
        // happened" (the database error alone would end "nothing was written").
        const Error& e = entry.error();
        return Error{
            e.code,
            quorum::tr(
                "The ceremony ran on the key token, but the journal entry that records it could not be "
                "written: %1 The key token keeps the ceremony's result and the journal does not show it: "
                "tell the PMA before anything else is done with this workspace.")
                .arg(e.message),
            e.ckrv, e.hasCkrv};
    }
    if (!entry)
        return entry.error();
    return outcome;
}

} // namespace symbolon::quorum
