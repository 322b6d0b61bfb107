#include "workspace/SiteRegisterChange.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/SealToCard.h"
#include "hsm/Session.h"
#include "policy/G2Classification.h"
#include "policy/PolicyProfile.h"
#include "policy/Role.h"
#include "workspace/RegisterAnchor.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

// A read-write session on a card, logged in with its PIN (always checked).
Result<std::unique_ptr<hsm::Session>> logInCard(Workspace& ws, const QString& cardSerial,
                                                const SecureBytes& pin, QString* label = nullptr) {
    auto token = ws.module()->findTokenBySerial(cardSerial);
    if (!token)
        return token.error();
    if (label)
        *label = token->label;
    auto session = ws.module()->openSession(token->slotId, true);
    if (!session)
        return session.error();
    if (auto l = (*session)->loginCheckingPin(pin); !l)
        return Error{l.error().code, workspace::tr("Card \"%1\": %2").arg(token->label, l.error().message),
                     l.error().ckrv, l.error().hasCkrv};
    return session;
}

// k of the proposed version's active custodians, and k of them custodians today (so that an
// interrupted re-share can always be undone by today's quorum).
Status checkCustodians(const SiteRegister& current, const SiteRegister& proposed) {
    const SiteSettings& s = proposed.settings;
    const int custodians = proposed.activePersons(QStringLiteral("custodian"));
    if (s.quorumK > custodians)
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("A quorum of %1 needs at least %1 active custodians; the proposed register "
                                  "has %2.")
                        .arg(s.quorumK)
                        .arg(custodians));
    if (proposed.changesShareHoldersFrom(current)) {
        // An interrupted re-share is undone by a quorum of today's custodians holding shares of
        // both sharings: at least k of the new custodians must be custodians today.
        QSet<QString> now, both;
        for (const RegisteredCard& c : current.cards)
            if (c.isActive() && c.role == QLatin1String("custodian"))
                now.insert(c.person());
        for (const RegisteredCard& c : proposed.cards)
            if (c.isActive() && c.role == QLatin1String("custodian") && now.contains(c.person()))
                both.insert(c.person());
        if (int(both.size()) < s.quorumK)
            return fail(
                ErrorCode::PolicyRefused,
                workspace::tr("Only %1 of the new custodians are custodians today, and k = %2 of them "
                              "must be: replace custodians a few at a time, so that an interrupted "
                              "re-share of the key token's PINs can always be undone. Nothing was changed.")
                    .arg(both.size())
                    .arg(s.quorumK));
    }
    return {};
}
} // namespace

Result<SiteRegisterChange> SiteRegisterChange::start(Workspace& ws, SiteRegister proposed,
                                                     std::unique_ptr<KeyTokenTurnover> turnover,
                                                     int enrolments) {
    if (!ws.health().ok()) // fail closed
        return fail(ErrorCode::PolicyRefused, ws.health().refusal());
    if (!ws.registerAlarm().isEmpty() || ws.siteRegisterChain().isEmpty())
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("The site register cannot be changed from a read-only open: %1")
                        .arg(ws.registerAlarm()));
    const auto role = policy::parseRole(ws.identity().role);
    if (!role || !policy::roleAllows(*role, policy::Permission::ChangeSiteRegister))
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("Only a custodian can propose a site register change; %1 is %2.")
                        .arg(ws.identity().holder, ws.identity().role));
    const SiteRegister& current = ws.siteRegister();
    proposed.version = current.version + 1;
    proposed.previous = current.digestHex();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    proposed.madeAt = QDateTime::fromString(now.toString(Qt::ISODate), Qt::ISODate);
    proposed.madeBy = ws.identity().actor();
    const QStringList changes = proposed.changesFrom(current);
    if (proposed.reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("A register change needs a reason (field \"reason\")."));
    const SiteSettings& s = proposed.settings;
    const auto profile = policy::parsePolicyProfile(s.profile);
    if (!profile)
        return fail(
            ErrorCode::InvalidInput,
            workspace::tr("profile must be \"production\" or \"development\", not \"%1\".").arg(s.profile));
    if (auto q = policy::checkQuorum(*profile, s.quorumK, s.quorumN); !q)
        return q.error();
    if (s.keyTokenSoPinShared != current.settings.keyTokenSoPinShared)
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("Whether the key token's SO PIN is split among the custodians is decided "
                                  "when the site is created, and cannot be changed by a register change."));
    for (const RegisteredCard& c : proposed.cards) {
        if (!RegisteredCard::isKnownState(c.state))
            return fail(
                ErrorCode::InvalidInput,
                workspace::tr("card %1: state \"%2\" is not one of active, retired, replaced, revoked.")
                    .arg(c.cardSerial, c.state));
        const RegisteredCard* was = current.cardBySerial(c.cardSerial);
        if (was && !was->isActive() && c.isActive())
            return fail(
                ErrorCode::PolicyRefused,
                workspace::tr("Card %1 of %2 left the site (%3) and cannot come back: enrol a new card "
                              "for them. Nothing was changed.")
                    .arg(c.cardSerial, c.holder, was->state));
    }
    for (const RegisteredCard& c : proposed.cards)
        if (!policy::parseRole(c.role))
            return fail(ErrorCode::InvalidInput,
                        workspace::tr("card %1: role \"%2\" is not one of custodian, reviewer, responder, "
                                      "operator.")
                            .arg(c.cardSerial, c.role));
    // With a card to enrol, the custodians are counted once it is in (checkCustodians at the
    // first approval): a replacement restores the custodian its card takes out.
    if (enrolments == 0)
        if (auto c = checkCustodians(current, proposed); !c)
            return c.error();
    if (proposed.changesShareHoldersFrom(current) && !turnover)
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("This change alters who holds the shares of the key token's PINs, or k: it "
                                  "must re-share them, and this caller cannot. Nothing was changed."));
    RegisterVersion next{proposed, {}};
    return SiteRegisterChange(ws, next, changes, current.settings.quorumK, std::move(turnover));
}

