#pragma once

#include "audit/PinnedCards.h"
#include "common/Result.h"
#include "journal/JournalVerifier.h"

#include <QDateTime>
#include <QString>

namespace symbolon::store {
class Database;
}

namespace symbolon::audit {

// The console's anchor in the last evidence pack this workspace exported (issue #15): the export
// is journaled (journal.exported, with the pack's absolute path since this check exists), and at
// every verification the journal must still extend that pack — hold its newest entry with the
// same hash and its newest checkpoint with the same signature (EvidencePack::extends).
struct LastExport {
    enum class State {
        NeverExported, // no journal.exported entry
        JournalFailed, // the journal itself did not verify: nothing to compare
        NoPath,        // the export entry records only the folder's name (made before the path was kept)
        FolderGone,    // the folder the entry names no longer holds a pack's manifest
        Extends,       // the journal holds the pack's newest entry and checkpoint
        Mismatch,      // it does not, or the pack does not verify: `problem` says which entry and why
    };
    State state = State::NeverExported;
    qint64 exportSeq = 0; // the journal.exported entry
    QDateTime exportedAt; // its time (UTC)
    QString path;         // the pack's folder (NoPath: the folder's name only)
    qint64 packHeadSeq = 0;
    QByteArray packHeadHash;
    QString problem;

    // Finds the newest journal.exported entry through `db` (any connection to the workspace, e.g.
    // a read-only one on a worker thread) and, when its folder is still there, checks that the
    // journal in `dir` (already verified as `current`) extends it. signingKeySpki: the workspace's
    // journal key (empty: its journal-signing-key.pem), which the pack must be signed with; cards:
    // the workspace's own card list, pinned for the pack. Slow on a large pack: not for the GUI
    // thread.
    [[nodiscard]] static Result<LastExport> check(store::Database& db, const QString& dir,
                                                  const QByteArray& signingKeySpki,
                                                  const journal::VerificationReport& current,
                                                  const PinnedCards* cards, int threads = 0);
};

} // namespace symbolon::audit
