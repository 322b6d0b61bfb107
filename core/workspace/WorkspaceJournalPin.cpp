// The journal token's PIN (issue #15): sealed to every active card of the site register, never a
// clear row. Workspace members that open it, change it when a card leaves, and settle a change a
// kill interrupted.
#include "workspace/Workspace.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Session.h"
#include "journal/JournalSigner.h"
#include "store/Database.h"
#include "store/MetaStore.h"
#include "store/Transaction.h"
#include "workspace/JournalPinStore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <utility>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

QVector<RegisteredCard> activeCards(const SiteRegister& reg) {
    QVector<RegisteredCard> out;
    for (const RegisteredCard& c : reg.cards)
        if (c.isActive())
            out.push_back(c);
    return out;
}

QJsonArray serialsOf(const QVector<RegisteredCard>& cards) {
    QJsonArray out;
    for (const RegisteredCard& c : cards)
        out.append(c.cardSerial);
    return out;
}

Result<SecureBytes> openSeal(hsm::Session& card, const QByteArray& keyId, const SealedJournalPin& seal,
                             const QString& journalTokenSerial) {
    auto key = hsm::EcKeyPair::find(card, keyId);
    if (!key)
        return key.error();
    auto pin =
        hsm::openSealed(card, *key, seal.sealed, SealedJournalPin::label(), seal.aad(journalTokenSerial));
    if (!pin && pin.error().code == ErrorCode::Crypto)
        return fail(
            ErrorCode::Crypto,
            workspace::tr("The journal token's PIN sealed to card %1 does not open: the seal was altered "
                          "or damaged.")
                .arg(seal.cardSerial));
    return pin;
}
} // namespace

const char* const Workspace::kLegacyJournalPinKey = "journal_token_pin";

Result<std::unique_ptr<journal::JournalSigner>>
Workspace::openJournalSigner(hsm::Module& module, const hsm::TokenInfo& token, store::Database& db,
                             hsm::Session* card, const QByteArray& cardKeyId, const QString& cardSerial,
                             const QString& cardFingerprint, const QString& journalTokenSerial,
                             JournalPinState& state) {
    struct Candidate {
        SecureBytes pin;
        int generation = 0;
        bool pending = false;
        bool legacy = false;
    };
    QVector<Candidate> candidates;
    QString sealProblem;
    if (card) {
        auto seals = JournalPinStore::forCard(db, cardSerial, cardFingerprint);
        if (!seals)
            return seals.error();
        auto pending = JournalPinStore::pendingGeneration(db);
        if (!pending)
            return pending.error();
        bool mine = false;
        for (const SealedJournalPin& s : std::as_const(*seals))
            mine = mine || (s.pending && s.generation == *pending);
        // A PIN change is pending that this card was not given (it leaves, or the rows were
        // planted): the token may already take the new PIN, so the old one is not tried, and no
        // PIN try is spent. The open of a card holder who has it settles it.
        if (*pending > 0 && !mine)
            return fail(
                ErrorCode::PolicyRefused,
                workspace::tr("A change of the journal token's PIN is pending and your card holds no seal "
                              "of the new PIN: the next open by a card holder who does settles it."));
        bool current = false;
        for (const SealedJournalPin& s : std::as_const(*seals)) { // the newest current, then pending
            if (!s.pending && std::exchange(current, true))
                continue; // older generations are never tried
            if (s.pending && s.generation != *pending)
                continue;
            auto pin = openSeal(*card, cardKeyId, s, journalTokenSerial);
            if (!pin) {
                sealProblem = pin.error().message;
                continue;
            }
            candidates.push_back({std::move(*pin), s.generation, s.pending, false});
        }
    }
    auto legacy = store::MetaStore::secret(db, kLegacyJournalPinKey); // before issue #15's change
    if (!legacy)
        return legacy.error();
    if (*legacy)
        candidates.push_back({std::move(**legacy), 0, false, true});
    if (candidates.isEmpty())
        return fail(
            ErrorCode::NotFound,
            sealProblem.isEmpty()
                ? workspace::tr("Your card holds no seal of the journal token's PIN, so checkpoints "
                                "cannot be signed: a card enrolled in a change that could not seal to "
                                "it. Another card holder's open seals it to your card.")
                : sealProblem);
    const auto take = [&](Candidate& c) -> Result<std::unique_ptr<journal::JournalSigner>> {
        auto signer = journal::JournalSigner::open(module, token, c.pin);
        if (signer)
            state = {c.generation, c.pending, c.legacy};
        return signer;
    };
    if (candidates.size() == 1)
        return take(candidates[0]);
    // More than one (a change a kill interrupted, or the old clear row): the token says which.
    for (Candidate& c : candidates) {
        auto session = module.openSession(token.slotId, false);
        if (!session)
            return session.error();
        auto right = (*session)->probePin(c.pin);
        if (!right)
            return right.error();
        if (*right)
            return take(c);
    }
    return fail(
        ErrorCode::PinIncorrect,
        workspace::tr("The journal token takes none of the %1 PINs sealed to your card: it was changed "
                      "outside Symbolon. Checkpoints cannot be signed.")
            .arg(candidates.size()));
}

