#include "rekey/KeyCompromise.h"

#include "keys/KeyRecords.h"

#include "journal/JournalStore.h"
#include "policy/Compromise.h"
#include "policy/DeviceId.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Transaction.h"
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
    auto id = policy::DeviceId::parse(QStringView(deviceId));
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
    store::Database& db = ws.db();
    store::Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s.error();
    Marked m;
    {
        auto n =
            keys::KeyRecords(db).markCompromised(id->toString(), k, c->reference, now.toSecsSinceEpoch());
        if (!n)
            return n.error();
        m.keys = *n;
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
