#pragma once

#include <QByteArrayView>
#include <QString>

namespace symbolon::json {

// JSON read one way (issue #16). QJsonDocument keeps the last of two members with the same name
// ({"result":"failure","result":"success"} reads as success), while another reader may keep the
// first: RFC 8259 §4 leaves it open, so a document with a repeated name means different things
// to different programs. Symbolon refuses such a document everywhere it reads one from a file,
// a token or another program, and names the key and where it stands.

// The first member name that repeats within one object (after unescaping: "a" and "\u0061" are
// the same name), with the byte offset of its second occurrence; an empty name when there is
// none. `text` must be valid JSON (QJsonDocument accepted it): nothing else is checked here.
struct Duplicate {
    QString key;
    qsizetype offset = -1;
    bool found() const { return offset >= 0; }
};
Duplicate findDuplicateKey(QByteArrayView text);

// "the key "K" appears twice in one object; …": the sentence every reader uses.
QString duplicateKeyMessage(const Duplicate& d);

// 1-based line of a byte offset in text.
qsizetype lineOf(QByteArrayView text, qsizetype offset);

} // namespace symbolon::json
