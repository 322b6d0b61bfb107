#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "hsm/SealToCard.h"
#include "store/Schema.h"

#include <QString>
#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::workspace {

struct RegisteredCard;

// The journal token's PIN, sealed to one card's key (hsm::SealToCard) and kept in the workspace
// (issue #15): it is never a clear row. Every active card of the register holds a seal, so every
// card holder's own card (with its PIN) opens it, and nobody opens it with the database key
// alone. A generation is "pending" from before the token's PIN is changed (a card leaves, or the
// old clear row is retired) until the change commits; then it is "current" and every other
// generation is deleted. The seal's AAD binds the generation, the card and the journal token.
struct SealedJournalPin {
    int generation = 0;
    bool pending = false;
    QString cardSerial;
    QString keyFingerprint; // of the card key it is sealed to
    hsm::SealedToCard sealed;

    QByteArray aad(const QString& journalTokenSerial) const;
    static QByteArray label() { return QByteArrayLiteral("symbolon-journal-token-pin-v1"); }
};

// Owner of the table journal_pin_seals.
class JournalPinStore {
public:
    static QVector<store::Migration> migrations();

    // Seals `pin` to each card (its public key; the card need not be present).
    [[nodiscard]] static Result<QVector<SealedJournalPin>> seal(const SecureBytes& pin, int generation,
                                                                bool pending,
                                                                const QVector<RegisteredCard>& cards,
                                                                const QString& journalTokenSerial);

    // 0 when there is none.
    [[nodiscard]] static Result<int> currentGeneration(store::Database& db);
    [[nodiscard]] static Result<int> pendingGeneration(store::Database& db);
    // A card's seals, by serial and key fingerprint: current ones (newest generation first), then
    // pending ones.
    [[nodiscard]] static Result<QVector<SealedJournalPin>>
    forCard(store::Database& db, const QString& cardSerial, const QString& keyFingerprint);
    // The card serials holding a seal of a generation.
    [[nodiscard]] static Result<QStringList> cardsOf(store::Database& db, int generation);

    // Each in the caller's transaction.
    [[nodiscard]] static Status add(store::Database& db, const QVector<SealedJournalPin>& seals);
    [[nodiscard]] static Status promote(store::Database& db, int generation); // and drops the others
    [[nodiscard]] static Status dropPending(store::Database& db);
};

} // namespace symbolon::workspace
