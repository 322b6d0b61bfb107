#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QVector>

namespace symbolon::hsm {

class Session;

// Private token data objects (CKO_DATA, CKA_PRIVATE, application "symbolon"): readable and
// writable only after the token's own PIN. What a card remembers for Symbolon (register anchors).
struct DataObject {
    unsigned long handle = 0;
    QByteArray value;

    // Every object with this label (log in first).
    [[nodiscard]] static Result<QVector<DataObject>> find(Session& session, const QByteArray& label);
    // A new private, modifiable token object (session logged in as user, read-write).
    [[nodiscard]] static Status create(Session& session, const QByteArray& label, const QByteArray& value);
    // Replaces every object with this label by one new one: the new object first, then the old
    // ones, so a kill in between leaves both and readers take the newer by its content.
    [[nodiscard]] static Status replace(Session& session, const QByteArray& label, const QByteArray& value);
};

} // namespace symbolon::hsm
