#pragma once

#include "common/Result.h"
#include "workspace/WorkspaceConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace symbolon::workspace {

// One card in the site register: who holds it, in which role.
struct RegisteredCard {
    QString holder; // the person; two cards with the same holder are one person
    QString role;   // custodian, reviewer, responder, operator
    QString cardSerial;
    QString cardLabel;
    QByteArray keyId;     // CKA_ID of the card's EC P-256 key pair
    QByteArray publicKey; // SPKI DER
    // "active"; or out of the site: "retired" (a leaver, a lost or damaged card), "replaced" (by a
    // new card of the same holder), "revoked" (what `site change --revoke-card` has always written).
    QString state = QStringLiteral("active");

    bool isActive() const { return state == QLatin1String("active"); }
    static bool isKnownState(const QString& state);
    QString fingerprint() const; // SHA-256 of publicKey, hex
    QString person() const;      // the holder, case-folded and trimmed: what "one person" means
};

// The settings that decide safety (issue #14): read from the register, never from workspace.json,
// which only mirrors them.
struct SiteSettings {
    QString profile; // "production" or "development"
    QJsonObject fipsDeclaration;
    int quorumK = 2;
    int quorumN = 3;
    QString keyTokenLabel;
    QString keyTokenSerial;
    QString journalTokenSerial;
    QString journalKeyFingerprint; // hex SHA-256 of the journal signing key's SPKI
    QString module;                // as workspace.json names it: a p11-kit registration or a path
    QString moduleSha256;          // hex SHA-256 of the module file when the version was made
    QString moduleInitArgs;        // the cards' module's C_Initialize parameters (issue #18)
    RoleModule keyTokenModule;     // the key token's own module, URI; empty: the cards' module
    RoleModule journalTokenModule; // the journal token's own module, URI; empty: the cards'
    // The key token's SO PIN is split with the user PIN and changed at each re-share; false when
    // the site kept it or the token has none (NSS softoken): then only the user PIN is.
    bool keyTokenSoPinShared = true;
    // Every checkpoint is co-signed by the acting person's card, and journal verification requires
    // it (issue #15). Set in version 1 of every site made since; absent (false) in older ones.
    bool journalCardSignatures = false;

    // Puts these settings into a config (the open workspace's, or workspace.json's mirror); the
    // cards' module's path and parameters stay the config's (it is what was loaded). The key
    // token's and journal token's modules are the register's: they are loaded after it is read.
    void applyTo(WorkspaceConfig& config) const;
};

// One version of the site register. Version 1 is made when the site is created and signed by
// the enrolled custodians' cards; every later version names the digest of the one before and is
// signed by k persons who were active custodians in it (SiteRegisterChain).
struct SiteRegister {
    int version = 1;
    QString previous; // hex digest of the version before; empty for version 1
    QDateTime madeAt;
    QString madeBy; // the actor who proposed it
    QString reason;
    SiteSettings settings;
    QVector<RegisteredCard> cards;

    QByteArray canonical() const; // the bytes the cards sign: a tag and compact JSON (sorted keys)
    QByteArray digest() const;    // SHA-256 of canonical()
    QString digestHex() const { return QString::fromLatin1(digest().toHex()); }

    const RegisteredCard* cardBySerial(const QString& serial) const;
    const RegisteredCard* cardByFingerprint(const QString& fingerprint) const;
    // Distinct persons among the active cards of this role.
    int activePersons(const QString& role) const;
    // Whether the key token's PINs must be re-shared to go from `before` to this version: the
    // active custodians' cards (serial, key) or persons, or k, differ (issue #18).
    bool changesShareHoldersFrom(const SiteRegister& before) const;
    // A card active in `before` is not active here (revoked, gone, or its key replaced): the
    // journal token's PIN and the database key change with it (issue #15, issue #18).
    bool takesCardsOutFrom(const SiteRegister& before) const;

    QJsonObject toJson() const;
    // Strict: every field present with its type; names the field that is wrong.
    [[nodiscard]] static Result<SiteRegister> fromJson(const QJsonObject& o);
    // What changed from `before` to this version, one sentence per change (for the journal and
    // for the custodians who approve it).
    QStringList changesFrom(const SiteRegister& before) const;
};

struct RegisterSignature {
    QString cardSerial;
    QString keyFingerprint;
    QByteArray signature; // DER ECDSA-SHA256 over SiteRegister::canonical()
    QJsonObject toJson() const;
    [[nodiscard]] static Result<RegisterSignature> fromJson(const QJsonObject& o);
};

struct RegisterVersion {
    SiteRegister doc;
    QVector<RegisterSignature> signatures;
};

// Checks a chain of versions: version 1 signed by at least k of its own active custodians
// (persons, not cards); each later one numbered next, naming the previous digest, and signed by
// at least k persons who were active custodians in the previous version, each signature
// verified against the key the previous version enrolled.
struct ChainCheck {
    bool ok = false;
    int badVersion = 0; // the first version that fails, 0 when ok
    QString problem;    // a sentence naming the version and what is wrong
};
ChainCheck verifyRegisterChain(const QVector<RegisterVersion>& chain);
// Signatures that count for `doc` under the rules of `signers` (the previous version, or doc
// itself for version 1): distinct active custodian persons whose signature verifies.
int countApprovingPersons(const SiteRegister& doc, const QVector<RegisterSignature>& signatures,
                          const SiteRegister& signers, QString* why = nullptr);

} // namespace symbolon::workspace
