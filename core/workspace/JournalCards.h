#pragma once

#include "journal/JournalVerifier.h"
#include "workspace/SiteRegister.h"

#include <QJsonObject>
#include <QVector>

namespace symbolon::workspace {

// The cards whose checkpoint co-signatures count (issue #15): every card of every version of a
// verified register chain, each with the actor texts the journal names its holder by; and whether
// version 1 requires every person's entries to be co-signed by their own card.
void addJournalCards(const QVector<RegisterVersion>& verifiedChain, journal::JournalVerifier::Input& in);

// The same, as an evidence pack carries it (cards.json), and back. fromJson refuses anything but
// the exact fields, naming the one that is wrong.
QJsonObject journalCardsJson(const journal::JournalVerifier::Input& in, bool required);
[[nodiscard]] Status journalCardsFromJson(const QJsonObject& o, journal::JournalVerifier::Input& in);

} // namespace symbolon::workspace