QString Workspace::journalPinTokenSerial() const {
    // The register's (a machine's journal token URI may select it under another serial).
    return m_register.settings.journalTokenSerial.isEmpty() ? m_config.journalTokenSerial
                                                            : m_register.settings.journalTokenSerial;
}

Result<SecureBytes> Workspace::currentJournalPin() {
    if (m_card) {
        auto seals = JournalPinStore::forCard(*m_db, m_identity.tokenSerial, m_identity.fingerprint);
        if (!seals)
            return seals.error();
        const SealedJournalPin* chosen = nullptr;
        for (const SealedJournalPin& s : std::as_const(*seals))
            if (!s.pending && (!chosen || s.generation == m_pinState.generation))
                chosen = &s; // the generation the token took at open, else the newest
        if (chosen)
            return openSeal(*m_card, m_cardKeyId, *chosen, journalPinTokenSerial());
    }
    auto legacy = store::MetaStore::secret(*m_db, kLegacyJournalPinKey);
    if (!legacy)
        return legacy.error();
    if (*legacy)
        return std::move(**legacy);
    return fail(ErrorCode::NotFound, workspace::tr("Your card holds no seal of the journal token's PIN."));
}

Result<Workspace::JournalPinChange> Workspace::changeJournalPin(const SiteRegister& next,
                                                                const QString& reason) {
    if (!m_signer)
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("The journal token is not open, so its PIN cannot be changed. Nothing was "
                                  "changed."));
    auto current = JournalPinStore::currentGeneration(*m_db);
    auto pending = JournalPinStore::pendingGeneration(*m_db);
    if (!current || !pending)
        return !current ? current.error() : pending.error();
    if (m_pinChange || *pending > 0) // its seals may hold the only copy of the PIN the token takes
        return fail(ErrorCode::PolicyRefused,
                    workspace::tr("An earlier change of the journal token's PIN is still pending: open the "
                                  "workspace again (the open settles it), then make this change. Nothing was "
                                  "changed."));
    auto from = currentJournalPin();
    if (!from)
        return from.error();
    const int generation = qMax(*current, *pending) + 1;
    SecureBytes to = journal::JournalSigner::randomPin();
    const QVector<RegisteredCard> cards = activeCards(next);
    auto seals = JournalPinStore::seal(to, generation, true, cards, journalPinTokenSerial());
    if (!seals)
        return seals.error();
    {
        store::Transaction tx(*m_db);
        if (auto b = tx.begin(); !b)
            return b.error();
        if (auto d = JournalPinStore::dropPending(*m_db); !d)
            return d.error();
        if (auto a = JournalPinStore::add(*m_db, *seals); !a)
            return a.error();
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    if (auto set = m_signer->changePin(*from, to); !set)
        // The pending seals stay: when the token has taken the new PIN after all (an answer lost
        // on the way), they are its only copy. The next open asks the token which PIN it takes.
        return Error{
            set.error().code,
            workspace::tr("Changing the journal token's PIN failed: %1 Nothing was changed here; the "
                          "next open asks the token which PIN it takes.")
                .arg(set.error().message),
            set.error().ckrv, set.error().hasCkrv};
    const QJsonObject details{{QStringLiteral("changed"), true},
                              {QStringLiteral("generation"), generation},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("sealed_to"), serialsOf(cards)}};
    m_pinChange = PinChangeUndo{std::move(*from), std::move(to), generation, details};
    return JournalPinChange{generation, details};
}

