#pragma once

#include "common/Result.h"
#include "workspace/Keyslot.h"

#include <QString>
#include <QVector>

#include <optional>

namespace symbolon::store {
class Database;
}

namespace symbolon::workspace {

// The people table: who is enrolled, with which card and role. Written once, when the workspace
// is created; its one writer is this class.
class PeopleStore {
public:
    struct Person {
        QString holder;
        QString role;
    };
    // Enrols each keyslot's holder (enrolled_at = now).
    [[nodiscard]] static Status enrol(store::Database& db, const QVector<Keyslot>& keyslots);
    // The person enrolled with this card key, if any.
    [[nodiscard]] static Result<std::optional<Person>> byKeyFingerprint(store::Database& db,
                                                                        const QString& fingerprint);
};

} // namespace symbolon::workspace