SiteRegisterChange::~SiteRegisterChange() {
    logoutCards();
}

SiteRegisterChange::SiteRegisterChange(SiteRegisterChange&& o) noexcept
    : m_ws(o.m_ws), m_next(std::move(o.m_next)), m_changes(std::move(o.m_changes)),
      m_approvals(std::move(o.m_approvals)), m_k(o.m_k), m_committed(o.m_committed), m_reshared(o.m_reshared),
      m_cards(std::move(o.m_cards)), m_turnover(std::move(o.m_turnover)),
      m_enrolled(std::move(o.m_enrolled)) {}

void SiteRegisterChange::logoutCards() {
    for (auto* cards : {&m_cards, &m_enrolled}) {
        for (auto& card : *cards) // (the opener's card stays logged in: Session::keepLoggedIn)
            if (card)
                (void)card->logout();
        cards->clear();
    }
}

bool SiteRegisterChange::reshares() const {
    if (m_committed)
        return m_reshared;
    return m_turnover && m_next.doc.changesShareHoldersFrom(m_ws->siteRegister());
}

Status SiteRegisterChange::enrolCard(const QString& cardSerial, const SecureBytes& pin, const QString& holder,
                                     const QString& role) {
    if (m_committed || !m_next.signatures.isEmpty())
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("A card can be enrolled only before anyone approves the change."));
    if (holder.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    workspace::tr("The new card needs its holder's name (field \"holder\")."));
    if (!policy::parseRole(role))
        return fail(ErrorCode::InvalidInput,
                    workspace::tr(
                        "The new card's role \"%1\" is not one of custodian, reviewer, responder, operator.")
                        .arg(role));
    RegisteredCard newHolder;
    newHolder.holder = holder;
    for (const RegisteredCard& c : m_next.doc.cards)
        if (c.isActive() && c.person() == newHolder.person() && c.role != role)
            return fail(
                ErrorCode::PolicyRefused,
                workspace::tr("%1 already holds a card as %2: one person has one role. Enrol this card "
                              "as %2, or change their role first. Nothing was changed.")
                    .arg(c.holder, c.role));
    if (m_next.doc.cardBySerial(cardSerial))
        return fail(
            ErrorCode::AlreadyExists,
            workspace::tr(
                "The card with serial %1 is already in the site register: each card is enrolled once.")
                .arg(cardSerial));
    const SiteSettings& s = m_ws->siteRegister().settings;
    if (cardSerial == s.keyTokenSerial ||
        (!s.journalTokenSerial.isEmpty() && cardSerial == s.journalTokenSerial))
        return fail(
            ErrorCode::PolicyRefused,
            workspace::tr("The token with serial %1 is the site's key token or journal token, not a card.")
                .arg(cardSerial));
    if (role == QLatin1String("custodian") && !m_turnover)
        return fail(
            ErrorCode::PolicyRefused,
            workspace::tr("A new custodian card changes who holds the shares of the key token's PINs: "
                          "this change must re-share them, and this caller cannot. Nothing was changed."));
    QString label;
    auto session = logInCard(*m_ws, cardSerial, pin, &label);
    if (!session)
        return session.error();
    auto nonce = (*session)->random(4);
    if (!nonce)
        return nonce.error();
    const QByteArray id = QByteArrayLiteral("symbolon-card-key-") + nonce->toHex();
    auto key = hsm::EcKeyPair::generate(**session, QStringLiteral("Symbolon card key (%1)").arg(holder), id);
    // The card must sign (approvals, checkpoints) and derive (ECDH: its keyslot and PIN shares).
    const QByteArray probe = QByteArrayLiteral("symbolon enrolment probe");
    auto signature = key ? key->sign(**session, probe) : Result<QByteArray>(key.error());
    const SecureBytes secret = SecureBytes::random(32);
    auto sealed = signature ? hsm::sealToCard(key->publicKeyDer(), secret, probe, {})
                            : Result<hsm::SealedToCard>(signature.error());
    auto opened =
        sealed ? hsm::openSealed(**session, *key, *sealed, probe, {}) : Result<SecureBytes>(sealed.error());
    Status usable =
        !opened ? Status(opened.error())
        : !hsm::verifyEcdsaSha256(key->publicKeyDer(), probe, *signature) || !opened->equals(secret)
            ? fail(ErrorCode::Crypto, workspace::tr("its key pair does not sign and derive correctly"))
            : Status{};
    if (!usable) {
        (void)(*session)->logout();
        return Error{
            usable.error().code,
            workspace::tr("Card \"%1\" cannot be enrolled: it must make an EC P-256 key pair that signs "
                          "(ECDSA) and derives (ECDH): %2")
                .arg(label, usable.error().message),
            usable.error().ckrv, usable.error().hasCkrv};
    }
    RegisteredCard card;
    card.holder = holder.trimmed();
    card.role = role;
    card.cardSerial = cardSerial;
    card.cardLabel = label;
    card.keyId = id;
    card.publicKey = key->publicKeyDer();
    m_next.doc.cards.push_back(card);
    // n counts the custodians holding shares (one per person): a new one is one more.
    m_next.doc.settings.quorumN =
        std::max(m_next.doc.settings.quorumN, m_next.doc.activePersons(QStringLiteral("custodian")));
    m_changes = m_next.doc.changesFrom(m_ws->siteRegister());
    m_enrolled.push_back(std::move(*session));
    return {};
}