Status Workspace::undoJournalPinChange() {
    if (!m_pinChange)
        return {};
    if (auto back = m_signer->changePin(m_pinChange->to, m_pinChange->from); !back)
        return back; // stays pending: the next open finds which PIN the token takes
    m_pinChange.reset();
    store::Transaction tx(*m_db);
    if (auto b = tx.begin(); !b)
        return b;
    if (auto d = JournalPinStore::dropPending(*m_db); !d)
        return d;
    return tx.commit();
}

Status Workspace::sealJournalPinInTransaction(const SiteRegister& next, QJsonObject& details) {
    if (journalPinTokenSerial().isEmpty() || !m_signer)
        return {};
    if (m_pinChange) {
        if (auto p = JournalPinStore::promote(*m_db, m_pinChange->generation); !p)
            return p;
        details = m_pinChange->details;
        return {};
    }
    auto generation = JournalPinStore::currentGeneration(*m_db);
    if (!generation)
        return generation.error();
    if (*generation == 0)
        return {}; // still the old clear row: settled (changed and sealed) at the next open
    auto sealedTo = JournalPinStore::cardsOf(*m_db, *generation);
    if (!sealedTo)
        return sealedTo.error();
    QVector<RegisteredCard> missing;
    for (const RegisteredCard& c : activeCards(next))
        if (!sealedTo->contains(c.cardSerial))
            missing.push_back(c);
    if (missing.isEmpty())
        return {};
    auto pin = currentJournalPin();
    if (!pin)
        return pin.error();
    auto seals = JournalPinStore::seal(*pin, *generation, false, missing, journalPinTokenSerial());
    if (!seals)
        return seals.error();
    if (auto a = JournalPinStore::add(*m_db, *seals); !a)
        return a;
    details = QJsonObject{{QStringLiteral("changed"), false},
                          {QStringLiteral("generation"), *generation},
                          {QStringLiteral("sealed_to"), serialsOf(missing)}};
    return {};
}

