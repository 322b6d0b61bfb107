#pragma once

#include "common/Result.h"
#include "policy/Role.h"

#include <QString>
#include <QVector>

namespace symbolon::workspace {

class Workspace;

// Fail closed (issue #14, item 5): what Workspace::open found wrong with the workspace. While
// anything is wrong, the workspace is read-only: Workspace::require refuses every permission that
// changes something (ceremonies, re-key runs, confirmations, imports, compromise markings, quorum
// approvals, the risk review record), open journals nothing, and record() refuses. A reviewer (and
// anyone) can still open, browse, verify and export: the permissions readOnlyAllows() names.
class WorkspaceHealth {
public:
    enum class Check {
        Database,       // PRAGMA quick_check
        CheckpointFile, // journal-checkpoints.jsonl: missing, empty, garbled
        SigningKey,     // journal-signing-key.pem: missing, not a key, another key
        JournalToken,   // the journal token: absent, no PIN, another key
        Journal,        // the journal does not verify
        Witness,        // the opener's card co-signed a head the journal no longer holds (#15)
    };
    struct Problem {
        Check check;
        QString text; // "the checkpoint file /w/journal-checkpoints.jsonl is missing"
    };

    // Checks ws's database, files and journal. journalTokenProblem: why open could not take the
    // journal token (empty when it did, or when the workspace has none). witnessProblem: how the
    // journal differs from the head the opener's card last co-signed (JournalWitness), if it does.
    static WorkspaceHealth check(Workspace& ws, const QString& journalTokenProblem,
                                 const QString& witnessProblem = {});

    bool ok() const { return m_problems.isEmpty(); }
    const QVector<Problem>& problems() const { return m_problems; }
    bool has(Check c) const;
    qint64 elapsedMs() const { return m_elapsedMs; }
    // The problems in one sentence: "the journal does not verify at entry #12: …; the checkpoint
    // file … is missing". Empty when ok.
    QString summary() const;
    // "Custodial actions are refused: <summary>. You can still open, read, verify and export."
    QString refusal() const;

    static bool readOnlyAllows(policy::Permission permission);
    // PolicyRefused with refusal() for a permission readOnlyAllows() does not name, while !ok().
    [[nodiscard]] Status gate(policy::Permission permission) const;

    void add(Check check, const QString& text) { m_problems.push_back({check, text}); }
    // The opener's entries their card has not co-signed yet (JournalVerifier's `awaiting`).
    int awaiting() const { return m_awaiting; }
    qint64 awaitingFrom() const { return m_awaitingFrom; }
    qint64 awaitingTo() const { return m_awaitingTo; }

private:
    QVector<Problem> m_problems;
    qint64 m_elapsedMs = 0;
    int m_awaiting = 0;
    qint64 m_awaitingFrom = 0;
    qint64 m_awaitingTo = 0;
};

} // namespace symbolon::workspace