bool SiteRegisterChange::isReady() const {
    return countApprovingPersons(m_next.doc, m_next.signatures, m_ws->siteRegister()) >= m_k;
}

Status SiteRegisterChange::approve(const QString& cardSerial, const SecureBytes& pin) {
    if (m_committed)
        return fail(ErrorCode::PolicyRefused, workspace::tr("This register change has already been made."));
    if (m_changes.isEmpty()) // (a card may be enrolled after start(): checked before anyone signs)
        return fail(ErrorCode::InvalidInput, workspace::tr("The proposed register changes nothing."));
    const SiteRegister& current = m_ws->siteRegister();
    if (m_next.signatures.isEmpty()) // the proposal is final now (cards are enrolled before)
        if (auto c = checkCustodians(current, m_next.doc); !c)
            return c;
    const RegisteredCard* card = current.cardBySerial(cardSerial);
    if (!card || !card->isActive() || card->role != QLatin1String("custodian"))
        return fail(
            ErrorCode::PolicyRefused,
            workspace::tr("The card with serial %1 is not an active custodian's card in register version "
                          "%2: it cannot approve a register change.")
                .arg(cardSerial)
                .arg(current.version));
    for (const RegisterSignature& s : m_next.signatures) {
        const RegisteredCard* other = current.cardBySerial(s.cardSerial);
        if (other && other->person() == card->person())
            return fail(
                ErrorCode::PolicyRefused,
                workspace::tr("%1 has already approved this change: one person approves once, whatever "
                              "cards they hold.")
                    .arg(card->holder));
    }
    QString label;
    auto session = logInCard(*m_ws, cardSerial, pin, &label);
    if (!session)
        return session.error();
    auto key = hsm::EcKeyPair::find(**session, card->keyId);
    auto signature = key ? key->sign(**session, m_next.doc.canonical()) : Result<QByteArray>(key.error());
    if (!signature) {
        (void)(*session)->logout();
        return signature.error();
    }
    if (!hsm::verifyEcdsaSha256(card->publicKey, m_next.doc.canonical(), *signature))
        return fail(ErrorCode::Crypto,
                    workspace::tr("The signature of card \"%1\" does not verify against the key the register "
                                  "enrolled for %2: the card is not the one enrolled.")
                        .arg(label, card->holder));
    if (reshares())
        if (auto c = m_turnover->collect(*m_ws, **session, *card); !c) {
            (void)(*session)->logout();
            return c;
        }
    m_next.signatures.push_back({cardSerial, card->fingerprint(), *signature});
    m_cards.push_back(std::move(*session)); // stays logged in: commit() writes its anchor
    m_approvals.append(
        QJsonObject{{QStringLiteral("holder"), card->holder},
                    {QStringLiteral("card_serial"), cardSerial},
                    {QStringLiteral("key_fingerprint"), card->fingerprint()},
                    {QStringLiteral("approved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    return {};
}

Status SiteRegisterChange::commit() {
    if (m_committed)
        return fail(ErrorCode::PolicyRefused, workspace::tr("This register change has already been made."));
    if (!isReady())
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("%1 of the %2 custodians needed have approved.").arg(approvals()).arg(m_k));
    std::optional<KeyTokenTurnover::Done> reshared;
    if (reshares()) {
        auto done = m_turnover->run(*m_ws, m_next.doc);
        if (!done) {
            logoutCards();
            return done.error();
        }
        reshared = *done;
    }
    // A card that leaves loses the journal token's PIN: it is changed and sealed to the cards
    // that stay (issue #15), before the register's transaction, which makes it current.
    bool pinChanged = false;
    if (m_ws->signsCheckpoints() && m_next.doc.takesCardsOutFrom(m_ws->siteRegister())) {
        auto changed = m_ws->changeJournalPin(m_next.doc, QStringLiteral("a card leaves the site"));
        if (!changed) {
            if (reshared)
                (void)m_turnover->undo(*m_ws);
            logoutCards();
            return changed.error();
        }
        pinChanged = true;
    }
    const Status added = m_ws->addRegisterVersion(m_next, m_approvals, reshared ? &*reshared : nullptr);
    // A failure after the register's transaction committed (the journal checkpoint) leaves the
    // change made: the new sharing is current, and undoing the PINs would lose both.
    const bool recorded = m_ws->siteRegister().version == m_next.doc.version &&
                          m_ws->siteRegister().digestHex() == m_next.doc.digestHex();
    if (Status s = added; !s && !recorded) {
        if (pinChanged)
            if (auto u = m_ws->undoJournalPinChange(); !u)
                s = Error{s.error().code,
                          workspace::tr("%1 The journal token's new PIN could not be undone either (%2): the "
                                        "next open settles it.")
                              .arg(s.error().message, u.error().message),
                          s.error().ckrv, s.error().hasCkrv};
        if (reshared)
            if (auto u = m_turnover->undo(*m_ws); !u)
                s = Error{
                    s.error().code,
                    workspace::tr("%1 The key token's new PINs could not be undone either (%2): the next "
                                  "quorum undoes them.")
                        .arg(s.error().message, u.error().message),
                    s.error().ckrv, s.error().hasCkrv};
        logoutCards();
        return s;
    }
    m_committed = true;
    m_reshared = reshared.has_value();
    m_turnover.reset(); // the old and new PINs it kept for an undo are wiped
    // Each approver's card now remembers the version it approved. A card that cannot be written
    // is not an error of the change (it is made): that card moves on at its holder's next open.
    const QString site = RegisterAnchor::siteId(m_ws->siteRegisterChain());
    for (auto* cards : {&m_cards, &m_enrolled})
        for (auto& card : *cards)
            (void)RegisterAnchor::write(*card, site, {m_next.doc.version, m_next.doc.digestHex()});
    logoutCards();
    return added;
}

} // namespace symbolon::workspace
