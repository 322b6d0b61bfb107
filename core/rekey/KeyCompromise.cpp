#include "rekey/KeyCompromise.h"

#include "inventory/DeviceId.h"
#include "journal/Journal.h"
#include "policy/Compromise.h"
#include "workspace/Database.h"
#include "workspace/Statement.h"
#include "workspace/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}
} // namespace

Result<KeyCompromise::Marked> KeyCompromise::mark(workspace::Workspace& ws, const QString& deviceId,
                                                  const QString& kind, const QString& reference) {
    if (auto s = ws.require(policy::Permission::MarkCompromised); !s)
        return s.error();
    auto id = inventory::DeviceId::parse(QStringView(deviceId));
    if (!id)
        return id.error();
    const QString k = kind.toUpper();
    if (!k.isEmpty() && k != QLatin1String("MK") && k != QLatin1String("AK") && k != QLatin1String("GUEK"))
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("\"%1\" is not a device key kind: expected MK, AK or GUEK (or none for all).")
                        .arg(kind));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto c = policy::Compromise::make(reference, now);
    if (!c)
        return c.error();
    workspace::Database& db = ws.db();
    workspace::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    Marked m;
    {
        auto st = db.prepare(
            k.isEmpty() ? "UPDATE key_records SET compromised_ref = ?, compromised_at = ? WHERE device = "
                          "(SELECT id FROM devices WHERE device_id = ?) AND state != 'Superseded';"
                        : "UPDATE key_records SET compromised_ref = ?, compromised_at = ? WHERE device = "
                          "(SELECT id FROM devices WHERE device_id = ?) AND state != 'Superseded' AND kind "
                          "= ?;");
        if (!st)
            return st.error();
        st->bind(1, c->reference).bind(2, now.toSecsSinceEpoch()).bind(3, id->toString());
        if (!k.isEmpty())
            st->bind(4, k);
        if (auto s = st->run(); !s)
            return s.error();
        m.keys = db.changes();
    }
    if (m.keys == 0)
        return fail(
            ErrorCode::NotFound,
            rekey::tr(
                "Device %1 has no current %2 key to mark: check the device id (is it in the inventory, and "
                "migrated?).")
                .arg(id->toString(), k.isEmpty() ? rekey::tr("device") : k));
    auto entry = ws.journal().append(
        {ws.identity().actor(), ws.identity().role, QStringLiteral("keys.compromised"), id->toString(),
         QJsonObject{{QStringLiteral("reference"), c->reference},
                     {QStringLiteral("kind"), k.isEmpty() ? QStringLiteral("all") : k},
                     {QStringLiteral("keys"), m.keys}}});
    if (!entry)
        return entry.error();
    m.journalSeq = entry->seq;
    if (auto s = tx.commit(); !s)
        return s.error();
    if (auto s = ws.checkpoint(); !s)
        return s.error();
    return m;
}

} // namespace symbolon::rekey
