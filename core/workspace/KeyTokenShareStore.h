#pragma once

#include "common/Result.h"
#include "hsm/SealToCard.h"
#include "store/Schema.h"

#include <QString>
#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::workspace {

// A share of one of the key token's PINs, sealed to one custodian card's key (hsm::SealToCard)
// and kept in the workspace (issue #18). Generation 0 is the enrolment's sharing, kept on the
// cards as data objects (quorum::CardShare); each re-share (a register change that changes who
// the custodians are, or k) deals generation + 1 here, sealed to every active custodian's card,
// present or not. A generation is "pending" from before the token's PIN is changed until the
// register change that made it commits; then it is "current" and every other generation is
// deleted. The sealed value's AAD binds every column below and the key token's serial.
struct StoredShare {
    int generation = 0;
    bool pending = false;
    QString purpose; // "key-token-user-pin" or "key-token-so-pin"
    QString cardSerial;
    QString keyFingerprint; // of the card key it is sealed to
    int k = 0;
    int n = 0;
    int index = 0;           // the Shamir x-coordinate: one per person, whatever cards they hold
    int registerVersion = 0; // the register version it was dealt for
    hsm::SealedToCard sealed;

    QByteArray aad(const QString& keyTokenSerial) const;
    static QByteArray label() { return QByteArrayLiteral("symbolon-key-token-share-v1"); }
};

// Owner of the table key_token_shares.
class KeyTokenShareStore {
public:
    static QVector<store::Migration> migrations();

    // The current generation; 0 when the shares are still the enrolment's, on the cards.
    [[nodiscard]] static Result<int> currentGeneration(store::Database& db);
    // The pending generation, 0 when there is none.
    [[nodiscard]] static Result<int> pendingGeneration(store::Database& db);
    // A card's shares for a purpose: current and pending rows.
    [[nodiscard]] static Result<QVector<StoredShare>> forCard(store::Database& db, const QString& cardSerial,
                                                              const QString& purpose);
    [[nodiscard]] static Result<QVector<StoredShare>> all(store::Database& db);

    // Each in the caller's transaction.
    [[nodiscard]] static Status addPending(store::Database& db, const QVector<StoredShare>& shares);
    [[nodiscard]] static Status promote(store::Database& db, int generation); // and drops the others
    [[nodiscard]] static Status dropPending(store::Database& db);
};

} // namespace symbolon::workspace
