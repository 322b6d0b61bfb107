#pragma once

#include "common/Result.h"
#include "journal/Checkpoint.h"
#include "journal/JournalEntry.h"

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace symbolon::journal {

// What a verification found. ok() only when every check passed.
struct VerificationReport {
    qint64 entries = 0;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    int checkpoints = 0;    // verified signatures
    int cardSignatures = 0; // verified card co-signatures (issue #15)
    bool cardSignaturesRequired = false;
    // Entries naming Input::awaitingActor that their card has not yet co-signed (tolerated, not
    // failed): how many, and the first and last.
    int awaiting = 0;
    qint64 awaitingFrom = 0;
    qint64 awaitingTo = 0;
    // Who co-signed: each card's actor and the newest entry its signature covers, newest first.
    QVector<QPair<QString, qint64>> signers;
    std::optional<Checkpoint> newest; // the newest verified checkpoint
    qint64 firstBadSeq = 0;           // 0 when the problem is not one entry
    QString problem;                  // empty when ok

    bool ok() const { return problem.isEmpty(); }
    QString
    summary() const; // "Chain verified up to #N, last checkpoint signed at T by key F…" or the failure
};

// Checks a journal with nothing but the signing key's public key: every hash, every link,
// sequence continuity, every checkpoint signature, that checkpoints match the entries they name,
// that no checkpoint covers entries that are missing (a truncated tail), and — when both sets
// are given — that every database checkpoint is also in the external sidecar. Streams entries:
// memory does not grow with the journal.
class JournalVerifier {
public:
    struct Input {
        // Yields entries in seq order; returns false at the end.
        std::function<Result<bool>(JournalEntry& next)> nextEntry;
        QVector<Checkpoint> databaseCheckpoints; // empty for an evidence pack
        QVector<Checkpoint> externalCheckpoints; // the sidecar, or the pack's checkpoints
        QByteArray publicKey; // SPKI DER of the journal signing key; empty: no checkpoints expected
        QByteArray firstPrevHash =
            QByteArray(32, '\0');                 // an extract starting after #1 gives its predecessor's hash
        bool requireCheckpoint = true;            // with a key, at least one checkpoint must anchor the chain
        std::function<void(qint64 seq)> progress; // every 65,536 entries
        // The cards whose co-signatures count (from the site register), by SHA-256 of the SPKI
        // (hex), each with the actor text the journal names its holder by. Empty: card
        // co-signatures are not checked.
        struct Card {
            QByteArray spki;
            QStringList actors; // the names it went by, one per holder name the register gave it
        };
        QHash<QString, Card> cards;
        // Every entry that names a person (role other than "system") must be covered by a
        // checkpoint at or after it that the card it names co-signed: rewriting or adding another
        // person's entries then needs that person's card and PIN.
        bool requireCardSignatures = false;
        // At open only: the opener. Their entries that no checkpoint of their card covers yet (a
        // process of theirs stopped between writing and signing, or someone wrote entries in
        // their name after their last signature) are reported in `awaiting` instead of failing:
        // the open shows them to the opener, records them, and their card then co-signs.
        QString awaitingActor;

        // Issue #21: every entry's hash is computed on worker threads while this thread reads the
        // entries and checks, in seq order, the links, the sequence, the checkpoints and the cards.
        // The report is the same as with one thread: the first bad entry in seq order, with the same
        // problem. 0: QThread::idealThreadCount(); 1: everything on this thread. Memory stays
        // bounded (a few batches of entries in flight). nextEntry, nextRecord and onEntry are only
        // ever called on the calling thread; decode runs on the workers.
        int threads = 0;
        // Instead of nextEntry: the reader yields undecoded records (a line of an evidence pack and
        // its line number) and decode turns each into an entry on the worker threads, so that
        // parsing is shared out as well. A decode failure is reported like a nextEntry failure, at
        // its place in the sequence. decode must be safe to run on several threads at once.
        struct Record {
            QByteArray bytes;
            qint64 position = 0; // the caller's (a line number), for decode's messages
        };
        std::function<Result<bool>(Record& next)> nextRecord;
        std::function<Result<JournalEntry>(const Record& record)> decode;
        // Each entry, in seq order on the calling thread, just before its checks (what a reader
        // would note while reading, when decode does the reading).
        std::function<void(const JournalEntry& entry)> onEntry;
    };
    [[nodiscard]] static VerificationReport verify(Input input);
};

} // namespace symbolon::journal
