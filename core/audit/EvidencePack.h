#pragma once

#include "audit/PinnedCards.h"
#include "common/Result.h"
#include "journal/JournalVerifier.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace symbolon::store {
class Database;
}
namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::audit {

// An evidence pack for the SMKI PMA: a folder that can be checked on an air-gapped laptop with
// nothing but `symbolon-cli journal verify --evidence-pack DIR` (format: docs/evidence-pack.md).
//   manifest.json            what it covers, who made it, SHA-256 of every file
//   journal.jsonl            the entries, one JSON object a line (details_json: the exact hashed bytes)
//   checkpoints.jsonl        the signed checkpoints in the range (from the sidecar)
//   journal-signing-key.pem  the public key that signs checkpoints
//   report.html              summary counts, ceremonies, quorum approvals, imports, verification result
//   report.pdf               (from the GUI) report.html rendered by Qt's printing support
class EvidencePack {
public:
    struct Summary {
        QString dir;
        qint64 fromSeq = 0;
        qint64 toSeq = 0;
        qint64 entries = 0;
        int checkpoints = 0;
        journal::VerificationReport verification; // of the workspace, at export
    };
    // Called once report.html is written and before manifest.json, on the same thread: writes
    // further files into the pack (the GUI's PDF rendering of the report) and returns their names,
    // which the manifest lists with their SHA-256 like every other file.
    using ExtraFiles = std::function<Result<QStringList>(const QString& packDir)>;

    // fromSeq/toSeq 0: from the first / to the last entry. The export itself is journaled.
    [[nodiscard]] static Result<Summary> write(workspace::Workspace& ws, const QString& outDir,
                                               qint64 fromSeq = 0, qint64 toSeq = 0,
                                               const ExtraFiles& extraFiles = {});
    // Needs no workspace, no token, no card. publicKeySpki empty: the pack's own key (the report
    // then names its fingerprint for the reviewer to compare with the expected one).
    [[nodiscard]] static journal::VerificationReport verify(const QString& dir,
                                                            const QByteArray& publicKeySpki = {});

    // What check() found, and how far it can be trusted (issue #15, "pinned keys only").
    struct Check {
        journal::VerificationReport report; // ok() also needs the key cross-check below
        // The checkpoints were checked against a key the reviewer gave, not the pack's own copy:
        // without one the pack is only internally consistent, which anyone with a key can make.
        bool pinned = false;
        QString keyFingerprint;      // SHA-256 of the key the checkpoints were checked with (hex)
        QString recordedFingerprint; // the journal key entry #1 records (or the manifest's, without #1)
        bool recordedInEntryOne = false;
        qint64 headSeq = 0; // the pack's newest entry
        QByteArray headHash;
        QByteArray probeHash;                     // the hash of the entry asked for (empty: not in the pack)
        QVector<journal::Checkpoint> checkpoints; // the pack's checkpoints, as read
        // The card keys (issue #15): whether the co-signatures were checked against a list the
        // reviewer pinned (PinnedCards) rather than the pack's own cards.json, whether the pack
        // has a cards.json, and whether each list requires every person's entries co-signed.
        bool cardsPinned = false;
        bool packHasCards = false;
        bool packRequiresCards = false;
        bool pinnedRequiresCards = false;
    };
    // verify(), with the signing key cross-checked against entry #1's record of the journal key
    // (a mismatch fails, naming both fingerprints), and the hash of entry probeSeq kept. threads:
    // JournalVerifier::Input::threads (0: every core). pinnedCards: the card co-signatures are
    // checked against these keys, and a pack card that is not among them, or goes by another
    // name, fails naming the card and the first entry it co-signs (PinnedCards::compare).
    [[nodiscard]] static Check check(const QString& dir, const QByteArray& pinnedSpki = {},
                                     qint64 probeSeq = 0, int threads = 0,
                                     const PinnedCards* pinnedCards = nullptr);
    // The workspace's own journal as the newer side of extends(): `report` is its verification
    // (Workspace::verifyJournal or verifyJournalOn), read through `db` (any connection to it),
    // its checkpoints from the sidecar beside it in `dir`, and the hash of entry probeSeq.
    [[nodiscard]] static Result<Check> workspaceCheck(store::Database& db, const QString& dir,
                                                      const QByteArray& signingKeySpki,
                                                      const journal::VerificationReport& report,
                                                      qint64 probeSeq);
    // "newer" extends "older": it holds older's newest entry at the same sequence number with the
    // same hash (so, through the chain, every entry before it) and older's newest checkpoint.
    // Both must have verified. The problem names the entry and both hashes.
    [[nodiscard]] static Status extends(const Check& newer, const QString& newerName, const Check& older,
                                        const QString& olderName);
};

} // namespace symbolon::audit