Status Workspace::settleJournalPin() {
    if (!m_signer || journalPinTokenSerial().isEmpty() || !m_registerTrusted || m_registerChain.isEmpty() ||
        !m_card)
        return {};
    auto pending = JournalPinStore::pendingGeneration(*m_db);
    if (!pending)
        return pending.error();
    auto legacy = store::MetaStore::secret(*m_db, kLegacyJournalPinKey);
    if (!legacy)
        return legacy.error();
    const bool hadLegacy = legacy->has_value();
    *legacy = std::nullopt; // wiped
    if (m_pinState.pending) {
        // A change a kill interrupted after the token took the new PIN: it is completed over the
        // register as it is (the change that started it did not commit).
        auto pin = [&]() -> Result<SecureBytes> {
            auto seals = JournalPinStore::forCard(*m_db, m_identity.tokenSerial, m_identity.fingerprint);
            if (!seals)
                return seals.error();
            for (const SealedJournalPin& s : std::as_const(*seals))
                if (s.pending && s.generation == m_pinState.generation)
                    return openSeal(*m_card, m_cardKeyId, s, journalPinTokenSerial());
            return fail(ErrorCode::NotFound, workspace::tr("Your card's pending seal is gone."));
        }();
        if (!pin)
            return pin.error();
        auto sealedTo = JournalPinStore::cardsOf(*m_db, m_pinState.generation);
        if (!sealedTo)
            return sealedTo.error();
        QVector<RegisteredCard> missing;
        const QVector<RegisteredCard> cards = activeCards(m_register);
        for (const RegisteredCard& c : cards)
            if (!sealedTo->contains(c.cardSerial))
                missing.push_back(c);
        auto seals =
            JournalPinStore::seal(*pin, m_pinState.generation, true, missing, journalPinTokenSerial());
        if (!seals)
            return seals.error();
        store::Transaction tx(*m_db);
        if (auto b = tx.begin(); !b)
            return b;
        if (auto a = JournalPinStore::add(*m_db, *seals); !a)
            return a;
        if (auto p = JournalPinStore::promote(*m_db, m_pinState.generation); !p)
            return p;
        if (hadLegacy)
            if (auto r = store::MetaStore::removeSecret(*m_db, kLegacyJournalPinKey); !r)
                return r;
        auto e = m_journal->append(
            {m_identity.actor(), m_identity.role, QStringLiteral("journal.token_pin_settled"),
             QStringLiteral("journal-token"),
             QJsonObject{
                 {QStringLiteral("generation"), m_pinState.generation},
                 {QStringLiteral("outcome"),
                  QStringLiteral("an interrupted PIN change was completed: the token had taken the new "
                                 "PIN")},
                 {QStringLiteral("sealed_to"), serialsOf(cards)}}});
        if (!e)
            return e.error();
        if (auto c = tx.commit(); !c)
            return c;
        m_pinState = {m_pinState.generation, false, false};
        return checkpoint();
    }
    if (*pending > 0) {
        // The token still takes the current PIN: the interrupted change never reached it.
        store::Transaction tx(*m_db);
        if (auto b = tx.begin(); !b)
            return b;
        if (auto d = JournalPinStore::dropPending(*m_db); !d)
            return d;
        auto e = m_journal->append(
            {m_identity.actor(), m_identity.role, QStringLiteral("journal.token_pin_settled"),
             QStringLiteral("journal-token"),
             QJsonObject{{QStringLiteral("generation"), *pending},
                         {QStringLiteral("outcome"),
                          QStringLiteral("an interrupted PIN change was dropped: the token still takes the "
                                         "current PIN")}}});
        if (!e)
            return e.error();
        if (auto c = tx.commit(); !c)
            return c;
        if (auto k = checkpoint(); !k)
            return k;
    }
    if (hadLegacy) {
        // The PIN was a clear row every holder of the database key could read (and may have kept):
        // it is changed, and the new one sealed to the cards only.
        auto change = changeJournalPin(m_register, QStringLiteral("the clear PIN row is retired"));
        if (!change)
            return change.error();
        store::Transaction tx(*m_db);
        Status done = tx.begin();
        if (done)
            done = JournalPinStore::promote(*m_db, change->generation);
        if (done)
            done = store::MetaStore::removeSecret(*m_db, kLegacyJournalPinKey);
        if (done) {
            auto e = m_journal->append({m_identity.actor(), m_identity.role,
                                        QStringLiteral("journal.token_pin_sealed"),
                                        QStringLiteral("journal-token"), change->details});
            done = e ? tx.commit() : Status(e.error());
        }
        if (!done) {
            tx.rollback();
            (void)undoJournalPinChange();
            return done;
        }
        m_pinChange.reset();
        m_pinState = {change->generation, false, false};
        return checkpoint();
    }
    // Active cards without a seal of the current PIN (a change that could not seal to them).
    QJsonObject details;
    store::Transaction tx(*m_db);
    if (auto b = tx.begin(); !b)
        return b;
    if (auto s = sealJournalPinInTransaction(m_register, details); !s)
        return s;
    if (details.isEmpty())
        return tx.commit();
    auto e =
        m_journal->append({m_identity.actor(), m_identity.role, QStringLiteral("journal.token_pin_sealed"),
                           QStringLiteral("journal-token"), details});
    if (!e)
        return e.error();
    if (auto c = tx.commit(); !c)
        return c;
    return checkpoint();
}

} // namespace symbolon::workspace
