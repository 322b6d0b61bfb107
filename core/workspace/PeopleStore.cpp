#include "workspace/PeopleStore.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QDateTime>

namespace symbolon::workspace {

Status PeopleStore::enrol(store::Database& db, const QVector<Keyslot>& keyslots) {
    auto ins = db.prepare("INSERT INTO people(holder, role, token_label, token_serial, key_fingerprint, "
                          "enrolled_at) VALUES (?,?,?,?,?,?);");
    if (!ins)
        return ins.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Keyslot& k : keyslots) {
        ins->bind(1, k.holder)
            .bind(2, k.role)
            .bind(3, k.tokenLabel)
            .bind(4, k.tokenSerial)
            .bind(5, k.fingerprint())
            .bind(6, now);
        if (auto s = ins->run(); !s)
            return s;
    }
    return {};
}

Result<std::optional<PeopleStore::Person>> PeopleStore::byKeyFingerprint(store::Database& db,
                                                                         const QString& fingerprint) {
    auto who = db.prepare("SELECT holder, role FROM people WHERE key_fingerprint = ?;");
    if (!who)
        return who.error();
    who->bind(1, fingerprint);
    auto row = who->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Person>();
    return std::optional<Person>(Person{who->text(0), who->text(1)});
}

} // namespace symbolon::workspace
