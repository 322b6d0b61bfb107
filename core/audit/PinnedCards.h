#pragma once

#include "common/Result.h"
#include "journal/Checkpoint.h"
#include "journal/JournalVerifier.h"
#include "workspace/SiteRegister.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::audit {

// The card keys a reviewer pins for an evidence pack (issue #15): the pack's own cards.json is as
// forgeable as the rest of the pack, so `journal verify --evidence-pack DIR --cards FILE` checks
// every card co-signature against a list the reviewer obtained independently — the cards.json of
// an earlier pack they trust, or the list `journal export-cards FILE` writes from the workspace's
// verified site register. The file has the cards.json format (docs/evidence-pack.md).
struct PinnedCards {
    QString file;          // where it was read from (for messages)
    bool required = false; // card_signatures_required: the site requires every person's co-signature
    QHash<QString, journal::JournalVerifier::Input::Card> cards; // by fingerprint (hex SHA-256 of the SPKI)

    // Reads FILE (or DIR/cards.json when given a folder) strictly: a repeated JSON key (named by
    // line), a missing or unknown field, a fingerprint that is not the SHA-256 of its key, a key
    // that is not an EC P-256 public key, or a card listed twice is refused, naming the field.
    [[nodiscard]] static Result<PinnedCards> read(const QString& path);
    // The same from bytes already read (`name` is used in messages).
    [[nodiscard]] static Result<PinnedCards> parse(const QByteArray& bytes, const QString& name);

    // The pack's card list (and its checkpoints' co-signatures) against this one. Every card the
    // pack lists must be pinned with the same key and go by no name the pinned list does not give
    // it, and every co-signature must be by a pinned card. The problem names the card and the
    // first entry it co-signs; firstBadSeq is that entry (0 when it co-signs none).
    struct Mismatch {
        QString problem; // empty: every card matches
        qint64 firstBadSeq = 0;
    };
    Mismatch compare(const QHash<QString, journal::JournalVerifier::Input::Card>& packCards,
                     const QVector<journal::Checkpoint>& checkpoints) const;

    // The cards of a verified register chain (Workspace::siteRegisterChain), as the workspace's
    // own verification counts them: what the console pins for the packs it checks.
    static PinnedCards fromRegister(const QVector<workspace::RegisterVersion>& verifiedChain);

    // Writes the card list of the workspace's verified site register to `path` (a new file), with
    // card_signatures_required as the register's version 1 sets it. Refused while the register is
    // not trusted, or when `path` exists.
    [[nodiscard]] static Status exportWorkspaceCards(const workspace::Workspace& ws, const QString& path);
};

} // namespace symbolon::audit
