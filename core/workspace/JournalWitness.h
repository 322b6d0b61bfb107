#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace symbolon::hsm {
class Session;
}
namespace symbolon::journal {
class JournalStore;
}

namespace symbolon::workspace {

// What a card remembers of a site's journal (issue #15): the newest chain head it co-signed (its
// sequence number and hash), as a private data object on the card ("symbolon-journal:<site>").
// Only the card's holder, with the PIN, can change it. At every open the journal must still hold
// that entry with that hash: so a rewrite, or a deletion of the newest entries, by one insider
// (even of their own entries, with their own card) is found at the next open of any other card
// holder who signed after the rewritten entry.
struct JournalWitness {
    qint64 seq = 0;
    QByteArray hash; // 32 bytes

    // The witness for this site, if the card holds one (the highest sequence, should two be left).
    [[nodiscard]] static Result<std::optional<JournalWitness>> read(hsm::Session& card, const QString& site);
    // Replaces the card's witness for this site (new object first, then the old ones).
    [[nodiscard]] static Status write(hsm::Session& card, const QString& site, const JournalWitness& witness);

    // Empty when the journal still holds this head; else the alarm's sentence, naming the entry
    // and the card's holder.
    [[nodiscard]] static Result<QString> problemIn(journal::JournalStore& journal,
                                                   const JournalWitness& witness, const QString& holder);
};

} // namespace symbolon::workspace
