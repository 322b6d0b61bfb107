#pragma once

#include "journal/JournalEntry.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace symbolon::journal {

// A line of an evidence pack's journal.jsonl (docs/evidence-pack.md), decoded without building a
// QJsonDocument when it has the simple form that export writes: 1,000,000 lines verify in
// seconds. Anything else is left to QJsonDocument, which decodes it (or names what is wrong)
// exactly as before: this is a shortcut, never a second grammar.
class EntryLine {
public:
    // true: e holds the nine fields of a line in the simple form: printable ASCII only, no
    // whitespace outside strings, the keys seq, time, actor, role, action, target, details_json,
    // prev_hash and hash once each (any order), seq a plain decimal integer (at most 15 digits,
    // no leading zero), every other value a string whose escapes are among \" \\ \/ \b \f \n \r \t.
    // prev_hash and hash are decoded as QByteArray::fromHex does. false: the line is outside that
    // form (not necessarily wrong) and e is unspecified.
    [[nodiscard]] static bool decodeSimple(QByteArrayView line, JournalEntry& e);
    // Any line's object, as QJsonDocument parsed it: missing or mistyped fields are left empty
    // (seq -1) for the caller's checks.
    static JournalEntry fromJson(const QJsonObject& o);
};

} // namespace symbolon::journal
